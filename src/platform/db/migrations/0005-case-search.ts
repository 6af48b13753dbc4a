import { type Kysely, sql } from 'kysely';
import { searchDocument } from '../../../modules/search/search-text.ts';

/**
 * Full-text search over cases (全文检索): one row per case with the tsvector of its title,
 * description and address (characters and character pairs, see modules/search/search-text.ts) and
 * its creation time, kept apart from case_record so lists never read the vectors. A GIN index finds
 * the matches, a btree on the time bounds a search to a period; PostgreSQL ANDs the two bitmaps.
 * Existing cases are indexed here in batches.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table case_search (
      case_id bigint primary key references case_record (id) on delete cascade,
      created_at timestamptz not null,
      search tsvector not null
    )`.execute(db);
  let after = 0;
  for (;;) {
    const batch = await sql<{ id: number; title: string; description: string; address: string | null; created_at: Date }>`
      select id, title, description, address, created_at from case_record where id > ${after} order by id limit 2000`.execute(db);
    if (batch.rows.length === 0) break;
    const rows = batch.rows.map((r) => ({ id: Number(r.id), at: new Date(r.created_at).toISOString(), search: searchDocument([r.title, r.description, r.address]) }));
    await sql`
      insert into case_search (case_id, created_at, search)
      select x.id, x.at, x.search::tsvector from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(id bigint, at timestamptz, search text)`.execute(db);
    after = rows[rows.length - 1]?.id ?? after;
  }
  await sql`create index case_search_idx on case_search using gin (search)`.execute(db);
  await sql`create index case_search_created_idx on case_search (created_at)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table if exists case_search`.execute(db);
}
