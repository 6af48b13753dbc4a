import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';

/** Queries on app_meta, the installation's key-value facts. */
export async function findMeta(db: Kysely<DB>, key: string): Promise<unknown> {
  const row = await db.selectFrom('app_meta').select('value').where('key', '=', key).executeTakeFirst();
  return row?.value;
}

/** Inserts the value unless the key exists; answers the stored value either way. */
export async function insertMetaIfAbsent(db: Kysely<DB>, key: string, value: unknown): Promise<unknown> {
  await db
    .insertInto('app_meta')
    .values({ key, value: JSON.stringify(value) })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  return findMeta(db, key);
}

export async function upsertMeta(db: Kysely<DB>, key: string, value: unknown): Promise<void> {
  await db
    .insertInto('app_meta')
    .values({ key, value: JSON.stringify(value), updated_at: new Date() })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify(value), updated_at: new Date() }))
    .execute();
}
