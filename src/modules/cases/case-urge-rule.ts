/**
 * 督办 by people: a case is urged at most once a day (China time), so a lead unit's leader is not
 * flooded with the same reminder. The sweeper's automatic urge at the breach does not count.
 */

const chinaOffsetMs = 8 * 3_600_000;
const dayMs = 86_400_000;

/** Midnight of the day `now` falls on in China (UTC+8, no daylight saving). */
export function startOfChinaDay(now: Date): Date {
  return new Date(Math.floor((now.getTime() + chinaOffsetMs) / dayMs) * dayMs - chinaOffsetMs);
}

/** True when a person's last urge was today (China time). */
export function urgedToday(lastUrgedAt: Date | null, now: Date): boolean {
  return lastUrgedAt !== null && lastUrgedAt >= startOfChinaDay(now);
}
