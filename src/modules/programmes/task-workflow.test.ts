import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type TaskAction, taskActions, type TaskStatus, taskStatuses } from '../../shared/programmes.ts';
import {
  allowedActions,
  decide,
  guard,
  invariantViolations,
  type TaskActor,
  type TaskCommand,
  type TaskState,
} from './task-workflow.ts';

const now = new Date('2026-11-20T10:00:00+08:00');

const nobody: TaskActor = {
  personId: 1,
  office: false,
  lead: false,
  verifier: false,
  supervisor: false,
  system: false,
};
const roles = ['office', 'lead', 'verifier', 'supervisor', 'system'] as const;
type Role = (typeof roles)[number];
const as = (role: Role): TaskActor => ({ ...nobody, personId: roles.indexOf(role) + 10, [role]: true });

/**
 * Who may take each action in each status, written out independently of the workflow's rules.
 * Anything not listed is refused for everybody.
 */
const working = {
  update: ['office'],
  addMilestone: ['office'],
  completeMilestone: ['lead', 'office'],
  reopenMilestone: ['office'],
  addEvidence: ['lead', 'office'],
  claimDone: ['lead'],
  comment: ['supervisor', 'office', 'verifier'],
  urge: ['supervisor', 'system'],
  fileReport: ['lead'],
} as const satisfies Partial<Record<TaskAction, readonly Role[]>>;
const expected: Record<TaskStatus, Partial<Record<TaskAction, readonly Role[]>>> = {
  active: { ...working, moveToRoutine: ['office'], withdraw: ['office'] },
  routine: { ...working, resume: ['office'] },
  done: {
    addEvidence: ['lead', 'office'],
    verify: ['verifier'],
    reject: ['verifier'],
    comment: ['supervisor', 'office', 'verifier'],
  },
  verified: {},
  withdrawn: {},
};

const stateIn = (status: TaskStatus, extra: Partial<TaskState> = {}): TaskState => ({
  status,
  milestones: [
    { id: 1, completed: true },
    { id: 2, completed: status !== 'active' && status !== 'routine' },
  ],
  openChildren: 0,
  reportsFiled: 0,
  verifiedAt: status === 'verified' ? now : null,
  ...extra,
});

function commandFor(action: TaskAction, state: TaskState): TaskCommand {
  const open = state.milestones.find((m) => !m.completed)?.id ?? 99;
  const completed = state.milestones.find((m) => m.completed)?.id ?? 99;
  switch (action) {
    case 'update':
    case 'fileReport':
      return { type: action };
    case 'addMilestone':
      return { type: action, milestoneId: 100 + state.milestones.length };
    case 'completeMilestone':
      return { type: action, milestoneId: open };
    case 'reopenMilestone':
      return { type: action, milestoneId: completed, reason: '核查发现未达标' };
    case 'addEvidence':
      return { type: action, count: 1 };
    case 'claimDone':
    case 'verify':
      return { type: action, note: '已完成' };
    case 'comment':
    case 'urge':
      return { type: action, text: '请加快进度' };
    default:
      return { type: action, reason: '原因' };
  }
}

describe('every status × action × role', () => {
  for (const status of taskStatuses) {
    for (const action of taskActions) {
      it(`${action} from ${status}`, () => {
        const allowedBy = expected[status][action] ?? [];
        for (const role of roles) {
          const error = guard(stateIn(status), action, as(role));
          if (allowedBy.includes(role)) {
            // Allowed by status and role; only a condition of the state may still refuse it.
            expect([null, 'TASK_MILESTONES_OPEN'], `${role} may ${action} from ${status}`).toContain(
              error?.code ?? null,
            );
          } else {
            expect(
              ['TASK_ACTION_NOT_ALLOWED', 'TASK_NOT_PERMITTED'],
              `${role} may not ${action} from ${status}`,
            ).toContain(error?.code);
          }
        }
        expect(guard(stateIn(status), action, nobody)).not.toBeNull();
      });
    }
  }

  it('allowedActions lists exactly the actions decide accepts', () => {
    for (const status of taskStatuses) {
      for (const role of roles) {
        const state = stateIn(status);
        const listed = allowedActions(state, as(role));
        for (const action of taskActions) {
          const decision = decide(state, commandFor(action, state), as(role), now);
          expect(decision.ok, `${role} ${action} from ${status}`).toBe(listed.includes(action));
        }
      }
    }
  });
});

describe('closing only by verification and sign-off', () => {
  it('walks active → done → verified, and nothing moves a verified task', () => {
    let state = stateIn('active', { milestones: [{ id: 1, completed: false }] });
    expect(guard(state, 'claimDone', as('lead'))?.code).toBe('TASK_MILESTONES_OPEN');
    const steps: [TaskCommand, Role][] = [
      [{ type: 'completeMilestone', milestoneId: 1, note: '已完成' }, 'lead'],
      [{ type: 'claimDone', note: '全部完成，申请销号' }, 'lead'],
      [{ type: 'verify', note: '现场核验通过' }, 'verifier'],
    ];
    for (const [command, role] of steps) {
      const decision = decide(state, command, as(role), now);
      if (!decision.ok) throw new Error(decision.error.code);
      state = { ...state, ...decision.changes };
    }
    expect(state.status).toBe('verified');
    expect(state.verifiedAt).toEqual(now);
    for (const role of roles) expect(allowedActions(state, as(role))).toEqual([]);
  });

  it('refuses to claim done with an open sub-task, and to verify without a note', () => {
    expect(guard(stateIn('active', { milestones: [], openChildren: 1 }), 'claimDone', as('lead'))?.code).toBe(
      'TASK_SUBTASKS_OPEN',
    );
    const verify = decide(stateIn('done'), { type: 'verify', note: '   ' }, as('verifier'), now);
    expect(verify.ok || verify.error.code).toBe('TASK_NOTE_REQUIRED');
  });

  it('a rejected claim goes back to active with the reason on the timeline', () => {
    const decision = decide(stateIn('done'), { type: 'reject', reason: '佐证材料不全' }, as('verifier'), now);
    expect(decision.ok && decision.event).toMatchObject({
      action: 'reject',
      fromStatus: 'done',
      toStatus: 'active',
      note: '佐证材料不全',
    });
  });

  it('withdraws only a task nothing was reported on', () => {
    expect(guard(stateIn('active', { reportsFiled: 1 }), 'withdraw', as('office'))?.code).toBe('TASK_HAS_REPORTS');
    expect(guard(stateIn('active'), 'withdraw', as('office'))).toBeNull();
  });

  it('moves to routine handling and back', () => {
    const routine = decide(stateIn('active'), { type: 'moveToRoutine', reason: '转入常态化治理' }, as('office'), now);
    expect(routine.ok && routine.changes.status).toBe('routine');
    const resumed = decide(stateIn('routine'), { type: 'resume', reason: '问题反弹，继续重点整治' }, as('office'), now);
    expect(resumed.ok && resumed.changes.status).toBe('active');
  });
});

describe('random sequences never reach an invalid state', () => {
  type Step =
    | { kind: 'command'; action: TaskAction; role: Role | 'nobody'; pick: number; blank: boolean }
    | { kind: 'child'; open: boolean }
    | { kind: 'report' };
  const step: fc.Arbitrary<Step> = fc.oneof(
    {
      weight: 8,
      arbitrary: fc.record({
        kind: fc.constant('command' as const),
        action: fc.constantFrom(...taskActions),
        role: fc.constantFrom(...roles, 'nobody' as const),
        pick: fc.nat(5),
        blank: fc.boolean(),
      }),
    },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('child' as const), open: fc.boolean() }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('report' as const) }) },
  );

  function commandOf(s: Extract<Step, { kind: 'command' }>, state: TaskState): TaskCommand {
    const command = commandFor(s.action, state);
    const ids = state.milestones.map((m) => m.id);
    const milestoneId = ids[s.pick % Math.max(1, ids.length)] ?? 99;
    const withId = 'milestoneId' in command && s.action !== 'addMilestone' ? { ...command, milestoneId } : command;
    if (!s.blank) return withId;
    for (const key of ['note', 'reason', 'text'] as const)
      if (key in withId) return { ...withId, [key]: ' ' } as TaskCommand;
    return withId;
  }

  it('holds the invariants and agrees with allowedActions', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 60 }), (steps) => {
        let state: TaskState = {
          status: 'active',
          milestones: [{ id: 1, completed: false }],
          openChildren: 0,
          reportsFiled: 0,
          verifiedAt: null,
        };
        for (const s of steps) {
          if (s.kind === 'child') {
            // A sub-task can be added only to a task still being worked on; an open one can close any time.
            if (s.open && (state.status === 'active' || state.status === 'routine'))
              state = { ...state, openChildren: state.openChildren + 1 };
            if (!s.open && state.openChildren > 0) state = { ...state, openChildren: state.openChildren - 1 };
          } else if (s.kind === 'report') {
            if (allowedActions(state, as('lead')).includes('fileReport'))
              state = { ...state, reportsFiled: state.reportsFiled + 1 };
          } else {
            const actor = s.role === 'nobody' ? nobody : as(s.role);
            const listed = allowedActions(state, actor).includes(s.action);
            const decision = decide(state, commandOf(s, state), actor, now);
            if (decision.ok) {
              expect(listed).toBe(true);
              state = { ...state, ...decision.changes };
              expect(decision.event.toStatus).toBe(state.status);
            } else if (!listed) {
              expect(guard(state, s.action, actor)?.code).toBe(decision.error.code);
            }
          }
          expect(invariantViolations(state)).toEqual([]);
        }
      }),
      { numRuns: 500 },
    );
  });
});
