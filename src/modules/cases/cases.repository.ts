import {
  type Expression,
  type Insertable,
  type Kysely,
  type Selectable,
  type SqlBool,
  sql,
  type Updateable,
} from 'kysely';
import type { CaseEventTable, CaseRecordTable, DB } from '../../platform/db/schema.ts';
import type { Actor } from '../access/actor.ts';
import { grantedPrefixes } from '../access/actor.ts';
import { likePrefix, pathInScope } from '../access/scope-sql.ts';
import { dueSoonSql, overdueSql } from './case-deadline-rules.ts';

export type CaseRow = Selectable<CaseRecordTable>;
export type NewCase = Insertable<CaseRecordTable>;
export type CaseUpdate = Updateable<CaseRecordTable>;
export type EventRow = Selectable<CaseEventTable>;

export interface PartyRow {
  case_id: number;
  unit_id: number;
  unit_path: string;
  unit_type: string;
  unit_name: string;
  unit_name_en: string | null;
  role: string;
  due_at: Date | null;
  acknowledged_at: Date | null;
}

/**
 * The cases a person may read: citizens their own; staff those whose place, lead unit or any party
 * unit lies in their case.read scope. Goes inside WHERE clauses so lists cannot leak.
 */
export function readableBy(actor: Actor): Expression<SqlBool> {
  if (actor.kind === 'citizen') return sql<SqlBool>`case_record.reporter_person_id = ${actor.personId}`;
  if (grantedPrefixes(actor, 'case.read').length === 0) return sql<SqlBool>`false`;
  const inScope = (column: string) => pathInScope(actor, 'case.read', sql.ref(column));
  return sql<SqlBool>`(${inScope('case_record.place_path')} or ${inScope('case_record.lead_path')} or exists (select 1 from case_party cp where cp.case_id = case_record.id and ${inScope('cp.unit_path')}))`;
}

export async function insertCase(db: Kysely<DB>, values: NewCase): Promise<CaseRow> {
  return db.insertInto('case_record').values(values).returningAll().executeTakeFirstOrThrow();
}

export async function findCase(
  db: Kysely<DB>,
  id: number,
  options: { forUpdate?: boolean } = {},
): Promise<CaseRow | undefined> {
  let query = db.selectFrom('case_record').selectAll().where('id', '=', id);
  if (options.forUpdate) query = query.forUpdate();
  return query.executeTakeFirst();
}

/** A case by id if the actor may read it; out of scope is the same as missing. */
export async function findReadableCase(
  db: Kysely<DB>,
  actor: Actor,
  id: number,
  options: { forUpdate?: boolean } = {},
): Promise<CaseRow | undefined> {
  let query = db.selectFrom('case_record').selectAll().where('id', '=', id).where(readableBy(actor));
  if (options.forUpdate) query = query.forUpdate();
  return query.executeTakeFirst();
}

export async function findCaseByTrackingCode(db: Kysely<DB>, code: string): Promise<CaseRow | undefined> {
  return db.selectFrom('case_record').selectAll().where('tracking_code', '=', code).executeTakeFirst();
}

/** Writes the fields and bumps the version. */
export async function updateCase(db: Kysely<DB>, id: number, fields: CaseUpdate): Promise<CaseRow> {
  return db
    .updateTable('case_record')
    .set({ ...fields, version: sql<number>`version + 1` })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function addHeat(db: Kysely<DB>, id: number, amount: number, now: Date): Promise<void> {
  await db
    .updateTable('case_record')
    .set({ heat: sql<number>`heat + ${amount}`, updated_at: now, version: sql<number>`version + 1` })
    .where('id', '=', id)
    .execute();
}

export async function listParties(db: Kysely<DB>, caseIds: readonly number[]): Promise<PartyRow[]> {
  if (caseIds.length === 0) return [];
  const rows = await db
    .selectFrom('case_party as p')
    .innerJoin('unit as u', 'u.id', 'p.unit_id')
    .select([
      'p.case_id',
      'p.unit_id',
      'p.unit_path',
      'u.type as unit_type',
      'u.name_zh as unit_name',
      'u.name_en as unit_name_en',
      'p.role',
      'p.due_at',
      'p.acknowledged_at',
    ])
    .where('p.case_id', 'in', [...caseIds])
    .orderBy('p.created_at')
    .orderBy('p.unit_id')
    .execute();
  return rows.map((r) => ({ ...r, case_id: Number(r.case_id), unit_id: Number(r.unit_id) }));
}

export async function replaceParties(
  db: Kysely<DB>,
  caseId: number,
  parties: readonly {
    unit_id: number;
    unit_path: string;
    role: string;
    due_at: Date | null;
    acknowledged_at: Date | null;
  }[],
  now: Date,
): Promise<void> {
  await db.deleteFrom('case_party').where('case_id', '=', caseId).execute();
  if (parties.length === 0) return;
  await db
    .insertInto('case_party')
    .values(parties.map((p) => ({ ...p, case_id: caseId, created_at: now })))
    .execute();
}

export async function insertEvent(db: Kysely<DB>, event: Insertable<CaseEventTable>): Promise<number> {
  const row = await db.insertInto('case_event').values(event).returning('id').executeTakeFirstOrThrow();
  return Number(row.id);
}

export async function listEvents(db: Kysely<DB>, caseId: number): Promise<EventRow[]> {
  return db.selectFrom('case_event').selectAll().where('case_id', '=', caseId).orderBy('id').execute();
}

/** When a person last urged the case (督办); the sweeper's automatic urges are not counted. */
export async function lastPersonUrgeAt(db: Kysely<DB>, caseId: number): Promise<Date | null> {
  const row = await db
    .selectFrom('case_event')
    .select((eb) => eb.fn.max('at').as('at'))
    .where('case_id', '=', caseId)
    .where('action', '=', 'urge')
    .where('actor_id', 'is not', null)
    .executeTakeFirst();
  return (row?.at as Date | null | undefined) ?? null;
}

/** The most recent closed case of a category at a place since a time (反弹回潮). */
export async function findRecentClosure(
  db: Kysely<DB>,
  categoryId: number,
  placeUnitId: number,
  since: Date,
  exceptId: number,
): Promise<CaseRow | undefined> {
  return db
    .selectFrom('case_record')
    .selectAll()
    .where('status', '=', 'closed')
    .where('category_id', '=', categoryId)
    .where('place_unit_id', '=', placeUnitId)
    .where('closed_at', '>=', since)
    .where('id', '<>', exceptId)
    .orderBy('closed_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function findRootUnit(db: Kysely<DB>) {
  return db.selectFrom('unit').selectAll().where('parent_id', 'is', null).orderBy('id').limit(1).executeTakeFirst();
}

/** Every active unit in brief, for resolving an address to a place (cached by the caller). */
export async function listPlaceUnits(db: Kysely<DB>) {
  return db
    .selectFrom('unit')
    .select(['id', 'name_zh', 'name_en', 'type', 'path', 'parent_id', 'code'])
    .where('active', '=', true)
    .execute();
}

/** Adds to a unit's monthly counters of the three rates (三率). */
export async function addRateCounts(
  db: Kysely<DB>,
  unitId: number,
  month: string,
  deltas: Partial<Record<'dispatched' | 'responded_on_time' | 'rated' | 'solved' | 'satisfied', number>>,
): Promise<void> {
  const values = { dispatched: 0, responded_on_time: 0, rated: 0, solved: 0, satisfied: 0, ...deltas };
  await db
    .insertInto('unit_month_rate')
    .values({ unit_id: unitId, month, ...values })
    .onConflict((oc) =>
      oc.columns(['month', 'unit_id']).doUpdateSet({
        dispatched: sql`unit_month_rate.dispatched + excluded.dispatched`,
        responded_on_time: sql`unit_month_rate.responded_on_time + excluded.responded_on_time`,
        rated: sql`unit_month_rate.rated + excluded.rated`,
        solved: sql`unit_month_rate.solved + excluded.solved`,
        satisfied: sql`unit_month_rate.satisfied + excluded.satisfied`,
      }),
    )
    .execute();
}

export async function findCaseByIdempotencyKey(
  db: Kysely<DB>,
  scope: string,
  key: string,
): Promise<CaseRow | undefined> {
  return db
    .selectFrom('case_record')
    .selectAll()
    .where('idempotency_scope', '=', scope)
    .where('idempotency_key', '=', key)
    .executeTakeFirst();
}

export interface CaseFilter {
  /** The condition of a queue (see case-queues.ts). */
  queue?: QueueCondition | undefined;
  statuses?: readonly string[] | undefined;
  categoryPath?: string | undefined;
  leadUnitId?: number | undefined;
  placePath?: string | undefined;
  tier?: string | undefined;
  channel?: string | undefined;
  createdFrom?: Date | undefined;
  createdTo?: Date | undefined;
  /**
   * A tracking code (查询码): the whole code, its beginning (the prefix index) or its six random
   * characters (the index on right(tracking_code, 6)); upper case, as codes are written.
   */
  trackingCode?: { exact: string } | { start: string } | { end: string } | undefined;
  /** Full-text search (see modules/search): the tsquery and the earliest creation time searched (createdTo bounds it too). */
  search?: { query: string; since: Date } | undefined;
  /** A search with nothing searchable in it: no case matches. */
  matchesNothing?: boolean | undefined;
}

/**
 * Which cases a queue holds, as parameters (case-queues.ts says which make each queue): one of
 * these statuses, a deadline condition, a pending extension; every given part must hold.
 */
export interface QueueCondition {
  statuses?: readonly string[];
  deadline?: 'due_soon' | 'overdue';
  extensionPending?: boolean;
  /** The case's lead unit is one the person handles cases of (case.handle over lead_path). */
  leadHandledByActor?: boolean;
}

/** The SQL of a queue's condition. */
export function queueCondition(condition: QueueCondition, actor: Actor, now: Date): Expression<SqlBool> {
  const parts: Expression<SqlBool>[] = [];
  // Literals, as before: the statuses are the rule's constants, and partial indexes can match them.
  if (condition.statuses)
    parts.push(sql<SqlBool>`case_record.status in (${sql.join(condition.statuses.map((status) => sql.lit(status)))})`);
  if (condition.deadline) parts.push(deadlineCondition(condition.deadline, now));
  if (condition.extensionPending) parts.push(sql<SqlBool>`case_record.pending_extension is not null`);
  if (condition.leadHandledByActor) parts.push(pathInScope(actor, 'case.handle', sql.ref('case_record.lead_path')));
  return parts.length === 0 ? sql<SqlBool>`true` : sql<SqlBool>`(${sql.join(parts, sql` and `)})`;
}

function deadlineCondition(deadline: 'due_soon' | 'overdue', now: Date): Expression<SqlBool> {
  switch (deadline) {
    case 'due_soon':
      return dueSoonSql(now);
    case 'overdue':
      return overdueSql(now);
  }
}

/**
 * The cases created in [since, until) whose search vector matches. The bounds are repeated on
 * case_search so only the partitions of those months (one per month, each with its own GIN index) are read.
 */
function searchMatch(search: { query: string; since: Date }, until: Date | undefined): Expression<SqlBool> {
  const before = until ? sql`and s.created_at < ${until}` : sql``;
  return sql<SqlBool>`(case_record.id in (select s.case_id from case_search s where s.search @@ ${search.query}::tsquery and s.created_at >= ${search.since} ${before}) and case_record.created_at >= ${search.since})`;
}

/** How well a case matches a search (for ordering by relevance); the creation time picks the partition. */
export function searchRank(query: string): Expression<number> {
  return sql<number>`(select ts_rank(s.search, ${query}::tsquery) from case_search s where s.case_id = case_record.id and s.created_at = case_record.created_at)`;
}

function trackingCodeMatch(code: NonNullable<CaseFilter['trackingCode']>): Expression<SqlBool> {
  if ('exact' in code) return sql<SqlBool>`case_record.tracking_code = ${code.exact}`;
  if ('start' in code) return sql<SqlBool>`case_record.tracking_code like ${likePrefix(code.start)}`;
  return sql<SqlBool>`right(case_record.tracking_code, 6) = ${code.end}`;
}

export function filtered(db: Kysely<DB>, actor: Actor, filter: CaseFilter, now: Date) {
  let query = db.selectFrom('case_record').where(readableBy(actor));
  if (filter.queue) query = query.where(queueCondition(filter.queue, actor, now));
  if (filter.statuses && filter.statuses.length > 0) query = query.where('status', 'in', [...filter.statuses]);
  if (filter.categoryPath)
    query = query.where(
      sql<SqlBool>`case_record.category_id in (select id from category where path like ${likePrefix(filter.categoryPath)})`,
    );
  if (filter.leadUnitId !== undefined) query = query.where('lead_unit_id', '=', filter.leadUnitId);
  if (filter.placePath) query = query.where('place_path', 'like', likePrefix(filter.placePath));
  if (filter.tier) query = query.where('tier', '=', filter.tier);
  if (filter.channel) query = query.where('channel', '=', filter.channel);
  if (filter.createdFrom) query = query.where('created_at', '>=', filter.createdFrom);
  if (filter.createdTo) query = query.where('created_at', '<', filter.createdTo);
  if (filter.trackingCode) query = query.where(trackingCodeMatch(filter.trackingCode));
  if (filter.search) query = query.where(searchMatch(filter.search, filter.createdTo));
  if (filter.matchesNothing) query = query.where(sql<SqlBool>`false`);
  return query;
}

/** Newest first, a page after the cursor (created_at, id), and the total counted up to `countCap`. */
export async function listCases(
  db: Kysely<DB>,
  actor: Actor,
  filter: CaseFilter,
  now: Date,
  page: { limit: number; after?: { createdAt: Date; id: number } | undefined },
  countCap = 10_000,
): Promise<{ rows: CaseRow[]; total: number }> {
  let rowsQuery = filtered(db, actor, filter, now).selectAll();
  if (page.after)
    rowsQuery = rowsQuery.where(
      sql<SqlBool>`(case_record.created_at, case_record.id) < (${page.after.createdAt}, ${page.after.id})`,
    );
  const countQuery = sql<{ n: number }>`select count(*)::int as n from (${filtered(db, actor, filter, now)
    .select(sql`1`.as('one'))
    .limit(countCap + 1)}) capped`;
  const [rows, count] = await Promise.all([
    rowsQuery.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(page.limit).execute(),
    countQuery.execute(db),
  ]);
  return { rows, total: Number(count.rows[0]?.n ?? 0) };
}

/** A unit's cases in these statuses (its open work, 待办), the nearest deadline first. */
export async function listInbox(
  db: Kysely<DB>,
  unitId: number,
  statuses: readonly string[],
  page: { limit: number; after?: { due: Date; id: number } | undefined },
): Promise<{ rows: CaseRow[]; total: number }> {
  let rowsQuery = db
    .selectFrom('case_record')
    .selectAll()
    .where('lead_unit_id', '=', unitId)
    .where('status', 'in', [...statuses]);
  if (page.after)
    rowsQuery = rowsQuery.where(
      sql<SqlBool>`(case_record.resolve_due_at, case_record.id) > (${page.after.due}, ${page.after.id})`,
    );
  const [rows, count] = await Promise.all([
    rowsQuery.orderBy('resolve_due_at').orderBy('id').limit(page.limit).execute(),
    db
      .selectFrom('case_record')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('lead_unit_id', '=', unitId)
      .where('status', 'in', [...statuses])
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/** Serialises sweeps across instances: false when another instance is sweeping now. */
export async function tryLockSweeper(db: Kysely<DB>): Promise<boolean> {
  const result = await sql<{ locked: boolean }>`select pg_try_advisory_xact_lock(7300301) as locked`.execute(db);
  return result.rows[0]?.locked === true;
}

/** Cases with a milestone due, locked; rows another transaction holds are skipped this time. */
export async function lockDueCases(db: Kysely<DB>, now: Date, limit: number): Promise<CaseRow[]> {
  return db
    .selectFrom('case_record')
    .selectAll()
    .where('next_sweep_at', '<=', now)
    .orderBy('next_sweep_at')
    .limit(limit)
    .forUpdate()
    .skipLocked()
    .execute();
}

/** Records that an alert was raised; false when it already was (so it is never raised twice). */
export async function insertAlert(
  db: Kysely<DB>,
  alert: { caseId: number; kind: string; dueAt: Date; unitId: number; now: Date },
): Promise<boolean> {
  const row = await db
    .insertInto('case_alert')
    .values({
      case_id: alert.caseId,
      kind: alert.kind,
      due_at: alert.dueAt,
      unit_id: alert.unitId,
      created_at: alert.now,
    })
    .onConflict((oc) => oc.columns(['case_id', 'kind', 'due_at', 'unit_id']).doNothing())
    .returning('case_id')
    .executeTakeFirst();
  return row !== undefined;
}

/** Moves the sweep time without touching the version (no user edit happened). */
export async function setNextSweep(db: Kysely<DB>, id: number, at: Date | null): Promise<void> {
  await db.updateTable('case_record').set({ next_sweep_at: at }).where('id', '=', id).execute();
}

/** A search ranks at most this many of its newest matches (so its cost does not grow with the table). */
export const SEARCH_RANK_POOL = 200;

/**
 * The ids of a search's newest matches in the caller's scope, at most `limit`. For a common word
 * they come from walking the creation-time index; for a rare one, from the GIN index.
 */
export async function findSearchMatches(
  db: Kysely<DB>,
  actor: Actor,
  filter: CaseFilter,
  now: Date,
  limit: number,
): Promise<number[]> {
  const rows = await filtered(db, actor, filter, now)
    .select('case_record.id')
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((row) => Number(row.id));
}

/** Cases by id, the best match of the query first (then the newest), a page by offset. */
export async function findRankedCases(
  db: Kysely<DB>,
  ids: readonly number[],
  query: string,
  page: { limit: number; offset: number },
): Promise<CaseRow[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('case_record')
    .selectAll()
    .where('id', 'in', [...ids])
    .orderBy(searchRank(query), 'desc')
    .orderBy('id', 'desc')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
}
