/**
 * China-time months (UTC+8, no daylight saving) and the names of the monthly partitions of
 * `case_search`, exactly as migration 0011 made them in November 2026. Frozen: never edit this file;
 * it imports no live project code, so the migration keeps its meaning when the live search code changes.
 */

const CHINA_OFFSET_MS = 8 * 3_600_000;

/** The instant the China-time month holding `at` begins, moved by `months`. */
export function chinaMonthStart(at: Date, months = 0): Date {
  const china = new Date(at.getTime() + CHINA_OFFSET_MS);
  return new Date(Date.UTC(china.getUTCFullYear(), china.getUTCMonth() + months, 1) - CHINA_OFFSET_MS);
}

/** The name of the partition of `case_search` that holds the cases created in the month of `at`. */
export function searchPartitionName(at: Date): string {
  const key = new Date(at.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 7).replace('-', '');
  return `case_search_m${key}`;
}

/** The starts of the China-time months that [from, to] touches, oldest first. */
export function monthStartsBetween(from: Date, to: Date): Date[] {
  const starts: Date[] = [];
  for (let start = chinaMonthStart(from); start <= to; start = chinaMonthStart(start, 1)) starts.push(start);
  return starts;
}
