import { type Insertable, type Kysely, sql, type Updateable } from 'kysely';
import type { DB, ReportEventTable, ReportTable } from '../../platform/db/schema.ts';
import type { Actor } from '../access/actor.ts';
import { likePrefix } from '../access/scope-sql.ts';
import { taskReadable } from './programme-access.ts';
import { dateText } from './programmes.repository.ts';

function reportQuery(db: Kysely<DB>) {
  return db
    .selectFrom('report as r')
    .innerJoin('task as t', 't.id', 'r.task_id')
    .innerJoin('programme as p', 'p.id', 'r.programme_id')
    .innerJoin('report_form as f', 'f.id', 'r.form_id')
    .innerJoin('unit as u', 'u.id', 't.lead_unit_id')
    .select([
      'r.id',
      'r.form_id',
      'f.name as form_name',
      'r.task_id',
      't.title as task_title',
      't.status as task_status',
      't.lead_unit_id',
      't.lead_path',
      'u.name_zh as lead_name',
      'u.name_en as lead_name_en',
      'r.programme_id',
      'p.title as programme_title',
      'p.owner_path',
      'r.period_key',
      dateText('r.period_start').as('period_start'),
      dateText('r.period_end').as('period_end'),
      'r.due_at',
      'r.remind_at',
      'r.status',
      'r.field_values',
      'r.progress',
      'r.summary',
      'r.late',
      'r.submitted_at',
      'r.reviewed_at',
      'r.review_note',
      'r.version',
      'r.created_at',
      'r.updated_at',
    ]);
}

export type ReportRow = Awaited<ReturnType<ReturnType<typeof reportQuery>['executeTakeFirstOrThrow']>>;

/** Inserts reports for periods not made yet (the unique (form, task, period) key skips the rest); answers how many were new. */
export async function insertReports(db: Kysely<DB>, rows: readonly Insertable<ReportTable>[]): Promise<number> {
  let inserted = 0;
  for (let i = 0; i < rows.length; i += 500) {
    const result = await db
      .insertInto('report')
      .values(rows.slice(i, i + 500))
      .onConflict((oc) => oc.columns(['form_id', 'task_id', 'period_key']).doNothing())
      .returning('id')
      .execute();
    inserted += result.length;
  }
  return inserted;
}

export async function findReport(
  db: Kysely<DB>,
  id: number,
  options: { forUpdate?: boolean } = {},
): Promise<ReportRow | undefined> {
  let query = reportQuery(db).where('r.id', '=', id);
  if (options.forUpdate) query = query.forUpdate('r');
  return query.executeTakeFirst();
}

export async function findReadableReport(
  db: Kysely<DB>,
  actor: Actor,
  id: number,
  options: { forUpdate?: boolean } = {},
): Promise<ReportRow | undefined> {
  let query = reportQuery(db).where('r.id', '=', id).where(taskReadable(actor));
  if (options.forUpdate) query = query.forUpdate('r');
  return query.executeTakeFirst();
}

export async function findReportOf(
  db: Kysely<DB>,
  formId: number,
  taskId: number,
  periodKey: string,
): Promise<ReportRow | undefined> {
  return reportQuery(db)
    .where('r.form_id', '=', formId)
    .where('r.task_id', '=', taskId)
    .where('r.period_key', '=', periodKey)
    .executeTakeFirst();
}

export async function updateReport(db: Kysely<DB>, id: number, fields: Updateable<ReportTable>): Promise<void> {
  await db
    .updateTable('report')
    .set({ ...fields, version: sql<number>`version + 1` })
    .where('id', '=', id)
    .execute();
}

export interface ReportFilter {
  programmeId?: number | undefined;
  taskId?: number | undefined;
  formId?: number | undefined;
  status?: readonly string[] | undefined;
  periodKey?: string | undefined;
  late?: boolean | undefined;
  /** Reports of tasks led by this unit or the units below it. */
  leadPath?: string | undefined;
}

export async function listReports(
  db: Kysely<DB>,
  actor: Actor,
  filter: ReportFilter,
  page: { limit: number; offset: number },
): Promise<ReportRow[]> {
  let query = reportQuery(db).where(taskReadable(actor));
  if (filter.programmeId !== undefined) query = query.where('r.programme_id', '=', filter.programmeId);
  if (filter.taskId !== undefined) query = query.where('r.task_id', '=', filter.taskId);
  if (filter.formId !== undefined) query = query.where('r.form_id', '=', filter.formId);
  if (filter.status && filter.status.length > 0) query = query.where('r.status', 'in', [...filter.status]);
  if (filter.periodKey) query = query.where('r.period_key', '=', filter.periodKey);
  if (filter.late !== undefined) query = query.where('r.late', '=', filter.late);
  if (filter.leadPath) query = query.where('t.lead_path', 'like', likePrefix(filter.leadPath));
  return query
    .orderBy('r.due_at', 'desc')
    .orderBy('t.seq')
    .orderBy('r.id')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
}

/** Every report of a programme, oldest period first (the report history export). */
export async function listProgrammeReports(db: Kysely<DB>, programmeId: number): Promise<ReportRow[]> {
  return reportQuery(db)
    .where('r.programme_id', '=', programmeId)
    .orderBy('t.seq')
    .orderBy('t.id')
    .orderBy('r.period_end')
    .orderBy('r.form_id')
    .execute();
}

/** The latest filed report (submitted or accepted) of each task for a form. */
export async function latestFiledReports(
  db: Kysely<DB>,
  programmeId: number,
  formId: number,
): Promise<Map<number, ReportRow>> {
  const rows = await reportQuery(db)
    .where('r.programme_id', '=', programmeId)
    .where('r.form_id', '=', formId)
    .where('r.status', 'in', ['submitted', 'accepted'])
    .orderBy('r.task_id')
    .orderBy('r.period_end', 'desc')
    .execute();
  const latest = new Map<number, ReportRow>();
  for (const row of rows) if (!latest.has(Number(row.task_id))) latest.set(Number(row.task_id), row);
  return latest;
}

export async function insertReportEvent(db: Kysely<DB>, event: Insertable<ReportEventTable>): Promise<void> {
  await db.insertInto('report_event').values(event).execute();
}

export async function listReportEvents(db: Kysely<DB>, reportId: number) {
  return db.selectFrom('report_event').selectAll().where('report_id', '=', reportId).orderBy('id').execute();
}

export async function listReportAttachments(db: Kysely<DB>, reportId: number) {
  return db
    .selectFrom('attachment')
    .select(['id', 'file_name', 'content_type', 'size', 'created_at'])
    .where('report_id', '=', reportId)
    .orderBy('id')
    .execute();
}

/** Open reports of a task, to waive when the task closes. */
export async function listOpenReportIds(db: Kysely<DB>, taskId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('report')
    .select('id')
    .where('task_id', '=', taskId)
    .where('status', 'in', ['pending', 'returned'])
    .execute();
  return rows.map((r) => Number(r.id));
}

// The sweeper

/** One report sweeper at a time across instances. */
export async function tryLockReportSweeper(db: Kysely<DB>): Promise<boolean> {
  const result = await sql<{ locked: boolean }>`select pg_try_advisory_xact_lock(7300401) as locked`.execute(db);
  return result.rows[0]?.locked === true;
}

/** Open reports whose reminder or due moment has come and that have not had that alert yet. */
export async function listReportsToAlert(
  db: Kysely<DB>,
  now: Date,
  limit: number,
): Promise<{ id: number; kind: 'remind' | 'overdue' }[]> {
  const rows = await sql<{ id: number; kind: 'remind' | 'overdue' }>`
    select r.id, k.kind
    from report r
    cross join lateral (values ('remind', r.remind_at), ('overdue', r.due_at)) as k(kind, at)
    where r.status in ('pending', 'returned')
      and r.due_at <= ${new Date(now.getTime() + 60 * 86_400_000)}
      and k.at is not null and k.at <= ${now}
      and (k.kind = 'overdue' or r.due_at > ${now})
      and not exists (select 1 from programme_alert a where a.entity = 'report' and a.entity_id = r.id and a.kind = k.kind and a.due_at = r.due_at)
    order by k.at, r.id
    limit ${limit}`.execute(db);
  return rows.rows.map((r) => ({ id: Number(r.id), kind: r.kind }));
}

/** Records an alert; false when it was raised before (so it is never raised twice). */
export async function insertAlert(
  db: Kysely<DB>,
  alert: { entity: 'report' | 'task'; entityId: number; kind: string; dueAt: Date; now: Date },
): Promise<boolean> {
  const result = await db
    .insertInto('programme_alert')
    .values({
      entity: alert.entity,
      entity_id: alert.entityId,
      kind: alert.kind,
      due_at: alert.dueAt,
      created_at: alert.now,
    })
    .onConflict((oc) => oc.doNothing())
    .returning('entity_id')
    .execute();
  return result.length > 0;
}

/** Open tasks of a programme that have started by a day (reports are made for them). */
export async function listReportingTasks(
  db: Kysely<DB>,
  programmeId: number,
  periodEnd: string,
): Promise<{ id: number; starts_on: string | null }[]> {
  const rows = await db
    .selectFrom('task')
    .select(['id', dateText('starts_on').as('starts_on')])
    .where('programme_id', '=', programmeId)
    .where('status', 'in', ['active', 'routine'])
    .where((eb) => eb.or([eb('starts_on', 'is', null), eb('starts_on', '<=', periodEnd)]))
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ id: Number(r.id), starts_on: r.starts_on }));
}
