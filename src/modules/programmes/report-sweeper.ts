import type { Kysely } from 'kysely';
import { withTransaction } from '../../platform/db/database.ts';
import type { DB } from '../../platform/db/schema.ts';
import { isAppError } from '../../platform/errors/app-error.ts';
import { reportPath } from '../../shared/app-paths.ts';
import { systemContext } from '../access/request-context.ts';
import { chinaTimeZone } from '../../shared/china-time.ts';
import { deliver, type Notified, notifyUnits } from '../notifications/notifications.service.ts';
import { systemReportActor } from './programme-access.ts';
import type { ProgrammeDeps } from './programme-deps.ts';
import { listRunningForms } from './programmes.repository.ts';
import { openFormReports } from './report-cycle.service.ts';
import { applyReportCommand } from './reports.service.ts';
import * as reports from './reports.repository.ts';
import { officeUnitsOf, programmeExternalKinds } from './task-effects.ts';
import { refreshTask } from './task-refresh.ts';
import * as tasks from './tasks.repository.ts';

/**
 * The report cycle sweeper (报送提醒与催报), run periodically, one instance at a time (advisory
 * lock):
 * 1. opens the reports of every period that has started (每期报送), for every open task;
 * 2. reminds the lead unit before the due day (提醒), and past it flags the report late and urges
 *    the unit's lead (逾期、催报), telling the programme office too — each alert recorded first in
 *    programme_alert, so a restart or a second sweep never raises it twice;
 * 3. refreshes the displayed status of tasks whose traffic light changes with time (a task turning
 *    late tells the lead unit's lead once: see task-refresh.ts).
 */

export interface ReportSweepResult {
  opened: number;
  reminded: number;
  urged: number;
  refreshed: number;
}

async function alertReport(
  trx: Kysely<DB>,
  deps: ProgrammeDeps,
  reportId: number,
  kind: 'remind' | 'overdue',
  now: Date,
): Promise<{ raised: boolean; notified: Notified[] }> {
  const row = await reports.findReport(trx, reportId, { forUpdate: true });
  if (!row || (row.status !== 'pending' && row.status !== 'returned')) return { raised: false, notified: [] };
  if (
    !(await reports.insertAlert(trx, { entity: 'report', entityId: reportId, kind, dueAt: new Date(row.due_at), now }))
  )
    return { raised: false, notified: [] };
  const ctx = systemContext('system:report-sweeper', now);
  if (kind === 'remind') {
    const due = new Date(row.due_at.getTime() - 1000).toLocaleDateString('zh-CN', { timeZone: chinaTimeZone });
    const notified = await notifyUnits(
      trx,
      [Number(row.lead_unit_id)],
      {
        kind: 'report.remind',
        title: `报送提醒：${row.task_title}（${row.period_key}）`,
        body: `${row.form_name}请于 ${due} 前报送`,
        link: reportPath(reportId),
      },
      now,
    );
    await reports.insertReportEvent(trx, {
      report_id: reportId,
      at: now,
      actor_id: null,
      actor_label: '系统',
      action: 'remind',
      from_status: row.status,
      to_status: row.status,
      note: `请于 ${due} 前报送`,
      data: JSON.stringify({ system: true }),
    });
    return { raised: true, notified: [notified] };
  }
  try {
    const notified = await applyReportCommand({
      trx,
      deps,
      ctx,
      row,
      command: { type: 'urge', note: '已超过报送期限，请立即报送' },
      who: systemReportActor,
    });
    const task = await tasks.findTask(trx, Number(row.task_id));
    if (task)
      notified.push(
        await notifyUnits(
          trx,
          officeUnitsOf(task.owner_unit_id, task.owner_path),
          {
            kind: 'report.late',
            title: `逾期未报：${row.task_title}（${row.period_key}）`,
            body: row.lead_name,
            link: reportPath(reportId),
          },
          now,
        ),
      );
    return { raised: true, notified };
  } catch (error) {
    // The workflow refused (e.g. the task closed meanwhile): the alert stays recorded, nothing else to do.
    if (isAppError(error)) return { raised: false, notified: [] };
    throw error;
  }
}

async function refreshDueTasks(
  trx: Kysely<DB>,
  deps: ProgrammeDeps,
  now: Date,
  limit: number,
): Promise<{ refreshed: number; notified: Notified[] }> {
  const ids = await tasks.lockStatusDue(trx, now, limit);
  const notified: Notified[] = [];
  for (const id of ids) notified.push(...(await refreshTask(trx, deps, id, now)));
  return { refreshed: ids.length, notified };
}

/** One sweep; answers what it did (zeros when another instance holds the lock). */
export async function sweepReports(
  deps: ProgrammeDeps,
  now: Date = new Date(),
  batchSize = 200,
): Promise<ReportSweepResult> {
  const total: ReportSweepResult = { opened: 0, reminded: 0, urged: 0, refreshed: 0 };
  for (let round = 0; round < 50; round++) {
    const batch = await withTransaction(deps.db, async (trx) => {
      if (!(await reports.tryLockReportSweeper(trx))) return null;
      let opened = 0;
      if (round === 0)
        for (const form of await listRunningForms(trx))
          opened += await openFormReports(trx, deps, form, form.programme_starts_on, now);
      const notified: Notified[] = [];
      let reminded = 0;
      let urged = 0;
      const due = await reports.listReportsToAlert(trx, now, batchSize);
      for (const { id, kind } of due) {
        const result = await alertReport(trx, deps, id, kind, now);
        if (result.raised && kind === 'remind') reminded++;
        else if (result.raised) urged++;
        notified.push(...result.notified);
      }
      const status = await refreshDueTasks(trx, deps, now, batchSize);
      notified.push(...status.notified);
      return {
        opened,
        reminded,
        urged,
        refreshed: status.refreshed,
        notified,
        more: due.length === batchSize || status.refreshed === batchSize,
      };
    });
    if (!batch) return total;
    total.opened += batch.opened;
    total.reminded += batch.reminded;
    total.urged += batch.urged;
    total.refreshed += batch.refreshed;
    if (batch.notified.length > 0) await deliver(deps.notifications, batch.notified, programmeExternalKinds);
    if (!batch.more) return total;
  }
  return total;
}
