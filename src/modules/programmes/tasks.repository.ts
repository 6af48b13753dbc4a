import { type Insertable, type Kysely, sql, type Updateable } from 'kysely';
import type { DB, MilestoneTable, TaskEventTable, TaskTable } from '../../platform/db/schema.ts';
import type { Actor } from '../access/actor.ts';
import { likePrefix } from '../access/scope-sql.ts';
import { searchDocument } from '../search/search-text.ts';
import { taskReadable } from './programme-access.ts';
import { dateText } from './programmes.repository.ts';

function taskQuery(db: Kysely<DB>) {
  return db
    .selectFrom('task as t')
    .innerJoin('programme as p', 'p.id', 't.programme_id')
    .innerJoin('unit as u', 'u.id', 't.lead_unit_id')
    .select([
      't.id',
      't.programme_id',
      'p.title as programme_title',
      'p.owner_path',
      'p.owner_unit_id',
      'p.status as programme_status',
      'p.visibility',
      'p.at_risk_working_days',
      't.parent_id',
      't.seq',
      't.external_id',
      't.title',
      't.description',
      't.lead_unit_id',
      't.lead_path',
      'u.name_zh as lead_name',
      'u.name_en as lead_name_en',
      'u.code as lead_code',
      't.leader_name',
      't.owner_name',
      't.phase_id',
      dateText('t.starts_on').as('starts_on'),
      dateText('t.due_on').as('due_on'),
      't.target_text',
      't.target_value',
      't.target_unit',
      't.actual_value',
      't.weight',
      't.progress',
      't.status',
      't.display_status',
      't.status_reasons',
      't.next_status_at',
      't.reports_filed',
      't.last_report_at',
      't.done_at',
      't.verified_at',
      't.version',
      't.created_at',
      't.updated_at',
    ]);
}

export type TaskRow = Awaited<ReturnType<ReturnType<typeof taskQuery>['executeTakeFirstOrThrow']>>;

/** The search vector of a task's words (任务检索). */
function taskSearch(task: {
  title: string;
  description?: string | null | undefined;
  target_text?: string | null | undefined;
}) {
  return sql<string>`${searchDocument([task.title, task.description, task.target_text])}::tsvector`;
}

export async function insertTask(db: Kysely<DB>, values: Insertable<TaskTable>): Promise<number> {
  const row = await db
    .insertInto('task')
    .values({ ...values, search: taskSearch(values) })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

export async function updateTask(db: Kysely<DB>, id: number, fields: Updateable<TaskTable>): Promise<void> {
  const row = await db
    .updateTable('task')
    .set({ ...fields, version: sql<number>`version + 1` })
    .where('id', '=', id)
    .returning(['title', 'description', 'target_text'])
    .executeTakeFirst();
  const wordsChanged =
    fields.title !== undefined || fields.description !== undefined || fields.target_text !== undefined;
  if (row && wordsChanged)
    await db
      .updateTable('task')
      .set({ search: taskSearch(row) })
      .where('id', '=', id)
      .execute();
}

/** Writes the computed status without touching the version (it is derived, not edited). */
export async function setDisplayStatus(
  db: Kysely<DB>,
  id: number,
  fields: { display_status: string; status_reasons: string; next_status_at: Date | null; progress?: number },
): Promise<void> {
  await db.updateTable('task').set(fields).where('id', '=', id).execute();
}

export async function findTask(
  db: Kysely<DB>,
  id: number,
  options: { forUpdate?: boolean } = {},
): Promise<TaskRow | undefined> {
  let query = taskQuery(db).where('t.id', '=', id);
  if (options.forUpdate) query = query.forUpdate('t');
  return query.executeTakeFirst();
}

/** A task by id if the actor may read it; out of scope is the same as missing. */
export async function findReadableTask(
  db: Kysely<DB>,
  actor: Actor,
  id: number,
  options: { forUpdate?: boolean } = {},
): Promise<TaskRow | undefined> {
  let query = taskQuery(db).where('t.id', '=', id).where(taskReadable(actor));
  if (options.forUpdate) query = query.forUpdate('t');
  return query.executeTakeFirst();
}

export async function findTaskByExternalId(
  db: Kysely<DB>,
  programmeId: number,
  externalId: string,
): Promise<TaskRow | undefined> {
  return taskQuery(db)
    .where('t.programme_id', '=', programmeId)
    .where('t.external_id', '=', externalId)
    .executeTakeFirst();
}

export interface TaskFilter {
  programmeId?: number | undefined;
  displayStatus?: readonly string[] | undefined;
  leadUnitId?: number | undefined;
  /** Tasks led or supported by this unit or the units below it. */
  unitPath?: string | undefined;
  parentId?: number | null | undefined;
  /** Words searched (a tsquery, null when nothing searchable was typed) or an exact external id. */
  q?: { words: string | null; externalId: string } | undefined;
}

export async function listTasks(
  db: Kysely<DB>,
  actor: Actor | 'public',
  filter: TaskFilter,
  page: { limit: number; offset: number },
): Promise<TaskRow[]> {
  let query = taskQuery(db);
  if (actor === 'public') query = query.where('p.visibility', '=', 'public').where('p.status', '<>', 'draft');
  else query = query.where(taskReadable(actor));
  if (filter.programmeId !== undefined) query = query.where('t.programme_id', '=', filter.programmeId);
  if (filter.displayStatus && filter.displayStatus.length > 0)
    query = query.where('t.display_status', 'in', [...filter.displayStatus]);
  if (filter.leadUnitId !== undefined) query = query.where('t.lead_unit_id', '=', filter.leadUnitId);
  if (filter.parentId === null) query = query.where('t.parent_id', 'is', null);
  else if (filter.parentId !== undefined) query = query.where('t.parent_id', '=', filter.parentId);
  if (filter.unitPath) {
    const pattern = likePrefix(filter.unitPath);
    query = query.where(
      sql<boolean>`(t.lead_path like ${pattern} or exists (select 1 from task_unit tu where tu.task_id = t.id and tu.unit_path like ${pattern}))`,
    );
  }
  if (filter.q) {
    const { words, externalId } = filter.q;
    query = query.where(
      words === null
        ? sql<boolean>`t.external_id = ${externalId}`
        : sql<boolean>`(t.search @@ ${words}::tsquery or t.external_id = ${externalId})`,
    );
  }
  const ordered =
    filter.programmeId !== undefined
      ? query.orderBy('t.seq').orderBy('t.id')
      : query.orderBy(sql`t.due_on nulls last`).orderBy('t.id');
  return ordered.limit(page.limit).offset(page.offset).execute();
}

/** Every task of a programme, in list order (the board, exports, roll-ups). */
export async function listProgrammeTasks(db: Kysely<DB>, programmeId: number): Promise<TaskRow[]> {
  return taskQuery(db).where('t.programme_id', '=', programmeId).orderBy('t.seq').orderBy('t.id').execute();
}

export async function nextSeq(db: Kysely<DB>, programmeId: number): Promise<number> {
  const row = await db
    .selectFrom('task')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .where('programme_id', '=', programmeId)
    .executeTakeFirst();
  return Number(row?.seq ?? 0) + 1;
}

/** Weight, progress and status of a task's sub-tasks (for the roll-up and the open count). */
export async function listChildStates(
  db: Kysely<DB>,
  parentId: number,
): Promise<{ id: number; weight: number; progress: number; status: string }[]> {
  const rows = await db
    .selectFrom('task')
    .select(['id', 'weight', 'progress', 'status'])
    .where('parent_id', '=', parentId)
    .execute();
  return rows.map((r) => ({
    id: Number(r.id),
    weight: Number(r.weight),
    progress: Number(r.progress),
    status: r.status,
  }));
}

export async function listChildren(db: Kysely<DB>, parentId: number): Promise<TaskRow[]> {
  return taskQuery(db).where('t.parent_id', '=', parentId).orderBy('t.seq').orderBy('t.id').execute();
}

// Supporting units (配合单位)

export interface SupportRow {
  task_id: number;
  unit_id: number;
  unit_path: string;
  unit_name: string;
  unit_name_en: string | null;
  unit_code: string;
}

export async function listSupport(db: Kysely<DB>, taskIds: readonly number[]): Promise<SupportRow[]> {
  if (taskIds.length === 0) return [];
  const rows = await db
    .selectFrom('task_unit as tu')
    .innerJoin('unit as u', 'u.id', 'tu.unit_id')
    .select([
      'tu.task_id',
      'tu.unit_id',
      'tu.unit_path',
      'u.name_zh as unit_name',
      'u.name_en as unit_name_en',
      'u.code as unit_code',
    ])
    .where('tu.task_id', 'in', [...taskIds])
    .orderBy('tu.task_id')
    .orderBy('u.sort_order')
    .orderBy('u.id')
    .execute();
  return rows.map((r) => ({ ...r, task_id: Number(r.task_id), unit_id: Number(r.unit_id) }));
}

export async function replaceSupport(
  db: Kysely<DB>,
  taskId: number,
  units: readonly { id: number; path: string }[],
): Promise<void> {
  await db.deleteFrom('task_unit').where('task_id', '=', taskId).execute();
  if (units.length > 0)
    await db
      .insertInto('task_unit')
      .values(units.map((u) => ({ task_id: taskId, unit_id: u.id, unit_path: u.path, role: 'support' })))
      .execute();
}

// Milestones (节点)

export interface MilestoneRow {
  id: number;
  task_id: number;
  seq: number;
  title: string;
  due_on: string;
  phase_id: number | null;
  completed_at: Date | null;
  completion_note: string | null;
}

export async function listMilestones(db: Kysely<DB>, taskIds: readonly number[]): Promise<MilestoneRow[]> {
  if (taskIds.length === 0) return [];
  const rows = await db
    .selectFrom('milestone')
    .select([
      'id',
      'task_id',
      'seq',
      'title',
      dateText('due_on').as('due_on'),
      'phase_id',
      'completed_at',
      'completion_note',
    ])
    .where('task_id', 'in', [...taskIds])
    .orderBy('task_id')
    .orderBy('due_on')
    .orderBy('seq')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    ...r,
    id: Number(r.id),
    task_id: Number(r.task_id),
    phase_id: r.phase_id === null ? null : Number(r.phase_id),
  }));
}

export async function insertMilestone(db: Kysely<DB>, values: Insertable<MilestoneTable>): Promise<number> {
  const row = await db.insertInto('milestone').values(values).returning('id').executeTakeFirstOrThrow();
  return Number(row.id);
}

export async function updateMilestone(db: Kysely<DB>, id: number, fields: Updateable<MilestoneTable>): Promise<void> {
  await db.updateTable('milestone').set(fields).where('id', '=', id).execute();
}

export async function deleteMilestone(db: Kysely<DB>, id: number): Promise<void> {
  await db.deleteFrom('milestone').where('id', '=', id).execute();
}

// Timeline, comments, evidence

export async function insertTaskEvent(db: Kysely<DB>, event: Insertable<TaskEventTable>): Promise<number> {
  const row = await db.insertInto('task_event').values(event).returning('id').executeTakeFirstOrThrow();
  return Number(row.id);
}

export async function listTaskEvents(db: Kysely<DB>, taskId: number, options: { publicOnly?: boolean } = {}) {
  let query = db.selectFrom('task_event').selectAll().where('task_id', '=', taskId);
  if (options.publicOnly) query = query.where('public_text', 'is not', null);
  return query.orderBy('id').execute();
}

export async function insertComment(
  db: Kysely<DB>,
  comment: {
    task_id: number;
    at: Date;
    author_id: number | null;
    author_label: string | null;
    kind: 'comment' | 'urge';
    text: string;
  },
): Promise<void> {
  await db.insertInto('task_comment').values(comment).execute();
}

export async function listComments(db: Kysely<DB>, taskId: number) {
  return db.selectFrom('task_comment').selectAll().where('task_id', '=', taskId).orderBy('id').execute();
}

/** Attaches uploaded files to a task (or one of its reports); only files attached to nothing yet. */
export async function linkAttachments(
  db: Kysely<DB>,
  ids: readonly number[],
  target: { taskId: number; reportId?: number | null },
): Promise<number> {
  if (ids.length === 0) return 0;
  const result = await db
    .updateTable('attachment')
    .set({ task_id: target.taskId, report_id: target.reportId ?? null })
    .where('id', 'in', [...ids])
    .where('case_id', 'is', null)
    .where('task_id', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function listTaskAttachments(db: Kysely<DB>, taskId: number) {
  return db
    .selectFrom('attachment')
    .select(['id', 'file_name', 'content_type', 'size', 'report_id', 'created_at', 'sha256'])
    .where('task_id', '=', taskId)
    .orderBy('id')
    .execute();
}

// The status sweep

/** Tasks whose displayed status may have changed by now, locked for this sweep (others skip them). */
export async function lockStatusDue(db: Kysely<DB>, now: Date, limit: number): Promise<number[]> {
  const rows = await db
    .selectFrom('task')
    .select('id')
    .where('next_status_at', '<=', now)
    .orderBy('next_status_at')
    .limit(limit)
    .forUpdate()
    .skipLocked()
    .execute();
  return rows.map((r) => Number(r.id));
}

/** Open reports of tasks (for the status), and whether anything was filed or completed on them. */
export async function listStatusFacts(db: Kysely<DB>, taskIds: readonly number[]) {
  if (taskIds.length === 0) return { reports: [], completed: new Set<number>() };
  const reports = await db
    .selectFrom('report')
    .select(['task_id', 'status', 'due_at'])
    .where('task_id', 'in', [...taskIds])
    .where('status', 'in', ['pending', 'returned'])
    .execute();
  const done = await db
    .selectFrom('milestone')
    .select('task_id')
    .distinct()
    .where('task_id', 'in', [...taskIds])
    .where('completed_at', 'is not', null)
    .execute();
  return {
    reports: reports.map((r) => ({ task_id: Number(r.task_id), status: r.status, due_at: r.due_at })),
    completed: new Set(done.map((r) => Number(r.task_id))),
  };
}

/** Sub-task counts per parent: all of them, and those not yet verified or withdrawn. */
export async function countChildren(
  db: Kysely<DB>,
  parentIds: readonly number[],
): Promise<Map<number, { all: number; open: number }>> {
  if (parentIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('task')
    .select([
      'parent_id',
      (eb) => eb.fn.countAll<number>().as('n'),
      sql<number>`count(*) filter (where status not in ('verified', 'withdrawn'))`.as('open'),
    ])
    .where('parent_id', 'in', [...parentIds])
    .groupBy('parent_id')
    .execute();
  return new Map(rows.map((r) => [Number(r.parent_id), { all: Number(r.n), open: Number(r.open) }]));
}

/** The public topic each task was selected from. */
export async function listTopicLinks(db: Kysely<DB>, taskIds: readonly number[]): Promise<Map<number, number>> {
  if (taskIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('topic')
    .select(['id', 'task_id'])
    .where('task_id', 'in', [...taskIds])
    .execute();
  return new Map(rows.map((r) => [Number(r.task_id), Number(r.id)]));
}

/** Who follows a task chosen by the public: whoever proposed or supported its topic. */
export async function listTopicFollowers(
  db: Kysely<DB>,
  taskId: number,
): Promise<{ topicId: number; title: string; personIds: number[] } | undefined> {
  const topic = await db
    .selectFrom('topic')
    .select(['id', 'title', 'proposer_person_id'])
    .where('task_id', '=', taskId)
    .executeTakeFirst();
  if (!topic) return undefined;
  const supporters = await db
    .selectFrom('topic_support')
    .select('person_id')
    .where('topic_id', '=', Number(topic.id))
    .execute();
  const ids = supporters.map((s) => Number(s.person_id));
  if (topic.proposer_person_id !== null) ids.push(Number(topic.proposer_person_id));
  return { topicId: Number(topic.id), title: topic.title, personIds: [...new Set(ids)] };
}

/** Counts one more report filed on a task (without a version bump: filing does not edit the task). */
export async function recordFiling(db: Kysely<DB>, taskId: number, at: Date): Promise<void> {
  await db
    .updateTable('task')
    .set({ reports_filed: sql<number>`reports_filed + 1`, last_report_at: at })
    .where('id', '=', taskId)
    .execute();
}
