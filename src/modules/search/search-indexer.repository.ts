import { type Kysely, sql } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';

export interface QueuedCase {
  id: number;
  title: string;
  description: string;
  description_masked: string | null;
  address: string | null;
  address_masked: string | null;
  reporter_name: string | null;
  place_unit_id: number | null;
  created_at: Date;
}

/** Serialises indexers across instances: false when another one holds the lock now. */
export async function tryLockIndexer(db: Kysely<DB>): Promise<boolean> {
  const result = await sql<{ locked: boolean }>`select pg_try_advisory_xact_lock(7300302) as locked`.execute(db);
  return result.rows[0]?.locked === true;
}

/** Takes up to `limit` cases off the queue (oldest first) and answers what their vectors need. */
export async function takeQueuedCases(db: Kysely<DB>, limit: number): Promise<QueuedCase[]> {
  const taken = await sql<QueuedCase>`
    with q as (
      delete from case_search_queue where case_id in (select case_id from case_search_queue order by case_id limit ${limit} for update skip locked)
      returning case_id
    )
    select c.id, c.title, c.description, c.description_masked, c.address, c.address_masked, c.reporter_name, c.place_unit_id, c.created_at from case_record c join q on q.case_id = c.id`.execute(
    db,
  );
  return taken.rows;
}

/** Writes (or rewrites) the vectors; a case's creation time never changes, so (case_id, created_at) finds its row. */
export async function writeSearchVectors(
  db: Kysely<DB>,
  rows: readonly { id: number; createdAt: Date; search: string }[],
): Promise<void> {
  if (rows.length === 0) return;
  const json = JSON.stringify(rows.map((r) => ({ id: r.id, at: r.createdAt.toISOString(), search: r.search })));
  await sql`
    insert into case_search (case_id, created_at, search)
    select x.id, x.at, x.search::tsvector from jsonb_to_recordset(${json}::jsonb) as x(id bigint, at timestamptz, search text)
    on conflict (case_id, created_at) do update set search = excluded.search`.execute(db);
}
