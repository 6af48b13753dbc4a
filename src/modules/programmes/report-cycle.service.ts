import type { Insertable, Kysely } from 'kysely';
import type { DB, ReportTable } from '../../platform/db/schema.ts';
import type { ReportFrequency } from '../../shared/programmes.ts';
import { localDateOf } from './local-dates.ts';
import type { ProgrammeDeps } from './programme-deps.ts';
import { type FormRow, listForms, setFormGeneratedUntil } from './programmes.repository.ts';
import { type Period, periodOf, periodsToOpen, type ReportCycle, scheduleOf } from './report-cycle.ts';
import * as reports from './reports.repository.ts';

/**
 * Makes the reports each cycle asks for (每期报送): one per form, open task and period, as soon as
 * the period starts, so the lead unit sees what is due and the sweeper can remind and urge. The
 * unique (form, task, period) key makes it safe to run twice; `generated_until` on the form keeps
 * the sweeper from looking at old periods again.
 */

function cycleOf(form: FormRow): ReportCycle {
  return {
    frequency: form.frequency as ReportFrequency,
    dueWorkingDay: form.due_working_day,
    remindWorkingDays: form.remind_working_days,
  };
}

function reportRow(
  deps: ProgrammeDeps,
  form: FormRow,
  period: Period,
  taskId: number,
  now: Date,
): Insertable<ReportTable> {
  const schedule = scheduleOf(cycleOf(form), period, deps.calendar());
  return {
    form_id: Number(form.id),
    task_id: taskId,
    programme_id: Number(form.programme_id),
    period_key: period.key,
    period_start: period.start,
    period_end: period.end,
    due_at: schedule.dueAt,
    remind_at: schedule.remindAt,
    created_at: now,
    updated_at: now,
  };
}

/**
 * Opens the reports of every period of a form that has started by now and was not opened yet,
 * from the period containing the latest of the form's start, the programme's start and the day the
 * form was defined; answers how many were new.
 */
export async function openFormReports(
  trx: Kysely<DB>,
  deps: ProgrammeDeps,
  form: FormRow,
  programmeStartsOn: string,
  now: Date,
): Promise<number> {
  // Never before the form existed: a form defined today asks for this period's report, not a backlog.
  const from =
    [form.starts_on, programmeStartsOn, localDateOf(new Date(form.created_at))].sort().at(-1) ?? form.starts_on;
  const periods = periodsToOpen(form.frequency as ReportFrequency, from, form.generated_until, now);
  if (periods.length === 0) return 0;
  let made = 0;
  const definedAt = new Date(form.created_at);
  for (const period of periods) {
    // Nor a report that was already due when the form was defined.
    if (scheduleOf(cycleOf(form), period, deps.calendar()).dueAt <= definedAt) continue;
    const tasks = await reports.listReportingTasks(trx, Number(form.programme_id), period.end);
    made += await reports.insertReports(
      trx,
      tasks.map((t) => reportRow(deps, form, period, t.id, now)),
    );
  }
  const last = periods.at(-1);
  if (last) await setFormGeneratedUntil(trx, Number(form.id), last.start);
  return made;
}

/** Opens the current period's report of each active form for one task created mid-cycle (unless that report is already due). */
export async function openTaskReports(
  trx: Kysely<DB>,
  deps: ProgrammeDeps,
  task: { id: number; programmeId: number; startsOn: string | null },
  now: Date,
): Promise<number> {
  const today = localDateOf(now);
  const forms = await listForms(trx, [task.programmeId], { activeOnly: true });
  const rows = forms.flatMap((form) => {
    if (form.generated_until === null) return []; // the sweeper opens all of its periods at once
    const period = periodOf(form.frequency as ReportFrequency, today);
    if (period.start < form.starts_on || (task.startsOn !== null && task.startsOn > period.end)) return [];
    const row = reportRow(deps, form, period, task.id, now);
    return new Date(row.due_at as Date) > now ? [row] : [];
  });
  return reports.insertReports(trx, rows);
}

/** The report of one period, made on demand (a unit filing early, or for a period the sweeper has not reached). */
export async function openReportFor(
  trx: Kysely<DB>,
  deps: ProgrammeDeps,
  form: FormRow,
  taskId: number,
  period: Period,
  now: Date,
): Promise<void> {
  await reports.insertReports(trx, [reportRow(deps, form, period, taskId, now)]);
}
