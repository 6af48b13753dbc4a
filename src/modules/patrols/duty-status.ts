import {
  chinaDate,
  chinaWallClock,
  startOfChinaDay,
  startOfChinaMonth,
  startOfChinaWeek,
} from '../../shared/china-time.ts';
import type { DutyPeriod, ObjectKind, PatrolLevelName } from '../../shared/patrols.ts';

/**
 * Patrol duties (巡查频次): how often a level must patrol an object, and where a person stands in a
 * period (done, due, missed). Pure: the caller passes the rules, the patrols and `now`. Periods are
 * China-time days, weeks (Monday first), months and quarters.
 */

const dayMs = 86_400_000;

export interface DutyRule {
  times: number;
  period: DutyPeriod;
  /** Months (1–12) the rule applies in; null: all year. */
  seasonMonths: readonly number[] | null;
  /** Times per period while the object has open findings (问题未销号); null: no change. */
  raisedTimes: number | null;
}

/** A configured rule with where it applies, for `pickRule`. */
export interface ScopedDutyRule extends DutyRule {
  id: number | null;
  unitPath: string;
  level: PatrolLevelName;
  objectKind: ObjectKind | null;
}

/**
 * The published defaults (区级每季度、乡镇级每月、村级每周、巡河员每日), used where a jurisdiction has
 * configured no rule of its own for a level.
 */
export const defaultDutyRules: Record<PatrolLevelName, DutyRule> = {
  district: { times: 1, period: 'quarter', seasonMonths: null, raisedTimes: null },
  township: { times: 1, period: 'month', seasonMonths: null, raisedTimes: 2 },
  village: { times: 1, period: 'week', seasonMonths: null, raisedTimes: 2 },
  patroller: { times: 1, period: 'day', seasonMonths: null, raisedTimes: null },
  assistant: { times: 1, period: 'month', seasonMonths: null, raisedTimes: null },
};

export interface PeriodWindow {
  period: DutyPeriod;
  /** '2026-11-25', 'W2026-11-23' (the Monday), '2026-11', '2026-Q4'. */
  key: string;
  start: Date;
  /** Exclusive. */
  end: Date;
}

function startOfChinaQuarter(at: Date, quarters = 0): Date {
  const month = chinaWallClock(at).getUTCMonth();
  return startOfChinaMonth(at, -(month % 3) + quarters * 3);
}

/** The period of kind `period` that `at` falls in, moved by `offset` periods (−1: the one before). */
export function periodOf(period: DutyPeriod, at: Date, offset = 0): PeriodWindow {
  let start: Date;
  let end: Date;
  switch (period) {
    case 'day':
      start = new Date(startOfChinaDay(at).getTime() + offset * dayMs);
      end = new Date(start.getTime() + dayMs);
      break;
    case 'week':
      start = new Date(startOfChinaWeek(at).getTime() + offset * 7 * dayMs);
      end = new Date(start.getTime() + 7 * dayMs);
      break;
    case 'month':
      start = startOfChinaMonth(at, offset);
      end = startOfChinaMonth(at, offset + 1);
      break;
    case 'quarter':
      start = startOfChinaQuarter(at, offset);
      end = startOfChinaQuarter(at, offset + 1);
      break;
  }
  return { period, key: periodKey(period, start), start, end };
}

function periodKey(period: DutyPeriod, start: Date): string {
  const date = chinaDate(start);
  if (period === 'day') return date;
  if (period === 'week') return `W${date}`;
  if (period === 'month') return date.slice(0, 7);
  const month = Number(date.slice(5, 7));
  return `${date.slice(0, 4)}-Q${Math.floor((month - 1) / 3) + 1}`;
}

/** The China month (1–12) an instant falls in. */
export function chinaMonthNumber(at: Date): number {
  return chinaWallClock(at).getUTCMonth() + 1;
}

/** Whether the rule applies in the period: in season when the period's first day is in one of its months. */
export function inSeason(rule: DutyRule, window: PeriodWindow): boolean {
  if (!rule.seasonMonths || rule.seasonMonths.length === 0) return true;
  return rule.seasonMonths.includes(chinaMonthNumber(window.start));
}

/**
 * The rule that governs one object for one level at one moment: among the rules of that level whose
 * jurisdiction holds the object's unit (and whose kind is the object's or any), the most specific
 * wins: the deepest jurisdiction, then a rule for the object's kind over one for any kind, then a
 * seasonal rule in season over an all-year one. Seasonal rules out of season do not apply. None:
 * the published default for the level.
 */
export function pickRule(
  rules: readonly ScopedDutyRule[],
  target: { unitPath: string; level: PatrolLevelName; kind: ObjectKind },
  at: Date,
): { rule: DutyRule; source: 'rule' | 'default'; ruleId: number | null } {
  const month = chinaMonthNumber(at);
  const candidates = rules.filter(
    (r) =>
      r.level === target.level &&
      target.unitPath.startsWith(r.unitPath) &&
      (r.objectKind === null || r.objectKind === target.kind) &&
      (!r.seasonMonths || r.seasonMonths.length === 0 || r.seasonMonths.includes(month)),
  );
  const score = (r: ScopedDutyRule) =>
    r.unitPath.length * 4 + (r.objectKind === null ? 0 : 2) + (r.seasonMonths && r.seasonMonths.length > 0 ? 1 : 0);
  const best = [...candidates].sort((a, b) => score(b) - score(a) || (b.id ?? 0) - (a.id ?? 0))[0];
  if (best) return { rule: best, source: 'rule', ruleId: best.id };
  return { rule: defaultDutyRules[target.level], source: 'default', ruleId: null };
}

export interface CountedPatrol {
  startedAt: Date;
  /** Whether it counts towards the duty: submitted and not judged invalid (after review). */
  counts: boolean;
}

export type DutyState = 'done' | 'due' | 'missed' | 'off_season';

export interface DutyStatus {
  period: DutyPeriod;
  key: string;
  start: Date;
  end: Date;
  required: number;
  done: number;
  state: DutyState;
  /** The China date by which the next patrol is due (null when the period is done or off season). */
  nextDueDate: string | null;
  raised: boolean;
}

/**
 * Where a duty stands in one period: how many patrols it requires (raised while the object has open
 * findings), how many counted, and whether it is done, still due (the period has not ended) or
 * missed (ended short). Patrols are counted by when they started. The next due date spreads the
 * required patrols evenly over the period: the k-th is due by the end of the k-th share.
 */
export function dutyStatus(
  rule: DutyRule,
  patrols: readonly CountedPatrol[],
  window: PeriodWindow,
  now: Date,
  options: { raised?: boolean } = {},
): DutyStatus {
  const raised = options.raised === true && rule.raisedTimes !== null && rule.raisedTimes > rule.times;
  const required = raised ? (rule.raisedTimes ?? rule.times) : rule.times;
  const base = { period: window.period, key: window.key, start: window.start, end: window.end, raised };
  if (!inSeason(rule, window)) return { ...base, required: 0, done: 0, state: 'off_season', nextDueDate: null };
  const done = patrols.filter(
    (p) => p.counts && p.startedAt.getTime() >= window.start.getTime() && p.startedAt.getTime() < window.end.getTime(),
  ).length;
  if (done >= required) return { ...base, required, done, state: 'done', nextDueDate: null };
  const state: DutyState = now.getTime() >= window.end.getTime() ? 'missed' : 'due';
  const length = window.end.getTime() - window.start.getTime();
  const dueBy = new Date(window.start.getTime() + Math.ceil((length * (done + 1)) / required) - 1);
  return { ...base, required, done, state, nextDueDate: chinaDate(dueBy) };
}

/**
 * The periods of a duty from `since` (an appointment's first day) up to and including the current
 * one, newest first, at most `limit`.
 */
export function periodsSince(period: DutyPeriod, since: Date, now: Date, limit: number): PeriodWindow[] {
  const windows: PeriodWindow[] = [];
  for (let offset = 0; windows.length < limit; offset -= 1) {
    const window = periodOf(period, now, offset);
    if (window.end.getTime() <= since.getTime()) break;
    windows.push(window);
  }
  return windows;
}
