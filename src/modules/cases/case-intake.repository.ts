import { type Kysely, sql } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import { tagAuditRow } from '../audit/audit-chain.ts';
import type { NewCase } from './cases.repository.ts';
import { type RecurrenceProbe, recurrenceMatchSql } from './case-recurrence.ts';

/** One case to take in: its row, its first timeline event, its audit row, its photos and the recurrence check. */
export interface IntakeRow {
  values: NewCase;
  /** Uploaded files (checked unused) that become the case's attachments in the same statement. */
  attachmentIds: readonly number[];
  event: { at: Date; actorId: number | null; actorLabel: string | null; publicText: string };
  audit: { requestId: string; ip: string; after: unknown };
  recurrence: RecurrenceProbe | null;
}

export interface InsertedCase {
  id: number;
  tracking_code: string;
  status: string;
}

const iso = (d: Date | string | null | undefined) => (d == null ? null : new Date(d).toISOString());

/**
 * The rows as one JSON array: one parameter, whatever the batch size. Each case comes with the id
 * reserved for it, so its audit row (entity_id included) is tagged before the statement runs.
 */
function rowsAsJson(intakes: readonly IntakeRow[], caseIds: readonly number[]): string {
  return JSON.stringify(
    intakes.map((intake, ord) => {
      const v = intake.values;
      const caseId = caseIds[ord]!;
      const audit = tagAuditRow({
        at: intake.event.at,
        actor_id: intake.event.actorId,
        actor_label: intake.event.actorLabel,
        action: 'case.submit',
        entity_type: 'case',
        entity_id: String(caseId),
        before: null,
        after: intake.audit.after ?? null,
        request_id: intake.audit.requestId,
        ip: intake.audit.ip,
      });
      return {
        ord,
        case_id: caseId,
        tracking_code: v.tracking_code,
        channel: v.channel,
        title: v.title,
        description: v.description,
        description_masked: v.description_masked ?? null,
        category_id: v.category_id ?? null,
        tier: v.tier ?? null,
        urgency: v.urgency ?? 'normal',
        status: v.status,
        address: v.address ?? null,
        address_masked: v.address_masked ?? null,
        lat: v.lat ?? null,
        lng: v.lng ?? null,
        place_unit_id: v.place_unit_id ?? null,
        place_path: v.place_path,
        reporter_person_id: v.reporter_person_id ?? null,
        reporter_name: v.reporter_name ?? null,
        reporter_mobile: v.reporter_mobile ?? null,
        anonymous: v.anonymous ?? false,
        extra: v.extra ?? {},
        created_by: v.created_by ?? null,
        idempotency_scope: v.idempotency_scope ?? null,
        idempotency_key: v.idempotency_key ?? null,
        request_hash: v.request_hash ?? null,
        created_at: iso(v.created_at as Date),
        recurrence_category_id: intake.recurrence?.categoryId ?? null,
        recurrence_category_name: intake.recurrence?.categoryName ?? null,
        recurrence_related: intake.recurrence?.related ?? null,
        recurrence_place_id: intake.recurrence?.placeUnitId ?? null,
        recurrence_since: iso(intake.recurrence?.since),
        recurrence_days: intake.recurrence?.withinDays ?? null,
        event_at: iso(intake.event.at),
        event_actor_id: intake.event.actorId,
        event_actor_label: intake.event.actorLabel,
        event_public_text: intake.event.publicText,
        audit_after: intake.audit.after,
        audit_nonce: audit.nonce,
        audit_tag: audit.tag,
        request_id: intake.audit.requestId,
        ip: intake.audit.ip,
        attachment_ids: intake.attachmentIds,
      };
    }),
  );
}

/**
 * Intake of a batch in one statement (one round trip, one commit): each case, its place in the
 * search indexer's queue, its first timeline event, its audit row and its uploaded files, so a case
 * never exists without the photos it was submitted with. A row whose idempotency key
 * or tracking code is taken already is skipped: its answer is undefined, and the caller tells which
 * it was. Answers one entry per row, in order. Rows are matched to their cases by tracking code, so
 * a batch holding one code twice is refused (written row by row, the second is then skipped).
 */
export async function insertIntakes(
  db: Kysely<DB>,
  intakes: readonly IntakeRow[],
): Promise<(InsertedCase | undefined)[]> {
  if (new Set(intakes.map((intake) => intake.values.tracking_code)).size !== intakes.length)
    throw new Error('a tracking code appears twice in one intake batch');
  // The cases' ids are taken from the sequence first: the audit row's tag covers the case's id.
  const reserved = await sql<{ id: string }>`
    select nextval(pg_get_serial_sequence('case_record', 'id')) as id from generate_series(1, ${intakes.length}::integer)`.execute(
    db,
  );
  const caseIds = reserved.rows.map((row) => Number(row.id));
  const result = await sql<InsertedCase & { ord: number }>`
    with x as (
      select * from jsonb_to_recordset(${rowsAsJson(intakes, caseIds)}::jsonb) as x(
        ord integer, case_id bigint, tracking_code text, channel text, title text, description text, description_masked text, category_id bigint, tier text, urgency text,
        status text, address text, address_masked text, lat double precision, lng double precision, place_unit_id bigint, place_path text,
        reporter_person_id bigint, reporter_name text, reporter_mobile text, anonymous boolean, extra jsonb, created_by bigint,
        idempotency_scope text, idempotency_key text, request_hash text, created_at timestamptz,
        recurrence_category_id bigint, recurrence_category_name text, recurrence_related jsonb, recurrence_place_id bigint, recurrence_since timestamptz,
        recurrence_days integer,
        event_at timestamptz, event_actor_id bigint, event_actor_label text, event_public_text text,
        audit_after jsonb, audit_nonce text, audit_tag text, request_id text, ip text, attachment_ids bigint[])
    ),
    c as (
      insert into case_record (
        id, tracking_code, channel, title, description, description_masked, category_id, tier, urgency, status, address, address_masked, lat, lng,
        place_unit_id, place_path, reporter_person_id, reporter_name, reporter_mobile, anonymous, extra, created_by,
        recurrence_of_id, recurrence_reason, idempotency_scope, idempotency_key, request_hash, created_at, updated_at
      )
      overriding system value
      select x.case_id, x.tracking_code, x.channel, x.title, x.description, x.description_masked, x.category_id, x.tier, x.urgency, x.status, x.address, x.address_masked, x.lat, x.lng,
        x.place_unit_id, x.place_path, x.reporter_person_id, x.reporter_name, x.reporter_mobile, x.anonymous, x.extra, x.created_by,
        rec.id, rec.reason,
        x.idempotency_scope, x.idempotency_key, x.request_hash, x.created_at, x.created_at
      from x left join lateral ${recurrenceMatchSql()} rec on true
      order by x.ord
      on conflict do nothing
      returning id, tracking_code, status, channel, recurrence_of_id, recurrence_reason
    ),
    e as (
      insert into case_event (case_id, at, actor_id, actor_label, action, from_status, to_status, public_text, data)
      select c.id, x.event_at, x.event_actor_id, x.event_actor_label, 'submit', null, c.status, x.event_public_text,
        jsonb_build_object('channel', c.channel, 'recurrenceOfId', c.recurrence_of_id)
          || case when c.recurrence_reason is null then '{}'::jsonb else jsonb_build_object('recurrence', c.recurrence_reason) end
      from c join x on x.tracking_code = c.tracking_code
      order by c.id
    ),
    s as (
      insert into case_search_queue (case_id) select c.id from c
    ),
    a as (
      insert into audit_log (at, actor_id, actor_label, action, entity_type, entity_id, after, request_id, ip, nonce, tag)
      select x.event_at, x.event_actor_id, x.event_actor_label, 'case.submit', 'case', c.id::text, x.audit_after, x.request_id, x.ip,
        x.audit_nonce, x.audit_tag
      from c join x on x.tracking_code = c.tracking_code
      order by c.id
    ),
    l as (
      update attachment set case_id = c.id
      from c join x on x.tracking_code = c.tracking_code
      where attachment.id = any(x.attachment_ids) and attachment.case_id is null and attachment.task_id is null
    )
    select c.id, c.tracking_code, c.status, x.ord from c join x on x.tracking_code = c.tracking_code`.execute(db);
  const byOrd = new Map(
    result.rows.map((row) => [
      Number(row.ord),
      { id: Number(row.id), tracking_code: row.tracking_code, status: row.status },
    ]),
  );
  return intakes.map((_, ord) => byOrd.get(ord));
}
