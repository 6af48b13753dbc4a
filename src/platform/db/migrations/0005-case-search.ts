import { type Kysely, sql } from 'kysely';
import { marker, searchDocument } from './frozen/search-document-2026-11.ts';

/**
 * Full-text search over cases (全文检索): one row per case with the tsvector of its title,
 * description and address (characters and character pairs, see frozen/search-document-2026-11.ts) and
 * its creation time, kept apart from case_record so lists never read the vectors. The vector also
 * carries marker lexemes for the place and the township, so the GIN index alone narrows a duplicate
 * check to a township. (Migration 0011 cuts the table into monthly partitions.)
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
    const batch = await sql<{
      id: number;
      title: string;
      description: string;
      address: string | null;
      created_at: Date;
      place_unit_id: number | null;
      township_id: number | null;
    }>`
      select c.id, c.title, c.description, c.address, c.created_at, c.place_unit_id,
        (select t.id from unit t where t.type in ('township', 'subdistrict') and c.place_path like t.path || '%' limit 1) as township_id
      from case_record c where c.id > ${after} order by c.id limit 2000`.execute(db);
    if (batch.rows.length === 0) break;
    const rows = batch.rows.map((r) => {
      const at = new Date(r.created_at);
      const markers = [
        ...(r.place_unit_id === null ? [] : [marker.place(Number(r.place_unit_id))]),
        ...(r.township_id === null ? [] : [marker.township(Number(r.township_id))]),
      ];
      return {
        id: Number(r.id),
        at: at.toISOString(),
        search: searchDocument([r.title, r.description, r.address], markers),
      };
    });
    await sql`
      insert into case_search (case_id, created_at, search)
      select x.id, x.at, x.search::tsvector from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(id bigint, at timestamptz, search text)`.execute(
      db,
    );
    after = rows[rows.length - 1]?.id ?? after;
  }
  await sql`create index case_search_idx on case_search using gin (search)`.execute(db);
  await sql`create index case_search_created_idx on case_search (created_at)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table if exists case_search`.execute(db);
}
