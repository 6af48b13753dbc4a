import type { UnitRow } from '../../src/modules/units/units.repository.ts';
import { personColumns } from '../../src/modules/people/people-excel.service.ts';
import { unitColumns } from '../../src/modules/units/units-excel.service.ts';
import { writeSheet, xlsxContentType } from '../../src/platform/excel/excel.ts';
import { makePerson, makeUnit, type MadePerson } from '../helpers/factories.ts';
import { type ActorName, call, type Side, unique, type World } from './matrix-world.ts';
import type { RouteCheck } from './matrix-table.ts';

/**
 * Units, people, tokens, audit and personal data, checked against the access policy as DOMAIN.md
 * states it: the grants below are written here, independently of src/modules/access/permissions.ts,
 * so a wrong grant there fails. Each row gives the exact status.
 */
type Perm = 'unit.read' | 'unit.manage' | 'person.read' | 'person.manage' | 'token.manage' | 'audit.read' | 'pii.read';
type Reach = 'district' | 'own';
interface ActorSpec {
  grants: Partial<Record<Perm, Reach>>;
}

const all = (reach: Reach): Record<Perm, Reach> => ({
  'unit.read': reach,
  'unit.manage': reach,
  'person.read': reach,
  'person.manage': reach,
  'token.manage': reach,
  'audit.read': reach,
  'pii.read': reach,
});

export const grantsOf: Record<ActorName, ActorSpec> = {
  administrator: { grants: all('district') },
  township_administrator: { grants: all('own') },
  leader: { grants: { 'unit.read': 'district', 'person.read': 'district' } },
  supervisor: {
    grants: { 'unit.read': 'district', 'person.read': 'district', 'audit.read': 'district' },
  },
  discipline_commission: {
    grants: { 'unit.read': 'district', 'person.read': 'district', 'audit.read': 'district' },
  },
  organisation_department: {
    grants: { 'unit.read': 'district', 'person.read': 'district' },
  },
  programme_office: { grants: { 'unit.read': 'district' } },
  dispatcher: { grants: { 'unit.read': 'district', 'pii.read': 'district' } },
  unit_lead: { grants: { 'unit.read': 'own', 'person.read': 'own' } },
  township_handler: { grants: { 'unit.read': 'own' } },
  department_handler: { grants: { 'unit.read': 'own' } },
  grid_worker: { grants: { 'unit.read': 'own' } },
  citizen: { grants: {} },
};

/** What the policy says: may this actor use this permission at this path (null: no unit)? */
export function reaches(world: World, name: ActorName, perm: Perm, path: string | null): boolean {
  const spec = grantsOf[name];
  const reach = spec.grants[perm];
  if (!reach) return false;
  if (reach === 'district') return true;
  const home = world.homes.get(name)!;
  return path !== null && path.startsWith(home);
}
export const holdsAnywhere = (name: ActorName, perm: Perm) => grantsOf[name].grants[perm] !== undefined;

/** Gate (held anywhere) → 403; target not readable → 404; action not allowed on it → 403; else ok. */
function gated(
  world: World,
  name: ActorName,
  gate: Perm,
  read: Perm,
  act: Perm,
  path: string | null,
  ok: number,
): number {
  if (!holdsAnywhere(name, gate)) return 403;
  if (!reaches(world, name, read, path)) return 404;
  if (!reaches(world, name, act, path)) return 403;
  return ok;
}

async function freshVillage(world: World, side: Side): Promise<UnitRow> {
  return makeUnit(world.db, { parent: world.parents[side], type: 'village', code: unique(`MXV-${side}`) });
}

async function freshPerson(world: World, side: Side): Promise<MadePerson> {
  return makePerson(world.db, { memberships: [{ unit: world.villages[side], role: 'handler' }] });
}

async function xlsx(
  rows: Record<string, string>[],
  columns: typeof unitColumns | typeof personColumns,
): Promise<Buffer> {
  return writeSheet('import', columns as never, rows as never);
}

export const adminRoutes: RouteCheck[] = [
  {
    route: 'GET /api/v1/units',
    run: async (w, s, side) => call(w, s, 'GET', `/api/v1/units?limit=5000&q=${w.villages[side].code}`),
    expect: (w, n, side) =>
      !holdsAnywhere(n, 'unit.read') ? 403 : reaches(w, n, 'unit.read', w.villages[side].path) ? 200 : 200,
  },
  {
    route: 'GET /api/v1/units/{id}',
    run: (w, s, side) => call(w, s, 'GET', `/api/v1/units/${w.villages[side].id}`),
    expect: (w, n, side) => gated(w, n, 'unit.read', 'unit.read', 'unit.read', w.villages[side].path, 200),
  },
  {
    route: 'POST /api/v1/units',
    run: (w, s, side) =>
      call(w, s, 'POST', '/api/v1/units', {
        code: unique('MXN'),
        nameZh: '矩阵新建',
        type: 'grid',
        parentId: Number(w.villages[side].id),
      }),
    expect: (w, n, side) => gated(w, n, 'unit.manage', 'unit.read', 'unit.manage', w.villages[side].path, 201),
  },
  {
    route: 'PATCH /api/v1/units/{id}',
    run: async (w, s, side) => {
      const unit = await freshVillage(w, side);
      return call(w, s, 'PATCH', `/api/v1/units/${unit.id}`, { version: unit.version, nameZh: '矩阵改名' });
    },
    expect: (w, n, side) => gated(w, n, 'unit.manage', 'unit.read', 'unit.manage', w.villages[side].path, 200),
  },
  {
    route: 'POST /api/v1/units/{id}/move',
    run: async (w, s, side) => {
      const unit = await freshVillage(w, side);
      return call(w, s, 'POST', `/api/v1/units/${unit.id}/move`, {
        version: unit.version,
        parentId: Number(w.villages[side].id),
      });
    },
    expect: (w, n, side) => gated(w, n, 'unit.manage', 'unit.read', 'unit.manage', w.villages[side].path, 200),
  },
  {
    route: 'DELETE /api/v1/units/{id}',
    run: async (w, s, side) => {
      const unit = await freshVillage(w, side);
      return call(w, s, 'DELETE', `/api/v1/units/${unit.id}`);
    },
    expect: (w, n, side) => gated(w, n, 'unit.manage', 'unit.read', 'unit.manage', w.villages[side].path, 204),
  },
  {
    route: 'GET /api/v1/units/export.xlsx',
    run: (w, s) => call(w, s, 'GET', '/api/v1/units/export.xlsx'),
    expect: (_w, n) => (holdsAnywhere(n, 'unit.read') ? 200 : 403),
  },
  {
    route: 'POST /api/v1/units/import',
    run: async (w, s, side) => {
      const file = await xlsx(
        [
          {
            code: unique('MXI'),
            nameZh: '导入网格',
            nameEn: '',
            type: '网格',
            parentCode: w.villages[side].code,
            active: '启用',
          },
        ],
        unitColumns,
      );
      return call(w, s, 'POST', '/api/v1/units/import', file, { 'content-type': xlsxContentType });
    },
    expect: (w, n, side) =>
      !holdsAnywhere(n, 'unit.manage') ? 403 : reaches(w, n, 'unit.manage', w.villages[side].path) ? 200 : 422,
  },
  {
    route: 'GET /api/v1/people',
    run: (w, s, side) => call(w, s, 'GET', `/api/v1/people?q=${w.staff[side].username}`),
    expect: (_w, n) => (holdsAnywhere(n, 'person.read') ? 200 : 403),
  },
  {
    route: 'GET /api/v1/people/{id}',
    run: (w, s, side) => call(w, s, 'GET', `/api/v1/people/${w.staff[side].id}`),
    expect: (w, n, side) => gated(w, n, 'person.read', 'person.read', 'person.read', w.villages[side].path, 200),
  },
  {
    route: 'GET /api/v1/people/{id}',
    label: 'reveal a citizen',
    run: (w, s) => call(w, s, 'GET', `/api/v1/people/${w.citizenId}?reveal=true`),
    expect: (w, n) => gated(w, n, 'person.read', 'person.read', 'pii.read', null, 200),
  },
  {
    route: 'POST /api/v1/people',
    run: (w, s, side) =>
      call(w, s, 'POST', '/api/v1/people', {
        username: unique('mx.new').toLowerCase(),
        displayName: '矩阵人员',
        password: 'Matrix2026pass',
        memberships: [{ unitId: Number(w.villages[side].id), role: 'handler' }],
      }),
    expect: (w, n, side) => {
      if (!holdsAnywhere(n, 'person.manage')) return 403;
      if (!reaches(w, n, 'unit.read', w.villages[side].path)) return 400;
      return reaches(w, n, 'person.manage', w.villages[side].path) ? 201 : 403;
    },
  },
  {
    route: 'PATCH /api/v1/people/{id}',
    run: async (w, s, side) =>
      call(w, s, 'PATCH', `/api/v1/people/${(await freshPerson(w, side)).id}`, {
        version: 1,
        displayName: '矩阵改名',
      }),
    expect: (w, n, side) => gated(w, n, 'person.manage', 'person.read', 'person.manage', w.villages[side].path, 200),
  },
  {
    route: 'PUT /api/v1/people/{id}/memberships',
    run: async (w, s, side) =>
      call(w, s, 'PUT', `/api/v1/people/${(await freshPerson(w, side)).id}/memberships`, {
        version: 1,
        memberships: [{ unitId: Number(w.villages[side].id), role: 'unit_lead' }],
      }),
    expect: (w, n, side) => gated(w, n, 'person.manage', 'person.read', 'person.manage', w.villages[side].path, 200),
  },
  {
    route: 'POST /api/v1/people/{id}/password',
    run: async (w, s, side) =>
      call(w, s, 'POST', `/api/v1/people/${(await freshPerson(w, side)).id}/password`, {
        newPassword: 'Matrix2026reset',
      }),
    expect: (w, n, side) => gated(w, n, 'person.manage', 'person.read', 'person.manage', w.villages[side].path, 204),
  },
  {
    route: 'POST /api/v1/people/{id}/unlock',
    run: async (w, s, side) => call(w, s, 'POST', `/api/v1/people/${(await freshPerson(w, side)).id}/unlock`),
    expect: (w, n, side) => gated(w, n, 'person.manage', 'person.read', 'person.manage', w.villages[side].path, 200),
  },
  {
    route: 'GET /api/v1/people/export.xlsx',
    run: (w, s) => call(w, s, 'GET', '/api/v1/people/export.xlsx'),
    expect: (_w, n) => (holdsAnywhere(n, 'person.read') ? 200 : 403),
  },
  {
    route: 'POST /api/v1/people/import',
    run: async (w, s, side) => {
      const file = await xlsx(
        [
          {
            username: unique('mx.imp').toLowerCase(),
            displayName: '导入人员',
            mobile: '',
            unit: w.villages[side].code,
            roles: '承办人',
            password: 'Import2026pass',
            active: '启用',
          },
        ],
        personColumns,
      );
      return call(w, s, 'POST', '/api/v1/people/import', file, { 'content-type': xlsxContentType });
    },
    expect: (w, n, side) =>
      !holdsAnywhere(n, 'person.manage') ? 403 : reaches(w, n, 'person.manage', w.villages[side].path) ? 200 : 422,
  },
  {
    route: 'GET /api/v1/tokens',
    run: (w, s) => call(w, s, 'GET', '/api/v1/tokens'),
    expect: (_w, n) => (holdsAnywhere(n, 'token.manage') ? 200 : 403),
  },
  {
    route: 'POST /api/v1/tokens',
    run: (w, s) => call(w, s, 'POST', '/api/v1/tokens', { name: unique('矩阵令牌'), scopes: ['unit.read'] }),
    expect: (_w, n) => (holdsAnywhere(n, 'token.manage') ? 201 : 403),
  },
  {
    route: 'DELETE /api/v1/tokens/{id}',
    label: 'a token someone else issued',
    run: async (w, s) => {
      const admin = w.sessions.get('administrator')!;
      const issued = await w.app.inject({
        method: 'POST',
        url: '/api/v1/tokens',
        headers: admin.headers(),
        payload: { name: unique('他人令牌'), scopes: ['unit.read'] },
      });
      return call(w, s, 'DELETE', `/api/v1/tokens/${issued.json().apiToken.id}`);
    },
    expect: (w, n) => (!holdsAnywhere(n, 'token.manage') ? 403 : reaches(w, n, 'token.manage', null) ? 204 : 404),
  },
  {
    route: 'GET /api/v1/audit',
    run: (w, s) => call(w, s, 'GET', '/api/v1/audit?limit=5'),
    expect: (w, n) => (reaches(w, n, 'audit.read', null) ? 200 : 403),
  },
  {
    route: 'GET /api/v1/audit/verify',
    run: (w, s) => call(w, s, 'GET', '/api/v1/audit/verify'),
    expect: (w, n) => (reaches(w, n, 'audit.read', null) ? 200 : 403),
  },
];
