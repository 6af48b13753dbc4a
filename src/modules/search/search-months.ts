import { chinaMonth, startOfChinaMonth } from '../../shared/china-time.ts';

/**
 * Months in China time (UTC+8, no daylight saving), as the search index is cut: each month of cases
 * has its own partition of `case_search` with its own GIN index, so searching one month never reads
 * the postings of the years behind it.
 */

/** Kept for migration 0011, which imports it by this name; new code uses startOfChinaMonth. */
export const chinaMonthStart = startOfChinaMonth;

/** 'YYYYMM' of the China-time month holding `at`. */
export function chinaMonthKey(at: Date): string {
  return chinaMonth(at).replace('-', '');
}

/** The name of the partition of `case_search` that holds the cases created in the month of `at`. */
export function searchPartitionName(at: Date): string {
  return `case_search_m${chinaMonthKey(at)}`;
}

/** The starts of the China-time months that [from, to] touches, oldest first. */
export function monthStartsBetween(from: Date, to: Date): Date[] {
  const starts: Date[] = [];
  for (let start = startOfChinaMonth(from); start <= to; start = startOfChinaMonth(start, 1)) starts.push(start);
  return starts;
}

/** A part of a searched period: [from, to). */
export interface SearchPeriod {
  from: Date;
  to: Date;
}

/**
 * The period [since, until) cut at the China-time month starts, newest first; when it spans more
 * than `maxParts` months, the oldest rest is one part. A search walks these parts (each reads only
 * its months' partitions) and stops once it has found enough.
 */
export function monthlyPeriods(since: Date, until: Date, maxParts = 24): SearchPeriod[] {
  const parts: SearchPeriod[] = [];
  let to = until;
  let start = startOfChinaMonth(new Date(until.getTime() - 1));
  while (to > since) {
    if (parts.length === maxParts - 1 && start > since) {
      parts.push({ from: since, to });
      break;
    }
    const from = start > since ? start : since;
    parts.push({ from, to });
    to = start;
    start = startOfChinaMonth(start, -1);
  }
  return parts;
}
