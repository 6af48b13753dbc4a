import { type Permission, permissions, type Role, roles } from '../../shared/organisation.ts';

export { type Permission, permissions, type Role, roles };

/**
 * What each role grants. `subtree` permissions hold over the membership's unit and everything
 * below it; `district` permissions hold over the whole tree the unit belongs to (supervisors, the
 * discipline commission and leaders read across the district).
 */
export interface RoleGrant {
  subtree: readonly Permission[];
  district: readonly Permission[];
}

export const roleGrants: Record<Role, RoleGrant> = {
  citizen: { subtree: [], district: [] },
  grid_worker: {
    subtree: ['unit.read', 'case.read', 'case.create', 'case.handle', 'programme.read', 'patrol.read', 'patrol.record'],
    district: [],
  },
  handler: {
    subtree: [
      'unit.read',
      'case.read',
      'case.create',
      'case.handle',
      'programme.read',
      'task.report',
      'patrol.read',
      'patrol.record',
    ],
    district: [],
  },
  unit_lead: {
    subtree: [
      'unit.read',
      'person.read',
      'case.read',
      'case.create',
      'case.handle',
      'programme.read',
      'task.report',
      'patrol.read',
      'patrol.record',
    ],
    district: [],
  },
  dispatcher: { subtree: [], district: ['unit.read', 'pii.read', 'case.read', 'case.create', 'case.dispatch'] },
  supervisor: {
    subtree: [],
    district: [
      'unit.read',
      'person.read',
      'audit.read',
      'case.read',
      'case.supervise',
      'programme.read',
      'task.supervise',
      'patrol.read',
    ],
  },
  // A district river chief (区级河长) is a leader: reads every object and records the patrols of those appointed to.
  leader: {
    subtree: [],
    district: [
      'unit.read',
      'person.read',
      'case.read',
      'case.supervise',
      'programme.read',
      'task.supervise',
      'patrol.read',
      'patrol.record',
    ],
  },
  programme_office: {
    subtree: [],
    district: [
      'unit.read',
      'case.read',
      'programme.read',
      'programme.manage',
      'task.verify',
      'task.supervise',
      'topic.moderate',
    ],
  },
  organisation_department: { subtree: [], district: ['unit.read', 'person.read', 'case.read', 'programme.read'] },
  administrator: {
    subtree: [
      'unit.read',
      'unit.manage',
      'person.read',
      'person.manage',
      'token.manage',
      'audit.read',
      'pii.read',
      'case.read',
      'category.manage',
      'calendar.manage',
      'programme.read',
      'patrol.read',
      'patrol.manage',
    ],
    district: [],
  },
  // The service account of an outside system (Open311 clients, the 12345 platform): registers cases.
  integration: { subtree: ['case.create'], district: [] },
  // 河长办 (the river chief office): the objects, appointments, duties and thresholds, and the review of patrols.
  river_office: {
    subtree: [],
    district: ['unit.read', 'person.read', 'case.read', 'case.create', 'patrol.read', 'patrol.manage', 'patrol.review'],
  },
};

export function isPermission(value: string): value is Permission {
  return (permissions as readonly string[]).includes(value);
}

export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}

/** Chinese names of the roles, used in spreadsheets and messages. */
export const roleLabels: Record<Role, string> = {
  citizen: '群众',
  grid_worker: '网格员',
  dispatcher: '派单员',
  handler: '承办人',
  unit_lead: '单位负责人',
  supervisor: '督查人员',
  leader: '领导',
  programme_office: '牵头办公室',
  organisation_department: '组织部',
  administrator: '管理员',
  integration: '对接系统',
  river_office: '河长办',
};

/** A role from its key or its Chinese name. */
export function parseRole(text: string): Role | undefined {
  const value = text.trim();
  if (isRole(value)) return value;
  return (Object.entries(roleLabels) as [Role, string][]).find(([, label]) => label === value)?.[0];
}
