import type { BusinessCalendar } from '../../platform/calendar/business-calendar.ts';
import type { ReportFrequency } from '../../shared/programmes.ts';
import {
  addDays,
  endOfDay,
  localDateOf,
  nthWorkingDayAfter,
  nthWorkingDayBefore,
  onOrNextWorkingDay,
  onOrPreviousWorkingDay,
  startOfDay,
  weekdayOf,
} from './local-dates.ts';

/**
 * The cycle of a report form (报送周期): weekly (Monday to Sunday), monthly or quarterly periods,
 * each due on a set working day: `dueWorkingDay` 0 means the last working day of the period (the
 * first one after it when the period has none, e.g. a week of Spring Festival), N ≥ 1 the N-th
 * working day after the period ends (e.g. monthly tables due on the 3rd working day of the next
 * month). A report is due at the end of its due day; the reminder goes out at 09:00 China time
 * `remindWorkingDays` working days before it (on the due day itself when 0).
 */

export interface ReportCycle {
  frequency: ReportFrequency;
  dueWorkingDay: number;
  remindWorkingDays: number;
}

export interface Period {
  /** 2026-W47, 2026-11 or 2026-Q4 */
  key: string;
  start: string;
  end: string;
}

export interface PeriodSchedule extends Period {
  dueDay: string;
  dueAt: Date;
  remindAt: Date;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** ISO week number and its year for a Monday. */
function isoWeek(monday: string): { year: number; week: number } {
  const thursday = addDays(monday, 3);
  const year = Number(thursday.slice(0, 4));
  const firstThursday = (() => {
    const jan4 = `${year}-01-04`;
    const weekday = (weekdayOf(jan4) + 6) % 7; // Monday 0
    return addDays(addDays(jan4, -weekday), 3);
  })();
  const week =
    1 + Math.round((Date.parse(`${thursday}T00:00:00Z`) - Date.parse(`${firstThursday}T00:00:00Z`)) / (7 * 86_400_000));
  return { year, week };
}

/** The period of a frequency that contains a day. */
export function periodOf(frequency: ReportFrequency, day: string): Period {
  if (frequency === 'weekly') {
    const monday = addDays(day, -((weekdayOf(day) + 6) % 7));
    const { year, week } = isoWeek(monday);
    return { key: `${year}-W${pad(week)}`, start: monday, end: addDays(monday, 6) };
  }
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  const firstMonth = frequency === 'monthly' ? month : Math.floor((month - 1) / 3) * 3 + 1;
  const months = frequency === 'monthly' ? 1 : 3;
  const start = `${year}-${pad(firstMonth)}-01`;
  const nextStart =
    firstMonth + months > 12
      ? `${year + 1}-${pad(firstMonth + months - 12)}-01`
      : `${year}-${pad(firstMonth + months)}-01`;
  const key = frequency === 'monthly' ? `${year}-${pad(month)}` : `${year}-Q${Math.floor((month - 1) / 3) + 1}`;
  return { key, start, end: addDays(nextStart, -1) };
}

export function nextPeriod(frequency: ReportFrequency, period: Period): Period {
  return periodOf(frequency, addDays(period.end, 1));
}

/** The due day, due moment and reminder moment of a period. */
export function scheduleOf(cycle: ReportCycle, period: Period, calendar: BusinessCalendar): PeriodSchedule {
  let dueDay: string;
  if (cycle.dueWorkingDay === 0) {
    const last = onOrPreviousWorkingDay(period.end, calendar);
    dueDay = last < period.start ? onOrNextWorkingDay(period.end, calendar) : last;
  } else {
    dueDay = nthWorkingDayAfter(period.end, cycle.dueWorkingDay, calendar);
  }
  const remindDay =
    cycle.remindWorkingDays === 0 ? dueDay : nthWorkingDayBefore(dueDay, cycle.remindWorkingDays, calendar);
  return {
    ...period,
    dueDay,
    dueAt: endOfDay(dueDay),
    remindAt: new Date(startOfDay(remindDay).getTime() + 9 * 3_600_000),
  };
}

/**
 * The periods whose reports should exist at `now`: every period that has started, from the one
 * containing `from` (or, once some were made, the one after `after`), at most `limit` of them.
 */
export function periodsToOpen(
  frequency: ReportFrequency,
  from: string,
  after: string | null,
  now: Date,
  limit = 60,
): Period[] {
  const today = localDateOf(now);
  let period = after === null ? periodOf(frequency, from) : nextPeriod(frequency, periodOf(frequency, after));
  const out: Period[] = [];
  while (period.start <= today && out.length < limit) {
    out.push(period);
    period = nextPeriod(frequency, period);
  }
  return out;
}

/** The period a key names (2026-W47, 2026-11, 2026-Q4) for a frequency; undefined when the key does not fit it. */
export function periodOfKey(frequency: ReportFrequency, key: string): Period | undefined {
  let day: string | undefined;
  if (frequency === 'weekly') {
    const match = /^(\d{4})-W(\d{2})$/.exec(key);
    if (match) {
      const jan4 = `${match[1]}-01-04`;
      const firstMonday = addDays(jan4, -((weekdayOf(jan4) + 6) % 7));
      day = addDays(firstMonday, (Number(match[2]) - 1) * 7);
    }
  } else if (frequency === 'monthly') {
    const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(key);
    if (match) day = `${key}-01`;
  } else {
    const match = /^(\d{4})-Q([1-4])$/.exec(key);
    if (match) day = `${match[1]}-${String((Number(match[2]) - 1) * 3 + 1).padStart(2, '0')}-01`;
  }
  if (day === undefined) return undefined;
  const period = periodOf(frequency, day);
  return period.key === key ? period : undefined;
}
