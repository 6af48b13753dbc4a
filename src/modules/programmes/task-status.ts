import type { BusinessCalendar } from '../../platform/calendar/business-calendar.ts';
import type { ReportStatus, TaskDisplayStatus, TaskStatus } from '../../shared/programmes.ts';
import { deadlineOf, startOfDay, warningStartOf } from './local-dates.ts';

/**
 * The status a task shows (红黄绿灯), computed — never entered — from its workflow status, its
 * milestones, its reports, its dates and the working calendar. Pure: the service passes `now`.
 *
 * For a task still being worked on (active):
 * - late (已逾期): its due date or an open milestone's has passed. A day that is a holiday or a
 *   weekend runs to the end of the next working day (节假日顺延).
 * - at risk (存在风险): its due date or an open milestone's is at most `atRiskWorkingDays` working
 *   days away; or a report is overdue (逾期未报); or progress lags the time elapsed by
 *   `progressLagPoints` or more.
 * - not started (未开始): before its start date, or nothing reported, completed or progressed yet.
 * - on track (正常推进) otherwise.
 * Tasks past the workflow's active stage show that stage: done (待销号), verified (已销号),
 * routine (转入常态化), withdrawn (已撤销).
 */

export const progressLagPoints = 30;

export interface StatusMilestone {
  title: string;
  dueOn: string;
  completed: boolean;
}

export interface StatusReport {
  status: ReportStatus;
  dueAt: Date;
}

export interface StatusInput {
  status: TaskStatus;
  startsOn: string | null;
  dueOn: string | null;
  progress: number;
  milestones: readonly StatusMilestone[];
  /** Reports of the task; only pending and returned ones matter. */
  openReports: readonly StatusReport[];
  /** A report has been filed or a milestone completed. */
  hasActivity: boolean;
  atRiskWorkingDays: number;
}

export type StatusReason =
  | { code: 'task_late'; due: string }
  | { code: 'milestone_late'; title: string; due: string }
  | { code: 'task_due_soon'; due: string }
  | { code: 'milestone_due_soon'; title: string; due: string }
  | { code: 'report_overdue'; dueAt: string }
  | { code: 'progress_behind'; expected: number; actual: number }
  | { code: 'before_start'; startsOn: string };

export interface ComputedStatus {
  status: TaskDisplayStatus;
  reasons: StatusReason[];
  /** The next moment the status may change by the passing of time alone (null: never). */
  nextChangeAt: Date | null;
}

const stageStatus: Record<Exclude<TaskStatus, 'active'>, TaskDisplayStatus> = {
  done: 'done',
  verified: 'verified',
  routine: 'routine',
  withdrawn: 'withdrawn',
};

/** The share of the task's time that has passed, 0..1 (null without both dates). */
function elapsedShare(
  input: StatusInput,
  now: Date,
  calendar: BusinessCalendar,
): { share: number; start: Date; end: Date } | null {
  if (!input.startsOn || !input.dueOn) return null;
  const start = startOfDay(input.startsOn);
  const end = deadlineOf(input.dueOn, calendar);
  if (end <= start) return null;
  const share = Math.min(1, Math.max(0, (now.getTime() - start.getTime()) / (end.getTime() - start.getTime())));
  return { share, start, end };
}

export function computeTaskStatus(input: StatusInput, now: Date, calendar: BusinessCalendar): ComputedStatus {
  if (input.status !== 'active') return { status: stageStatus[input.status], reasons: [], nextChangeAt: null };
  const late: StatusReason[] = [];
  const risky: StatusReason[] = [];
  const upcoming: Date[] = [];
  const future = (moment: Date) => {
    if (moment > now) upcoming.push(moment);
  };
  const deadlines: { due: string; title: string | null }[] = [
    ...(input.dueOn ? [{ due: input.dueOn, title: null }] : []),
    ...input.milestones.filter((m) => !m.completed).map((m) => ({ due: m.dueOn, title: m.title })),
  ];
  for (const { due, title } of deadlines) {
    const deadline = deadlineOf(due, calendar);
    const warning = warningStartOf(due, input.atRiskWorkingDays, calendar);
    future(warning);
    future(deadline);
    if (now >= deadline)
      late.push(title === null ? { code: 'task_late', due } : { code: 'milestone_late', title, due });
    else if (now >= warning)
      risky.push(title === null ? { code: 'task_due_soon', due } : { code: 'milestone_due_soon', title, due });
  }
  for (const report of input.openReports) {
    if (report.status !== 'pending' && report.status !== 'returned') continue;
    future(report.dueAt);
    if (now >= report.dueAt) risky.push({ code: 'report_overdue', dueAt: report.dueAt.toISOString() });
  }
  const elapsed = elapsedShare(input, now, calendar);
  if (elapsed && input.progress < 100) {
    const expected = Math.round(elapsed.share * 100);
    if (expected - input.progress >= progressLagPoints)
      risky.push({ code: 'progress_behind', expected, actual: input.progress });
    else {
      const lagAt = new Date(
        elapsed.start.getTime() +
          ((input.progress + progressLagPoints) / 100) * (elapsed.end.getTime() - elapsed.start.getTime()),
      );
      if (lagAt < elapsed.end) future(new Date(Math.ceil(lagAt.getTime() / 1000) * 1000));
    }
  }
  const beforeStart = input.startsOn !== null && now < startOfDay(input.startsOn);
  if (input.startsOn) future(startOfDay(input.startsOn));
  const nextChangeAt = upcoming.length === 0 ? null : new Date(Math.min(...upcoming.map((d) => d.getTime())));
  if (late.length > 0) return { status: 'late', reasons: [...late, ...risky], nextChangeAt };
  if (risky.length > 0) return { status: 'at_risk', reasons: risky, nextChangeAt };
  if (beforeStart && input.startsOn)
    return { status: 'not_started', reasons: [{ code: 'before_start', startsOn: input.startsOn }], nextChangeAt };
  if (!input.hasActivity && input.progress === 0) return { status: 'not_started', reasons: [], nextChangeAt };
  return { status: 'on_track', reasons: [], nextChangeAt };
}

/** Whether a deadline day has passed at `now` (for views): the end of the day, or of the next working day. */
export function isPastDeadline(day: string, now: Date, calendar: BusinessCalendar): boolean {
  return now >= deadlineOf(day, calendar);
}

/**
 * The progress of a task with sub-tasks: their progress weighted by their weights; a verified
 * sub-task counts as 100, a withdrawn one not at all. Null without sub-tasks that count.
 */
export function rollUpProgress(
  children: readonly { weight: number; progress: number; status: TaskStatus }[],
): number | null {
  const counted = children.filter((c) => c.status !== 'withdrawn' && c.weight > 0);
  const total = counted.reduce((sum, c) => sum + c.weight, 0);
  if (total === 0) return null;
  const weighted = counted.reduce(
    (sum, c) => sum + c.weight * (c.status === 'verified' ? 100 : Math.min(100, Math.max(0, c.progress))),
    0,
  );
  return Math.round((weighted / total) * 10) / 10;
}

/** Chinese names of the displayed statuses (messages, spreadsheets). */
export const displayStatusLabels: Record<TaskDisplayStatus, string> = {
  not_started: '未开始',
  on_track: '正常推进',
  at_risk: '存在风险',
  late: '已逾期',
  done: '已完成待销号',
  verified: '已销号',
  routine: '转入常态化',
  withdrawn: '已撤销',
};
