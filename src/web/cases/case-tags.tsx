import type { CaseStatus, DeadlineColour } from './case-types.ts';
import { useT } from '../i18n/use-t.ts';
import { formatDeadline } from '../components/date-format.ts';
import { caseLabels, runningDeadline } from './case-labels.ts';

/** Status groups share a calm colour: waiting for intake, with a unit, finished, stopped. */
const statusTone: Record<CaseStatus, string> = {
  submitted: 'intake',
  accepted: 'intake',
  returned: 'warn',
  dispatched: 'unit',
  handling: 'unit',
  resolved: 'review',
  follow_up: 'review',
  closed: 'done',
  declined: 'stopped',
  merged: 'stopped',
};

export function StatusTag({ status }: { status: CaseStatus }) {
  const t = useT();
  return (
    <span
      className={`case-tag case-status case-status-${statusTone[status]}`}
      data-testid="case-status"
      data-status={status}
    >
      {caseLabels(t).status(status)}
    </span>
  );
}

/** 时限: green in time, yellow near the limit (预警), red past it (超期), with the running deadline. */
export function DeadlineTag({
  colour,
  status,
  responseDueAt,
  resolveDueAt,
  long = false,
}: {
  colour: DeadlineColour | null;
  status: CaseStatus;
  responseDueAt: string | null;
  resolveDueAt: string | null;
  long?: boolean;
}) {
  const t = useT();
  const due = runningDeadline({ status, responseDueAt, resolveDueAt });
  if (!colour || !due) return long ? null : <span className="case-muted">—</span>;
  const state = caseLabels(t).colour(colour);
  const time = long
    ? `${t(due.kind === 'response' ? 'cases.due.response' : 'cases.due.resolve')} ${formatDeadline(due.at, { short: true })}`
    : formatDeadline(due.at, { short: true });
  return (
    <span className={`case-tag case-deadline case-deadline-${colour}`} data-testid="deadline-tag" data-colour={colour}>
      <span className="case-deadline-dot" aria-hidden="true" />
      {t('cases.due.tag', { state, time })}
    </span>
  );
}
