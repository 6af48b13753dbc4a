import { intakeZh } from './zh-cn/intake.ts';
import { textAidsZh } from './zh-cn/text-aids.ts';
import { programmesZh } from './zh-cn/programmes.ts';
import { topicsOfficeZh } from './zh-cn/topics-office.ts';
import { programmeEditingZh } from './zh-cn/programme-editing.ts';
import { casesZh } from './zh-cn/cases.ts';
import { supervisionZh } from './zh-cn/supervision.ts';
import { dashboardZh } from './zh-cn/dashboard.ts';
import { insightZh } from './zh-cn/insight.ts';
import { citizenZh } from './zh-cn/citizen.ts';
import { authZh } from './zh-cn/auth.ts';
import { frameZh } from './zh-cn/frame.ts';
import { commonZh } from './zh-cn/common.ts';
import { peopleZh } from './zh-cn/people.ts';
import { tokensAuditZh } from './zh-cn/tokens-audit.ts';
import { unitsZh } from './zh-cn/units.ts';

/**
 * The source catalogue: every string the interface shows, in Simplified Chinese.
 * Other catalogues must provide exactly these keys (see `Messages` in message-types.ts).
 * `{name}` marks a parameter that `t(key, { name })` fills in.
 * Larger areas keep their strings in ./zh-cn/*.ts (each with an ./en-us/*.ts counterpart).
 */
export const zhCN = {
  ...frameZh,
  ...commonZh,
  ...authZh,
  ...unitsZh,
  ...peopleZh,
  ...tokensAuditZh,
  ...citizenZh,
  ...supervisionZh,
  ...textAidsZh,
  ...dashboardZh,
  ...insightZh,
  ...casesZh,
  ...intakeZh,
  ...programmesZh,
  ...topicsOfficeZh,
  ...programmeEditingZh,
} as const;
