import { type Kysely, sql } from 'kysely';

// Frozen as they were when this migration shipped; the live lists are in src/shared/programmes.ts.
const programmeKinds = ['campaign', 'pledges', 'key_projects', 'plan'];
const programmeStatuses = ['draft', 'active', 'closed'];
const taskStatuses = ['active', 'done', 'verified', 'routine', 'withdrawn'];
const displayStatuses = ['not_started', 'on_track', 'at_risk', 'late', 'done', 'verified', 'routine', 'withdrawn'];
const reportStatuses = ['pending', 'submitted', 'returned', 'accepted', 'waived'];
const frequencies = ['weekly', 'monthly', 'quarterly'];
const topicStatuses = ['pending', 'published', 'rejected', 'selected'];

const list = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(', '));

/** Task lists and tables (清单 + 表格): programmes, tasks, milestones, report forms and reports, topics chosen by the public. */
export async function up(db: Kysely<unknown>): Promise<void> {
  // A programme (专项整治、民生实事、重点项目清单、工作方案) owned by a programme office (牵头办公室).
  // owner_path copies the owner unit's tree path so scope checks are prefix matches.
  await sql`
    create table programme (
      id bigint generated always as identity primary key,
      title text not null,
      kind text not null check (kind in (${list(programmeKinds)})),
      description text not null default '',
      owner_unit_id bigint not null references unit (id),
      owner_path text not null,
      starts_on date not null,
      ends_on date not null,
      visibility text not null default 'internal' check (visibility in ('internal', 'public')),
      status text not null default 'draft' check (status in (${list(programmeStatuses)})),
      at_risk_working_days integer not null default 5 check (at_risk_working_days between 0 and 60),
      topic_window_opens_at timestamptz,
      topic_window_closes_at timestamptz,
      topic_support_limit integer not null default 5 check (topic_support_limit between 1 and 100),
      topic_proposal_limit integer not null default 3 check (topic_proposal_limit between 1 and 100),
      topic_intro text,
      created_by bigint references person (id),
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check (ends_on >= starts_on),
      check (topic_window_closes_at is null or topic_window_opens_at is null or topic_window_closes_at > topic_window_opens_at)
    )`.execute(db);
  await sql`create index programme_owner_path_idx on programme (owner_path text_pattern_ops)`.execute(db);
  await sql`create index programme_list_idx on programme (status, starts_on desc, id desc)`.execute(db);
  await sql`create index programme_public_idx on programme (visibility, id desc) where visibility = 'public'`.execute(
    db,
  );

  // Phases (阶段), e.g. by quarter: 重点攻坚, 更大突破, 系统提升.
  await sql`
    create table programme_phase (
      id bigint generated always as identity primary key,
      programme_id bigint not null references programme (id) on delete cascade,
      seq integer not null,
      name text not null,
      starts_on date not null,
      ends_on date not null,
      check (ends_on >= starts_on),
      unique (programme_id, seq)
    )`.execute(db);

  // Tasks (任务). parent_id makes sub-tasks, whose progress rolls up weighted; external_id is the key an
  // imported spreadsheet updates by. display_status is the computed traffic light, refreshed on every
  // change and by the sweeper at next_status_at (the next moment it may change on its own).
  await sql`
    create table task (
      id bigint generated always as identity primary key,
      programme_id bigint not null references programme (id),
      parent_id bigint references task (id),
      seq integer not null default 0,
      external_id text,
      title text not null,
      description text not null default '',
      lead_unit_id bigint not null references unit (id),
      lead_path text not null,
      leader_name text,
      owner_name text,
      phase_id bigint references programme_phase (id),
      starts_on date,
      due_on date,
      target_text text,
      target_value double precision,
      target_unit text,
      actual_value double precision,
      weight double precision not null default 1 check (weight > 0),
      progress double precision not null default 0 check (progress between 0 and 100),
      status text not null default 'active' check (status in (${list(taskStatuses)})),
      display_status text not null default 'not_started' check (display_status in (${list(displayStatuses)})),
      status_reasons jsonb not null default '[]',
      next_status_at timestamptz,
      reports_filed integer not null default 0,
      last_report_at timestamptz,
      done_at timestamptz,
      verified_at timestamptz,
      verified_by bigint references person (id),
      created_by bigint references person (id),
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check (due_on is null or starts_on is null or due_on >= starts_on)
    )`.execute(db);
  await sql`create unique index task_external_id_idx on task (programme_id, external_id) where external_id is not null`.execute(
    db,
  );
  // The board: a programme's tasks in list order, and counts by traffic light.
  await sql`create index task_programme_idx on task (programme_id, parent_id, seq, id)`.execute(db);
  await sql`create index task_board_idx on task (programme_id, display_status)`.execute(db);
  await sql`create index task_parent_idx on task (parent_id) where parent_id is not null`.execute(db);
  // A unit's tasks across programmes, and scope by the lead unit's path.
  await sql`create index task_lead_idx on task (lead_unit_id, display_status, due_on)`.execute(db);
  await sql`create index task_lead_path_idx on task (lead_path text_pattern_ops)`.execute(db);
  await sql`create index task_status_sweep_idx on task (next_status_at) where next_status_at is not null`.execute(db);

  // Supporting units (配合单位).
  await sql`
    create table task_unit (
      task_id bigint not null references task (id) on delete cascade,
      unit_id bigint not null references unit (id),
      unit_path text not null,
      role text not null default 'support' check (role in ('support')),
      primary key (task_id, unit_id)
    )`.execute(db);
  await sql`create index task_unit_unit_idx on task_unit (unit_id, task_id)`.execute(db);
  await sql`create index task_unit_path_idx on task_unit (unit_path text_pattern_ops, task_id)`.execute(db);

  // Milestones (节点): due on a date; on a holiday the deadline runs to the end of the next working day.
  await sql`
    create table milestone (
      id bigint generated always as identity primary key,
      task_id bigint not null references task (id) on delete cascade,
      seq integer not null default 0,
      title text not null,
      due_on date not null,
      phase_id bigint references programme_phase (id),
      completed_at timestamptz,
      completed_by bigint references person (id),
      completion_note text,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index milestone_task_idx on milestone (task_id, seq, id)`.execute(db);
  await sql`create index milestone_open_due_idx on milestone (due_on) where completed_at is null`.execute(db);

  // Report forms (表格): fields the programme office defines, and a cycle.
  await sql`
    create table report_form (
      id bigint generated always as identity primary key,
      programme_id bigint not null references programme (id),
      name text not null,
      description text not null default '',
      fields jsonb not null default '[]',
      frequency text not null check (frequency in (${list(frequencies)})),
      due_working_day integer not null default 0 check (due_working_day between 0 and 20),
      remind_working_days integer not null default 1 check (remind_working_days between 0 and 10),
      starts_on date not null,
      generated_until date,
      active boolean not null default true,
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index report_form_programme_idx on report_form (programme_id, id)`.execute(db);
  await sql`create index report_form_active_idx on report_form (id) where active`.execute(db);

  // Reports (报送): one per form, task and period. The unique key makes the cycle generator idempotent.
  await sql`
    create table report (
      id bigint generated always as identity primary key,
      form_id bigint not null references report_form (id),
      task_id bigint not null references task (id),
      programme_id bigint not null references programme (id),
      period_key text not null,
      period_start date not null,
      period_end date not null,
      due_at timestamptz not null,
      remind_at timestamptz,
      status text not null default 'pending' check (status in (${list(reportStatuses)})),
      field_values jsonb not null default '{}',
      progress double precision check (progress between 0 and 100),
      summary text,
      late boolean not null default false,
      submitted_at timestamptz,
      submitted_by bigint references person (id),
      reviewed_at timestamptz,
      reviewed_by bigint references person (id),
      review_note text,
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (form_id, task_id, period_key)
    )`.execute(db);
  await sql`create index report_task_idx on report (task_id, period_end desc, id desc)`.execute(db);
  await sql`create index report_programme_idx on report (programme_id, period_end desc, id)`.execute(db);
  await sql`create index report_programme_status_idx on report (programme_id, status)`.execute(db);
  // The sweeper reads only reports still to be filed.
  await sql`create index report_open_due_idx on report (due_at) where status in ('pending', 'returned')`.execute(db);

  // Timelines.
  await sql`
    create table task_event (
      id bigint generated always as identity primary key,
      task_id bigint not null references task (id) on delete cascade,
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
  await sql`create index task_event_task_idx on task_event (task_id, id)`.execute(db);
  await sql`
    create table report_event (
      id bigint generated always as identity primary key,
      report_id bigint not null references report (id) on delete cascade,
      at timestamptz not null,
      actor_id bigint references person (id),
      actor_label text,
      action text not null,
      from_status text,
      to_status text,
      note text,
      data jsonb not null default '{}'
    )`.execute(db);
  await sql`create index report_event_report_idx on report_event (report_id, id)`.execute(db);

  // Supervision comments (督导意见) and urges (督办) on a task.
  await sql`
    create table task_comment (
      id bigint generated always as identity primary key,
      task_id bigint not null references task (id) on delete cascade,
      at timestamptz not null,
      author_id bigint references person (id),
      author_label text,
      kind text not null check (kind in ('comment', 'urge')),
      text text not null
    )`.execute(db);
  await sql`create index task_comment_task_idx on task_comment (task_id, id)`.execute(db);

  // One row per reminder, late flag or urge the sweeper raised, so it never raises one twice.
  await sql`
    create table programme_alert (
      entity text not null,
      entity_id bigint not null,
      kind text not null,
      due_at timestamptz not null,
      created_at timestamptz not null default now(),
      primary key (entity, entity_id, kind, due_at)
    )`.execute(db);

  // Topics chosen by the public (群众点题): proposed, moderated before publication, supported once per person.
  await sql`
    create table topic (
      id bigint generated always as identity primary key,
      programme_id bigint not null references programme (id),
      title text not null,
      description text not null default '',
      category_id bigint references category (id),
      keywords text[] not null default '{}',
      status text not null default 'pending' check (status in (${list(topicStatuses)})),
      proposer_person_id bigint references person (id),
      support_count integer not null default 0 check (support_count >= 0),
      task_id bigint unique references task (id),
      moderation_note text,
      moderated_by bigint references person (id),
      moderated_at timestamptz,
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index topic_rank_idx on topic (programme_id, status, support_count desc, id)`.execute(db);
  await sql`create index topic_proposer_idx on topic (proposer_person_id, programme_id, created_at)`.execute(db);
  await sql`
    create table topic_support (
      topic_id bigint not null references topic (id) on delete cascade,
      person_id bigint not null references person (id),
      created_at timestamptz not null default now(),
      primary key (topic_id, person_id)
    )`.execute(db);
  await sql`create index topic_support_person_idx on topic_support (person_id, created_at)`.execute(db);

  // Evidence (佐证材料) on tasks and files in reports use the attachment store of the case loop.
  await sql`alter table attachment add column task_id bigint references task (id)`.execute(db);
  await sql`alter table attachment add column report_id bigint references report (id)`.execute(db);
  await sql`create index attachment_task_idx on attachment (task_id) where task_id is not null`.execute(db);
  await sql`create index attachment_report_idx on attachment (report_id) where report_id is not null`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table attachment drop column if exists report_id`.execute(db);
  await sql`alter table attachment drop column if exists task_id`.execute(db);
  const tables = [
    'topic_support',
    'topic',
    'programme_alert',
    'task_comment',
    'report_event',
    'task_event',
    'report',
    'report_form',
    'milestone',
    'task_unit',
    'task',
    'programme_phase',
    'programme',
  ];
  for (const table of tables) await sql`drop table if exists ${sql.table(table)} cascade`.execute(db);
}
