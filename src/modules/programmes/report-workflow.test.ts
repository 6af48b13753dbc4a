import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ReportAction, reportActions, type ReportStatus, reportStatuses } from '../../shared/programmes.ts';
import {
  allowedActions,
  decide,
  guard,
  invariantViolations,
  type ReportActor,
  type ReportCommand,
  type ReportState,
} from './report-workflow.ts';

const dueAt = new Date('2026-11-21T00:00:00+08:00');
const before = new Date('2026-11-19T10:00:00+08:00');
const after = new Date('2026-11-23T10:00:00+08:00');

const nobody: ReportActor = { personId: 1, filer: false, reviewer: false, supervisor: false, system: false };
const roles = ['filer', 'reviewer', 'supervisor', 'system'] as const;
type Role = (typeof roles)[number];
const as = (role: Role): ReportActor => ({ ...nobody, personId: roles.indexOf(role) + 10, [role]: true });

/** Who may take each action in each status (past the due moment, task open), written independently of the rules. */
const toFile = {
  save: ['filer'],
  submit: ['filer'],
  urge: ['reviewer', 'supervisor', 'system'],
  waive: ['reviewer', 'system'],
} as const;
const expected: Record<ReportStatus, Partial<Record<ReportAction, readonly Role[]>>> = {
  pending: toFile,
  returned: toFile,
  submitted: { recall: ['filer'], accept: ['reviewer'], return: ['reviewer'] },
  accepted: {},
  waived: {},
};

const stateIn = (status: ReportStatus, extra: Partial<ReportState> = {}): ReportState => ({
  status,
  late: false,
  dueAt,
  submittedAt: status === 'submitted' || status === 'accepted' || status === 'returned' ? before : null,
  reviewedAt: status === 'accepted' || status === 'returned' || status === 'waived' ? before : null,
  taskOpen: true,
  ...extra,
});

function commandFor(action: ReportAction, blank = false): ReportCommand {
  const words = blank ? '  ' : '请补充佐证材料';
  switch (action) {
    case 'return':
    case 'waive':
      return { type: action, reason: words };
    case 'accept':
    case 'urge':
      return { type: action, note: words };
    default:
      return { type: action };
  }
}

describe('every status × action × role', () => {
  for (const status of reportStatuses) {
    for (const action of reportActions) {
      it(`${action} from ${status}`, () => {
        const allowedBy = expected[status][action] ?? [];
        for (const role of roles) {
          const decision = decide(stateIn(status), commandFor(action), as(role), after);
          expect(decision.ok, `${role} ${action} from ${status}`).toBe(allowedBy.includes(role));
          expect(allowedActions(stateIn(status), as(role), after).includes(action)).toBe(allowedBy.includes(role));
        }
        expect(guard(stateIn(status), action, nobody, after)).not.toBeNull();
      });
    }
  }
});

describe('filing, review and the late flag', () => {
  it('submits on time, is returned with a reason, resubmitted late, then accepted', () => {
    let state = stateIn('pending');
    const run = (command: ReportCommand, role: Role, at: Date) => {
      const decision = decide(state, command, as(role), at);
      if (!decision.ok) throw new Error(decision.error.code);
      state = { ...state, ...decision.changes };
      return decision.event;
    };
    expect(run({ type: 'submit' }, 'filer', before)).toMatchObject({
      fromStatus: 'pending',
      toStatus: 'submitted',
      data: { late: false },
    });
    expect(state.late).toBe(false);
    expect(run({ type: 'return', reason: '数据与台账不符' }, 'reviewer', before)).toMatchObject({
      toStatus: 'returned',
      note: '数据与台账不符',
    });
    expect(run({ type: 'submit' }, 'filer', after)).toMatchObject({ data: { late: true, resubmitted: true } });
    run({ type: 'accept' }, 'reviewer', after);
    expect(state).toMatchObject({ status: 'accepted', late: true, reviewedAt: after });
    expect(invariantViolations(state)).toEqual([]);
  });

  it('urges only past the due moment, which flags the report late', () => {
    expect(guard(stateIn('pending'), 'urge', as('system'), before)?.code).toBe('REPORT_NOT_DUE');
    const urged = decide(stateIn('pending'), { type: 'urge' }, as('system'), after);
    expect(urged.ok && urged.changes.late).toBe(true);
  });

  it('takes nothing more once the task is closed, but may still be waived', () => {
    const closed = stateIn('pending', { taskOpen: false });
    expect(guard(closed, 'submit', as('filer'), before)?.code).toBe('REPORT_TASK_CLOSED');
    expect(guard(closed, 'waive', as('reviewer'), before)).toBeNull();
  });

  it('requires a reason to return or waive', () => {
    for (const action of ['return', 'waive'] as const) {
      const state = stateIn(action === 'return' ? 'submitted' : 'pending');
      const decision = decide(state, commandFor(action, true), as('reviewer'), after);
      expect(decision.ok || decision.error.code).toBe('REPORT_NOTE_REQUIRED');
    }
  });
});

describe('random sequences never reach an invalid state', () => {
  it('holds the invariants; a refused command changes nothing; late never clears', () => {
    const step = fc.record({
      action: fc.constantFrom(...reportActions),
      role: fc.constantFrom(...roles, 'nobody' as const),
      hours: fc.integer({ min: -72, max: 96 }),
      blank: fc.boolean(),
      closeTask: fc.integer({ min: 0, max: 19 }),
    });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        let state = stateIn('pending');
        let wasLate = false;
        for (const s of steps) {
          if (s.closeTask === 0) state = { ...state, taskOpen: false };
          const at = new Date(dueAt.getTime() + s.hours * 3_600_000);
          const actor = s.role === 'nobody' ? nobody : as(s.role);
          const listed = allowedActions(state, actor, at).includes(s.action);
          const decision = decide(state, commandFor(s.action, s.blank), actor, at);
          if (decision.ok) {
            expect(listed).toBe(true);
            state = { ...state, ...decision.changes };
          } else if (listed) {
            expect(decision.error.code).toBe('REPORT_NOTE_REQUIRED');
          }
          expect(invariantViolations(state)).toEqual([]);
          if (wasLate) expect(state.late).toBe(true);
          wasLate = state.late;
          if (state.status === 'accepted' || state.status === 'waived')
            for (const role of roles) expect(allowedActions(state, as(role), at)).toEqual([]);
        }
      }),
      { numRuns: 500 },
    );
  });
});
