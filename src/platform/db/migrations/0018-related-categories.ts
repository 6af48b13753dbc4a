import { type Kysely, sql } from 'kysely';

/**
 * 相关分类: pairs of categories an administrator marks as related, so intake counts a case of one as
 * a recurrence (反弹回潮) of a closed case of the other (路灯不亮 and 路灯损坏 are one problem).
 *
 * A pair is symmetric and stored once, the smaller id first (`low_id < high_id`, which also keeps a
 * category from being related to itself). Deleting a category deletes its pairs. The second index
 * serves the look-up from the larger side.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table category_relation (
      low_id bigint not null references category (id) on delete cascade,
      high_id bigint not null references category (id) on delete cascade,
      created_at timestamptz not null default now(),
      created_by bigint references person (id) on delete set null,
      primary key (low_id, high_id),
      check (low_id < high_id)
    )`.execute(db);
  await sql`create index category_relation_high_idx on category_relation (high_id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table category_relation`.execute(db);
}
