import { type Kysely, sql } from 'kysely';

/**
 * Where a notification leads (通知链接): the app path it opens (`/tasks/12`, `/reports/5`,
 * `/programmes/3/topics?topic=8`, `/m/topics/8`). Case notifications keep leading through case_id;
 * older rows have no link and open nothing new.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table notification add column link text`.execute(db);
  // An app path only: never a full address another site could be reached by.
  await sql`alter table notification add constraint notification_link_path check (link is null or (link like '/%' and link not like '//%' and length(link) <= 300))`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table notification drop column if exists link`.execute(db);
}
