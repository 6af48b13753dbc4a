import type { Kysely } from 'kysely';
import { withTransaction } from '../../platform/db/database.ts';
import type { DB } from '../../platform/db/schema.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { checkVersion } from '../../platform/db/version-check.ts';
import type { RequestContext } from '../access/request-context.ts';
import type { Actor } from '../access/actor.ts';
import { requireHolds } from '../access/policy.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { deliver, type Notified } from '../notifications/notifications.service.ts';
import { findUnit } from '../units/units.repository.ts';
import type { ProgrammeDeps } from './programme-deps.ts';
import { loadForAction } from './programmes.service.ts';
import { listPhases } from './programmes.repository.ts';
import { openTaskReports } from './report-cycle.service.ts';
import * as reportRepo from './reports.repository.ts';
import {
  isUniqueViolation,
  notifyTaskAction,
  programmeExternalKinds,
  resolveTaskUnits,
  writeTaskEvent,
} from './task-effects.ts';
import { refreshTask } from './task-refresh.ts';
import { loadTaskExtras, presentMilestone, presentTask, presentTasks, taskStateOf } from './task-view.ts';
import { guard } from './task-workflow.ts';
import { taskActorOf } from './programme-access.ts';
import * as repo from './tasks.repository.ts';
import { searchQuery } from '../search/search-text.ts';
import type { CreateTaskBody, TaskDetail, TaskListQuery, TaskSummary, UpdateTaskBody } from './tasks.schemas.ts';

/** Tasks (任务): the programme office creates and edits them; everyone in scope reads them. */

const iso = (d: Date | null) => (d === null ? null : new Date(d).toISOString());

export async function getTaskDetail(deps: ProgrammeDeps, ctx: RequestContext, id: number): Promise<TaskDetail> {
  const actor = requireHolds(ctx.actor, 'programme.read');
  const row = await repo.findReadableTask(deps.db, actor, id);
  if (!row) throw new AppError('NOT_FOUND');
  const [extras, childRows, events, comments, evidence, reports] = await Promise.all([
    loadTaskExtras(deps.db, [row]),
    repo.listChildren(deps.db, id),
    repo.listTaskEvents(deps.db, id),
    repo.listComments(deps.db, id),
    repo.listTaskAttachments(deps.db, id),
    reportRepo.listReports(deps.db, actor, { taskId: id }, { limit: 12, offset: 0 }),
  ]);
  const parent =
    row.parent_id === null ? undefined : await repo.findReadableTask(deps.db, actor, Number(row.parent_id));
  const calendar = deps.calendar();
  return {
    ...presentTask(row, extras, actor),
    description: row.description,
    parent: parent ? { id: Number(parent.id), title: parent.title } : null,
    milestones: (extras.milestones.get(id) ?? []).map((m) => presentMilestone(m, ctx.now, calendar)),
    children: await presentTasks(deps.db, childRows, actor),
    timeline: events.map((e) => ({
      id: Number(e.id),
      at: new Date(e.at).toISOString(),
      action: e.action,
      actorLabel: e.actor_label,
      fromStatus: e.from_status,
      toStatus: e.to_status,
      note: e.note,
      publicText: e.public_text,
      data: (e.data ?? {}) as Record<string, unknown>,
    })),
    comments: comments.map((c) => ({
      id: Number(c.id),
      at: new Date(c.at).toISOString(),
      authorLabel: c.author_label,
      kind: c.kind as 'comment' | 'urge',
      text: c.text,
    })),
    evidence: evidence.map((a) => ({
      id: Number(a.id),
      fileName: a.file_name,
      contentType: a.content_type,
      size: a.size,
      reportId: a.report_id === null ? null : Number(a.report_id),
      url: `/api/v1/tasks/${id}/attachments/${a.id}`,
      createdAt: new Date(a.created_at).toISOString(),
    })),
    reports: reports.map((r) => ({
      id: Number(r.id),
      formId: Number(r.form_id),
      formName: r.form_name,
      periodKey: r.period_key,
      status: r.status,
      late: r.late,
      dueAt: new Date(r.due_at).toISOString(),
      submittedAt: iso(r.submitted_at),
      progress: r.progress,
      summary: r.summary,
    })),
    doneAt: iso(row.done_at),
    verifiedAt: iso(row.verified_at),
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}

export async function listTasks(
  deps: ProgrammeDeps,
  ctx: RequestContext,
  query: TaskListQuery,
): Promise<{ items: TaskSummary[]; nextOffset: number | null }> {
  const actor = requireHolds(ctx.actor, 'programme.read');
  const limit = query.limit ?? 50;
  const offset = query.offset ?? 0;
  let unitPath: string | undefined;
  if (query.unitId !== undefined) {
    const unit = await findUnit(deps.db, query.unitId);
    if (!unit) return { items: [], nextOffset: null };
    unitPath = unit.path;
  }
  const rows = await repo.listTasks(
    deps.db,
    actor,
    {
      programmeId: query.programmeId,
      displayStatus: query.displayStatus,
      leadUnitId: query.leadUnitId,
      unitPath,
      parentId: query.parentId ?? (query.topLevel ? null : undefined),
      q: taskSearchOf(query.q),
    },
    { limit, offset },
  );
  return { items: await presentTasks(deps.db, rows, actor), nextOffset: rows.length === limit ? offset + limit : null };
}

/** What a task search looks for: the words (Traditional or Simplified, any length) or an external id typed exactly. */
function taskSearchOf(q: string | undefined): repo.TaskFilter['q'] {
  const typed = q?.trim();
  return typed ? { words: searchQuery(typed), externalId: typed } : undefined;
}

export async function checkPhase(
  trx: Kysely<DB>,
  programmeId: number,
  phaseId: number | null | undefined,
): Promise<void> {
  if (phaseId === null || phaseId === undefined) return;
  const phases = await listPhases(trx, [programmeId]);
  if (!phases.some((p) => p.id === phaseId))
    throw new AppError('VALIDATION_FAILED', {
      details: [{ in: 'body', path: '/phaseId', message: 'not a phase of this programme' }],
    });
}

function checkTaskDates(startsOn: string | null | undefined, dueOn: string | null | undefined): void {
  if (startsOn && dueOn && dueOn < startsOn)
    throw new AppError('VALIDATION_FAILED', {
      details: [{ in: 'body', path: '/dueOn', message: 'the due date precedes the start' }],
    });
}

/** 新增任务 (or a sub-task), with its units and milestones, in one transaction. Answers the new id. */
export async function insertTaskWithin(
  trx: Kysely<DB>,
  deps: ProgrammeDeps,
  ctx: RequestContext,
  actor: Actor,
  programmeId: number,
  body: CreateTaskBody,
  options: { seq?: number; via?: string } = {},
): Promise<{ id: number; notified: Notified[] }> {
  const programme = await loadForAction(trx, actor, programmeId, 'addTask', ctx.now);
  checkTaskDates(body.startsOn, body.dueOn);
  await checkPhase(trx, programmeId, body.phaseId);
  if (body.parentId !== undefined) {
    const parent = await repo.findTask(trx, body.parentId);
    if (
      !parent ||
      Number(parent.programme_id) !== programmeId ||
      (parent.status !== 'active' && parent.status !== 'routine')
    )
      throw new AppError('TASK_BAD_PARENT');
  }
  const externalId = body.externalId?.trim() || null;
  if (externalId && (await repo.findTaskByExternalId(trx, programmeId, externalId)))
    throw new AppError('TASK_EXTERNAL_ID_TAKEN');
  const units = await resolveTaskUnits(trx, programme.owner_path, body.leadUnitId, body.supportingUnitIds ?? []);
  const id = await repo.insertTask(trx, {
    programme_id: programmeId,
    parent_id: body.parentId ?? null,
    seq: options.seq ?? (await repo.nextSeq(trx, programmeId)),
    external_id: externalId,
    title: body.title.trim(),
    description: body.description?.trim() ?? '',
    lead_unit_id: units.lead.id,
    lead_path: units.lead.path,
    leader_name: body.leaderName?.trim() || null,
    owner_name: body.ownerName?.trim() || null,
    phase_id: body.phaseId ?? null,
    starts_on: body.startsOn ?? null,
    due_on: body.dueOn ?? null,
    target_text: body.targetText?.trim() || null,
    target_value: body.targetValue ?? null,
    target_unit: body.targetUnit?.trim() || null,
    weight: body.weight ?? 1,
    created_by: actor.personId,
    created_at: ctx.now,
    updated_at: ctx.now,
  });
  await repo.replaceSupport(trx, id, units.support);
  for (const [index, milestone] of (body.milestones ?? []).entries()) {
    await checkPhase(trx, programmeId, milestone.phaseId);
    await repo.insertMilestone(trx, {
      task_id: id,
      seq: index + 1,
      title: milestone.title.trim(),
      due_on: milestone.dueOn,
      phase_id: milestone.phaseId ?? null,
      created_at: ctx.now,
      updated_at: ctx.now,
    });
  }
  await writeTaskEvent(trx, ctx, id, {
    action: 'create',
    fromStatus: 'active',
    toStatus: 'active',
    note: null,
    publicText: null,
    data: { via: options.via ?? 'api', leadUnitId: units.lead.id },
  });
  await recordAudit(trx, ctx, {
    action: 'task.create',
    entityType: 'task',
    entityId: id,
    after: { programmeId, title: body.title, leadUnitId: body.leadUnitId, externalId, via: options.via ?? 'api' },
  });
  const notified: Notified[] = [];
  if (programme.status === 'active') {
    await openTaskReports(trx, deps, { id, programmeId, startsOn: body.startsOn ?? null }, ctx.now);
    const row = await repo.findTask(trx, id);
    if (row) notified.push(...(await notifyTaskAction(trx, 'assign', row, null, ctx.now)));
  }
  notified.push(...(await refreshTask(trx, deps, id, ctx.now)));
  return { id, notified };
}

export async function createTask(
  deps: ProgrammeDeps,
  ctx: RequestContext,
  programmeId: number,
  body: CreateTaskBody,
): Promise<TaskDetail> {
  const actor = requireHolds(ctx.actor, 'programme.manage');
  let made: { id: number; notified: Notified[] };
  try {
    made = await withTransaction(deps.db, (trx) => insertTaskWithin(trx, deps, ctx, actor, programmeId, body));
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('TASK_EXTERNAL_ID_TAKEN');
    throw error;
  }
  await deliver(deps.notifications, made.notified, programmeExternalKinds);
  return getTaskDetail(deps, ctx, made.id);
}

/** Applies edited fields to a locked task (used by the API and by spreadsheet imports). */
export async function applyTaskUpdate(
  trx: Kysely<DB>,
  deps: ProgrammeDeps,
  ctx: RequestContext,
  row: repo.TaskRow,
  body: Omit<UpdateTaskBody, 'version'>,
  via = 'api',
): Promise<Notified[]> {
  const id = Number(row.id);
  const programmeId = Number(row.programme_id);
  const startsOn = body.startsOn === undefined ? row.starts_on : body.startsOn;
  const dueOn = body.dueOn === undefined ? row.due_on : body.dueOn;
  checkTaskDates(startsOn, dueOn);
  await checkPhase(trx, programmeId, body.phaseId);
  const externalId = body.externalId === undefined ? row.external_id : body.externalId?.trim() || null;
  if (externalId && externalId !== row.external_id && (await repo.findTaskByExternalId(trx, programmeId, externalId)))
    throw new AppError('TASK_EXTERNAL_ID_TAKEN');
  const currentSupport = (await repo.listSupport(trx, [id])).map((s) => s.unit_id);
  const units = await resolveTaskUnits(
    trx,
    row.owner_path,
    body.leadUnitId ?? Number(row.lead_unit_id),
    body.supportingUnitIds ?? currentSupport,
  );
  const text = (value: string | null | undefined) => (value === undefined ? undefined : value?.trim() || null);
  const fields = Object.fromEntries(
    Object.entries({
      title: body.title?.trim(),
      description: body.description?.trim(),
      external_id: body.externalId === undefined ? undefined : externalId,
      lead_unit_id: units.lead.id,
      lead_path: units.lead.path,
      leader_name: text(body.leaderName),
      owner_name: text(body.ownerName),
      phase_id: body.phaseId,
      starts_on: body.startsOn,
      due_on: body.dueOn,
      target_text: text(body.targetText),
      target_value: body.targetValue,
      target_unit: text(body.targetUnit),
      weight: body.weight,
    }).filter(([, v]) => v !== undefined),
  );
  await repo.updateTask(trx, id, { ...fields, updated_at: ctx.now });
  if (body.supportingUnitIds !== undefined) await repo.replaceSupport(trx, id, units.support);
  const changed = Object.keys(fields).filter(
    (k) => k !== 'lead_path' && (k !== 'lead_unit_id' || units.lead.id !== Number(row.lead_unit_id)),
  );
  await writeTaskEvent(trx, ctx, id, {
    action: 'update',
    fromStatus: row.status as 'active',
    toStatus: row.status as 'active',
    note: null,
    publicText: null,
    data: { fields: changed, via },
  });
  await recordAudit(trx, ctx, {
    action: 'task.update',
    entityType: 'task',
    entityId: id,
    before: { title: row.title, leadUnitId: Number(row.lead_unit_id), dueOn: row.due_on, version: row.version },
    after: { ...fields, supportingUnitIds: body.supportingUnitIds, via },
  });
  const notified: Notified[] = [];
  if (units.lead.id !== Number(row.lead_unit_id) && row.programme_status === 'active') {
    const fresh = await repo.findTask(trx, id);
    if (fresh) notified.push(...(await notifyTaskAction(trx, 'assign', fresh, null, ctx.now)));
  }
  notified.push(...(await refreshTask(trx, deps, id, ctx.now)));
  return notified;
}

/** Locks a readable task and checks the caller may take `action` on it now (status and role). */
export async function loadTaskFor(
  trx: Kysely<DB>,
  actor: Actor,
  id: number,
  action: Parameters<typeof guard>[1],
  version?: number,
): Promise<repo.TaskRow> {
  const row = await repo.findReadableTask(trx, actor, id, { forUpdate: true });
  if (!row) throw new AppError('NOT_FOUND');
  checkVersion(version, row.version);
  const [milestones, children] = await Promise.all([repo.listMilestones(trx, [id]), repo.countChildren(trx, [id])]);
  const refused = guard(
    taskStateOf(row, milestones, children.get(id)?.open ?? 0),
    action,
    taskActorOf(actor, { ownerPath: row.owner_path, leadPath: row.lead_path }),
  );
  if (refused) throw new AppError(refused.code, refused.detail ? { details: { reason: refused.detail } } : {});
  return row;
}

export async function updateTask(
  deps: ProgrammeDeps,
  ctx: RequestContext,
  id: number,
  body: UpdateTaskBody,
): Promise<TaskDetail> {
  const actor = requireHolds(ctx.actor, 'programme.read');
  let notified: Notified[];
  try {
    notified = await withTransaction(deps.db, async (trx) => {
      const row = await loadTaskFor(trx, actor, id, 'update', body.version);
      const { version: _version, ...fields } = body;
      return applyTaskUpdate(trx, deps, ctx, row, fields);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('TASK_EXTERNAL_ID_TAKEN');
    throw error;
  }
  await deliver(deps.notifications, notified, programmeExternalKinds);
  return getTaskDetail(deps, ctx, id);
}

/** A file of a task the caller may read (evidence or a report's attachment): its row and bytes. */
export async function readTaskAttachment(
  deps: ProgrammeDeps,
  ctx: RequestContext,
  taskId: number,
  attachmentId: number,
): Promise<{ fileName: string; contentType: string; bytes: Buffer }> {
  const actor = requireHolds(ctx.actor, 'programme.read');
  const task = await repo.findReadableTask(deps.db, actor, taskId);
  const file = task
    ? (await repo.listTaskAttachments(deps.db, taskId)).find((a) => Number(a.id) === attachmentId)
    : undefined;
  if (!file) throw new AppError('NOT_FOUND');
  return { fileName: file.file_name, contentType: file.content_type, bytes: await deps.files.read(file.sha256) };
}
