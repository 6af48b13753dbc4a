/** Shapes of the server's JSON, named from the generated OpenAPI types (./schema.ts). */

import { permissions, roles, unitTypes } from '../../shared/organisation.ts';
import type { Role, UnitType } from '../../shared/organisation.ts';
import type { ApiBody, ApiResponse } from './schema.ts';

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

export type Me = ApiResponse<'/auth/me'>;
/** Whether anyone is signed in (GET /auth/session: 200 either way, so no failed request is logged). */
export type Session = ApiResponse<'/auth/session'>;
export type Membership = Me['memberships'][number];
export type DemoLogin = ApiResponse<'/auth/demo-logins'>[number];

export type Unit = ApiResponse<'/units/{id}'>;
export type UnitAction = Unit['allowedActions'][number];

export type ReporterContact = ApiResponse<'/cases/{id}/reporter'>;

export type CalendarView = ApiResponse<'/calendar'>;
export type RelatedCategories = ApiResponse<'/categories/{id}/related'>;

export type Person = ApiResponse<'/people/{id}'>;
export type PersonAction = Person['allowedActions'][number];
export type MembershipInput = ApiBody<'/people/{id}/memberships', 'put'>['memberships'][number];

export type ApiToken = ApiResponse<'/tokens'>[number];

export type AuditPage = ApiResponse<'/audit'>;
export type AuditEntry = AuditPage['items'][number];
export type AuditVerification = ApiResponse<'/audit/verify'>;

export interface ListPage<T> {
  items: T[];
  total: number;
}

export type ImportResult = ApiResponse<'/units/import', 'post'>;

/** One refused row of an import (the `details` of its 400 answer). */
export interface ImportRowError {
  row: number;
  column?: string;
  reason: string;
}
