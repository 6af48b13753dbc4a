import { type Kysely, sql } from 'kysely';

// Frozen as they were when this migration shipped; the live lists are in src/shared/organisation.ts
// and src/shared/patrols.ts.
const rolesBefore = [
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
  'integration',
] as const;
const roles = [...rolesBefore, 'river_office'] as const;
const objectKinds = ['river_segment', 'lake', 'grid', 'enterprise', 'project', 'street'] as const;
const levels = ['district', 'township', 'village', 'patroller', 'assistant'] as const;
const periods = ['day', 'week', 'month', 'quarter'] as const;
const patrolStatuses = ['recording', 'submitted', 'judged'] as const;
const verdicts = ['valid', 'doubtful', 'invalid'] as const;

const list = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(', '));

/**
 * Responsibility objects, duties and patrols (责任制 · 河长制 · 网格).
 *
 * `responsibility_object`: a river segment (河段), lake, grid, enterprise (包保企业), key project or
 * street, with its GeoJSON geometry (WGS-84, [lng, lat]) as jsonb and its bounding box in four
 * columns for filtering (no PostGIS), the management range in metres beyond the bank line, the
 * length computed when written, the unit it lies in (`unit_path` copied for scope), the slug of the
 * QR code on its sign (公示牌) and its checklist (items → case category).
 * `responsibility_appointment`: who holds the object at which level from which day; `to_date` is the
 * first day no longer held (exclusive), null while current; a change closes the old row, never
 * overwrites it. `patrol_duty_rule` and `patrol_threshold_override`: per jurisdiction (a unit's
 * subtree) and level. `patrol` with its points (`(patrol_id, seq)` makes re-sent batches
 * idempotent), photos and findings (四乱 etc.), each finding opening a case and signed off (销号).
 *
 * `membership.role` admits `river_office` (河长办).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table membership drop constraint membership_role_check`.execute(db);
  await sql`alter table membership add constraint membership_role_check check (role in (${list(roles)}))`.execute(db);

  await sql`
    create table responsibility_object (
      id bigint generated always as identity primary key,
      kind text not null check (kind in (${list(objectKinds)})),
      name text not null,
      code text,
      river_name text,
      parent_object_id bigint references responsibility_object (id),
      geometry jsonb not null,
      range_metres double precision not null default 0 check (range_metres >= 0 and range_metres <= 5000),
      length_metres double precision not null default 0,
      min_lng double precision not null,
      min_lat double precision not null,
      max_lng double precision not null,
      max_lat double precision not null,
      unit_id bigint not null references unit (id),
      unit_path text not null,
      public_slug text not null,
      public_phone text,
      checklist jsonb not null default '[]'::jsonb,
      active boolean not null default true,
      retired_at timestamptz,
      created_by bigint references person (id),
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      constraint responsibility_object_slug_key unique (public_slug),
      constraint responsibility_object_code_key unique (code)
    )`.execute(db);
  await sql`create index responsibility_object_path_idx on responsibility_object (unit_path text_pattern_ops)`.execute(
    db,
  );
  await sql`create index responsibility_object_bbox_idx on responsibility_object (min_lng, max_lng, min_lat, max_lat)`.execute(
    db,
  );

  await sql`
    create table responsibility_appointment (
      id bigint generated always as identity primary key,
      object_id bigint not null references responsibility_object (id),
      person_id bigint not null references person (id),
      level text not null check (level in (${list(levels)})),
      from_date date not null,
      to_date date,
      office_phone text,
      appointed_by bigint references person (id),
      ended_by bigint references person (id),
      created_at timestamptz not null default now(),
      constraint responsibility_appointment_dates check (to_date is null or to_date >= from_date)
    )`.execute(db);
  await sql`create index responsibility_appointment_object_idx on responsibility_appointment (object_id, level, from_date)`.execute(
    db,
  );
  await sql`create index responsibility_appointment_person_idx on responsibility_appointment (person_id, to_date)`.execute(
    db,
  );
  await sql`create unique index responsibility_appointment_current_key on responsibility_appointment (object_id, person_id, level) where to_date is null`.execute(
    db,
  );

  await sql`
    create table patrol_duty_rule (
      id bigint generated always as identity primary key,
      unit_id bigint not null references unit (id),
      unit_path text not null,
      level text not null check (level in (${list(levels)})),
      object_kind text check (object_kind in (${list(objectKinds)})),
      times integer not null check (times between 1 and 100),
      period text not null check (period in (${list(periods)})),
      season_months integer[],
      raised_times integer check (raised_times between 1 and 100),
      note text,
      version integer not null default 1,
      created_by bigint references person (id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index patrol_duty_rule_path_idx on patrol_duty_rule (unit_path text_pattern_ops)`.execute(db);

  await sql`
    create table patrol_threshold_override (
      id bigint generated always as identity primary key,
      unit_id bigint not null references unit (id),
      unit_path text not null,
      level text not null check (level in (${list(levels)})),
      overrides jsonb not null,
      version integer not null default 1,
      updated_by bigint references person (id),
      updated_at timestamptz not null default now(),
      constraint patrol_threshold_override_key unique (unit_id, level)
    )`.execute(db);

  await sql`
    create table patrol (
      id bigint generated always as identity primary key,
      object_id bigint not null references responsibility_object (id),
      person_id bigint not null references person (id),
      level text not null check (level in (${list(levels)})),
      unit_id bigint not null references unit (id),
      unit_path text not null,
      client_id text not null,
      status text not null default 'recording' check (status in (${list(patrolStatuses)})),
      started_at timestamptz not null,
      ended_at timestamptz,
      point_count integer not null default 0,
      verdict text check (verdict in (${list(verdicts)})),
      reasons jsonb,
      figures jsonb,
      pieces jsonb,
      judged_at timestamptz,
      review text check (review in ('confirmed', 'overruled')),
      review_verdict text check (review_verdict in (${list(verdicts)})),
      review_note text,
      reviewed_by bigint references person (id),
      reviewed_at timestamptz,
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      constraint patrol_client_key unique (person_id, client_id)
    )`.execute(db);
  await sql`create index patrol_path_idx on patrol (unit_path text_pattern_ops, started_at)`.execute(db);
  await sql`create index patrol_object_idx on patrol (object_id, started_at)`.execute(db);
  await sql`create index patrol_person_idx on patrol (person_id, started_at)`.execute(db);

  await sql`
    create table patrol_point (
      patrol_id bigint not null references patrol (id) on delete cascade,
      seq integer not null check (seq >= 0),
      t bigint not null,
      lat double precision not null,
      lng double precision not null,
      accuracy double precision not null,
      primary key (patrol_id, seq)
    )`.execute(db);

  await sql`
    create table patrol_photo (
      id bigint generated always as identity primary key,
      patrol_id bigint not null references patrol (id) on delete cascade,
      attachment_id bigint not null references attachment (id),
      t bigint not null,
      lat double precision,
      lng double precision,
      created_at timestamptz not null default now(),
      constraint patrol_photo_attachment_key unique (attachment_id)
    )`.execute(db);

  await sql`
    create table patrol_finding (
      id bigint generated always as identity primary key,
      patrol_id bigint not null references patrol (id),
      object_id bigint not null references responsibility_object (id),
      unit_id bigint not null references unit (id),
      unit_path text not null,
      item_code text not null,
      note text not null default '',
      lat double precision,
      lng double precision,
      photo_ids bigint[] not null default '{}',
      case_id bigint references case_record (id),
      signed_off_at timestamptz,
      signed_off_by bigint references person (id),
      created_by bigint references person (id),
      version integer not null default 1,
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index patrol_finding_object_idx on patrol_finding (object_id) where signed_off_at is null`.execute(
    db,
  );
  await sql`create index patrol_finding_path_idx on patrol_finding (unit_path text_pattern_ops)`.execute(db);
  await sql`create index patrol_finding_case_idx on patrol_finding (case_id)`.execute(db);

  await sql`comment on column patrol_finding.note is ${sql.lit('personal data: free text the patrolling person typed (may name people or plates)')}`.execute(
    db,
  );
  await sql`comment on column patrol_point.lat is ${sql.lit('personal data: where a named person was, second by second (with lng and t)')}`.execute(
    db,
  );
  await sql`comment on column patrol_point.lng is ${sql.lit('personal data: where a named person was, second by second (with lat and t)')}`.execute(
    db,
  );
  await sql`comment on column patrol.review_note is ${sql.lit('personal data: free text of the reviewer about a named person')}`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'patrol_finding',
    'patrol_photo',
    'patrol_point',
    'patrol',
    'patrol_threshold_override',
    'patrol_duty_rule',
    'responsibility_appointment',
    'responsibility_object',
  ])
    await sql`drop table ${sql.table(table)}`.execute(db);
  await sql`alter table membership drop constraint membership_role_check`.execute(db);
  await sql`alter table membership add constraint membership_role_check check (role in (${list(rolesBefore)}))`.execute(
    db,
  );
}
