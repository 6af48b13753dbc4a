import { describe, expect, it } from 'vitest';
import {
  chinaDate,
  chinaDayIndex,
  chinaDayIndexStart,
  chinaDayStart,
  chinaMonth,
  formatChinaMinute,
  startOfChinaDay,
  startOfChinaMonth,
  startOfChinaWeek,
} from './china-time.ts';

const at = (iso: string) => new Date(iso);

describe('China time', () => {
  it('reads dates and months on the China calendar, not UTC', () => {
    expect(chinaDate(at('2026-11-19T16:00:00Z'))).toBe('2026-11-20');
    expect(chinaDate(at('2026-11-19T15:59:59Z'))).toBe('2026-11-19');
    expect(chinaMonth(at('2026-11-30T16:30:00Z'))).toBe('2026-12');
    expect(formatChinaMinute(at('2026-03-05T06:30:45Z'))).toBe('2026-03-05 14:30');
  });

  it('finds the start of the China day, week and month', () => {
    expect(startOfChinaDay(at('2026-11-20T00:00:00+08:00')).toISOString()).toBe('2026-11-19T16:00:00.000Z');
    expect(startOfChinaDay(at('2026-11-19T23:59:59+08:00')).toISOString()).toBe('2026-11-18T16:00:00.000Z');
    // 2026-11-22 is a Sunday: its week began on Monday the 16th.
    expect(startOfChinaWeek(at('2026-11-22T23:00:00+08:00')).toISOString()).toBe('2026-11-15T16:00:00.000Z');
    expect(startOfChinaWeek(at('2026-11-16T00:00:00+08:00')).toISOString()).toBe('2026-11-15T16:00:00.000Z');
    expect(startOfChinaMonth(at('2026-12-01T07:00:00+08:00')).toISOString()).toBe('2026-11-30T16:00:00.000Z');
    expect(startOfChinaMonth(at('2026-12-15T00:00:00+08:00'), 1).toISOString()).toBe('2026-12-31T16:00:00.000Z');
    expect(startOfChinaMonth(at('2026-01-15T00:00:00+08:00'), -1).toISOString()).toBe('2025-11-30T16:00:00.000Z');
  });

  it('turns a China date into the instant it begins, and day numbers both ways', () => {
    expect(chinaDayStart('2026-11-20').toISOString()).toBe('2026-11-19T16:00:00.000Z');
    expect(Number.isNaN(chinaDayStart('2026-13-01').getTime())).toBe(true);
    const index = chinaDayIndex(at('2026-11-20T01:00:00+08:00').getTime());
    expect(new Date(chinaDayIndexStart(index)).toISOString()).toBe('2026-11-19T16:00:00.000Z');
    expect(chinaDayIndex(at('1970-01-01T00:00:00+08:00').getTime())).toBe(0);
  });
});
