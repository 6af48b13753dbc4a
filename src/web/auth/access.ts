import type { Me } from '../api/types.ts';

/** The sections of 系统管理, in menu order. */
export const ADMIN_AREAS = ['units', 'people', 'tokens', 'audit'] as const;
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
  }
}

export function adminAreas(me: Me | null): AdminArea[] {
  return ADMIN_AREAS.filter((area) => canOpenAdminArea(me, area));
}
