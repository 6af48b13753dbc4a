import type { Translate } from '../i18n/message-types.ts';

const taskActionEvents = [
  'claimDone',
  'verify',
  'reject',
  'moveToRoutine',
  'resume',
  'withdraw',
  'comment',
  'urge',
] as const;
const otherEvents = [
  'create',
  'update',
  'import',
  'addMilestone',
  'completeMilestone',
  'reopenMilestone',
  'addEvidence',
  'open',
  'save',
  'submit',
  'recall',
  'accept',
  'return',
  'urge',
  'waive',
  'remind',
  'deadline_recomputed',
] as const;

/** The name of a task or report event (its `action`), or the action itself when it has none. */
export function eventLabel(t: Translate, action: string, kind: 'task' | 'report'): string {
  const taskAction = kind === 'task' ? taskActionEvents.find((a) => a === action) : undefined;
  if (taskAction) return t(`prog.action.${taskAction}`);
  const other = otherEvents.find((a) => a === action);
  return other ? t(`prog.event.${other}`) : action;
}
