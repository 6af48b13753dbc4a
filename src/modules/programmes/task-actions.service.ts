import type { Kysely } from 'kysely';
import { withTransaction } from '../../platform/db/database.ts';
import type { DB } from '../../platform/db/schema.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import type { RequestContext } from '../access/request-context.ts';
import type { Actor } from '../access/actor.ts';
import { requireHolds } from '../access/policy.ts';
import { verifyAttachmentTokens } from '../attachments/attachments.service.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { deliver, type Notified } from '../notifications/notifications.service.ts';
import { taskActorOf, systemReportActor } from './programme-access.ts';
import type { ProgrammeDeps } from './programme-deps.ts';
import { decide as decideReport } from './report-workflow.ts';
import * as reportRepo from './reports.repository.ts';
import { notifyTaskAction, programmeExternalKinds, writeTaskEvent } from './task-effects.ts';
import { refreshTask } from './task-refresh.ts';
import { taskStateOf } from './task-view.ts';
import { decide, type TaskActor, type TaskCommand } from './task-workflow.ts';
import { checkPhase, getTaskDetail, loadTaskFor } from './tasks.service.ts';
import * as repo from './tasks.repository.ts';
import type { TaskActionBodies, TaskDetail } from './tasks.schemas.ts';

/**
 * The actions of a task: the workflow (申请销号, 核验销号, 退回, 转入常态化, 恢复, 撤销, 督导意见,
 * 督办), milestones and evidence. Each locks the task row, decides through the pure workflow,
 * writes the row, the timeline, the audit trail and notifications in one transaction, then
 * refreshes the derived status (and the parents') and delivers notifications after commit.
 */

type WorkflowAction = keyof TaskActionBodies;

function commandOf<A extends WorkflowAction>(action: A, body: TaskActionBodies[A]): TaskCommand {
  const b = body as { note?: string; reason?: string; text?: string };
  switch (action) {
    case 'claimDone':
    case 'verify':
      return { type: action, note: b.note ?? '' };
    case 'comment':
    case 'urge':
      return { type: action, text: b.text ?? '' };
    default:
      return { type: action as 'reject' | 'moveToRoutine' | 'resume' | 'withdraw', reason: b.reason ?? '' };
  }
}

/** Waives the reports still to be filed on a task that has closed (免报), as the system. */
async function waiveOpenReports(trx: Kysely<DB>, ctx: RequestContext, taskId: number, reason: string): Promise<void> {
  for (const reportId of await reportRepo.listOpenReportIds(trx, taskId)) {
    const report = await reportRepo.findReport(trx, reportId, { forUpdate: true });
    if (!report) continue;
    const decision = decideReport(
      {
        status: report.status as 'pending',
        late: report.late,
        dueAt: report.due_at,
        submittedAt: report.submitted_at,
        reviewedAt: report.reviewed_at,
        taskOpen: false,
      },
      { type: 'waive', reason },
      systemReportActor,
      ctx.now,
    );
    if (!decision.ok) continue;
    await reportRepo.updateReport(trx, reportId, {
      status: 'waived',
      reviewed_at: ctx.now,
      review_note: reason,
      updated_at: ctx.now,
    });
    await reportRepo.insertReportEvent(trx, {
      report_id: reportId,
      at: ctx.now,
      actor_id: null,
      actor_label: '系统',
      action: 'waive',
      from_status: report.status,
      to_status: 'waived',
      note: reason,
      data: JSON.stringify({ system: true }),
    });
  }
}

export interface ApplyOptions {
  /** Who acts (default: the request's actor, as the task sees them). */
  who?: TaskActor | undefined;
  /** Writes that follow the decision and must land before the status is refreshed (e.g. the milestone row); may add to the event's data. */
  afterDecide?: ((trx: Kysely<DB>) => Promise<Record<string, unknown> | void>) | undefined;
  /** What the public reads, when the event itself has no public text. */
  publicText?: string | undefined;
}

/** Decides and writes one workflow command on a locked task; answers the notifications to deliver. */
export async function applyTaskCommand(
  trx: Kysely<DB>,
  deps: ProgrammeDeps,
  ctx: RequestContext,
  row: repo.TaskRow,
  command: TaskCommand,
  options: ApplyOptions = {},
): Promise<Notified[]> {
  const id = Number(row.id);
  const who = options.who ?? taskActorOf(ctx.actor, { ownerPath: row.owner_path, leadPath: row.lead_path });
  const [milestones, children] = await Promise.all([repo.listMilestones(trx, [id]), repo.countChildren(trx, [id])]);
  const before = taskStateOf(row, milestones, children.get(id)?.open ?? 0);
  const decision = decide(before, command, who, ctx.now);
  if (!decision.ok)
    throw new AppError(
      decision.error.code,
      decision.error.detail ? { details: { reason: decision.error.detail } } : {},
    );
  const { changes, event } = decision;
  await repo.updateTask(trx, id, {
    updated_at: ctx.now,
    ...(changes.status !== undefined ? { status: changes.status } : {}),
    ...(command.type === 'claimDone' ? { done_at: ctx.now } : {}),
    ...(command.type === 'reject' ? { done_at: null } : {}),
    ...(command.type === 'verify'
      ? { verified_at: ctx.now, verified_by: ctx.actor?.personId ?? null, progress: 100 }
      : {}),
  });
  if (command.type === 'verify' || command.type === 'withdraw')
    await waiveOpenReports(trx, ctx, id, command.type === 'verify' ? '任务已核验销号，免报' : '任务已撤销，免报');
  if (command.type === 'comment' || command.type === 'urge') {
    await repo.insertComment(trx, {
      task_id: id,
      at: ctx.now,
      author_id: ctx.actor?.personId ?? null,
      author_label: ctx.actor?.displayName ?? '系统',
      kind: command.type,
      text: command.text.trim(),
    });
  }
  const extra = (await options.afterDecide?.(trx)) ?? {};
  Object.assign(event.data, extra);
  event.publicText ??= options.publicText ?? null;
  await writeTaskEvent(trx, ctx, id, event);
  await recordAudit(trx, ctx, {
    action: `task.${command.type}`,
    entityType: 'task',
    entityId: id,
    before: { status: row.status, version: row.version },
    after: { status: event.toStatus, note: event.note, ...event.data },
  });
  const notified = await notifyTaskAction(trx, command.type, row, event.note, ctx.now);
  notified.push(...(await refreshTask(trx, deps, id, ctx.now, { publicText: event.publicText })));
  return notified;
}

/** Runs one change in a transaction and delivers its notifications after commit. */
async function perform(
  deps: ProgrammeDeps,
  ctx: RequestContext,
  work: (trx: Kysely<DB>, actor: Actor) => Promise<Notified[]>,
): Promise<void> {
  const actor = requireHolds(ctx.actor, 'programme.read');
  const notified = await withTransaction(deps.db, (trx) => work(trx, actor));
  await deliver(deps.notifications, notified, programmeExternalKinds);
}

/** The same, answering the task as the caller now sees it. */
async function run(
  deps: ProgrammeDeps,
  ctx: RequestContext,
  id: number,
  work: (trx: Kysely<DB>, actor: Actor) => Promise<Notified[]>,
): Promise<TaskDetail> {
  await perform(deps, ctx, work);
  return getTaskDetail(deps, ctx, id);
}

/** A workflow action (申请销号, 核验销号, …) without the answer (bulk loaders). */
export async function performTaskAction<A extends WorkflowAction>(
  deps: ProgrammeDeps,
  ctx: RequestContext,
  id: number,
  action: A,
  body: TaskActionBodies[A],
): Promise<void> {
  await perform(deps, ctx, async (trx, actor) => {
    const row = await loadTaskFor(trx, actor, id, action, body.version);
    return applyTaskCommand(trx, deps, ctx, row, commandOf(action, body));
  });
}

/** POST /tasks/{id}/{action} for the workflow actions. */
export async function actOnTask<A extends WorkflowAction>(
  deps: ProgrammeDeps,
  ctx: RequestContext,
  id: number,
  action: A,
  body: TaskActionBodies[A],
): Promise<TaskDetail> {
  await performTaskAction(deps, ctx, id, action, body);
  return getTaskDetail(deps, ctx, id);
}

export async function addMilestone(
  deps: ProgrammeDeps,
  ctx: RequestContext,
  id: number,
  body: { title: string; dueOn: string; phaseId?: number | undefined; version?: number | undefined },
): Promise<TaskDetail> {
  return run(deps, ctx, id, async (trx, actor) => {
    const row = await loadTaskFor(trx, actor, id, 'addMilestone', body.version);
    await checkPhase(trx, Number(row.programme_id), body.phaseId);
    const existing = await repo.listMilestones(trx, [id]);
    // The workflow decides on the task as it is; the row (and its real id) follows the decision.
    return applyTaskCommand(
      trx,
      deps,
      ctx,
      row,
      { type: 'addMilestone', milestoneId: 0 },
      {
        afterDecide: async () => {
          const milestoneId = await repo.insertMilestone(trx, {
            task_id: id,
            seq: existing.length + 1,
            title: body.title.trim(),
            due_on: body.dueOn,
            phase_id: body.phaseId ?? null,
            created_at: ctx.now,
            updated_at: ctx.now,
          });
          return { milestoneId, title: body.title.trim(), dueOn: body.dueOn };
        },
      },
    );
  });
}

async function milestoneOf(trx: Kysely<DB>, taskId: number, milestoneId: number): Promise<repo.MilestoneRow> {
  const milestone = (await repo.listMilestones(trx, [taskId])).find((m) => m.id === milestoneId);
  if (!milestone) throw new AppError('NOT_FOUND');
  return milestone;
}

/** Edits an open milestone's title, date or phase (the office, with the task's update right). */
export async function updateMilestone(
  deps: ProgrammeDeps,
  ctx: RequestContext,
  id: number,
  milestoneId: number,
  body: {
    title?: string | undefined;
    dueOn?: string | undefined;
    phaseId?: number | null | undefined;
    version?: number | undefined;
  },
): Promise<TaskDetail> {
  return run(deps, ctx, id, async (trx, actor) => {
    const row = await loadTaskFor(trx, actor, id, 'update', body.version);
    const milestone = await milestoneOf(trx, id, milestoneId);
    await checkPhase(trx, Number(row.programme_id), body.phaseId);
    if (milestone.completed_at !== null && body.dueOn !== undefined && body.dueOn !== milestone.due_on)
      throw new AppError('TASK_MILESTONE_STATE', { details: { reason: 'a completed milestone keeps its date' } });
    const fields = {
      ...(body.title !== undefined ? { title: body.title.trim() } : {}),
      ...(body.dueOn !== undefined ? { due_on: body.dueOn } : {}),
      ...(body.phaseId !== undefined ? { phase_id: body.phaseId } : {}),
    };
    await repo.updateMilestone(trx, milestoneId, { ...fields, updated_at: ctx.now });
    await repo.updateTask(trx, id, { updated_at: ctx.now });
    await writeTaskEvent(trx, ctx, id, {
      action: 'update',
      fromStatus: row.status as 'active',
      toStatus: row.status as 'active',
      note: null,
      publicText: null,
      data: { milestoneId, before: { title: milestone.title, dueOn: milestone.due_on }, after: fields },
    });
    await recordAudit(trx, ctx, {
      action: 'task.milestone.update',
      entityType: 'task',
      entityId: id,
      before: { milestoneId, title: milestone.title, dueOn: milestone.due_on },
      after: fields,
    });
    return refreshTask(trx, deps, id, ctx.now);
  });
}

export async function deleteMilestone(
  deps: ProgrammeDeps,
  ctx: RequestContext,
  id: number,
  milestoneId: number,
): Promise<TaskDetail> {
  return run(deps, ctx, id, async (trx, actor) => {
    const row = await loadTaskFor(trx, actor, id, 'update');
    const milestone = await milestoneOf(trx, id, milestoneId);
    if (milestone.completed_at !== null)
      throw new AppError('TASK_MILESTONE_STATE', { details: { reason: 'a completed milestone cannot be deleted' } });
    await repo.deleteMilestone(trx, milestoneId);
    await repo.updateTask(trx, id, { updated_at: ctx.now });
    await writeTaskEvent(trx, ctx, id, {
      action: 'update',
      fromStatus: row.status as 'active',
      toStatus: row.status as 'active',
      note: null,
      publicText: null,
      data: { milestoneDeleted: { id: milestoneId, title: milestone.title, dueOn: milestone.due_on } },
    });
    await recordAudit(trx, ctx, {
      action: 'task.milestone.delete',
      entityType: 'task',
      entityId: id,
      before: { milestoneId, title: milestone.title, dueOn: milestone.due_on },
    });
    return refreshTask(trx, deps, id, ctx.now);
  });
}

/** Links uploaded files (by their tokens) to a task; every token must still be unused. */
async function linkEvidence(
  trx: Kysely<DB>,
  taskId: number,
  tokens: readonly string[] | undefined,
  reportId: number | null = null,
): Promise<number[]> {
  const ids = await verifyAttachmentTokens(trx, tokens);
  if (ids.length === 0) return [];
  const linked = await repo.linkAttachments(trx, ids, { taskId, reportId });
  if (linked !== ids.length)
    throw new AppError('VALIDATION_FAILED', {
      message: {
        zh: '附件无效或已被使用，请重新上传。',
        en: 'An attachment is invalid or already used; upload it again.',
      },
      details: [{ in: 'body', path: '/attachments', message: 'already attached elsewhere' }],
    });
  return ids;
}

export { linkEvidence };

type CompleteBody = { note?: string | undefined; attachments?: string[] | undefined; version?: number | undefined };

/** 完成节点 without the answer (bulk loaders). */
export async function performCompleteMilestone(
  deps: ProgrammeDeps,
  ctx: RequestContext,
  id: number,
  milestoneId: number,
  body: CompleteBody,
): Promise<void> {
  await perform(deps, ctx, async (trx, actor) => {
    const row = await loadTaskFor(trx, actor, id, 'completeMilestone', body.version);
    const milestone = await milestoneOf(trx, id, milestoneId);
    return applyTaskCommand(
      trx,
      deps,
      ctx,
      row,
      { type: 'completeMilestone', milestoneId, note: body.note },
      {
        publicText: `节点“${milestone.title}”已完成。`,
        afterDecide: async () => {
          const files = await linkEvidence(trx, id, body.attachments);
          await repo.updateMilestone(trx, milestoneId, {
            completed_at: ctx.now,
            completed_by: actor.personId,
            completion_note: body.note?.trim() || null,
            updated_at: ctx.now,
          });
          if (files.length > 0)
            await recordAudit(trx, ctx, {
              action: 'task.evidence',
              entityType: 'task',
              entityId: id,
              after: { attachmentIds: files, milestoneId },
            });
        },
      },
    );
  });
}

export async function completeMilestone(
  deps: ProgrammeDeps,
  ctx: RequestContext,
  id: number,
  milestoneId: number,
  body: CompleteBody,
): Promise<TaskDetail> {
  await performCompleteMilestone(deps, ctx, id, milestoneId, body);
  return getTaskDetail(deps, ctx, id);
}

export async function reopenMilestone(
  deps: ProgrammeDeps,
  ctx: RequestContext,
  id: number,
  milestoneId: number,
  body: { reason: string; version?: number | undefined },
): Promise<TaskDetail> {
  return run(deps, ctx, id, async (trx, actor) => {
    const row = await loadTaskFor(trx, actor, id, 'reopenMilestone', body.version);
    await milestoneOf(trx, id, milestoneId);
    return applyTaskCommand(
      trx,
      deps,
      ctx,
      row,
      { type: 'reopenMilestone', milestoneId, reason: body.reason },
      {
        afterDecide: () =>
          repo.updateMilestone(trx, milestoneId, {
            completed_at: null,
            completed_by: null,
            completion_note: null,
            updated_at: ctx.now,
          }),
      },
    );
  });
}

/** 上传佐证材料: files proving the work, linked to the task. */
export async function addEvidence(
  deps: ProgrammeDeps,
  ctx: RequestContext,
  id: number,
  body: { attachments: string[]; note?: string | undefined; version?: number | undefined },
): Promise<TaskDetail> {
  return run(deps, ctx, id, async (trx, actor) => {
    const row = await loadTaskFor(trx, actor, id, 'addEvidence', body.version);
    const files = await linkEvidence(trx, id, body.attachments);
    return applyTaskCommand(trx, deps, ctx, row, { type: 'addEvidence', count: files.length, note: body.note });
  });
}
