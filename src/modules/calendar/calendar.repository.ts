import { type Kysely, sql } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';

export interface OverrideRow {
  day: string;
  kind: 'holiday' | 'workday';
  note: string | null;
}

export async function listOverrides(db: Kysely<DB>): Promise<OverrideRow[]> {
  return db
    .selectFrom('calendar_override')
    .select([sql<string>`to_char(day, 'YYYY-MM-DD')`.as('day'), 'kind', 'note'])
    .orderBy('day')
    .execute();
}

export async function upsertOverride(db: Kysely<DB>, row: OverrideRow): Promise<OverrideRow | undefined> {
  const before = await db
    .selectFrom('calendar_override')
    .select([sql<string>`to_char(day, 'YYYY-MM-DD')`.as('day'), 'kind', 'note'])
    .where('day', '=', row.day)
    .executeTakeFirst();
  await db
    .insertInto('calendar_override')
    .values(row)
    .onConflict((oc) => oc.column('day').doUpdateSet({ kind: row.kind, note: row.note }))
    .execute();
  return before;
}

export async function deleteOverride(db: Kysely<DB>, day: string): Promise<boolean> {
  const result = await db.deleteFrom('calendar_override').where('day', '=', day).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
