import type { BusinessCalendar } from '../../platform/calendar/business-calendar.ts';
import { chinaDate, chinaDayStart } from '../../shared/china-time.ts';

/**
 * China-local dates ('YYYY-MM-DD', UTC+08:00, no DST) for the day-based deadlines of task lists:
 * milestones and due dates are days, and a deadline that falls on a holiday or weekend runs to the
 * end of the next working day (节假日顺延).
 */

const dayMs = 86_400_000;
const datePattern = /^\d{4}-\d{2}-\d{2}$/;

/** The China-local date of a moment. */
export const localDateOf = chinaDate;

/** True for a real calendar date written 'YYYY-MM-DD'. */
export function isLocalDate(text: string): boolean {
  if (!datePattern.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

function dayIndex(day: string): number {
  return Math.floor(Date.parse(`${day}T00:00:00Z`) / dayMs);
}

function dayOfIndex(index: number): string {
  return new Date(index * dayMs).toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  return dayOfIndex(dayIndex(day) + days);
}

/** Days from `a` to `b` (negative when b is earlier). */
export function daysBetween(a: string, b: string): number {
  return dayIndex(b) - dayIndex(a);
}

/** The first moment of a local day: 'YYYY-MM-DD' 00:00 China time. */
export const startOfDay = chinaDayStart;

/** The moment a day ends (the next day's 00:00 China time): something due that day is late from here. */
export function endOfDay(day: string): Date {
  return startOfDay(addDays(day, 1));
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: string): number {
  return new Date(`${day}T00:00:00Z`).getUTCDay();
}

const maxWalk = 400;

/** The day itself when it is a working day, else the next working day (顺延). */
export function onOrNextWorkingDay(day: string, calendar: BusinessCalendar): string {
  let current = day;
  for (let walked = 0; walked < maxWalk; walked++, current = addDays(current, 1))
    if (calendar.isWorkingDay(current)) return current;
  throw new RangeError(`no working day within ${maxWalk} days after ${day}`);
}

/** The day itself when it is a working day, else the working day before it. */
export function onOrPreviousWorkingDay(day: string, calendar: BusinessCalendar): string {
  let current = day;
  for (let walked = 0; walked < maxWalk; walked++, current = addDays(current, -1))
    if (calendar.isWorkingDay(current)) return current;
  throw new RangeError(`no working day within ${maxWalk} days before ${day}`);
}

/** The n-th working day after `day` (n ≥ 1; `day` itself never counts). */
export function nthWorkingDayAfter(day: string, n: number, calendar: BusinessCalendar): string {
  let current = day;
  for (let counted = 0, walked = 0; counted < n; walked++) {
    if (walked > maxWalk * 2) throw new RangeError(`no ${n} working days after ${day}`);
    current = addDays(current, 1);
    if (calendar.isWorkingDay(current)) counted++;
  }
  return current;
}

/** The n-th working day before `day` (n ≥ 1; `day` itself never counts). */
export function nthWorkingDayBefore(day: string, n: number, calendar: BusinessCalendar): string {
  let current = day;
  for (let counted = 0, walked = 0; counted < n; walked++) {
    if (walked > maxWalk * 2) throw new RangeError(`no ${n} working days before ${day}`);
    current = addDays(current, -1);
    if (calendar.isWorkingDay(current)) counted++;
  }
  return current;
}

/** The deadline of something due on `day`: the end of that day, or of the next working day when it is a holiday. */
export function deadlineOf(day: string, calendar: BusinessCalendar): Date {
  return endOfDay(onOrNextWorkingDay(day, calendar));
}

/**
 * The moment from which at most `n` working days remain before the deadline of `day` (counting the
 * deadline's own working day, not today's): the start of the n-th working day before it, or of the
 * deadline day itself when n is 0.
 */
export function warningStartOf(day: string, n: number, calendar: BusinessCalendar): Date {
  const effective = onOrNextWorkingDay(day, calendar);
  return startOfDay(n === 0 ? effective : nthWorkingDayBefore(effective, n, calendar));
}
