import { type Kysely, sql } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import { startOfChinaMonth } from '../../shared/china-time.ts';
import { searchPartitionName } from './search-months.ts';

/** The names of the monthly partitions case_search has. */
export async function listSearchPartitions(db: Kysely<DB>): Promise<string[]> {
  const result = await sql<{ name: string }>`
    select c.relname as name from pg_inherits i join pg_class c on c.oid = i.inhrelid where i.inhparent = 'case_search'::regclass`.execute(
    db,
  );
  return result.rows.map((row) => row.name);
}

/**
 * Creates the partitions of the China-time months starting at `starts` (those that do not exist
 * yet), one creator at a time (advisory lock, held to the end of the caller's transaction when
 * there is one). Each partition gets the parent's indexes.
 */
export async function createSearchPartitions(db: Kysely<DB>, starts: readonly Date[]): Promise<void> {
  await sql`select pg_advisory_xact_lock(7300303)`.execute(db);
  for (const start of starts) {
    const from = startOfChinaMonth(start);
    const to = startOfChinaMonth(start, 1);
    await sql`create table if not exists ${sql.table(searchPartitionName(from))} partition of case_search
      for values from (${sql.lit(from.toISOString())}) to (${sql.lit(to.toISOString())})`.execute(db);
  }
}
