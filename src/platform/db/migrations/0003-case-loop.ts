import { type Kysely, sql } from 'kysely';

// Frozen as they were when this migration shipped; the live lists are in src/shared/cases.ts.
const channels = [
  'citizen_web',
  'hotline',
  'patrol',
  'inspection',
  'enterprise_visit',
  'street_sweep',
  'leader_reception',
  'letter',
  'supervision',
];
const statuses = [
  'submitted',
  'accepted',
  'dispatched',
  'returned',
  'handling',
  'resolved',
  'follow_up',
  'closed',
  'declined',
  'merged',
];
const openStatuses = ['submitted', 'accepted', 'dispatched', 'returned', 'handling', 'resolved', 'follow_up'];

const list = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(', '));

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table person add column email text`.execute(db);

  // Categories (分类): a tree like the unit tree. Routing, limits and extra fields are inherited from
  // the nearest ancestor that sets them.
  await sql`
    create table category (
      id bigint generated always as identity primary key,
      code text not null unique,
      parent_id bigint references category (id),
      path text not null,
      depth integer not null,
      name_zh text not null,
      name_en text,
      routing jsonb,
      limits jsonb,
      extra_fields jsonb not null default '[]',
      active boolean not null default true,
      sort_order integer not null default 0,
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index category_parent_idx on category (parent_id)`.execute(db);
  await sql`create index category_path_idx on category (path text_pattern_ops)`.execute(db);

  // Cases (诉求/工单). place_path and lead_path copy the unit paths so scope checks are prefix matches.
  await sql`
    create table case_record (
      id bigint generated always as identity primary key,
      tracking_code text not null unique,
      channel text not null check (channel in (${list(channels)})),
      title text not null,
      description text not null,
      category_id bigint references category (id),
      tier text check (tier in ('minor', 'general', 'major')),
      urgency text not null default 'normal' check (urgency in ('normal', 'urgent')),
      status text not null check (status in (${list(statuses)})),
      address text,
      lat double precision,
      lng double precision,
      place_unit_id bigint references unit (id),
      place_path text not null,
      reporter_person_id bigint references person (id),
      reporter_name text,
      reporter_mobile text,
      anonymous boolean not null default false,
      extra jsonb not null default '{}',
      created_by bigint references person (id),
      lead_unit_id bigint references unit (id),
      lead_path text,
      accepted_at timestamptz,
      dispatched_at timestamptz,
      response_due_at timestamptz,
      resolve_due_at timestamptz,
      warn_at timestamptz,
      phase_started_at timestamptz,
      acknowledged_at timestamptz,
      resolved_at timestamptz,
      closed_at timestamptz,
      overruled boolean not null default false,
      pending_extension jsonb,
      extension_count integer not null default 0,
      return_count integer not null default 0,
      send_back_count integer not null default 0,
      reopen_count integer not null default 0,
      escalation_level integer not null default 0,
      satisfaction text check (satisfaction in ('satisfied', 'basically_satisfied', 'unsatisfied')),
      solved boolean,
      merged_into_id bigint references case_record (id),
      heat integer not null default 1,
      recurrence_of_id bigint references case_record (id),
      next_sweep_at timestamptz,
      idempotency_scope text,
      idempotency_key text,
      request_hash text,
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
  // Intake retries: the same key from the same caller answers the case it already made.
  await sql`create unique index case_idempotency_idx on case_record (idempotency_scope, idempotency_key) where idempotency_key is not null`.execute(
    db,
  );
  // A unit's inbox: only its open cases, by deadline, so the inbox does not grow with history.
  await sql`create index case_inbox_idx on case_record (lead_unit_id, resolve_due_at, id) where status in ('dispatched', 'handling', 'resolved')`.execute(
    db,
  );
  await sql`create index case_lead_created_idx on case_record (lead_unit_id, created_at desc, id desc)`.execute(db);
  // Dispatcher queues and lists by date.
  await sql`create index case_status_created_idx on case_record (status, created_at desc, id desc)`.execute(db);
  await sql`create index case_created_idx on case_record (created_at desc, id desc)`.execute(db);
  await sql`create index case_place_path_idx on case_record (place_path text_pattern_ops)`.execute(db);
  await sql`create index case_lead_path_idx on case_record (lead_path text_pattern_ops)`.execute(db);
  // The sweeper reads only cases with something due.
  await sql`create index case_sweep_idx on case_record (next_sweep_at) where next_sweep_at is not null`.execute(db);
  // Recurrence (反弹回潮): closed cases of a category at a place.
  await sql`create index case_recurrence_idx on case_record (category_id, place_unit_id, closed_at) where status = 'closed'`.execute(
    db,
  );
  await sql`create index case_open_category_idx on case_record (category_id, place_unit_id) where status in (${list(openStatuses)})`.execute(
    db,
  );
  await sql`create index case_reporter_idx on case_record (reporter_person_id) where reporter_person_id is not null`.execute(
    db,
  );
  await sql`create index case_merged_idx on case_record (merged_into_id) where merged_into_id is not null`.execute(db);

  // Units on a case: the lead (牵头), supporting units (配合) and summoned departments (吹哨报到).
  await sql`
    create table case_party (
      case_id bigint not null references case_record (id),
      unit_id bigint not null references unit (id),
      unit_path text not null,
      role text not null check (role in ('lead', 'support', 'summoned')),
      due_at timestamptz,
      acknowledged_at timestamptz,
      created_at timestamptz not null default now(),
      primary key (case_id, unit_id, role)
    )`.execute(db);
  await sql`create index case_party_unit_idx on case_party (unit_id, case_id)`.execute(db);
  await sql`create index case_party_path_idx on case_party (unit_path text_pattern_ops, case_id)`.execute(db);

  // The timeline (办理记录): every event of a case, append-only.
  await sql`
    create table case_event (
      id bigint generated always as identity primary key,
      case_id bigint not null references case_record (id),
      at timestamptz not null,
      actor_id bigint references person (id),
      actor_label text,
      action text not null,
      from_status text,
      to_status text,
      note text,
      public_text text,
      data jsonb not null default '{}'
    )`.execute(db);
  await sql`create index case_event_case_idx on case_event (case_id, id)`.execute(db);

  // One row per alert the sweeper raised, so it never raises the same one twice.
  await sql`
    create table case_alert (
      case_id bigint not null references case_record (id),
      kind text not null,
      due_at timestamptz not null,
      unit_id bigint not null default 0,
      created_at timestamptz not null default now(),
      primary key (case_id, kind, due_at, unit_id)
    )`.execute(db);

  await sql`
    create table attachment (
      id bigint generated always as identity primary key,
      case_id bigint references case_record (id),
      event_id bigint references case_event (id),
      sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
      content_type text not null,
      size integer not null,
      file_name text not null,
      uploaded_by bigint references person (id),
      upload_key text,
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index attachment_case_idx on attachment (case_id)`.execute(db);
  await sql`create index attachment_sha_idx on attachment (sha256)`.execute(db);

  await sql`
    create table notification (
      id bigint generated always as identity primary key,
      person_id bigint not null references person (id) on delete cascade,
      at timestamptz not null default now(),
      kind text not null,
      title text not null,
      body text not null,
      case_id bigint references case_record (id),
      read_at timestamptz
    )`.execute(db);
  await sql`create index notification_person_idx on notification (person_id, id desc)`.execute(db);
  await sql`create index notification_unread_idx on notification (person_id) where read_at is null`.execute(db);

  // The three rates (三率), rolled up per unit and month as events happen, so a ranking never scans cases.
  await sql`
    create table unit_month_rate (
      unit_id bigint not null references unit (id),
      month date not null,
      dispatched integer not null default 0,
      responded_on_time integer not null default 0,
      rated integer not null default 0,
      solved integer not null default 0,
      satisfied integer not null default 0,
      primary key (month, unit_id)
    )`.execute(db);

  // Holidays and adjusted working days entered by the installation (e.g. next year's, once published).
  await sql`
    create table calendar_override (
      day date primary key,
      kind text not null check (kind in ('holiday', 'workday')),
      note text
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'calendar_override',
    'unit_month_rate',
    'notification',
    'attachment',
    'case_alert',
    'case_event',
    'case_party',
    'case_record',
    'category',
  ]) {
    await sql`drop table if exists ${sql.table(table)} cascade`.execute(db);
  }
  await sql`alter table person drop column if exists email`.execute(db);
}
