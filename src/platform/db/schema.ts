import type { ColumnType, Generated } from 'kysely';

/**
 * The typed shape of every table, for Kysely. Each feature adds its tables here beside a migration
 * that creates them (see migrations/).
 */

/** Key-value facts about this installation (instance id, demo data loaded, …). */
export interface AppMetaTable {
  key: string;
  value: unknown;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type Id = Generated<number>;

/** 单位: a unit of the organisation tree. */
export interface UnitTable {
  id: Id;
  code: string;
  name_zh: string;
  name_en: string | null;
  type: string;
  parent_id: number | null;
  /** Ids from the root to this unit: /1/5/23/ */
  path: string;
  depth: number;
  active: Generated<boolean>;
  sort_order: Generated<number>;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Timestamp;
}

/** 人员: a staff account or a citizen. */
export interface PersonTable {
  id: Id;
  username: string | null;
  mobile: string | null;
  display_name: string;
  kind: 'staff' | 'citizen';
  password_hash: string | null;
  active: Generated<boolean>;
  failed_logins: Generated<number>;
  locked_until: NullableTimestamp;
  password_changed_at: NullableTimestamp;
  email: Generated<string | null>;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Timestamp;
}

export interface MembershipTable {
  id: Id;
  person_id: number;
  unit_id: number;
  role: string;
  created_at: Generated<Date>;
}

export interface SessionTable {
  id: string;
  person_id: number;
  csrf_token: string;
  created_at: Generated<Date>;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
  ip: string | null;
  user_agent: string | null;
}

export interface ApiTokenTable {
  id: Id;
  person_id: number;
  name: string;
  prefix: string;
  token_hash: string;
  scopes: string[];
  created_by: number | null;
  created_at: Generated<Date>;
  expires_at: NullableTimestamp;
  last_used_at: NullableTimestamp;
  revoked_at: NullableTimestamp;
}

export interface VerificationCodeTable {
  mobile: string;
  code_hash: string;
  expires_at: Timestamp;
  attempts: Generated<number>;
  sent_at: Generated<Date>;
}

/** Failures in a row of one account from one client (`ip:…` or `device:…`) and the lock they led to. */
export interface SignInLockTable {
  person_id: number;
  client: string;
  failures: Generated<number>;
  locked_until: NullableTimestamp;
  last_failed_at: Timestamp;
}

/** A browser a person signed in from: the SHA-256 of its device cookie. */
export interface KnownDeviceTable {
  token_hash: string;
  person_id: number;
  created_at: Timestamp;
  last_used_at: Timestamp;
  expires_at: Timestamp;
  user_agent: string | null;
}

export interface AuditLogTable {
  id: Id;
  seq: number | null;
  at: Generated<Date>;
  actor_id: number | null;
  actor_label: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  before: unknown;
  after: unknown;
  request_id: string | null;
  ip: string | null;
  prev_hash: string | null;
  hash: string | null;
  /** Chosen by the application, unique: what the tag is bound to. */
  nonce: string | null;
  /** HMAC of the row's content with the audit key, made when it was written; null on legacy rows. */
  tag: string | null;
}

/** Audit rows the sealer refused (no valid tag): never chained, reported by verification. */
export interface AuditRejectedTable {
  audit_id: number;
  rejected_at: Generated<Date>;
  reason: string;
}

/** 分类: a node of the category tree. */
export interface CategoryTable {
  id: Id;
  code: string;
  parent_id: number | null;
  path: string;
  depth: number;
  name_zh: string;
  name_en: string | null;
  routing: unknown;
  limits: unknown;
  extra_fields: Generated<unknown>;
  active: Generated<boolean>;
  sort_order: Generated<number>;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Timestamp;
}

/** 相关分类: a symmetric pair of categories related for recurrence, the smaller id first (migration 0018). */
export interface CategoryRelationTable {
  low_id: number;
  high_id: number;
  created_at: Generated<Date>;
  created_by: number | null;
}

/** The search vector of a case (全文检索), apart from case_record so lists never read it. */
export interface CaseSearchTable {
  case_id: number;
  created_at: Timestamp;
  search: string;
}

/** Cases whose search vector is still to be written. */
export interface CaseSearchQueueTable {
  case_id: number;
}

/** 诉求/工单 */
export interface CaseRecordTable {
  id: Id;
  tracking_code: string;
  channel: string;
  title: string;
  /** Personal data: the citizen's own words. Lists, search and exports read description_masked. */
  description: string;
  /** The description with personal data hidden (privacy/personal-data.ts); null: mask when read. */
  description_masked: string | null;
  category_id: number | null;
  tier: string | null;
  urgency: Generated<string>;
  status: string;
  /** Personal data: the exact address. */
  address: string | null;
  /** The address to its road or community. */
  address_masked: string | null;
  lat: number | null;
  lng: number | null;
  place_unit_id: number | null;
  place_path: string;
  reporter_person_id: number | null;
  reporter_name: string | null;
  reporter_mobile: string | null;
  anonymous: Generated<boolean>;
  extra: Generated<unknown>;
  created_by: number | null;
  lead_unit_id: number | null;
  lead_path: string | null;
  accepted_at: NullableTimestamp;
  dispatched_at: NullableTimestamp;
  response_due_at: NullableTimestamp;
  resolve_due_at: NullableTimestamp;
  warn_at: NullableTimestamp;
  phase_started_at: NullableTimestamp;
  acknowledged_at: NullableTimestamp;
  resolved_at: NullableTimestamp;
  closed_at: NullableTimestamp;
  overruled: Generated<boolean>;
  pending_extension: unknown;
  extension_count: Generated<number>;
  return_count: Generated<number>;
  send_back_count: Generated<number>;
  reopen_count: Generated<number>;
  escalation_level: Generated<number>;
  satisfaction: string | null;
  solved: boolean | null;
  merged_into_id: number | null;
  heat: Generated<number>;
  recurrence_of_id: number | null;
  /** Why intake flagged the recurrence (migration 0015): see cases/case-recurrence.ts. */
  recurrence_reason: unknown;
  next_sweep_at: NullableTimestamp;
  idempotency_scope: string | null;
  idempotency_key: string | null;
  request_hash: string | null;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface CasePartyTable {
  case_id: number;
  unit_id: number;
  unit_path: string;
  role: string;
  due_at: NullableTimestamp;
  acknowledged_at: NullableTimestamp;
  created_at: Generated<Date>;
}

export interface CaseEventTable {
  id: Id;
  case_id: number;
  at: Timestamp;
  actor_id: number | null;
  actor_label: string | null;
  action: string;
  from_status: string | null;
  to_status: string | null;
  note: string | null;
  public_text: string | null;
  data: unknown;
}

export interface CaseAlertTable {
  case_id: number;
  kind: string;
  due_at: Timestamp;
  unit_id: Generated<number>;
  created_at: Generated<Date>;
}

export interface AttachmentTable {
  id: Id;
  case_id: number | null;
  event_id: number | null;
  sha256: string;
  content_type: string;
  size: number;
  file_name: string;
  uploaded_by: number | null;
  upload_key: string | null;
  created_at: Generated<Date>;
  /** Evidence of a task (佐证材料) or a file in a report (0004). */
  task_id: Generated<number | null>;
  report_id: Generated<number | null>;
}

export interface NotificationTable {
  id: Id;
  person_id: number;
  at: Timestamp;
  kind: string;
  title: string;
  body: string;
  case_id: number | null;
  /** The app path the notification opens (`/tasks/12`); case notifications lead by case_id. */
  link: string | null;
  read_at: NullableTimestamp;
}

export interface UnitMonthRateTable {
  unit_id: number;
  /** Selected as text: a date column would otherwise become a local-time Date. */
  month: ColumnType<string, string, string>;
  dispatched: Generated<number>;
  responded_on_time: Generated<number>;
  rated: Generated<number>;
  solved: Generated<number>;
  satisfied: Generated<number>;
}

export interface CalendarOverrideTable {
  day: ColumnType<string, string, string>;
  kind: 'holiday' | 'workday';
  note: string | null;
}

/** A local date, 'YYYY-MM-DD' (select it with to_char: a date column would otherwise become a local-time Date). */
type LocalDate = ColumnType<string, string, string>;
type NullableLocalDate = ColumnType<string | null, string | null | undefined, string | null>;

/** 清单: a programme (campaign, pledges, key projects, plan) owned by a programme office. */
export interface ProgrammeTable {
  id: Id;
  title: string;
  kind: string;
  description: Generated<string>;
  owner_unit_id: number;
  owner_path: string;
  starts_on: LocalDate;
  ends_on: LocalDate;
  visibility: Generated<string>;
  status: Generated<string>;
  at_risk_working_days: Generated<number>;
  topic_window_opens_at: NullableTimestamp;
  topic_window_closes_at: NullableTimestamp;
  topic_support_limit: Generated<number>;
  topic_proposal_limit: Generated<number>;
  topic_intro: string | null;
  created_by: number | null;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Timestamp;
}

export interface ProgrammePhaseTable {
  id: Id;
  programme_id: number;
  seq: number;
  name: string;
  starts_on: LocalDate;
  ends_on: LocalDate;
}

/** 任务 */
export interface TaskTable {
  id: Id;
  programme_id: number;
  parent_id: number | null;
  seq: Generated<number>;
  external_id: string | null;
  title: string;
  description: Generated<string>;
  lead_unit_id: number;
  lead_path: string;
  leader_name: string | null;
  owner_name: string | null;
  phase_id: number | null;
  starts_on: NullableLocalDate;
  due_on: NullableLocalDate;
  target_text: string | null;
  target_value: number | null;
  target_unit: string | null;
  /** The tsvector of title, description and target (written with the task; see the search module). */
  search: Generated<string>;
  actual_value: number | null;
  weight: Generated<number>;
  progress: Generated<number>;
  status: Generated<string>;
  display_status: Generated<string>;
  status_reasons: Generated<unknown>;
  next_status_at: NullableTimestamp;
  reports_filed: Generated<number>;
  last_report_at: NullableTimestamp;
  done_at: NullableTimestamp;
  verified_at: NullableTimestamp;
  verified_by: number | null;
  created_by: number | null;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Timestamp;
}

export interface TaskUnitTable {
  task_id: number;
  unit_id: number;
  unit_path: string;
  role: Generated<string>;
}

export interface MilestoneTable {
  id: Id;
  task_id: number;
  seq: Generated<number>;
  title: string;
  due_on: LocalDate;
  phase_id: number | null;
  completed_at: NullableTimestamp;
  completed_by: number | null;
  completion_note: string | null;
  created_at: Generated<Date>;
  updated_at: Timestamp;
}

/** 表格: a report form and its cycle. */
export interface ReportFormTable {
  id: Id;
  programme_id: number;
  name: string;
  description: Generated<string>;
  fields: unknown;
  frequency: string;
  due_working_day: Generated<number>;
  remind_working_days: Generated<number>;
  starts_on: LocalDate;
  /** The start of the latest period whose reports the sweeper has made (null: none yet). */
  generated_until: NullableLocalDate;
  active: Generated<boolean>;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Timestamp;
}

/** 报送: one report of a task for one period of a form. */
export interface ReportTable {
  id: Id;
  form_id: number;
  task_id: number;
  programme_id: number;
  period_key: string;
  period_start: LocalDate;
  period_end: LocalDate;
  due_at: Timestamp;
  remind_at: NullableTimestamp;
  status: Generated<string>;
  field_values: Generated<unknown>;
  progress: number | null;
  summary: string | null;
  late: Generated<boolean>;
  submitted_at: NullableTimestamp;
  submitted_by: number | null;
  reviewed_at: NullableTimestamp;
  reviewed_by: number | null;
  review_note: string | null;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Timestamp;
}

export interface TaskEventTable {
  id: Id;
  task_id: number;
  at: Timestamp;
  actor_id: number | null;
  actor_label: string | null;
  action: string;
  from_status: string | null;
  to_status: string | null;
  note: string | null;
  public_text: string | null;
  data: unknown;
}

export interface ReportEventTable {
  id: Id;
  report_id: number;
  at: Timestamp;
  actor_id: number | null;
  actor_label: string | null;
  action: string;
  from_status: string | null;
  to_status: string | null;
  note: string | null;
  data: unknown;
}

/** 督导意见 and 督办 on a task. */
export interface TaskCommentTable {
  id: Id;
  task_id: number;
  at: Timestamp;
  author_id: number | null;
  author_label: string | null;
  kind: string;
  text: string;
}

export interface ProgrammeAlertTable {
  entity: string;
  entity_id: number;
  kind: string;
  due_at: Timestamp;
  created_at: Generated<Date>;
}

/** 群众点题 */
export interface TopicTable {
  id: Id;
  programme_id: number;
  title: string;
  description: Generated<string>;
  category_id: number | null;
  keywords: Generated<string[]>;
  status: Generated<string>;
  proposer_person_id: number | null;
  support_count: Generated<number>;
  task_id: number | null;
  moderation_note: string | null;
  moderated_by: number | null;
  moderated_at: NullableTimestamp;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Timestamp;
}

export interface TopicSupportTable {
  topic_id: number;
  person_id: number;
  created_at: Generated<Date>;
}

/** 责任对象: a river segment, lake, grid, enterprise, project or street someone answers for (0019). */
export interface ResponsibilityObjectTable {
  id: Id;
  kind: string;
  name: string;
  code: string | null;
  river_name: string | null;
  parent_object_id: number | null;
  /** GeoJSON geometry, WGS-84 [lng, lat]. */
  geometry: unknown;
  range_metres: number;
  length_metres: number;
  min_lng: number;
  min_lat: number;
  max_lng: number;
  max_lat: number;
  unit_id: number;
  unit_path: string;
  public_slug: string;
  public_phone: string | null;
  checklist: unknown;
  active: Generated<boolean>;
  retired_at: NullableTimestamp;
  created_by: number | null;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Timestamp;
}

/** Who holds an object at which level, from `from_date` until the day before `to_date` (null: current). */
export interface ResponsibilityAppointmentTable {
  id: Id;
  object_id: number;
  person_id: number;
  level: string;
  from_date: ColumnType<string, string, string>;
  to_date: ColumnType<string | null, string | null | undefined, string | null>;
  office_phone: string | null;
  appointed_by: number | null;
  ended_by: Generated<number | null>;
  created_at: Generated<Date>;
}

export interface PatrolDutyRuleTable {
  id: Id;
  unit_id: number;
  unit_path: string;
  level: string;
  object_kind: string | null;
  times: number;
  period: string;
  season_months: number[] | null;
  raised_times: number | null;
  note: string | null;
  version: Generated<number>;
  created_by: number | null;
  created_at: Generated<Date>;
  updated_at: Timestamp;
}

export interface PatrolThresholdOverrideTable {
  id: Id;
  unit_id: number;
  unit_path: string;
  level: string;
  overrides: unknown;
  version: Generated<number>;
  updated_by: number | null;
  updated_at: Timestamp;
}

/** 巡查: one patrol of one object by one person. */
export interface PatrolTable {
  id: Id;
  object_id: number;
  person_id: number;
  level: string;
  unit_id: number;
  unit_path: string;
  client_id: string;
  status: Generated<string>;
  started_at: Timestamp;
  ended_at: NullableTimestamp;
  point_count: Generated<number>;
  verdict: string | null;
  reasons: unknown;
  figures: unknown;
  pieces: unknown;
  judged_at: NullableTimestamp;
  review: string | null;
  review_verdict: string | null;
  review_note: string | null;
  reviewed_by: number | null;
  reviewed_at: NullableTimestamp;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Timestamp;
}

export interface PatrolPointTable {
  patrol_id: number;
  seq: number;
  /** ms since the epoch (bigint: read back as a string on some drivers). */
  t: ColumnType<string | number, number, number>;
  lat: number;
  lng: number;
  accuracy: number;
}

export interface PatrolPhotoTable {
  id: Id;
  patrol_id: number;
  attachment_id: number;
  t: ColumnType<string | number, number, number>;
  lat: number | null;
  lng: number | null;
  created_at: Generated<Date>;
}

export interface PatrolFindingTable {
  id: Id;
  patrol_id: number;
  object_id: number;
  unit_id: number;
  unit_path: string;
  item_code: string;
  note: Generated<string>;
  lat: number | null;
  lng: number | null;
  photo_ids: Generated<number[]>;
  case_id: number | null;
  signed_off_at: NullableTimestamp;
  signed_off_by: number | null;
  created_by: number | null;
  version: Generated<number>;
  created_at: Generated<Date>;
}

export interface DB {
  app_meta: AppMetaTable;
  unit: UnitTable;
  person: PersonTable;
  membership: MembershipTable;
  session: SessionTable;
  api_token: ApiTokenTable;
  verification_code: VerificationCodeTable;
  sign_in_lock: SignInLockTable;
  known_device: KnownDeviceTable;
  audit_log: AuditLogTable;
  audit_rejected: AuditRejectedTable;
  category: CategoryTable;
  category_relation: CategoryRelationTable;
  case_record: CaseRecordTable;
  case_search: CaseSearchTable;
  case_search_queue: CaseSearchQueueTable;
  case_party: CasePartyTable;
  case_event: CaseEventTable;
  case_alert: CaseAlertTable;
  attachment: AttachmentTable;
  notification: NotificationTable;
  unit_month_rate: UnitMonthRateTable;
  calendar_override: CalendarOverrideTable;
  programme: ProgrammeTable;
  programme_phase: ProgrammePhaseTable;
  task: TaskTable;
  task_unit: TaskUnitTable;
  milestone: MilestoneTable;
  report_form: ReportFormTable;
  report: ReportTable;
  task_event: TaskEventTable;
  report_event: ReportEventTable;
  task_comment: TaskCommentTable;
  programme_alert: ProgrammeAlertTable;
  topic: TopicTable;
  topic_support: TopicSupportTable;
  responsibility_object: ResponsibilityObjectTable;
  responsibility_appointment: ResponsibilityAppointmentTable;
  patrol_duty_rule: PatrolDutyRuleTable;
  patrol_threshold_override: PatrolThresholdOverrideTable;
  patrol: PatrolTable;
  patrol_point: PatrolPointTable;
  patrol_photo: PatrolPhotoTable;
  patrol_finding: PatrolFindingTable;
}

export type { Generated };
