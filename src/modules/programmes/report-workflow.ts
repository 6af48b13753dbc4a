import type { ReportAction, ReportStatus } from '../../shared/programmes.ts';

/**
 * The life of one report (报送) as a pure state machine. The lead unit saves and submits (填报、报送)
 * while the report is pending or was returned, and may recall it before review; the programme office
 * accepts it or returns it with comments (审核通过 / 退回), or waives it (免报). Past the due moment
 * the sweeper (or a supervisor) urges (催报), which also sets the late flag (逾期); a report
 * submitted after its due moment is late too, and the flag never clears.
 */

export interface ReportState {
  status: ReportStatus;
  late: boolean;
  dueAt: Date;
  submittedAt: Date | null;
  reviewedAt: Date | null;
  /** The task still takes reports (active or routine). */
  taskOpen: boolean;
}

export interface ReportActor {
  personId: number;
  /** Holds task.report over the task's lead unit (填报单位). */
  filer: boolean;
  /** Holds programme.manage over the programme (审核). */
  reviewer: boolean;
  /** Holds task.supervise over the task (督办). */
  supervisor: boolean;
  system: boolean;
}

export type ReportCommand =
  | { type: 'save' }
  | { type: 'submit' }
  | { type: 'recall' }
  | { type: 'accept'; note?: string | undefined }
  | { type: 'return'; reason: string }
  | { type: 'urge'; note?: string | undefined }
  | { type: 'waive'; reason: string };

export type ReportErrorCode =
  | 'REPORT_ACTION_NOT_ALLOWED'
  | 'REPORT_NOT_PERMITTED'
  | 'REPORT_TASK_CLOSED'
  | 'REPORT_NOTE_REQUIRED'
  | 'REPORT_NOT_DUE';

export interface ReportError {
  code: ReportErrorCode;
  detail?: string;
}

export interface ReportEventDraft {
  action: ReportAction;
  fromStatus: ReportStatus;
  toStatus: ReportStatus;
  note: string | null;
  data: Record<string, unknown>;
}

export type ReportChanges = Partial<ReportState>;
export type ReportDecision =
  { ok: true; changes: ReportChanges; event: ReportEventDraft } | { ok: false; error: ReportError };

type Who = 'filer' | 'reviewer' | 'supervisor' | 'system';

const toFile: readonly ReportStatus[] = ['pending', 'returned'];

const rules: Record<ReportAction, { from: readonly ReportStatus[]; by: readonly Who[] }> = {
  save: { from: toFile, by: ['filer'] },
  submit: { from: toFile, by: ['filer'] },
  recall: { from: ['submitted'], by: ['filer'] },
  accept: { from: ['submitted'], by: ['reviewer'] },
  return: { from: ['submitted'], by: ['reviewer'] },
  urge: { from: toFile, by: ['reviewer', 'supervisor', 'system'] },
  waive: { from: toFile, by: ['reviewer', 'system'] },
};

export const reportActionList = Object.keys(rules) as ReportAction[];

export function guard(state: ReportState, action: ReportAction, actor: ReportActor, now: Date): ReportError | null {
  const rule = rules[action];
  if (!rule.from.includes(state.status))
    return { code: 'REPORT_ACTION_NOT_ALLOWED', detail: `${action} from ${state.status}` };
  if (!rule.by.some((who) => actor[who])) return { code: 'REPORT_NOT_PERMITTED', detail: action };
  if ((action === 'save' || action === 'submit' || action === 'recall') && !state.taskOpen)
    return { code: 'REPORT_TASK_CLOSED' };
  if (action === 'urge' && now < state.dueAt) return { code: 'REPORT_NOT_DUE' };
  return null;
}

export function allowedActions(state: ReportState, actor: ReportActor, now: Date): ReportAction[] {
  return reportActionList.filter((action) => guard(state, action, actor, now) === null);
}

function text(value: string | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

function ok(
  state: ReportState,
  action: ReportAction,
  changes: ReportChanges,
  note: string | null = null,
  data: Record<string, unknown> = {},
): ReportDecision {
  return {
    ok: true,
    changes,
    event: { action, fromStatus: state.status, toStatus: changes.status ?? state.status, note, data },
  };
}

const noteRequired: ReportDecision = { ok: false, error: { code: 'REPORT_NOTE_REQUIRED' } };

/** Decides one command; the values of a save or submit are checked against the form by the service. */
export function decide(state: ReportState, command: ReportCommand, actor: ReportActor, now: Date): ReportDecision {
  const refused = guard(state, command.type, actor, now);
  if (refused) return { ok: false, error: refused };
  switch (command.type) {
    case 'save':
      return ok(state, 'save', {});
    case 'submit': {
      const late = state.late || now > state.dueAt;
      return ok(state, 'submit', { status: 'submitted', submittedAt: now, late }, null, {
        late,
        resubmitted: state.status === 'returned',
      });
    }
    case 'recall':
      return ok(state, 'recall', { status: 'pending', submittedAt: null });
    case 'accept':
      return ok(state, 'accept', { status: 'accepted', reviewedAt: now }, text(command.note));
    case 'return': {
      const reason = text(command.reason);
      return reason === null ? noteRequired : ok(state, 'return', { status: 'returned', reviewedAt: now }, reason);
    }
    case 'urge':
      return ok(state, 'urge', { late: true }, text(command.note), { system: actor.system });
    case 'waive': {
      const reason = text(command.reason);
      return reason === null ? noteRequired : ok(state, 'waive', { status: 'waived', reviewedAt: now }, reason);
    }
  }
}

export function invariantViolations(state: ReportState): string[] {
  const problems: string[] = [];
  if ((state.status === 'submitted' || state.status === 'accepted') && state.submittedAt === null)
    problems.push(`${state.status} without a submission time`);
  if (state.status === 'pending' && state.submittedAt !== null) problems.push('pending with a submission time');
  if (
    (state.status === 'accepted' || state.status === 'returned' || state.status === 'waived') &&
    state.reviewedAt === null
  )
    problems.push(`${state.status} without a review time`);
  if (state.submittedAt !== null && state.submittedAt > state.dueAt && !state.late)
    problems.push('submitted after the due moment but not flagged late');
  return problems;
}
