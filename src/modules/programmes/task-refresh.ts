import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import { citizenTopicPath, taskPath } from '../../shared/app-paths.ts';
import { chinaDayStart } from '../../shared/china-time.ts';
import type { ReportStatus, TaskDisplayStatus, TaskStatus } from '../../shared/programmes.ts';
import { type Notified, notifyPeople, notifyUnits } from '../notifications/notifications.service.ts';
import { insertAlert } from './reports.repository.ts';
import type { ProgrammeDeps } from './programme-deps.ts';
import { computeTaskStatus, displayStatusLabels, rollUpProgress } from './task-status.ts';
import * as repo from './tasks.repository.ts';

/**
 * Keeps a task's derived columns true after anything that touches it (and by the sweeper as time
 * passes): the progress rolled up from its sub-tasks, the displayed status with its reasons, and
 * the next moment that status may change by itself. Walks up to the parents, whose roll-up and
 * status follow. A task turning late tells its lead unit's lead (once per due date). When a task chosen by the public (群众点题) changes, whoever proposed or supported
 * its topic hears about it.
 */

export interface RefreshOptions {
  /** What the public reads about the change that caused the refresh (a workflow event's public text). */
  publicText?: string | null | undefined;
}

const maxDepth = 10;

export async function refreshTask(
  trx: Kysely<DB>,
  deps: ProgrammeDeps,
  taskId: number,
  now: Date,
  options: RefreshOptions = {},
  depth = 0,
): Promise<Notified[]> {
  const row = await repo.findTask(trx, taskId);
  if (!row || depth > maxDepth) return [];
  const children = await repo.listChildStates(trx, taskId);
  const progress =
    rollUpProgress(children.map((c) => ({ ...c, status: c.status as TaskStatus }))) ?? Number(row.progress);
  const milestones = await repo.listMilestones(trx, [taskId]);
  const facts = await repo.listStatusFacts(trx, [taskId]);
  const computed = computeTaskStatus(
    {
      status: row.status as TaskStatus,
      startsOn: row.starts_on,
      dueOn: row.due_on,
      progress,
      milestones: milestones.map((m) => ({ title: m.title, dueOn: m.due_on, completed: m.completed_at !== null })),
      openReports: facts.reports.map((r) => ({ status: r.status as ReportStatus, dueAt: r.due_at })),
      hasActivity: row.reports_filed > 0 || facts.completed.has(taskId),
      atRiskWorkingDays: row.at_risk_working_days,
    },
    now,
    deps.calendar(),
  );
  await repo.setDisplayStatus(trx, taskId, {
    display_status: computed.status,
    status_reasons: JSON.stringify(computed.reasons),
    next_status_at: computed.nextChangeAt,
    progress,
  });
  const changed = computed.status !== row.display_status || progress !== Number(row.progress);
  const notified: Notified[] = [];
  // Turning late (逾期) tells the lead unit's lead, once per due date.
  if (computed.status === 'late' && row.display_status !== 'late') {
    const firstLate = computed.reasons.find((r) => r.code === 'task_late' || r.code === 'milestone_late');
    const due = firstLate && 'due' in firstLate ? firstLate.due : (row.due_on ?? now.toISOString().slice(0, 10));
    if (
      await insertAlert(trx, {
        entity: 'task',
        entityId: taskId,
        kind: 'late',
        dueAt: chinaDayStart(due),
        now,
      })
    ) {
      notified.push(
        await notifyUnits(
          trx,
          [Number(row.lead_unit_id)],
          { kind: 'task.late', title: `任务已逾期：${row.title}`, body: row.programme_title, link: taskPath(taskId) },
          now,
        ),
      );
    }
  }
  if (changed || options.publicText) {
    const followers = await repo.listTopicFollowers(trx, taskId);
    if (followers && followers.personIds.length > 0) {
      const state = `${displayStatusLabels[computed.status as TaskDisplayStatus]}，完成 ${progress}%`;
      const body = options.publicText ? `${options.publicText}（${state}）` : `当前${state}`;
      notified.push(
        await notifyPeople(
          trx,
          followers.personIds,
          {
            kind: 'topic.progress',
            title: `您关注的点题有新进展：${followers.title}`,
            body,
            link: citizenTopicPath(followers.topicId),
          },
          now,
        ),
      );
    }
  }
  if (row.parent_id !== null && (changed || depth === 0))
    notified.push(...(await refreshTask(trx, deps, Number(row.parent_id), now, {}, depth + 1)));
  return notified;
}
