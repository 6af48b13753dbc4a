import type { TaskAction, TaskStatus } from '../../shared/programmes.ts';

/**
 * The life of a task (任务) as a pure state machine: `decide(state, command, actor, now)` answers the
 * changes and the timeline event, or an error. Verification and sign-off (核验销号) are the only way
 * a task closes: the lead unit claims it done (申请销号) once every milestone is reached and every
 * sub-task closed, and a verifier signs it off or rejects it. A task can be moved to routine handling
 * (转入常态化) and back; it can be withdrawn (撤销) only before anything was reported on it.
 */

export interface TaskMilestoneState {
  id: number;
  completed: boolean;
}

export interface TaskState {
  status: TaskStatus;
  milestones: readonly TaskMilestoneState[];
  /** Sub-tasks not yet verified or withdrawn. */
  openChildren: number;
  /** Reports filed on the task (submitted at least once). */
  reportsFiled: number;
  verifiedAt: Date | null;
}

/** What the acting person is to the task; the service derives it from grants over the tree. */
export interface TaskActor {
  personId: number;
  /** Holds programme.manage over the programme's owner (牵头办公室). */
  office: boolean;
  /** Holds task.report over the lead unit (牵头单位). */
  lead: boolean;
  /** Holds task.verify over the programme's owner (核验). */
  verifier: boolean;
  /** Holds task.supervise over the task (督导). */
  supervisor: boolean;
  /** The sweeper. */
  system: boolean;
}

export type TaskCommand =
  | { type: 'update' }
  | { type: 'addMilestone'; milestoneId: number }
  | { type: 'completeMilestone'; milestoneId: number; note?: string | undefined }
  | { type: 'reopenMilestone'; milestoneId: number; reason: string }
  | { type: 'addEvidence'; count: number; note?: string | undefined }
  | { type: 'claimDone'; note: string }
  | { type: 'verify'; note: string }
  | { type: 'reject'; reason: string }
  | { type: 'moveToRoutine'; reason: string }
  | { type: 'resume'; reason: string }
  | { type: 'withdraw'; reason: string }
  | { type: 'comment'; text: string }
  | { type: 'urge'; text: string }
  | { type: 'fileReport' };

export type TaskErrorCode =
  | 'TASK_ACTION_NOT_ALLOWED'
  | 'TASK_NOT_PERMITTED'
  | 'TASK_MILESTONES_OPEN'
  | 'TASK_SUBTASKS_OPEN'
  | 'TASK_HAS_REPORTS'
  | 'TASK_NOTE_REQUIRED'
  | 'TASK_MILESTONE_STATE';

export interface TaskError {
  code: TaskErrorCode;
  detail?: string;
}

export interface TaskEventDraft {
  /** A workflow action, or 'create' for the task's first event. */
  action: TaskAction | 'create';
  fromStatus: TaskStatus;
  toStatus: TaskStatus;
  note: string | null;
  /** What the public reads when the task came from a topic the public chose. */
  publicText: string | null;
  data: Record<string, unknown>;
}

export type TaskChanges = Partial<TaskState>;

export type TaskDecision = { ok: true; changes: TaskChanges; event: TaskEventDraft } | { ok: false; error: TaskError };

type Who = 'office' | 'lead' | 'verifier' | 'supervisor' | 'system';

interface Rule {
  from: readonly TaskStatus[];
  by: readonly Who[];
}

const working: readonly TaskStatus[] = ['active', 'routine'];

const rules: Record<TaskAction, Rule> = {
  update: { from: working, by: ['office'] },
  addMilestone: { from: working, by: ['office'] },
  completeMilestone: { from: working, by: ['lead', 'office'] },
  reopenMilestone: { from: working, by: ['office'] },
  addEvidence: { from: ['active', 'routine', 'done'], by: ['lead', 'office'] },
  claimDone: { from: working, by: ['lead'] },
  verify: { from: ['done'], by: ['verifier'] },
  reject: { from: ['done'], by: ['verifier'] },
  moveToRoutine: { from: ['active'], by: ['office'] },
  resume: { from: ['routine'], by: ['office'] },
  withdraw: { from: ['active'], by: ['office'] },
  comment: { from: ['active', 'routine', 'done'], by: ['supervisor', 'office', 'verifier'] },
  urge: { from: working, by: ['supervisor', 'system'] },
  fileReport: { from: working, by: ['lead'] },
};

export const taskActionList = Object.keys(rules) as TaskAction[];

/** Status and role checks, plus the conditions that need no payload: the basis of `allowedActions`. */
export function guard(state: TaskState, action: TaskAction, actor: TaskActor): TaskError | null {
  const rule = rules[action];
  if (!rule.from.includes(state.status))
    return { code: 'TASK_ACTION_NOT_ALLOWED', detail: `${action} from ${state.status}` };
  if (!rule.by.some((who) => actor[who])) return { code: 'TASK_NOT_PERMITTED', detail: action };
  switch (action) {
    case 'claimDone':
      if (state.milestones.some((m) => !m.completed)) return { code: 'TASK_MILESTONES_OPEN' };
      return state.openChildren > 0 ? { code: 'TASK_SUBTASKS_OPEN' } : null;
    case 'withdraw':
      if (state.openChildren > 0) return { code: 'TASK_SUBTASKS_OPEN' };
      return state.reportsFiled > 0 ? { code: 'TASK_HAS_REPORTS' } : null;
    case 'completeMilestone':
      return state.milestones.some((m) => !m.completed)
        ? null
        : { code: 'TASK_MILESTONE_STATE', detail: 'no open milestone' };
    case 'reopenMilestone':
      return state.milestones.some((m) => m.completed)
        ? null
        : { code: 'TASK_MILESTONE_STATE', detail: 'no completed milestone' };
    default:
      return null;
  }
}

export function allowedActions(state: TaskState, actor: TaskActor): TaskAction[] {
  return taskActionList.filter((action) => guard(state, action, actor) === null);
}

const fail = (code: TaskErrorCode, detail?: string): TaskDecision => ({
  ok: false,
  error: detail === undefined ? { code } : { code, detail },
});

function text(value: string | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

function ok(
  state: TaskState,
  action: TaskAction,
  changes: TaskChanges,
  extra: Partial<Pick<TaskEventDraft, 'note' | 'publicText' | 'data'>> = {},
): TaskDecision {
  return {
    ok: true,
    changes,
    event: {
      action,
      fromStatus: state.status,
      toStatus: changes.status ?? state.status,
      note: extra.note ?? null,
      publicText: extra.publicText ?? null,
      data: extra.data ?? {},
    },
  };
}

function required(value: string, then: (note: string) => TaskDecision): TaskDecision {
  const note = text(value);
  return note === null ? fail('TASK_NOTE_REQUIRED') : then(note);
}

/** Decides one command. Never throws for a refused command: it answers an error. */
export function decide(state: TaskState, command: TaskCommand, actor: TaskActor, now: Date): TaskDecision {
  const refused = guard(state, command.type, actor);
  if (refused) return { ok: false, error: refused };
  switch (command.type) {
    case 'update':
    case 'fileReport':
      return ok(state, command.type, {});
    case 'addMilestone':
      if (state.milestones.some((m) => m.id === command.milestoneId))
        return fail('TASK_MILESTONE_STATE', 'milestone exists');
      return ok(
        state,
        'addMilestone',
        { milestones: [...state.milestones, { id: command.milestoneId, completed: false }] },
        { data: { milestoneId: command.milestoneId } },
      );
    case 'completeMilestone': {
      const milestone = state.milestones.find((m) => m.id === command.milestoneId);
      if (!milestone || milestone.completed) return fail('TASK_MILESTONE_STATE', 'not an open milestone of this task');
      const milestones = state.milestones.map((m) => (m.id === command.milestoneId ? { ...m, completed: true } : m));
      return ok(
        state,
        'completeMilestone',
        { milestones },
        { note: text(command.note), data: { milestoneId: command.milestoneId } },
      );
    }
    case 'reopenMilestone': {
      const milestone = state.milestones.find((m) => m.id === command.milestoneId);
      if (!milestone || !milestone.completed)
        return fail('TASK_MILESTONE_STATE', 'not a completed milestone of this task');
      return required(command.reason, (note) =>
        ok(
          state,
          'reopenMilestone',
          { milestones: state.milestones.map((m) => (m.id === command.milestoneId ? { ...m, completed: false } : m)) },
          { note, data: { milestoneId: command.milestoneId } },
        ),
      );
    }
    case 'addEvidence':
      if (command.count < 1) return fail('TASK_NOTE_REQUIRED', 'no file');
      return ok(state, 'addEvidence', {}, { note: text(command.note), data: { count: command.count } });
    case 'claimDone':
      return required(command.note, (note) =>
        ok(state, 'claimDone', { status: 'done' }, { note, publicText: '任务已完成，等待核验销号。' }),
      );
    case 'verify':
      return required(command.note, (note) =>
        ok(
          state,
          'verify',
          { status: 'verified', verifiedAt: now },
          { note, publicText: '任务已通过核验，销号办结。' },
        ),
      );
    case 'reject':
      return required(command.reason, (note) =>
        ok(state, 'reject', { status: 'active' }, { note, publicText: '核验未通过，任务继续推进。' }),
      );
    case 'moveToRoutine':
      return required(command.reason, (note) =>
        ok(state, 'moveToRoutine', { status: 'routine' }, { note, publicText: '任务已转入常态化管理。' }),
      );
    case 'resume':
      return required(command.reason, (note) =>
        ok(state, 'resume', { status: 'active' }, { note, publicText: '任务恢复重点推进。' }),
      );
    case 'withdraw':
      return required(command.reason, (note) => ok(state, 'withdraw', { status: 'withdrawn' }, { note }));
    case 'comment':
      return required(command.text, (note) => ok(state, 'comment', {}, { note }));
    case 'urge':
      return required(command.text, (note) => ok(state, 'urge', {}, { note, data: { system: actor.system } }));
  }
}

/** Problems with a state that must never happen; empty when it is consistent. */
export function invariantViolations(state: TaskState): string[] {
  const problems: string[] = [];
  const closedOrClaimed = state.status === 'done' || state.status === 'verified';
  if (closedOrClaimed && state.milestones.some((m) => !m.completed))
    problems.push(`${state.status} with an open milestone`);
  if (closedOrClaimed && state.openChildren > 0) problems.push(`${state.status} with an open sub-task`);
  if ((state.status === 'verified') !== (state.verifiedAt !== null)) problems.push('verified status and time disagree');
  if (state.status === 'withdrawn' && state.reportsFiled > 0) problems.push('withdrawn after reports were filed');
  if (new Set(state.milestones.map((m) => m.id)).size !== state.milestones.length)
    problems.push('a milestone appears twice');
  return problems;
}
