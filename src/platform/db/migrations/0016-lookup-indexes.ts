import { type Kysely, sql } from 'kysely';

/**
 * A case is looked up by part of its tracking code (查询码, LS + yymmdd + '-' + six random
 * characters) as people read it out: its beginning (`LS261204-3YK`) or its six random characters
 * (`3YK7PV`). The unique index on tracking_code serves equality only (its collation is not C), so
 * a prefix needs text_pattern_ops, and the random part an index on the last six characters.
 */
/**
 * A person's notifications are listed by time, newest first (a notification's time is when its
 * matter happened, which can precede rows written before it, as the demo's replay does).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index notification_person_at_idx on notification (person_id, at desc, id desc)`.execute(db);
  await sql`create index case_tracking_code_prefix_idx on case_record (tracking_code text_pattern_ops)`.execute(db);
  await sql`create index case_tracking_code_suffix_idx on case_record (right(tracking_code, 6))`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index if exists case_tracking_code_suffix_idx`.execute(db);
  await sql`drop index if exists case_tracking_code_prefix_idx`.execute(db);
  await sql`drop index if exists notification_person_at_idx`.execute(db);
}
