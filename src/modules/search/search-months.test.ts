import { describe, expect, it } from 'vitest';
import {
  chinaMonthKey,
  chinaMonthStart,
  monthlyPeriods,
  monthStartsBetween,
  searchPartitionName,
} from './search-months.ts';

const iso = (dates: Date[]) => dates.map((d) => d.toISOString());

describe('China-time months', () => {
  it('begins a month at midnight in China, which is 16:00 UTC the day before', () => {
    expect(chinaMonthStart(new Date('2026-10-31T17:00:00Z')).toISOString()).toBe('2026-10-31T16:00:00.000Z');
    expect(chinaMonthStart(new Date('2026-10-31T15:59:00Z')).toISOString()).toBe('2026-09-30T16:00:00.000Z');
    expect(chinaMonthStart(new Date('2026-12-15T00:00:00Z'), 1).toISOString()).toBe('2026-12-31T16:00:00.000Z');
    expect(chinaMonthKey(new Date('2026-10-31T16:00:00Z'))).toBe('202611');
    expect(chinaMonthKey(new Date('2026-10-31T15:59:59Z'))).toBe('202610');
  });

  it('names the partition of a month', () => {
    expect(searchPartitionName(new Date('2026-12-31T16:30:00Z'))).toBe('case_search_m202701');
  });

  it('lists the month starts a span touches, oldest first', () => {
    expect(iso(monthStartsBetween(new Date('2026-09-20T00:00:00Z'), new Date('2026-11-01T00:00:00Z')))).toEqual([
      '2026-08-31T16:00:00.000Z',
      '2026-09-30T16:00:00.000Z',
      '2026-10-31T16:00:00.000Z',
    ]);
    expect(iso(monthStartsBetween(new Date('2026-11-05T00:00:00Z'), new Date('2026-11-06T00:00:00Z')))).toEqual([
      '2026-10-31T16:00:00.000Z',
    ]);
    // An end exactly at a month start touches that month.
    expect(monthStartsBetween(new Date('2026-10-20T00:00:00Z'), new Date('2026-10-31T16:00:00Z'))).toHaveLength(2);
  });

  it('cuts a period at China-time month starts, newest first, the oldest rest in one part past the limit', () => {
    const parts = (list: { from: Date; to: Date }[]) => list.map((p) => [p.from.toISOString(), p.to.toISOString()]);
    expect(parts(monthlyPeriods(new Date('2026-10-20T00:00:00Z'), new Date('2026-11-22T00:00:00Z')))).toEqual([
      ['2026-10-31T16:00:00.000Z', '2026-11-22T00:00:00.000Z'],
      ['2026-10-20T00:00:00.000Z', '2026-10-31T16:00:00.000Z'],
    ]);
    // An end exactly at a month start does not search that month.
    expect(parts(monthlyPeriods(new Date('2026-10-20T00:00:00Z'), new Date('2026-10-31T16:00:00Z')))).toEqual([
      ['2026-10-20T00:00:00.000Z', '2026-10-31T16:00:00.000Z'],
    ]);
    expect(monthlyPeriods(new Date('2026-11-22T00:00:00Z'), new Date('2026-11-22T00:00:00Z'))).toEqual([]);
    expect(parts(monthlyPeriods(new Date('2020-01-01T00:00:00Z'), new Date('2026-11-22T00:00:00Z'), 3))).toEqual([
      ['2026-10-31T16:00:00.000Z', '2026-11-22T00:00:00.000Z'],
      ['2026-09-30T16:00:00.000Z', '2026-10-31T16:00:00.000Z'],
      ['2020-01-01T00:00:00.000Z', '2026-09-30T16:00:00.000Z'],
    ]);
  });
});
