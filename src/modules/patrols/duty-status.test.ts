import { describe, expect, it } from 'vitest';
import { chinaTime } from '../../../tests/helpers/clock.ts';
import { type DutyRule, dutyStatus, periodOf, periodsSince, pickRule, type ScopedDutyRule } from './duty-status.ts';

const rule = (over: Partial<DutyRule> = {}): DutyRule => ({
  times: 1,
  period: 'week',
  seasonMonths: null,
  raisedTimes: null,
  ...over,
});
const patrol = (local: string, counts = true) => ({ startedAt: chinaTime(local), counts });

describe('periods in China time', () => {
  it('cuts days, weeks (Monday first), months and quarters at China midnight', () => {
    const at = chinaTime('2026-11-25T00:30'); // a Wednesday, 16:30 UTC the day before
    expect(periodOf('day', at)).toMatchObject({ key: '2026-11-25', start: chinaTime('2026-11-25T00:00') });
    expect(periodOf('week', at)).toMatchObject({
      key: 'W2026-11-23',
      start: chinaTime('2026-11-23T00:00'),
      end: chinaTime('2026-11-30T00:00'),
    });
    expect(periodOf('month', at)).toMatchObject({ key: '2026-11', end: chinaTime('2026-12-01T00:00') });
    expect(periodOf('quarter', at)).toMatchObject({
      key: '2026-Q4',
      start: chinaTime('2026-10-01T00:00'),
      end: chinaTime('2027-01-01T00:00'),
    });
    expect(periodOf('quarter', at, -1).key).toBe('2026-Q3');
    expect(periodOf('month', chinaTime('2026-01-15T12:00'), -1).key).toBe('2025-12');
  });

  it('lists the periods of an appointment, newest first, from the one it began in', () => {
    const windows = periodsSince('month', chinaTime('2026-09-10T00:00'), chinaTime('2026-11-25T10:00'), 12);
    expect(windows.map((w) => w.key)).toEqual(['2026-11', '2026-10', '2026-09']);
    expect(periodsSince('day', chinaTime('2026-01-01T00:00'), chinaTime('2026-11-25T10:00'), 5)).toHaveLength(5);
  });
});

describe('dutyStatus', () => {
  const now = chinaTime('2026-11-25T10:00');

  it('a day: done, due with today as the due date, missed once the day has passed', () => {
    const today = periodOf('day', now);
    const daily = rule({ period: 'day' });
    expect(dutyStatus(daily, [patrol('2026-11-25T08:00')], today, now)).toMatchObject({ state: 'done', done: 1 });
    expect(dutyStatus(daily, [], today, now)).toMatchObject({ state: 'due', nextDueDate: '2026-11-25' });
    expect(dutyStatus(daily, [patrol('2026-11-25T08:00')], periodOf('day', now, -1), now)).toMatchObject({
      state: 'missed',
      done: 0,
    });
  });

  it('a week: an invalid patrol does not count; the due date is the Sunday', () => {
    const week = periodOf('week', now);
    expect(dutyStatus(rule(), [patrol('2026-11-24T09:00', false)], week, now)).toMatchObject({
      state: 'due',
      done: 0,
      nextDueDate: '2026-11-29',
    });
    expect(dutyStatus(rule(), [patrol('2026-11-23T00:00')], week, now).state).toBe('done');
    expect(dutyStatus(rule(), [patrol('2026-11-22T23:59')], week, now).state).toBe('due');
  });

  it('a month twice: the first due by mid-month, the second by its end; raised while findings are open', () => {
    const month = periodOf('month', chinaTime('2026-12-01T09:00'));
    const twice = rule({ period: 'month', times: 2, raisedTimes: 4 });
    const early = chinaTime('2026-12-01T09:00');
    expect(dutyStatus(twice, [], month, early)).toMatchObject({ required: 2, nextDueDate: '2026-12-16' });
    expect(dutyStatus(twice, [patrol('2026-12-01T08:00')], month, early)).toMatchObject({
      done: 1,
      nextDueDate: '2026-12-31',
    });
    expect(dutyStatus(twice, [], month, early, { raised: true })).toMatchObject({
      required: 4,
      raised: true,
      nextDueDate: '2026-12-08',
    });
  });

  it('a quarter: missed once the quarter has ended short', () => {
    const quarterly = rule({ period: 'quarter' });
    const q3 = periodOf('quarter', now, -1);
    expect(dutyStatus(quarterly, [], q3, now)).toMatchObject({ state: 'missed', key: '2026-Q3' });
    expect(dutyStatus(quarterly, [patrol('2026-08-15T10:00')], q3, now).state).toBe('done');
    expect(dutyStatus(quarterly, [], periodOf('quarter', now), now)).toMatchObject({
      state: 'due',
      nextDueDate: '2026-12-31',
    });
  });

  it('a season: outside its months nothing is due, inside it the rule holds', () => {
    const flood = rule({ period: 'week', times: 3, seasonMonths: [6, 7, 8, 9] });
    expect(dutyStatus(flood, [], periodOf('week', now), now)).toMatchObject({ state: 'off_season', required: 0 });
    const july = chinaTime('2026-07-08T10:00');
    expect(dutyStatus(flood, [patrol('2026-07-06T08:00')], periodOf('week', july), july)).toMatchObject({
      state: 'due',
      required: 3,
      done: 1,
    });
  });
});

describe('pickRule', () => {
  const base = { id: 1, times: 1, period: 'month', seasonMonths: null, raisedTimes: null, objectKind: null } as const;
  const rules: ScopedDutyRule[] = [
    { ...base, id: 1, unitPath: '/1/', level: 'village', period: 'week' },
    { ...base, id: 2, unitPath: '/1/5/', level: 'village', times: 2, period: 'week' },
    { ...base, id: 3, unitPath: '/1/5/', level: 'village', times: 3, period: 'week', objectKind: 'lake' },
    { ...base, id: 4, unitPath: '/1/5/', level: 'village', times: 5, period: 'week', seasonMonths: [6, 7, 8] },
    { ...base, id: 5, unitPath: '/1/', level: 'township' },
  ];
  const target = { unitPath: '/1/5/23/', level: 'village', kind: 'river_segment' } as const;

  it('takes the deepest jurisdiction, then the kind, then the season in season', () => {
    expect(pickRule(rules, target, chinaTime('2026-11-25T10:00')).ruleId).toBe(2);
    expect(pickRule(rules, { ...target, kind: 'lake' }, chinaTime('2026-11-25T10:00')).ruleId).toBe(3);
    expect(pickRule(rules, target, chinaTime('2026-07-01T10:00')).ruleId).toBe(4);
    expect(pickRule(rules, { ...target, unitPath: '/1/6/30/' }, chinaTime('2026-11-25T10:00')).ruleId).toBe(1);
  });

  it('falls back to the published default for the level', () => {
    expect(pickRule(rules, { ...target, level: 'patroller' }, chinaTime('2026-11-25T10:00'))).toMatchObject({
      source: 'default',
      rule: { period: 'day', times: 1 },
    });
  });
});
