import type { Me, Membership, Role } from '../api/types.ts';

/** The sections of 系统管理, in menu order. */
export const ADMIN_AREAS = ['units', 'people', 'tokens', 'audit', 'calendar', 'categories'] as const;
export type AdminArea = (typeof ADMIN_AREAS)[number];

/**
 * Who may open each section. The audit trail is not scoped by unit: the server shows it only to
 * holders of audit.read over the whole district.
 */
export function canOpenAdminArea(me: Me | null, area: AdminArea): boolean {
  if (!me) return false;
  const has = (permission: string) => me.permissions.includes(permission);
  switch (area) {
    case 'units':
      return has('unit.read') && has('unit.manage');
    case 'people':
      return has('person.manage');
    case 'tokens':
      return has('token.manage');
    case 'audit':
      return me.districtWide.includes('audit.read');
    case 'calendar':
      return me.districtWide.includes('calendar.manage');
    case 'categories':
      return me.districtWide.includes('category.manage');
  }
}

export function adminAreas(me: Me | null): AdminArea[] {
  return ADMIN_AREAS.filter((area) => canOpenAdminArea(me, area));
}

/** Roles from the most to the least senior, to pick the unit shown under a person's name. */
const ROLE_SENIORITY: readonly Role[] = [
  'leader',
  'administrator',
  'organisation_department',
  'programme_office',
  'supervisor',
  'unit_lead',
  'dispatcher',
  'handler',
  'grid_worker',
  'integration',
  'citizen',
];

/** The membership to show as the person's unit: the most senior role, then the order the server gave. */
export function primaryMembership(me: Me | null): Membership | undefined {
  const memberships = me?.memberships ?? [];
  return [...memberships].sort((a, b) => ROLE_SENIORITY.indexOf(a.role) - ROLE_SENIORITY.indexOf(b.role))[0];
}
