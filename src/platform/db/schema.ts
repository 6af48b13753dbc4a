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

/** The search vector of a case (全文检索), apart from case_record so lists never read it. */
export interface CaseSearchTable {
  case_id: number;
  created_at: Timestamp;
  search: string;
}

/** 诉求/工单 */
export interface CaseRecordTable {
  id: Id;
  tracking_code: string;
  channel: string;
  title: string;
  description: string;
  category_id: number | null;
  tier: string | null;
  urgency: Generated<string>;
  status: string;
  address: string | null;
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
}

export interface NotificationTable {
  id: Id;
  person_id: number;
  at: Timestamp;
  kind: string;
  title: string;
  body: string;
  case_id: number | null;
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

export interface DB {
  app_meta: AppMetaTable;
  unit: UnitTable;
  person: PersonTable;
  membership: MembershipTable;
  session: SessionTable;
  api_token: ApiTokenTable;
  verification_code: VerificationCodeTable;
  audit_log: AuditLogTable;
  category: CategoryTable;
  case_record: CaseRecordTable;
  case_search: CaseSearchTable;
  case_party: CasePartyTable;
  case_event: CaseEventTable;
  case_alert: CaseAlertTable;
  attachment: AttachmentTable;
  notification: NotificationTable;
  unit_month_rate: UnitMonthRateTable;
  calendar_override: CalendarOverrideTable;
}

export type { Generated };
