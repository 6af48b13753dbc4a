import { type Kysely, sql } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { ActorMembership } from '../access/actor.ts';
import type { Role } from '../access/permissions.ts';

export async function findPersonForLogin(db: Kysely<DB>, login: string) {
  return db
    .selectFrom('person')
    .select([
      'id',
      'username',
      'mobile',
      'display_name',
      'kind',
      'password_hash',
      'active',
      'failed_logins',
      'locked_until',
    ])
    .where((eb) => eb.or([eb(sql<string>`lower(username)`, '=', login.toLowerCase()), eb('mobile', '=', login)]))
    .executeTakeFirst();
}

/** What an actor carries of a person (their name and kind); throws when there is no such person. */
export async function findActorPerson(db: Kysely<DB>, personId: number) {
  return db.selectFrom('person').select(['display_name', 'kind']).where('id', '=', personId).executeTakeFirstOrThrow();
}

export async function findPersonByMobile(db: Kysely<DB>, mobile: string) {
  return db
    .selectFrom('person')
    .select(['id', 'display_name', 'kind', 'active'])
    .where('mobile', '=', mobile)
    .executeTakeFirst();
}

export async function recordFailedLogin(
  db: Kysely<DB>,
  personId: number,
  maxFailures: number,
  lockUntil: Date,
): Promise<{ locked: boolean }> {
  const row = await db
    .updateTable('person')
    .set((eb) => ({
      failed_logins: sql<number>`case when ${eb.ref('failed_logins')} + 1 >= ${maxFailures} then 0 else ${eb.ref('failed_logins')} + 1 end`,
      locked_until: sql<Date | null>`case when ${eb.ref('failed_logins')} + 1 >= ${maxFailures} then ${lockUntil}::timestamptz else ${eb.ref('locked_until')} end`,
    }))
    .where('id', '=', personId)
    .returning(['locked_until'])
    .executeTakeFirst();
  return {
    locked: row?.locked_until !== null && row?.locked_until !== undefined && new Date(row.locked_until) >= lockUntil,
  };
}

export async function clearFailedLogins(db: Kysely<DB>, personId: number): Promise<void> {
  await db.updateTable('person').set({ failed_logins: 0, locked_until: null }).where('id', '=', personId).execute();
}

export async function insertSession(
  db: Kysely<DB>,
  row: {
    id: string;
    person_id: number;
    csrf_token: string;
    expires_at: Date;
    last_seen_at: Date;
    ip: string | null;
    user_agent: string | null;
  },
): Promise<void> {
  await db.insertInto('session').values(row).execute();
}

export async function findSession(db: Kysely<DB>, id: string) {
  return db
    .selectFrom('session')
    .innerJoin('person', 'person.id', 'session.person_id')
    .select([
      'session.id',
      'session.person_id',
      'session.csrf_token',
      'session.expires_at',
      'session.last_seen_at',
      'person.display_name',
      'person.kind',
      'person.active',
    ])
    .where('session.id', '=', id)
    .executeTakeFirst();
}

export async function touchSession(db: Kysely<DB>, id: string, at: Date): Promise<void> {
  await db.updateTable('session').set({ last_seen_at: at }).where('id', '=', id).execute();
}

export async function deleteSession(db: Kysely<DB>, id: string): Promise<void> {
  await db.deleteFrom('session').where('id', '=', id).execute();
}

export async function deleteSessionsOf(db: Kysely<DB>, personId: number): Promise<void> {
  await db.deleteFrom('session').where('person_id', '=', personId).execute();
}

export async function deleteExpiredSessions(db: Kysely<DB>, now: Date, idleSince: Date): Promise<number> {
  const result = await db
    .deleteFrom('session')
    .where((eb) => eb.or([eb('expires_at', '<=', now), eb('last_seen_at', '<', idleSince)]))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function findMemberships(db: Kysely<DB>, personId: number): Promise<ActorMembership[]> {
  const rows = await db
    .selectFrom('membership')
    .innerJoin('unit', 'unit.id', 'membership.unit_id')
    .select(['membership.unit_id', 'unit.path', 'membership.role'])
    .where('membership.person_id', '=', personId)
    .where('unit.active', '=', true)
    .execute();
  return rows.map((r) => ({ unitId: Number(r.unit_id), unitPath: r.path, role: r.role as Role }));
}

export async function findApiToken(db: Kysely<DB>, tokenHash: string) {
  return db
    .selectFrom('api_token')
    .innerJoin('person', 'person.id', 'api_token.person_id')
    .select([
      'api_token.id',
      'api_token.person_id',
      'api_token.scopes',
      'api_token.expires_at',
      'api_token.revoked_at',
      'api_token.last_used_at',
      'person.display_name',
      'person.kind',
      'person.active',
    ])
    .where('api_token.token_hash', '=', tokenHash)
    .executeTakeFirst();
}

export async function touchApiToken(db: Kysely<DB>, id: number, at: Date): Promise<void> {
  await db.updateTable('api_token').set({ last_used_at: at }).where('id', '=', id).execute();
}

export async function upsertVerificationCode(
  db: Kysely<DB>,
  row: { mobile: string; code_hash: string; expires_at: Date; sent_at: Date },
): Promise<void> {
  await db
    .insertInto('verification_code')
    .values(row)
    .onConflict((oc) =>
      oc
        .column('mobile')
        .doUpdateSet({ code_hash: row.code_hash, expires_at: row.expires_at, sent_at: row.sent_at, attempts: 0 }),
    )
    .execute();
}

export async function findVerificationCode(db: Kysely<DB>, mobile: string) {
  return db.selectFrom('verification_code').selectAll().where('mobile', '=', mobile).executeTakeFirst();
}

export async function countVerificationAttempt(db: Kysely<DB>, mobile: string): Promise<void> {
  await db
    .updateTable('verification_code')
    .set((eb) => ({ attempts: eb('attempts', '+', 1) }))
    .where('mobile', '=', mobile)
    .execute();
}

export async function deleteVerificationCode(db: Kysely<DB>, mobile: string): Promise<void> {
  await db.deleteFrom('verification_code').where('mobile', '=', mobile).execute();
}

export async function insertCitizen(db: Kysely<DB>, mobile: string, displayName: string, now: Date): Promise<number> {
  const row = await db
    .insertInto('person')
    .values({ mobile, display_name: displayName, kind: 'citizen', updated_at: now })
    .onConflict((oc) => oc.column('mobile').doNothing())
    .returning('id')
    .executeTakeFirst();
  if (row) return Number(row.id);
  const existing = await findPersonByMobile(db, mobile);
  if (!existing) throw new Error('citizen vanished while registering');
  return Number(existing.id);
}

export async function findMembershipDetails(db: Kysely<DB>, personId: number) {
  return db
    .selectFrom('membership')
    .innerJoin('unit', 'unit.id', 'membership.unit_id')
    .select(['membership.unit_id', 'unit.code', 'unit.name_zh', 'membership.role'])
    .where('membership.person_id', '=', personId)
    .orderBy('unit.path')
    .execute();
}

export async function findPersonSecrets(db: Kysely<DB>, personId: number) {
  return db
    .selectFrom('person')
    .select(['id', 'username', 'password_hash'])
    .where('id', '=', personId)
    .executeTakeFirst();
}

export async function updatePasswordHash(
  db: Kysely<DB>,
  personId: number,
  passwordHash: string,
  now: Date,
): Promise<void> {
  await db
    .updateTable('person')
    .set({ password_hash: passwordHash, password_changed_at: now, updated_at: now })
    .where('id', '=', personId)
    .execute();
}

export async function deleteOtherSessions(db: Kysely<DB>, personId: number, keepId: string | null): Promise<void> {
  let query = db.deleteFrom('session').where('person_id', '=', personId);
  if (keepId) query = query.where('id', '<>', keepId);
  await query.execute();
}
