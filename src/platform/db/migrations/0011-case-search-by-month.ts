import { type Kysely, sql } from 'kysely';
import { chinaMonthStart, monthStartsBetween, searchPartitionName } from './frozen/search-months-2026-11.ts';

/**
 * Cuts case_search into one partition per China-time month of creation (PostgreSQL's range
 * partitioning), each with its own GIN index, so a search of one month reads that month's postings
 * only, however many years lie behind it. The primary key carries the partition key (case_id,
 * created_at). The month marker lexemes ('#m202611') the vectors carried are dropped: the partition
 * bounds narrow a search to its months now. Partitions exist from the oldest case to next month;
 * the search indexer and the case generator add later (or earlier) months as they need them.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table case_search_by_month (case_id bigint not null, created_at timestamptz not null, search tsvector not null) partition by range (created_at)`.execute(
    db,
  );
  const range = await sql<{
    oldest: Date | null;
    newest: Date | null;
  }>`select min(created_at) as oldest, max(created_at) as newest from case_record`.execute(db);
  const now = new Date();
  const oldest = range.rows[0]?.oldest ? new Date(range.rows[0].oldest) : now;
  const newest = range.rows[0]?.newest
    ? new Date(Math.max(new Date(range.rows[0].newest).getTime(), now.getTime()))
    : now;
  for (const start of monthStartsBetween(oldest, chinaMonthStart(newest, 1))) {
    await sql`create table ${sql.table(searchPartitionName(start))} partition of case_search_by_month
      for values from (${sql.lit(start.toISOString())}) to (${sql.lit(chinaMonthStart(start, 1).toISOString())})`.execute(
      db,
    );
  }
  await sql`
    insert into case_search_by_month (case_id, created_at, search)
    select case_id, created_at, ts_delete(search, '#m' || to_char(created_at at time zone 'Asia/Shanghai', 'YYYYMM')) from case_search`.execute(
    db,
  );
  await sql`drop table case_search`.execute(db);
  await sql`alter table case_search_by_month rename to case_search`.execute(db);
  await sql`alter table case_search add primary key (case_id, created_at)`.execute(db);
  await sql`alter table case_search add foreign key (case_id) references case_record (id) on delete cascade`.execute(
    db,
  );
  await sql`create index case_search_idx on case_search using gin (search)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`create table case_search_whole (case_id bigint primary key references case_record (id) on delete cascade, created_at timestamptz not null, search tsvector not null)`.execute(
    db,
  );
  await sql`
    insert into case_search_whole (case_id, created_at, search)
    select case_id, created_at, search || array_to_tsvector(array['#m' || to_char(created_at at time zone 'Asia/Shanghai', 'YYYYMM')]) from case_search`.execute(
    db,
  );
  await sql`drop table case_search`.execute(db);
  await sql`alter table case_search_whole rename to case_search`.execute(db);
  await sql`create index case_search_idx on case_search using gin (search)`.execute(db);
  await sql`create index case_search_created_idx on case_search (created_at)`.execute(db);
}
