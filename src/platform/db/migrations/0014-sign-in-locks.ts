import { type Kysely, sql } from 'kysely';

/**
 * Sign-in lock-out per (account, client) instead of per account (登录锁定按账号 + 来源), and the
 * devices a person has signed in from (已登录设备).
 *
 * `sign_in_lock`: failures in a row of one account from one client, and the lock they led to. The
 * client is `ip:<address>`, or `device:<hash>` when the attempt came with a known device's cookie, so
 * wrong passwords from one address lock that address out of that account and nobody else.
 * `person.failed_logins` and `person.locked_until` now count failures from every client and hold
 * the account-wide slow-down (a growing delay for password attempts from unknown devices), never a
 * hard lock.
 *
 * `known_device`: the SHA-256 of a random cookie set at a successful sign-in; a sign-in that brings it
 * back passes the locks of others (its own failures lock only the device).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table sign_in_lock (
      person_id bigint not null references person(id) on delete cascade,
      client text not null check (length(client) <= 200),
      failures integer not null default 0,
      locked_until timestamptz,
      last_failed_at timestamptz not null,
      primary key (person_id, client)
    )`.execute(db);
  await sql`
    create table known_device (
      token_hash text primary key,
      person_id bigint not null references person(id) on delete cascade,
      created_at timestamptz not null,
      last_used_at timestamptz not null,
      expires_at timestamptz not null,
      user_agent text
    )`.execute(db);
  await sql`create index known_device_person on known_device (person_id, last_used_at)`.execute(db);
  // Hard locks written before this migration would keep the owner out: the account-wide state starts afresh.
  await sql`update person set failed_logins = 0, locked_until = null where failed_logins <> 0 or locked_until is not null`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table if exists known_device`.execute(db);
  await sql`drop table if exists sign_in_lock`.execute(db);
}
