import { type Kysely, sql } from 'kysely';

/**
 * The audit trail against whoever can write the database (审计防篡改): each row carries a nonce the
 * application chose and a tag (HMAC with a key the database never holds) made when it was written;
 * the sealer chains only rows with a valid tag and records the others in audit_rejected. Rows
 * already there were written before the key existed: they stay "legacy" (linked by the unkeyed
 * rule), up to the id recorded here. TRUNCATE of the trail is refused like UPDATE and DELETE.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table audit_log add column nonce text, add column tag text`.execute(db);
  await sql`create unique index audit_log_nonce_key on audit_log (nonce)`.execute(db);
  await sql`
    insert into app_meta (key, value)
    select 'audit_legacy', jsonb_build_object('maxId', coalesce(max(id), 0)) from audit_log
    on conflict (key) do nothing`.execute(db);
  await sql`
    create table audit_rejected (
      audit_id bigint primary key,
      rejected_at timestamptz not null default now(),
      reason text not null
    )`.execute(db);
  // The same rule as 0002, now also over nonce and tag: a row's content never changes; the sealer
  // only fills in seq, prev_hash and hash, once.
  await sql`
    create or replace function audit_log_append_only() returns trigger language plpgsql as $$
    begin
      if tg_op = 'DELETE' then
        raise exception 'audit_log is append-only' using errcode = 'P0001';
      end if;
      if old.seq is not null
        or new.id <> old.id or new.at <> old.at or new.action <> old.action or new.entity_type <> old.entity_type
        or new.actor_id is distinct from old.actor_id or new.actor_label is distinct from old.actor_label
        or new.entity_id is distinct from old.entity_id or new.before is distinct from old.before
        or new.after is distinct from old.after or new.request_id is distinct from old.request_id
        or new.ip is distinct from old.ip or new.nonce is distinct from old.nonce
        or new.tag is distinct from old.tag then
        raise exception 'audit_log is append-only' using errcode = 'P0001';
      end if;
      return new;
    end
    $$`.execute(db);
  await sql`
    create function audit_refuse_change() returns trigger language plpgsql as $$
    begin
      raise exception '% is append-only', tg_table_name using errcode = 'P0001';
    end
    $$`.execute(db);
  await sql`
    create trigger audit_log_no_truncate before truncate on audit_log
    for each statement execute function audit_refuse_change()`.execute(db);
  await sql`
    create trigger audit_rejected_append_only before update or delete on audit_rejected
    for each row execute function audit_refuse_change()`.execute(db);
  await sql`
    create trigger audit_rejected_no_truncate before truncate on audit_rejected
    for each statement execute function audit_refuse_change()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop trigger if exists audit_log_no_truncate on audit_log`.execute(db);
  await sql`drop table if exists audit_rejected`.execute(db);
  await sql`drop function if exists audit_refuse_change()`.execute(db);
  await sql`drop index if exists audit_log_nonce_key`.execute(db);
  await sql`alter table audit_log drop column if exists nonce, drop column if exists tag`.execute(db);
  await sql`delete from app_meta where key = 'audit_legacy'`.execute(db);
}
