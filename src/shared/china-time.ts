/**
 * China Standard Time (北京时间): UTC+08:00 all year, no daylight saving. The one home of the
 * offset for the server and the web app: an instant is shifted by +8 h and read with UTC
 * arithmetic, so the machine's or the browser's time zone never matters. Pure functions, no imports.
 */

const dayMs = 86_400_000;

/** The offset of China time from UTC, in milliseconds. */
export const chinaOffsetMs = 8 * 3_600_000;

/** The offset in seconds, for SQL over epochs (`extract(epoch from …) + 28800`). */
export const chinaOffsetSeconds = chinaOffsetMs / 1000;

/** The offset as ISO 8601 writes it. */
export const chinaUtcOffset = '+08:00';

/** The IANA zone, for PostgreSQL's `at time zone` and for Intl formatting. */
export const chinaTimeZone = 'Asia/Shanghai';

/** The instant moved by +8 h: its UTC fields (getUTCHours, toISOString…) read China's wall clock. */
export function chinaWallClock(at: Date | number): Date {
  return new Date((typeof at === 'number' ? at : at.getTime()) + chinaOffsetMs);
}

/** The instant of a China wall-clock time given as UTC milliseconds (the inverse of chinaWallClock). */
export function fromChinaWallClock(wallMs: number): Date {
  return new Date(wallMs - chinaOffsetMs);
}

/** The China calendar date of an instant: '2026-11-20'. */
export function chinaDate(at: Date): string {
  return chinaWallClock(at).toISOString().slice(0, 10);
}

/** The China calendar month of an instant: '2026-11'. */
export function chinaMonth(at: Date): string {
  return chinaWallClock(at).toISOString().slice(0, 7);
}

/** An instant as China time to the minute: '2026-03-05 14:30'. */
export function formatChinaMinute(at: Date): string {
  return chinaWallClock(at).toISOString().slice(0, 16).replace('T', ' ');
}

/** The China day of an instant, as days since 1970-01-01 (China time). */
export function chinaDayIndex(epochMs: number): number {
  return Math.floor((epochMs + chinaOffsetMs) / dayMs);
}

/** The instant (epoch ms) a China day, given as days since 1970-01-01, begins. */
export function chinaDayIndexStart(index: number): number {
  return index * dayMs - chinaOffsetMs;
}

/** Midnight of the China day `at` falls on. */
export function startOfChinaDay(at: Date): Date {
  return new Date(chinaDayIndexStart(chinaDayIndex(at.getTime())));
}

/** Monday 00:00 China time of the week `at` falls in. */
export function startOfChinaWeek(at: Date): Date {
  const day = startOfChinaDay(at);
  const weekday = (chinaWallClock(day).getUTCDay() + 6) % 7; // Monday 0
  return new Date(day.getTime() - weekday * dayMs);
}

/** The instant the China month holding `at` begins, moved by `months`. */
export function startOfChinaMonth(at: Date, months = 0): Date {
  const wall = chinaWallClock(at);
  return fromChinaWallClock(Date.UTC(wall.getUTCFullYear(), wall.getUTCMonth() + months, 1));
}

/** The instant a China calendar date ('YYYY-MM-DD') begins; an invalid date gives an invalid Date. */
export function chinaDayStart(date: string): Date {
  return fromChinaWallClock(Date.parse(`${date}T00:00:00Z`));
}
