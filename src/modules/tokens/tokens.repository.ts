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
  'api_token.created_by',
  'person.display_name',
  'api_token.scopes',
  'api_token.created_at',
  'api_token.expires_at',
  'api_token.last_used_at',
  'api_token.revoked_at',
] as const;

/** Tokens, or those a person holds or issued (for an outside system). */
export async function listTokens(db: Kysely<DB>, filter: { personId?: number }) {
  let query = db.selectFrom('api_token').innerJoin('person', 'person.id', 'api_token.person_id').select(columns);
  const personId = filter.personId;
  if (personId !== undefined)
    query = query.where((eb) =>
      eb.or([eb('api_token.person_id', '=', personId), eb('api_token.created_by', '=', personId)]),
    );
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

/**
 * The service account of an outside system: a staff person without password or mobile (it cannot
 * sign in), named after the system, with one membership of the given role at the given unit.
 */
export async function insertServiceAccount(
  db: Kysely<DB>,
  account: { username: string; displayName: string; unitId: number; role: 'integration' },
  now: Date,
): Promise<number> {
  const person = await db
    .insertInto('person')
    .values({
      username: account.username,
      mobile: null,
      password_hash: null,
      display_name: account.displayName,
      kind: 'staff',
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('membership')
    .values({ person_id: person.id, unit_id: account.unitId, role: account.role })
    .execute();
  return Number(person.id);
}
