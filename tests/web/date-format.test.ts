import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  formatDay,
  formatDeadline,
  formatSecond,
  formatShortTime,
  formatTime,
} from '../../src/web/components/date-format.ts';

describe('the web app’s date formats', () => {
  const zone = process.env.TZ;
  beforeEach(() => {
    process.env.TZ = 'Asia/Shanghai';
  });
  afterEach(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  it("shows the day in the browser's time zone, not the UTC day of the instant", () => {
    // 00:13 on 23 November in China is still 22 November in UTC.
    expect(formatDay('2026-11-22T16:13:00.000Z')).toBe('2026-11-23');
    expect(formatDay('2026-11-22T15:59:00.000Z')).toBe('2026-11-22');
    expect(formatDay(null)).toBe('—');
  });

  it('writes moments one way: 24-hour clock, year first, no locale format', () => {
    expect(formatTime('2026-11-22T06:05:09.000Z')).toBe('2026-11-22 14:05');
    expect(formatSecond('2026-11-22T06:05:09.000Z')).toBe('2026-11-22 14:05:09');
    expect(formatShortTime('2026-11-22T06:05:09.000Z')).toBe('11-22 14:05');
    for (const format of [formatTime, formatSecond, formatShortTime]) expect(format(undefined)).toBe('—');
  });

  it('reads a deadline at midnight as the end of the day before (24:00), and any other as it is', () => {
    // Due by 5 January 2027: stored as the first instant of the 6th, China time.
    expect(formatDeadline('2027-01-05T16:00:00.000Z')).toBe('2027-01-05 24:00');
    expect(formatDeadline('2027-01-05T16:00:00.000Z', { short: true })).toBe('01-05 24:00');
    // Across a month and a year.
    expect(formatDeadline('2026-12-31T16:00:00.000Z')).toBe('2026-12-31 24:00');
    expect(formatDeadline('2027-02-28T16:00:00.000Z')).toBe('2027-02-28 24:00');
    // A working-hours deadline, and a minute after midnight.
    expect(formatDeadline('2027-01-05T09:30:00.000Z')).toBe('2027-01-05 17:30');
    expect(formatDeadline('2027-01-05T16:01:00.000Z')).toBe('2027-01-06 00:01');
    expect(formatDeadline(null)).toBe('—');
  });
});
