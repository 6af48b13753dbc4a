import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';

export async function insertToken(
  db: Kysely<DB>,
  row: {
    person_id: number;
    name: string;
    prefix: string;
    token_hash: string;
    scopes: string[];
    created_by: number;
    expires_at: Date | null;
  },
): Promise<number> {
  const inserted = await db.insertInto('api_token').values(row).returning('id').executeTakeFirstOrThrow();
  return Number(inserted.id);
}

const columns = [
  'api_token.id',
  'api_token.name',
  'api_token.prefix',
  'api_token.person_id',
  'person.display_name',
  'api_token.scopes',
  'api_token.created_at',
  'api_token.expires_at',
  'api_token.last_used_at',
  'api_token.revoked_at',
] as const;

export async function listTokens(db: Kysely<DB>, filter: { personId?: number }) {
  let query = db.selectFrom('api_token').innerJoin('person', 'person.id', 'api_token.person_id').select(columns);
  if (filter.personId !== undefined) query = query.where('api_token.person_id', '=', filter.personId);
  return query.orderBy('api_token.id', 'desc').execute();
}

export async function findToken(db: Kysely<DB>, id: number) {
  return db
    .selectFrom('api_token')
    .innerJoin('person', 'person.id', 'api_token.person_id')
    .select(columns)
    .where('api_token.id', '=', id)
    .executeTakeFirst();
}

export async function revokeToken(db: Kysely<DB>, id: number, at: Date): Promise<void> {
  await db
    .updateTable('api_token')
    .set({ revoked_at: at })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .execute();
}
