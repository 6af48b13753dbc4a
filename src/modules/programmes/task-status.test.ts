import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBusinessCalendar } from '../../platform/calendar/business-calendar.ts';
import { deadlineOf, warningStartOf } from './local-dates.ts';
import { computeTaskStatus, progressLagPoints, rollUpProgress, type StatusInput } from './task-status.ts';

const calendar = createBusinessCalendar();
/** A China-local moment. */
const at = (local: string) => new Date(`${local}+08:00`);

const base: StatusInput = {
  status: 'active',
  startsOn: '2026-07-01',
  dueOn: '2026-12-31',
  progress: 60,
  milestones: [],
  openReports: [],
  hasActivity: true,
  atRiskWorkingDays: 5,
};
const status = (input: Partial<StatusInput>, now: string) =>
  computeTaskStatus({ ...base, ...input }, at(now), calendar).status;

describe('a milestone due on a holiday', () => {
  // 2026-10-01 to 10-07 is the National Day holiday; Thursday 10-08 is the next working day.
  const milestones = [{ title: '三季度更大突破', dueOn: '2026-10-01', completed: false }];

  it('runs to the end of the next working day, not the end of the holiday itself', () => {
    expect(deadlineOf('2026-10-01', calendar)).toEqual(at('2026-10-09T00:00:00'));
    expect(status({ milestones }, '2026-10-02T10:00:00')).not.toBe('late');
    expect(status({ milestones }, '2026-10-08T23:59:59')).toBe('at_risk');
    expect(status({ milestones }, '2026-10-09T00:00:00')).toBe('late');
  });

  it('counts the at-risk window in working days back from the working day it runs to', () => {
    // Five working days left once 09-23 begins: 09-24, 09-28, 09-29, 09-30 and 10-08 (09-25 to 09-27 is the Mid-Autumn holiday).
    expect(warningStartOf('2026-10-01', 5, calendar)).toEqual(at('2026-09-23T00:00:00'));
    expect(status({ milestones }, '2026-09-22T18:00:00')).toBe('on_track');
    expect(status({ milestones }, '2026-09-23T00:00:00')).toBe('at_risk');
  });

  it('a completed milestone counts for nothing', () => {
    expect(status({ milestones: [{ ...milestones[0]!, completed: true }] }, '2026-10-20T10:00:00')).toBe('on_track');
  });
});

describe('the at-risk threshold', () => {
  const milestones = [{ title: '节点', dueOn: '2026-11-20', completed: false }]; // a Friday

  it('turns at risk exactly when the threshold of working days remains', () => {
    // Threshold 2: the deadline's day (Fri 11-20) counts; risk starts on the second working day before it, Wed 11-18.
    expect(status({ milestones, atRiskWorkingDays: 2 }, '2026-11-17T23:59:59')).toBe('on_track');
    expect(status({ milestones, atRiskWorkingDays: 2 }, '2026-11-18T00:00:00')).toBe('at_risk');
    // Threshold 0: only the due day itself.
    expect(status({ milestones, atRiskWorkingDays: 0 }, '2026-11-19T12:00:00')).toBe('on_track');
    expect(status({ milestones, atRiskWorkingDays: 0 }, '2026-11-20T08:00:00')).toBe('at_risk');
  });

  it('skips weekends when counting back', () => {
    const monday = [{ title: '节点', dueOn: '2026-11-23', completed: false }];
    // One working day before Monday 11-23 is Friday 11-20.
    expect(status({ milestones: monday, atRiskWorkingDays: 1 }, '2026-11-19T20:00:00')).toBe('on_track');
    expect(status({ milestones: monday, atRiskWorkingDays: 1 }, '2026-11-20T09:00:00')).toBe('at_risk');
    expect(status({ milestones: monday, atRiskWorkingDays: 1 }, '2026-11-22T09:00:00')).toBe('at_risk');
  });
});

describe('late, not started, reports and progress', () => {
  it('is late once the task due date has passed, with the reason', () => {
    const computed = computeTaskStatus({ ...base, dueOn: '2026-11-13' }, at('2026-11-14T00:00:01'), calendar);
    expect(computed.status).toBe('late');
    expect(computed.reasons).toContainEqual({ code: 'task_late', due: '2026-11-13' });
  });

  it('is not started before its start date, and while nothing has happened', () => {
    expect(status({ startsOn: '2026-12-01', dueOn: '2027-06-30' }, '2026-11-20T10:00:00')).toBe('not_started');
    expect(status({ progress: 0, hasActivity: false }, '2026-07-02T10:00:00')).toBe('not_started');
    expect(status({ progress: 0, hasActivity: true }, '2026-07-02T10:00:00')).toBe('on_track');
  });

  it('is at risk while a report is overdue, and not before', () => {
    const openReports = [{ status: 'pending' as const, dueAt: at('2026-11-07T00:00:00') }];
    expect(status({ openReports }, '2026-11-06T23:00:00')).toBe('on_track');
    expect(status({ openReports }, '2026-11-07T00:00:00')).toBe('at_risk');
    expect(
      status({ openReports: [{ status: 'accepted', dueAt: at('2026-11-07T00:00:00') }] }, '2026-11-08T00:00:00'),
    ).toBe('on_track');
  });

  it('is at risk when progress lags the time elapsed by the set points', () => {
    // Half of July–December has passed around early October: 50% expected.
    const computed = computeTaskStatus({ ...base, progress: 10 }, at('2026-10-01T00:00:00'), calendar);
    expect(computed.status).toBe('at_risk');
    expect(computed.reasons[0]).toMatchObject({ code: 'progress_behind', actual: 10 });
    expect(status({ progress: 100 - progressLagPoints }, '2026-12-20T00:00:00')).not.toBe('late');
  });

  it('shows the stage for tasks past the active stage', () => {
    expect(status({ status: 'done', dueOn: '2026-01-01' }, '2026-11-01T00:00:00')).toBe('done');
    expect(status({ status: 'verified' }, '2026-11-01T00:00:00')).toBe('verified');
    expect(status({ status: 'routine' }, '2026-11-01T00:00:00')).toBe('routine');
    expect(status({ status: 'withdrawn' }, '2026-11-01T00:00:00')).toBe('withdrawn');
  });
});

describe('the next change', () => {
  it('names the moment the status changes by time alone, and nothing changes before it', () => {
    const input: StatusInput = {
      ...base,
      progress: 60,
      milestones: [{ title: '节点', dueOn: '2026-12-10', completed: false }],
    };
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200 * 24 }), (hours) => {
        const now = new Date(at('2026-07-01T00:00:00').getTime() + hours * 3_600_000);
        const computed = computeTaskStatus(input, now, calendar);
        if (computed.nextChangeAt === null) return;
        expect(computed.nextChangeAt.getTime()).toBeGreaterThan(now.getTime());
        // Just before the next change the status is still the same.
        const justBefore = new Date(computed.nextChangeAt.getTime() - 1000);
        if (justBefore > now) expect(computeTaskStatus(input, justBefore, calendar).status).toBe(computed.status);
      }),
      { numRuns: 200 },
    );
  });

  it('the status only ever changes at a moment announced before', () => {
    const input: StatusInput = {
      ...base,
      progress: 20,
      dueOn: '2026-09-30',
      milestones: [{ title: '节点', dueOn: '2026-08-14', completed: false }],
    };
    let now = at('2026-06-01T00:00:00');
    let computed = computeTaskStatus(input, now, calendar);
    const seen = [computed.status];
    for (let steps = 0; computed.nextChangeAt && steps < 50; steps++) {
      const stepHours = 6;
      for (
        let t = now.getTime() + stepHours * 3_600_000;
        t < computed.nextChangeAt.getTime();
        t += stepHours * 3_600_000
      ) {
        expect(computeTaskStatus(input, new Date(t), calendar).status).toBe(computed.status);
      }
      now = computed.nextChangeAt;
      computed = computeTaskStatus(input, now, calendar);
      if (seen.at(-1) !== computed.status) seen.push(computed.status);
    }
    expect(seen).toEqual(['not_started', 'on_track', 'at_risk', 'late']);
  });
});

describe('weighted progress roll-up of sub-tasks', () => {
  it('weighs sub-tasks, counts a verified one as 100 and a withdrawn one not at all', () => {
    expect(rollUpProgress([])).toBeNull();
    expect(
      rollUpProgress([
        { weight: 1, progress: 50, status: 'active' },
        { weight: 3, progress: 10, status: 'active' },
      ]),
    ).toBe(20);
    expect(
      rollUpProgress([
        { weight: 1, progress: 40, status: 'verified' },
        { weight: 1, progress: 0, status: 'active' },
      ]),
    ).toBe(50);
    expect(
      rollUpProgress([
        { weight: 5, progress: 0, status: 'withdrawn' },
        { weight: 1, progress: 80, status: 'routine' },
      ]),
    ).toBe(80);
    expect(rollUpProgress([{ weight: 2, progress: 0, status: 'withdrawn' }])).toBeNull();
  });
});
