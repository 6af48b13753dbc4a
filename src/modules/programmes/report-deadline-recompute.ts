import type { Kysely } from 'kysely';
import type { BusinessCalendar } from '../../platform/calendar/business-calendar.ts';
import type { DB } from '../../platform/db/schema.ts';
import { chinaDayStart } from '../../shared/china-time.ts';
import { caseActorLabels } from '../../shared/case-texts.ts';
import type { ReportFrequency } from '../../shared/programmes.ts';
import { type Period, scheduleOf } from './report-cycle.ts';
import * as repo from './report-deadline-recompute.repository.ts';
import { insertReportEvent } from './reports.repository.ts';

export interface ReportRecount {
  recomputed: number;
  examined: number;
  reportIds: number[];
}

const localDate = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value));

/**
 * 报送时限重算: a report's due moment is "the Nth working day after the period" (report-cycle.ts
 * `scheduleOf`), so a calendar change moves it — the December report due on the third working day
 * of January lands a day later once 元旦 is entered. Reports still awaited whose stored due moment
 * is what the rule gave on the old calendar get the rule's answer on the new one, their reminder
 * with it; each moved report's history says from when to when and why.
 */
export async function recomputeReportDeadlines(
  trx: Kysely<DB>,
  input: { before: BusinessCalendar; after: BusinessCalendar; years: readonly number[]; now: Date; reason: string },
): Promise<ReportRecount> {
  const result: ReportRecount = { recomputed: 0, examined: 0, reportIds: [] };
  if (input.years.length === 0) return result;
  const first = Math.min(...input.years);
  const last = Math.max(...input.years);
  const rows = await repo.lockAwaitedReportsDueIn(
    trx,
    chinaDayStart(`${first}-01-01`),
    chinaDayStart(`${last + 1}-01-01`),
  );
  result.examined = rows.length;
  for (const row of rows) {
    const cycle = {
      frequency: row.frequency as ReportFrequency,
      dueWorkingDay: row.due_working_day,
      remindWorkingDays: row.remind_working_days,
    };
    const period: Period = { key: row.period_key, start: localDate(row.period_start), end: localDate(row.period_end) };
    const stored = new Date(row.due_at as unknown as string | Date);
    const old = scheduleOf(cycle, period, input.before);
    if (old.dueAt.getTime() !== stored.getTime()) continue; // set by hand or by an older rule: left as it is
    const next = scheduleOf(cycle, period, input.after);
    if (next.dueAt.getTime() === stored.getTime()) continue;
    await repo.moveReportDue(trx, Number(row.id), { dueAt: next.dueAt, remindAt: next.remindAt, now: input.now });
    await insertReportEvent(trx, {
      report_id: Number(row.id),
      at: input.now,
      actor_id: null,
      actor_label: caseActorLabels.system.zh,
      action: 'deadline_recomputed',
      from_status: row.status,
      to_status: row.status,
      note: `报送截止日由 ${old.dueDay} 改为 ${next.dueDay}：${input.reason}`,
      data: { system: true, from: stored.toISOString(), to: next.dueAt.toISOString(), years: [...input.years] },
    });
    result.recomputed++;
    result.reportIds.push(Number(row.id));
  }
  return result;
}
