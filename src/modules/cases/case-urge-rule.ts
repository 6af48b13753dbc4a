import { startOfChinaDay } from '../../shared/china-time.ts';

/**
 * 督办 by people: a case is urged at most once a day (China time), so a lead unit's leader is not
 * flooded with the same reminder. The sweeper's automatic urge at the breach does not count.
 */

/** True when a person's last urge was today (China time). */
export function urgedToday(lastUrgedAt: Date | null, now: Date): boolean {
  return lastUrgedAt !== null && lastUrgedAt >= startOfChinaDay(now);
}
