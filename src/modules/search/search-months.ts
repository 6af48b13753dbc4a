/**
 * Months in China time (UTC+8, no daylight saving), as the search index is cut: each month of cases
 * has its own partition of `case_search` with its own GIN index, so searching one month never reads
 * the postings of the years behind it.
 */

const CHINA_OFFSET_MS = 8 * 3_600_000;

/** The instant the China-time month holding `at` begins, moved by `months`. */
export function chinaMonthStart(at: Date, months = 0): Date {
  const china = new Date(at.getTime() + CHINA_OFFSET_MS);
  return new Date(Date.UTC(china.getUTCFullYear(), china.getUTCMonth() + months, 1) - CHINA_OFFSET_MS);
}

/** 'YYYYMM' of the China-time month holding `at`. */
export function chinaMonthKey(at: Date): string {
  return new Date(at.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 7).replace('-', '');
}

/** The name of the partition of `case_search` that holds the cases created in the month of `at`. */
export function searchPartitionName(at: Date): string {
  return `case_search_m${chinaMonthKey(at)}`;
}

/** The starts of the China-time months that [from, to] touches, oldest first. */
export function monthStartsBetween(from: Date, to: Date): Date[] {
  const starts: Date[] = [];
  for (let start = chinaMonthStart(from); start <= to; start = chinaMonthStart(start, 1)) starts.push(start);
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
  let start = chinaMonthStart(new Date(until.getTime() - 1));
  while (to > since) {
    if (parts.length === maxParts - 1 && start > since) {
      parts.push({ from: since, to });
      break;
    }
    const from = start > since ? start : since;
    parts.push({ from, to });
    to = start;
    start = chinaMonthStart(start, -1);
  }
  return parts;
}
