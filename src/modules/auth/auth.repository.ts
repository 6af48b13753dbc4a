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

/**
 * Counts a failed sign-in of one account from one client (`ip:…` or `device:…`). The failure that
 * makes `maxFailures` in a row locks the pair until `lockUntil` and starts the count afresh; only that
 * one failure answers `locked`, so concurrent failures raise one lock.
 */
export async function recordSignInFailure(
  db: Kysely<DB>,
  row: { personId: number; client: string; maxFailures: number; lockUntil: Date; now: Date },
): Promise<{ locked: boolean }> {
  const { personId, client, maxFailures, lockUntil, now } = row;
  const result = await sql<{ locked: boolean }>`
    insert into sign_in_lock as l (person_id, client, failures, locked_until, last_failed_at)
    values (${personId}, ${client}, case when 1 >= ${maxFailures} then 0 else 1 end,
            case when 1 >= ${maxFailures} then ${lockUntil}::timestamptz end, ${now}::timestamptz)
    on conflict (person_id, client) do update set
      failures = case when l.failures + 1 >= ${maxFailures} then 0 else l.failures + 1 end,
      locked_until = case when l.failures + 1 >= ${maxFailures} then ${lockUntil}::timestamptz else l.locked_until end,
      last_failed_at = ${now}::timestamptz
    returning (locked_until is not null and locked_until = ${lockUntil}::timestamptz and failures = 0) as locked`.execute(
    db,
  );
  return { locked: result.rows[0]?.locked === true };
}

/** The lock of one account for one client, when there is a row. */
export async function findSignInLock(db: Kysely<DB>, personId: number, client: string) {
  return db
    .selectFrom('sign_in_lock')
    .select(['failures', 'locked_until'])
    .where('person_id', '=', personId)
    .where('client', '=', client)
    .executeTakeFirst();
}

/** Forgets the failures and locks of an account for the given clients (all of them when `clients` is omitted). */
export async function clearSignInLocks(db: Kysely<DB>, personId: number, clients?: readonly string[]): Promise<void> {
  if (clients && clients.length === 0) return;
  let query = db.deleteFrom('sign_in_lock').where('person_id', '=', personId);
  if (clients) query = query.where('client', 'in', [...clients]);
  await query.execute();
}

/** Drops an account's rows whose lock has ended and whose last failure is older than `before`. */
export async function pruneSignInLocks(db: Kysely<DB>, personId: number, now: Date, before: Date): Promise<void> {
  await db
    .deleteFrom('sign_in_lock')
    .where('person_id', '=', personId)
    .where('last_failed_at', '<', before)
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', now)]))
    .execute();
}

/** Adds one to the account's failures from anywhere; answers the new count. */
export async function countAccountFailure(db: Kysely<DB>, personId: number): Promise<number> {
  const row = await db
    .updateTable('person')
    .set((eb) => ({ failed_logins: eb('failed_logins', '+', 1) }))
    .where('id', '=', personId)
    .returning('failed_logins')
    .executeTakeFirstOrThrow();
  return Number(row.failed_logins);
}

/** Password attempts of the account from unknown devices wait until `until` (the account-wide slow-down). */
export async function slowAccount(db: Kysely<DB>, personId: number, until: Date): Promise<void> {
  await db.updateTable('person').set({ locked_until: until }).where('id', '=', personId).execute();
}

/** Starts the account's count of failures afresh (writing the row only when there is something to clear). */
export async function clearFailedLogins(db: Kysely<DB>, personId: number): Promise<void> {
  await db
    .updateTable('person')
    .set({ failed_logins: 0, locked_until: null })
    .where('id', '=', personId)
    .where((eb) => eb.or([eb('failed_logins', '<>', 0), eb('locked_until', 'is not', null)]))
    .execute();
}

/** A device cookie's row when it belongs to this person and has not expired. */
export async function findKnownDevice(db: Kysely<DB>, tokenHash: string, personId: number, now: Date) {
  return db
    .selectFrom('known_device')
    .select(['token_hash', 'expires_at'])
    .where('token_hash', '=', tokenHash)
    .where('person_id', '=', personId)
    .where('expires_at', '>', now)
    .executeTakeFirst();
}

export async function insertKnownDevice(
  db: Kysely<DB>,
  row: { token_hash: string; person_id: number; now: Date; expires_at: Date; user_agent: string | null },
): Promise<void> {
  await db
    .insertInto('known_device')
    .values({
      token_hash: row.token_hash,
      person_id: row.person_id,
      created_at: row.now,
      last_used_at: row.now,
      expires_at: row.expires_at,
      user_agent: row.user_agent,
    })
    .execute();
}

export async function touchKnownDevice(db: Kysely<DB>, tokenHash: string, now: Date, expiresAt: Date): Promise<void> {
  await db
    .updateTable('known_device')
    .set({ last_used_at: now, expires_at: expiresAt })
    .where('token_hash', '=', tokenHash)
    .execute();
}

/** Keeps a person's `keep` most recently used unexpired devices and drops the rest. */
export async function pruneKnownDevices(db: Kysely<DB>, personId: number, now: Date, keep: number): Promise<void> {
  await db
    .deleteFrom('known_device')
    .where('person_id', '=', personId)
    .where((eb) =>
      eb.or([
        eb('expires_at', '<=', now),
        eb(
          'token_hash',
          'not in',
          eb
            .selectFrom('known_device as k')
            .select('k.token_hash')
            .where('k.person_id', '=', personId)
            .orderBy('k.last_used_at', 'desc')
            .orderBy('k.token_hash')
            .limit(keep),
        ),
      ]),
    )
    .execute();
}

/** Forgets every device of a person (a password reset by an administrator). */
export async function deleteKnownDevicesOf(db: Kysely<DB>, personId: number): Promise<void> {
  await db.deleteFrom('known_device').where('person_id', '=', personId).execute();
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
    .select(['membership.unit_id', 'unit.code', 'unit.name_zh', 'unit.name_en', 'membership.role'])
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
