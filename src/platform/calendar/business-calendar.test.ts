import { describe, expect, it } from 'vitest';
import { createBusinessCalendar } from './business-calendar.ts';

const none = new Set<string>();

describe('createBusinessCalendar with the package data', () => {
  const calendar = createBusinessCalendar();

  it('treats plain weekdays as working and plain weekends as off', () => {
    expect(calendar.isWorkingDay('2026-03-03')).toBe(true); // Tuesday
    expect(calendar.isWorkingDay('2026-03-07')).toBe(false); // Saturday
    expect(calendar.isWorkingDay('2026-03-08')).toBe(false); // Sunday
  });

  it('knows Spring Festival 2026 (春节 02-15..02-23, 调休 02-14 and 02-28)', () => {
    expect(calendar.isWorkingDay('2026-02-13')).toBe(true); // Friday before
    expect(calendar.isWorkingDay('2026-02-14')).toBe(true); // 调休 Saturday
    expect(calendar.isWorkingDay('2026-02-16')).toBe(false); // Monday, holiday
    expect(calendar.isWorkingDay('2026-02-23')).toBe(false); // Monday, last holiday
    expect(calendar.isWorkingDay('2026-02-24')).toBe(true);
    expect(calendar.isWorkingDay('2026-02-28')).toBe(true); // 调休 Saturday
    expect(calendar.isWorkingDay('2026-03-01')).toBe(false); // ordinary Sunday
  });

  it('knows National Day 2026 (10-01..10-07, 调休 09-20 Sunday and 10-10 Saturday)', () => {
    expect(calendar.isWorkingDay('2026-09-20')).toBe(true);
    expect(calendar.isWorkingDay('2026-09-25')).toBe(false); // Mid-autumn, a Friday
    expect(calendar.isWorkingDay('2026-10-01')).toBe(false);
    expect(calendar.isWorkingDay('2026-10-07')).toBe(false);
    expect(calendar.isWorkingDay('2026-10-08')).toBe(true);
    expect(calendar.isWorkingDay('2026-10-10')).toBe(true);
    expect(calendar.isWorkingDay('2026-10-11')).toBe(false);
  });

  it('reports 2026 as the last covered year, and later years only know weekends', () => {
    expect(calendar.coveredUntilYear).toBe(2026);
    expect(calendar.isWorkingDay('2027-02-05')).toBe(true); // Friday
    expect(calendar.isWorkingDay('2027-02-06')).toBe(false); // Saturday
  });

  it('gives the same answer when asked again (cached)', () => {
    for (let i = 0; i < 3; i++) expect(calendar.isWorkingDay('2026-02-14')).toBe(true);
  });

  it('rejects malformed and impossible dates', () => {
    expect(() => calendar.isWorkingDay('2026-2-14')).toThrow(RangeError);
    expect(() => calendar.isWorkingDay('2026-02-30')).toThrow(RangeError);
    expect(() => calendar.isWorkingDay('')).toThrow(RangeError);
  });
});

describe('createBusinessCalendar with overrides', () => {
  it('honours 2027 dates the package does not know yet', () => {
    const calendar = createBusinessCalendar({ holidays: new Set(['2027-02-05']), workdays: new Set(['2027-02-06']) });
    expect(calendar.isWorkingDay('2027-02-05')).toBe(false);
    expect(calendar.isWorkingDay('2027-02-06')).toBe(true);
    expect(calendar.isWorkingDay('2027-02-04')).toBe(true);
    expect(calendar.coveredUntilYear).toBe(2026);
  });

  it('lets overrides win over the package data', () => {
    const calendar = createBusinessCalendar({ holidays: new Set(['2026-02-14']), workdays: new Set(['2026-02-16']) });
    expect(calendar.isWorkingDay('2026-02-14')).toBe(false);
    expect(calendar.isWorkingDay('2026-02-16')).toBe(true);
  });

  it('rejects a date marked both holiday and workday, and malformed dates', () => {
    expect(() =>
      createBusinessCalendar({ holidays: new Set(['2027-05-03']), workdays: new Set(['2027-05-03']) }),
    ).toThrow(/both/);
    expect(() => createBusinessCalendar({ holidays: new Set(['2027/05/03']), workdays: none })).toThrow(RangeError);
  });
});

describe('the years a calendar knows', () => {
  it('extends the package years by the years declared entered, without gaps', () => {
    const base = createBusinessCalendar().coveredUntilYear;
    const empty = { holidays: none, workdays: none };
    expect(createBusinessCalendar({ ...empty, coveredYears: new Set([base + 1]) }).coveredUntilYear).toBe(base + 1);
    // A later year without the one between does not count.
    expect(createBusinessCalendar({ ...empty, coveredYears: new Set([base + 2]) }).coveredUntilYear).toBe(base);
  });
});
