import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type BusinessCalendar, createBusinessCalendar } from './business-calendar.ts';
import {
  addTime,
  addWorkingDays,
  deadlineColour,
  defaultOfficeHours,
  elapsedTime,
  type OfficeHours,
  parseOfficeHours,
  type TimeMode,
  warnAt,
} from './working-time.ts';

/** A China Standard Time moment, written 'YYYY-MM-DD HH:MM'. */
const cst = (text: string): Date => new Date(`${text.replace(' ', 'T')}:00+08:00`);

const calendar = createBusinessCalendar();
const office = defaultOfficeHours; // 09:00–12:00, 13:30–17:30: 7 h a day

const work = (start: string, hours: number, officeHours: OfficeHours = office): Date =>
  addTime(cst(start), hours, 'working', calendar, officeHours);
const workedHours = (from: string, to: string): number => elapsedTime(cst(from), cst(to), 'working', calendar, office);

describe('addTime in working mode around Spring Festival 2026 (春节)', () => {
  it('lands a 16-hour deadline from Friday 02-13 10:00 on Tuesday 02-24 at noon', () => {
    // Fri 02-13: 10–12 and 13:30–17:30 = 6 h; Sat 02-14 (调休): 7 h; 02-15..02-23 off; Tue 02-24: 09–12 = 3 h.
    expect(work('2026-02-13 10:00', 16)).toEqual(cst('2026-02-24 12:00'));
    expect(work('2026-02-13 10:00', 17)).toEqual(cst('2026-02-24 14:30'));
    expect(workedHours('2026-02-13 10:00', '2026-02-24 12:00')).toBe(16);
  });

  it('counts the 调休 Saturday 02-14 as a working day', () => {
    expect(work('2026-02-14 09:00', 7)).toEqual(cst('2026-02-14 17:30'));
    expect(work('2026-02-14 09:00', 8)).toEqual(cst('2026-02-24 10:00'));
    expect(workedHours('2026-02-14 00:00', '2026-02-15 00:00')).toBe(7);
  });

  it('counts the 调休 Saturday 02-28 after the festival', () => {
    expect(work('2026-02-27 17:00', 1)).toEqual(cst('2026-02-28 09:30'));
  });

  it('counts no time during the festival', () => {
    expect(workedHours('2026-02-14 17:30', '2026-02-24 09:00')).toBe(0);
  });
});

describe('addTime in working mode around National Day 2026 (国庆)', () => {
  it('counts the 调休 Sunday 09-20', () => {
    expect(work('2026-09-18 17:00', 1)).toEqual(cst('2026-09-20 09:30'));
  });

  it('skips Mid-autumn and National Day and counts the 调休 Saturday 10-10', () => {
    // Wed 09-30 15:30–17:30 = 2 h; 10-01..10-07 off; Thu 10-08: 7 h; Fri 10-09: 09:00–10:00.
    expect(work('2026-09-30 15:30', 10)).toEqual(cst('2026-10-09 10:00'));
    expect(work('2026-10-09 17:00', 1)).toEqual(cst('2026-10-10 09:30'));
    expect(work('2026-09-24 17:00', 1)).toEqual(cst('2026-09-28 09:30')); // 09-25..09-27 中秋
    expect(workedHours('2026-09-30 09:00', '2026-10-08 09:00')).toBe(7);
  });
});

describe('addTime in working mode outside office time', () => {
  // 2026-03-03 is an ordinary Tuesday; 03-07 a Saturday.
  it('starts counting at the next office period', () => {
    expect(work('2026-03-03 20:00', 1)).toEqual(cst('2026-03-04 10:00')); // night
    expect(work('2026-03-03 07:00', 1)).toEqual(cst('2026-03-03 10:00')); // early morning
    expect(work('2026-03-03 12:30', 1)).toEqual(cst('2026-03-03 14:30')); // lunch break
    expect(work('2026-03-07 10:00', 1)).toEqual(cst('2026-03-09 10:00')); // weekend
    expect(work('2026-03-03 17:30', 0.5)).toEqual(cst('2026-03-04 09:30')); // exactly at closing
  });

  it('ends an amount that runs out at a period end on that end, not at the next start', () => {
    expect(work('2026-03-03 09:00', 3)).toEqual(cst('2026-03-03 12:00'));
    expect(work('2026-03-03 09:00', 7)).toEqual(cst('2026-03-03 17:30'));
    expect(work('2026-03-03 00:00', 7)).toEqual(cst('2026-03-03 17:30')); // a whole day from midnight
    expect(work('2026-03-02 00:00', 14)).toEqual(cst('2026-03-03 17:30'));
  });

  it('counts nothing outside office time', () => {
    expect(workedHours('2026-03-03 12:10', '2026-03-03 13:20')).toBe(0);
    expect(workedHours('2026-03-03 20:00', '2026-03-04 08:00')).toBe(0);
    expect(workedHours('2026-03-07 00:00', '2026-03-09 00:00')).toBe(0);
  });

  it('handles fractional hours', () => {
    expect(work('2026-03-03 09:00', 2.5)).toEqual(cst('2026-03-03 11:30'));
    expect(work('2026-03-03 09:00', 3.25)).toEqual(cst('2026-03-03 13:45'));
    expect(work('2026-03-03 09:00', 0.1)).toEqual(cst('2026-03-03 09:06'));
    expect(work('2026-03-03 09:00', 1 / 60)).toEqual(cst('2026-03-03 09:01'));
    expect(workedHours('2026-03-03 09:00', '2026-03-03 13:45')).toBe(3.25);
  });

  it('follows other office hours, including a whole-day period crossing midnight', () => {
    expect(work('2026-03-02 08:00', 20, parseOfficeHours('08:00-18:00'))).toEqual(cst('2026-03-03 18:00'));
    const allDay = parseOfficeHours('00:00-24:00');
    expect(work('2026-02-13 22:00', 3, allDay)).toEqual(cst('2026-02-14 01:00'));
    expect(work('2026-02-14 23:00', 2, allDay)).toEqual(cst('2026-02-24 01:00'));
  });

  it('does not depend on the machine time zone', () => {
    const saved = process.env.TZ;
    try {
      process.env.TZ = 'America/Los_Angeles';
      expect(work('2026-02-13 10:00', 16)).toEqual(cst('2026-02-24 12:00'));
      expect(work('2026-03-03 20:00', 1)).toEqual(cst('2026-03-04 10:00'));
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});

describe('addTime edge cases', () => {
  it('returns the start unchanged for 0 hours, even outside office time', () => {
    const start = cst('2026-03-07 20:00');
    expect(addTime(start, 0, 'working', calendar, office).getTime()).toBe(start.getTime());
    expect(addTime(start, 0, 'natural', calendar, office).getTime()).toBe(start.getTime());
  });

  it('does not skip holidays in natural mode (自然时)', () => {
    const start = cst('2026-02-13 10:00');
    expect(addTime(start, 72, 'natural', calendar, office)).toEqual(cst('2026-02-16 10:00'));
    expect(addTime(cst('2026-02-15 23:00'), 1.5, 'natural', calendar, office)).toEqual(cst('2026-02-16 00:30'));
    expect(elapsedTime(start, cst('2026-02-16 10:00'), 'natural', calendar, office)).toBe(72);
  });

  it('keeps milliseconds exact in natural mode', () => {
    const start = new Date(Date.UTC(2026, 1, 13, 2, 0, 0, 123));
    expect(addTime(start, 1, 'natural', calendar, office).getTime()).toBe(start.getTime() + 3_600_000);
  });

  it('gives 0 elapsed time when to is not after from', () => {
    expect(workedHours('2026-03-03 11:00', '2026-03-03 10:00')).toBe(0);
    expect(elapsedTime(cst('2026-03-03 11:00'), cst('2026-03-03 10:00'), 'natural', calendar, office)).toBe(0);
  });

  it('rejects negative or non-finite hours and invalid dates', () => {
    expect(() => work('2026-03-03 09:00', -1)).toThrow(RangeError);
    expect(() => work('2026-03-03 09:00', Number.NaN)).toThrow(RangeError);
    expect(() => addTime(new Date('nonsense'), 1, 'working', calendar, office)).toThrow(RangeError);
  });

  it('completes a 2000-hour working-time deadline and agrees with elapsedTime', () => {
    const start = cst('2025-01-02 09:00');
    const due = addTime(start, 2000, 'working', calendar, office);
    // 2000 h ≈ 286 working days: more than 2025 holds, so it lands in 2026.
    expect(due.getTime()).toBeGreaterThan(cst('2026-01-01 00:00').getTime());
    expect(due.getTime()).toBeLessThan(cst('2026-12-31 00:00').getTime());
    expect(elapsedTime(start, due, 'working', calendar, office)).toBeCloseTo(2000, 9);
  });

  it('throws instead of walking for ever', () => {
    expect(() => work('2026-03-03 09:00', 100_000)).toThrow(/exceeded/);
    const neverWorking: BusinessCalendar = { isWorkingDay: () => false, coveredUntilYear: 2026 };
    expect(() => addTime(cst('2026-03-03 09:00'), 1, 'working', neverWorking, office)).toThrow(/exceeded/);
  });
});

describe('calendar overrides in working time', () => {
  it('honours a 2027 holiday and 调休 workday entered by the installation', () => {
    const withOverrides = createBusinessCalendar({
      holidays: new Set(['2027-02-05']),
      workdays: new Set(['2027-02-06']),
    });
    const start = cst('2027-02-04 17:00'); // Thursday
    expect(addTime(start, 1, 'working', withOverrides, office)).toEqual(cst('2027-02-06 09:30'));
    expect(addTime(start, 1, 'working', calendar, office)).toEqual(cst('2027-02-05 09:30'));
  });
});

describe('addWorkingDays', () => {
  it('keeps the clock time and counts only working days', () => {
    expect(addWorkingDays(cst('2026-09-30 10:00'), 3, calendar, office)).toEqual(cst('2026-10-10 10:00'));
    expect(addWorkingDays(cst('2026-09-24 10:00'), 1, calendar, office)).toEqual(cst('2026-09-28 10:00'));
    expect(addWorkingDays(cst('2026-02-13 10:00'), 2, calendar, office)).toEqual(cst('2026-02-24 10:00'));
  });

  it('does not count the start day and keeps a clock time outside office hours', () => {
    expect(addWorkingDays(cst('2026-03-07 10:00'), 1, calendar, office)).toEqual(cst('2026-03-09 10:00'));
    expect(addWorkingDays(cst('2026-03-03 19:45'), 1, calendar, office)).toEqual(cst('2026-03-04 19:45'));
    expect(addWorkingDays(cst('2026-03-03 19:45'), 0, calendar, office)).toEqual(cst('2026-03-03 19:45'));
  });

  it('rejects fractional or negative days', () => {
    expect(() => addWorkingDays(cst('2026-03-03 10:00'), 1.5, calendar, office)).toThrow(RangeError);
    expect(() => addWorkingDays(cst('2026-03-03 10:00'), -1, calendar, office)).toThrow(RangeError);
  });
});

describe('deadlineColour and warnAt', () => {
  // Mon 03-02 09:00 to Tue 03-03 17:30 is 14 working hours.
  const start = cst('2026-03-02 09:00');
  const due = cst('2026-03-03 17:30');
  const colour = (now: string, share: number, mode: TimeMode = 'working') =>
    deadlineColour(start, due, cst(now), share, mode, calendar, office);
  const justBefore = (date: Date) => new Date(date.getTime() - 1);

  it('turns yellow at half the working time, not half the clock time', () => {
    expect(warnAt(start, due, 0.5, 'working', calendar, office)).toEqual(cst('2026-03-02 17:30'));
    expect(colour('2026-03-02 17:29', 0.5)).toBe('green');
    expect(colour('2026-03-02 17:30', 0.5)).toBe('yellow');
    expect(colour('2026-03-03 08:00', 0.5)).toBe('yellow');
  });

  it('turns yellow at 75 % inside the afternoon period', () => {
    // 10.5 h: Monday's 7 h, then Tuesday 09:00–12:00 and 13:30–14:00.
    const at = warnAt(start, due, 0.75, 'working', calendar, office);
    expect(at).toEqual(cst('2026-03-03 14:00'));
    expect(deadlineColour(start, due, justBefore(at), 0.75, 'working', calendar, office)).toBe('green');
    expect(deadlineColour(start, due, at, 0.75, 'working', calendar, office)).toBe('yellow');
  });

  it('is yellow at the due moment and red just after it', () => {
    expect(deadlineColour(start, due, due, 0.5, 'working', calendar, office)).toBe('yellow');
    expect(deadlineColour(start, due, new Date(due.getTime() + 1), 0.5, 'working', calendar, office)).toBe('red');
    expect(colour('2026-03-02 08:00', 0.5)).toBe('green'); // before the start
  });

  it('uses clock time in natural mode', () => {
    // 32.5 natural hours; 80 % is 26 h after Monday 09:00.
    expect(warnAt(start, due, 0.8, 'natural', calendar, office)).toEqual(cst('2026-03-03 11:00'));
    expect(colour('2026-03-03 10:59', 0.8, 'natural')).toBe('green');
    expect(colour('2026-03-03 11:00', 0.8, 'natural')).toBe('yellow');
  });

  it('rejects a share outside 0..1', () => {
    expect(() => colour('2026-03-02 10:00', 1.5)).toThrow(RangeError);
    expect(() => warnAt(start, due, -0.1, 'working', calendar, office)).toThrow(RangeError);
  });
});

describe('parseOfficeHours', () => {
  it('parses the default configuration', () => {
    expect(parseOfficeHours('09:00-12:00,13:30-17:30')).toEqual(defaultOfficeHours);
    expect(parseOfficeHours(' 9:00 - 12:00 ， 13:30-17:30 ')).toEqual(defaultOfficeHours);
  });

  it('sorts periods given out of order', () => {
    expect(parseOfficeHours('13:30-17:30,09:00-12:00')).toEqual(defaultOfficeHours);
  });

  it('rejects bad input with a clear message', () => {
    expect(() => parseOfficeHours('')).toThrow(/no periods/);
    expect(() => parseOfficeHours('nine to five')).toThrow(/not a period/);
    expect(() => parseOfficeHours('09:00-12:00,13:30')).toThrow(/not a period/);
    expect(() => parseOfficeHours('25:00-26:00')).toThrow(/not a time of day/);
    expect(() => parseOfficeHours('09:60-10:00')).toThrow(/not a time of day/);
    expect(() => parseOfficeHours('12:00-09:00')).toThrow(/end after it starts/);
    expect(() => parseOfficeHours('09:00-09:00')).toThrow(/end after it starts/);
    expect(() => parseOfficeHours('09:00-12:00,11:00-14:00')).toThrow(/overlaps/);
  });

  it('rejects invalid office hours handed over directly', () => {
    const unordered: OfficeHours = {
      periods: [
        { start: '13:30', end: '17:30' },
        { start: '09:00', end: '12:00' },
      ],
    };
    expect(() => work('2026-03-03 09:00', 1, unordered)).toThrow(/out of order/);
    expect(() => work('2026-03-03 09:00', 1, { periods: [] })).toThrow(/at least one/);
  });
});

describe('properties over 2025–2026', () => {
  const startMs = fc.integer({ min: cst('2025-01-01 00:00').getTime(), max: cst('2026-12-31 23:59').getTime() });
  const hours = fc.double({ min: 0, max: 300, noNaN: true });
  const minute = 1 / 60;

  it('elapsedTime inverts addTime to within a minute', () => {
    fc.assert(
      fc.property(startMs, hours, (ms, h) => {
        const start = new Date(ms);
        const end = addTime(start, h, 'working', calendar, office);
        expect(Math.abs(elapsedTime(start, end, 'working', calendar, office) - h)).toBeLessThanOrEqual(minute);
      }),
    );
  });

  it('addTime is monotone in hours', () => {
    fc.assert(
      fc.property(startMs, hours, hours, (ms, a, b) => {
        const start = new Date(ms);
        const [low, high] = a <= b ? [a, b] : [b, a];
        const lowEnd = addTime(start, low, 'working', calendar, office).getTime();
        expect(lowEnd).toBeLessThanOrEqual(addTime(start, high, 'working', calendar, office).getTime());
      }),
    );
  });

  it('turns yellow exactly at warnAt', () => {
    const share = fc.double({ min: 0.01, max: 1, noNaN: true });
    const dueHours = fc.double({ min: 0.5, max: 100, noNaN: true });
    fc.assert(
      fc.property(startMs, dueHours, share, (ms, h, s) => {
        const start = new Date(ms);
        const due = addTime(start, h, 'working', calendar, office);
        const at = warnAt(start, due, s, 'working', calendar, office);
        expect(deadlineColour(start, due, at, s, 'working', calendar, office)).toBe('yellow');
        expect(deadlineColour(start, due, new Date(at.getTime() - 1), s, 'working', calendar, office)).toBe('green');
      }),
    );
  });
});
