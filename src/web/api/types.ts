/** Shapes of the server's JSON (see /api/openapi.json). */

export const ROLES = [
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
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  'unit.read',
  'unit.manage',
  'person.read',
  'person.manage',
  'token.manage',
  'audit.read',
  'pii.read',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const UNIT_TYPES = [
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
export type UnitType = (typeof UNIT_TYPES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export function isUnitType(value: string): value is UnitType {
  return (UNIT_TYPES as readonly string[]).includes(value);
}

export interface Membership {
  unitId: number;
  unitCode: string;
  unitName: string;
  role: Role;
}

export interface Me {
  person: { id: number; displayName: string; kind: 'staff' | 'citizen'; username: string | null };
  memberships: Membership[];
  permissions: string[];
  districtWide: string[];
  csrfToken: string | null;
  via: 'session' | 'token';
}

export interface DemoLogin {
  role: string;
  username: string;
  password: string;
  displayName: string;
}

export type UnitAction = 'update' | 'move' | 'deactivate' | 'activate' | 'delete' | 'createChild';

export interface Unit {
  id: number;
  code: string;
  nameZh: string;
  nameEn: string | null;
  type: UnitType;
  parentId: number | null;
  path: string;
  depth: number;
  active: boolean;
  version: number;
  allowedActions: UnitAction[];
}

export type PersonAction = 'update' | 'assignRoles' | 'resetPassword' | 'unlock' | 'deactivate' | 'activate' | 'viewPersonalData';

export interface Person {
  id: number;
  username: string | null;
  displayName: string;
  mobile: string | null;
  kind: 'staff' | 'citizen';
  active: boolean;
  locked: boolean;
  masked: boolean;
  version: number;
  memberships: Membership[];
  allowedActions: PersonAction[];
}

export interface MembershipInput {
  unitId: number;
  role: Role;
}

export interface ApiToken {
  id: number;
  name: string;
  prefix: string;
  personId: number;
  personName: string;
  scopes: string[];
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
  allowedActions: 'revoke'[];
}

export interface AuditEntry {
  id: number;
  seq: number | null;
  at: string;
  actorId: number | null;
  actorLabel: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
  ip: string | null;
}

export interface AuditPage {
  items: AuditEntry[];
  nextBeforeId: number | null;
}

export interface AuditVerification {
  ok: boolean;
  checked: number;
  unsealed: number;
  problem?: { seq: number; reason: string };
}

export interface ListPage<T> {
  items: T[];
  total: number;
}

export interface ImportResult {
  created: number;
  updated: number;
}

export interface ImportRowError {
  row: number;
  column?: string;
  reason: string;
}
