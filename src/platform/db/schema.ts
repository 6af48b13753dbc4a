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

export interface DB {
  app_meta: AppMetaTable;
  unit: UnitTable;
  person: PersonTable;
  membership: MembershipTable;
  session: SessionTable;
  api_token: ApiTokenTable;
  verification_code: VerificationCodeTable;
  audit_log: AuditLogTable;
}

export type { Generated };
