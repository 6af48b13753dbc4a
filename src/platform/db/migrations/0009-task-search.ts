import { type Kysely, sql } from 'kysely';
import { searchDocument } from './frozen/search-document-2026-11.ts';

/**
 * Full-text search over tasks (任务检索), the same way as over cases: the characters and character
 * pairs of the title, description and target in a `simple` tsvector (see frozen/search-document-2026-11.ts),
 * so Traditional and Simplified, one character or a phrase, all go through one GIN index. Tasks
 * are written with their vector; existing ones are indexed here.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table task add column search tsvector not null default ''::tsvector`.execute(db);
  let after = 0;
  for (;;) {
    const batch = await sql<{ id: number; title: string; description: string; target_text: string | null }>`
      select id, title, description, target_text from task where id > ${after} order by id limit 1000`.execute(db);
    if (batch.rows.length === 0) break;
    const rows = batch.rows.map((r) => ({
      id: Number(r.id),
      search: searchDocument([r.title, r.description, r.target_text]),
    }));
    await sql`
      update task t set search = x.search::tsvector
      from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(id bigint, search text) where t.id = x.id`.execute(
      db,
    );
    after = rows[rows.length - 1]?.id ?? after;
  }
  await sql`create index task_search_idx on task using gin (search)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index if exists task_search_idx`.execute(db);
  await sql`alter table task drop column if exists search`.execute(db);
}
