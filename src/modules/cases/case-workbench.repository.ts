import { type Kysely, type SqlBool, sql } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { Actor } from '../access/actor.ts';
import { openStatuses } from '../../shared/cases.ts';
import { type CaseFilter, type CaseRow, filtered, type QueueCondition, queueCondition } from './cases.repository.ts';

/**
 * 我的工作: how many cases each open queue holds under the filters, counted exactly in one pass over
 * the open cases in scope — bounded by the work in hand, not by the years of history behind it.
 */
export async function countOpenQueues(
  db: Kysely<DB>,
  actor: Actor,
  filter: Omit<CaseFilter, 'queue'>,
  queues: ReadonlyMap<string, QueueCondition>,
  now: Date,
): Promise<Map<string, number>> {
  if (queues.size === 0) return new Map();
  const conditions = [...queues];
  const row = await filtered(db, actor, filter, now)
    .where('status', 'in', [...openStatuses])
    .select(
      conditions.map(([, condition], index) =>
        sql<number>`count(*) filter (where ${queueCondition(condition, actor, now)})::int`.as(`n${index}`),
      ),
    )
    .executeTakeFirst();
  const counts = (row ?? {}) as Record<string, number>;
  return new Map(conditions.map(([queue], index) => [queue, Number(counts[`n${index}`] ?? 0)]));
}

/** How many cases match, counted up to `cap` (an export refuses more than it takes). */
export async function countMatching(
  db: Kysely<DB>,
  actor: Actor,
  filter: CaseFilter,
  now: Date,
  cap: number,
): Promise<number> {
  const capped = filtered(db, actor, filter, now)
    .select(sql`1`.as('one'))
    .limit(cap + 1);
  const result = await sql<{ n: number }>`select count(*)::int as n from (${capped}) q`.execute(db);
  return Number(result.rows[0]?.n ?? 0);
}

/** One batch of the matching cases, newest first, after the keyset (created_at, id). */
export async function listBatch(
  db: Kysely<DB>,
  actor: Actor,
  filter: CaseFilter,
  now: Date,
  after: { createdAt: Date; id: number } | null,
  limit: number,
): Promise<CaseRow[]> {
  let query = filtered(db, actor, filter, now).selectAll();
  if (after)
    query = query.where(sql<SqlBool>`(case_record.created_at, case_record.id) < (${after.createdAt}, ${after.id})`);
  return query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
}
