/** Shapes of the server's JSON (see /api/openapi.json). */

import { permissions, roles, unitTypes } from '../../shared/organisation.ts';
import type { Role, UnitType } from '../../shared/organisation.ts';

export type { Permission, Role, UnitType } from '../../shared/organisation.ts';
export const ROLES = roles;
export const PERMISSIONS = permissions;
export const UNIT_TYPES = unitTypes;

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

export type PersonAction =
  'update' | 'assignRoles' | 'resetPassword' | 'unlock' | 'deactivate' | 'activate' | 'viewPersonalData';

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
