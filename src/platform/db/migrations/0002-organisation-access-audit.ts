import { type Kysely, sql } from 'kysely';

// Frozen as they were when this migration shipped; the live lists are in src/shared/organisation.ts.
const unitTypes = [
  'district',
  'township',
  'subdistrict',
  'village',
  'community',
  'grid',
  'department',
  'task_force',
  'supervision_office',
  'discipline_commission',
  'hotline_centre',
] as const;

const roles = [
  'citizen',
  'grid_worker',
  'dispatcher',
  'handler',
  'unit_lead',
  'supervisor',
  'leader',
  'programme_office',
  'organisation_department',
  'administrator',
] as const;

const list = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(', '));

export async function up(db: Kysely<unknown>): Promise<void> {
  // Units (组织架构): a tree; `path` holds the ids from the root down to this unit, e.g. /1/5/23/,
  // so "this unit and everything below it" is one indexed prefix match.
  await sql`
    create table unit (
      id bigint generated always as identity primary key,
      code text not null,
      name_zh text not null,
      name_en text,
      type text not null check (type in (${list(unitTypes)})),
      parent_id bigint references unit (id),
      path text not null,
      depth integer not null,
      active boolean not null default true,
      sort_order integer not null default 0,
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      constraint unit_code_key unique (code),
      constraint unit_code_format check (code ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$')
    )`.execute(db);
  await sql`create index unit_path_idx on unit (path text_pattern_ops)`.execute(db);
  await sql`create index unit_parent_idx on unit (parent_id)`.execute(db);

  await sql`
    create table person (
      id bigint generated always as identity primary key,
      username text,
      mobile text,
      display_name text not null,
      kind text not null check (kind in ('staff', 'citizen')),
      password_hash text,
      active boolean not null default true,
      failed_logins integer not null default 0,
      locked_until timestamptz,
      password_changed_at timestamptz,
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      constraint person_username_key unique (username),
      constraint person_mobile_key unique (mobile),
      constraint person_has_login check (username is not null or mobile is not null)
    )`.execute(db);

  await sql`
    create table membership (
      id bigint generated always as identity primary key,
      person_id bigint not null references person (id) on delete cascade,
      unit_id bigint not null references unit (id),
      role text not null check (role in (${list(roles)})),
      created_at timestamptz not null default now(),
      constraint membership_once unique (person_id, unit_id, role)
    )`.execute(db);
  await sql`create index membership_unit_idx on membership (unit_id)`.execute(db);

  // Sessions: the cookie holds a random token; only its SHA-256 is stored.
  await sql`
    create table session (
      id text primary key,
      person_id bigint not null references person (id) on delete cascade,
      csrf_token text not null,
      created_at timestamptz not null default now(),
      last_seen_at timestamptz not null default now(),
      expires_at timestamptz not null,
      ip text,
      user_agent text
    )`.execute(db);
  await sql`create index session_person_idx on session (person_id)`.execute(db);

  await sql`
    create table api_token (
      id bigint generated always as identity primary key,
      person_id bigint not null references person (id),
      name text not null,
      prefix text not null,
      token_hash text not null unique,
      scopes text[] not null,
      created_by bigint references person (id),
      created_at timestamptz not null default now(),
      expires_at timestamptz,
      last_used_at timestamptz,
      revoked_at timestamptz
    )`.execute(db);
  await sql`create index api_token_person_idx on api_token (person_id)`.execute(db);

  await sql`
    create table verification_code (
      mobile text primary key,
      code_hash text not null,
      expires_at timestamptz not null,
      attempts integer not null default 0,
      sent_at timestamptz not null default now()
    )`.execute(db);

  // The audit trail (审计): append-only. Rows are written in the same transaction as the change; a
  // sealer later gives each a place in the hash chain (seq, prev_hash, hash), so editing or deleting
  // a sealed row breaks the chain. The trigger refuses every other update and every delete.
  await sql`
    create table audit_log (
      id bigint generated always as identity primary key,
      seq bigint,
      at timestamptz not null default now(),
      actor_id bigint,
      actor_label text,
      action text not null,
      entity_type text not null,
      entity_id text,
      before jsonb,
      after jsonb,
      request_id text,
      ip text,
      prev_hash text,
      hash text,
      constraint audit_log_seq_key unique (seq)
    )`.execute(db);
  await sql`create index audit_log_unsealed_idx on audit_log (id) where seq is null`.execute(db);
  await sql`create index audit_log_entity_idx on audit_log (entity_type, entity_id)`.execute(db);
  await sql`create index audit_log_at_idx on audit_log (at)`.execute(db);
  await sql`create index audit_log_actor_idx on audit_log (actor_id)`.execute(db);
  await sql`
    create function audit_log_append_only() returns trigger language plpgsql as $$
    begin
      if tg_op = 'DELETE' then
        raise exception 'audit_log is append-only' using errcode = 'P0001';
      end if;
      if old.seq is not null
        or new.id <> old.id or new.at <> old.at or new.action <> old.action or new.entity_type <> old.entity_type
        or new.actor_id is distinct from old.actor_id or new.actor_label is distinct from old.actor_label
        or new.entity_id is distinct from old.entity_id or new.before is distinct from old.before
        or new.after is distinct from old.after or new.request_id is distinct from old.request_id
        or new.ip is distinct from old.ip then
        raise exception 'audit_log is append-only' using errcode = 'P0001';
      end if;
      return new;
    end
    $$`.execute(db);
  await sql`
    create trigger audit_log_append_only before update or delete on audit_log
    for each row execute function audit_log_append_only()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['audit_log', 'verification_code', 'api_token', 'session', 'membership', 'person', 'unit']) {
    await sql`drop table if exists ${sql.table(table)} cascade`.execute(db);
  }
  await sql`drop function if exists audit_log_append_only()`.execute(db);
}
