import { intakeEn } from './en-us/intake.ts';
import { textAidsEn } from './en-us/text-aids.ts';
import { programmesEn } from './en-us/programmes.ts';
import { topicsOfficeEn } from './en-us/topics-office.ts';
import { programmeEditingEn } from './en-us/programme-editing.ts';
import { casesEn } from './en-us/cases.ts';
import { supervisionEn } from './en-us/supervision.ts';
import { dashboardEn } from './en-us/dashboard.ts';
import { insightEn } from './en-us/insight.ts';
import { citizenEn } from './en-us/citizen.ts';
import { authEn } from './en-us/auth.ts';
import { frameEn } from './en-us/frame.ts';
import { commonEn } from './en-us/common.ts';
import { peopleEn } from './en-us/people.ts';
import { tokensAuditEn } from './en-us/tokens-audit.ts';
import { unitsEn } from './en-us/units.ts';
import type { Messages } from './message-types.ts';

/** English catalogue. Typed as `Messages`, so a missing or extra key fails the type check. */
export const enUS: Messages = {
  ...frameEn,
  ...commonEn,
  ...authEn,
  ...unitsEn,
  ...peopleEn,
  ...tokensAuditEn,
  ...citizenEn,
  ...supervisionEn,
  ...textAidsEn,
  ...dashboardEn,
  ...insightEn,
  ...casesEn,
  ...intakeEn,
  ...programmesEn,
  ...topicsOfficeEn,
  ...programmeEditingEn,
};
