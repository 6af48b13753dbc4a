import { type Kysely, sql } from 'kysely';

/**
 * Cases waiting for their search vector (检索待建): intake writes one narrow row here in its own
 * statement instead of the vector itself, and the case module's search indexer (case-search-indexer.ts)
 * writes the vectors in batches a moment later, so the GIN index's cost stays off the intake path.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table case_search_queue (case_id bigint primary key)`.execute(db);
  // Any case without a vector (none, unless 0005's backfill was interrupted) is queued.
  await sql`insert into case_search_queue (case_id) select id from case_record c where not exists (select 1 from case_search s where s.case_id = c.id)`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table if exists case_search_queue`.execute(db);
}
