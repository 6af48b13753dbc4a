import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import { loadDemoIfEmpty, demoPassword } from '../../src/modules/demo/demo.service.ts';
import type { DB } from '../../src/platform/db/schema.ts';
import { readSheet, writeSheet, xlsxContentType } from '../../src/platform/excel/excel.ts';
import type { App } from '../../src/platform/http/types.ts';
import { unitColumns } from '../../src/modules/units/units-excel.service.ts';
import { personColumns } from '../../src/modules/people/people-excel.service.ts';
import { findUnitByCode, type UnitRow } from '../../src/modules/units/units.repository.ts';
import { makePerson, makeUnit, type MadePerson } from '../helpers/factories.ts';
import { type HttpSession, signInAs } from '../helpers/http-session.ts';
import { createTestApp } from '../helpers/test-app.ts';
import { describeEachDatabase } from '../helpers/test-databases.ts';

/**
 * Every role × every protected route × a record inside and a record outside a township, checked
 * against the access policy as the issue and DOMAIN.md state it. The expectations below are
 * written here, independently of src/modules/access/permissions.ts, so a wrong grant there fails.
 */
type Perm = 'unit.read' | 'unit.manage' | 'person.read' | 'person.manage' | 'token.manage' | 'audit.read' | 'pii.read';
type Reach = 'district' | 'own';
interface ActorSpec {
  login: string;
  /** The unit code the actor's own reach starts from. */
  home: string | null;
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

const actors: Record<string, ActorSpec> = {
  administrator: { login: 'admin', home: 'D01', grants: all('district') },
  township_administrator: { login: 'town.admin', home: 'D01-T01', grants: all('own') },
  leader: { login: 'leader', home: 'D01', grants: { 'unit.read': 'district', 'person.read': 'district' } },
  supervisor: {
    login: 'supervisor',
    home: 'D01-SUP',
    grants: { 'unit.read': 'district', 'person.read': 'district', 'audit.read': 'district' },
  },
  discipline_commission: {
    login: 'discipline',
    home: 'D01-DIS',
    grants: { 'unit.read': 'district', 'person.read': 'district', 'audit.read': 'district' },
  },
  organisation_department: {
    login: 'orgdept',
    home: 'D01',
    grants: { 'unit.read': 'district', 'person.read': 'district' },
  },
  programme_office: { login: 'office', home: 'D01', grants: { 'unit.read': 'district' } },
  dispatcher: { login: 'dispatcher', home: 'D01-HOT', grants: { 'unit.read': 'district', 'pii.read': 'district' } },
  unit_lead: { login: 'town.lead', home: 'D01-T01', grants: { 'unit.read': 'own', 'person.read': 'own' } },
  township_handler: { login: 'town.handler', home: 'D01-T01', grants: { 'unit.read': 'own' } },
  department_handler: { login: 'dept.handler', home: 'D01-DEPT-WATER', grants: { 'unit.read': 'own' } },
  grid_worker: { login: 'grid', home: 'D01-T01-V01-G01', grants: { 'unit.read': 'own' } },
  citizen: { login: 'citizen', home: null, grants: {} },
};

type Side = 'in' | 'out';
interface World {
  app: App;
  db: Kysely<DB>;
  sessions: Map<string, HttpSession>;
  homes: Map<string, string>;
  parents: Record<Side, UnitRow>;
  villages: Record<Side, UnitRow>;
  people: Record<Side, MadePerson>;
  citizenId: number;
  adminTokenId: number;
}

/** What the policy says: may this actor use this permission at this path (null: no unit)? */
function reaches(world: World, name: string, perm: Perm, path: string | null): boolean {
  const spec = actors[name]!;
  const reach = spec.grants[perm];
  if (!reach) return false;
  if (reach === 'district') return true;
  const home = world.homes.get(name)!;
  return path !== null && path.startsWith(home);
}
const holdsAnywhere = (name: string, perm: Perm) => actors[name]!.grants[perm] !== undefined;

interface Case {
  route: string;
  run(world: World, session: HttpSession, side: Side): Promise<{ status: number; body: string }>;
  expected(world: World, name: string, side: Side): number;
}

let counter = 0;
const unique = (prefix: string) => `${prefix}-${++counter}`;

/** Gate (held anywhere) → 403; target not readable → 404; action not allowed on it → 403; else ok. */
function gated(world: World, name: string, gate: Perm, read: Perm, act: Perm, path: string | null, ok: number): number {
  if (!holdsAnywhere(name, gate)) return 403;
  if (!reaches(world, name, read, path)) return 404;
  if (!reaches(world, name, act, path)) return 403;
  return ok;
}

async function call(
  app: App,
  session: HttpSession,
  method: string,
  url: string,
  payload?: unknown,
  extra: Record<string, string> = {},
) {
  const res = await app.inject({
    method: method as 'GET',
    url,
    headers: { ...session.headers(), ...extra },
    ...(payload === undefined ? {} : { payload: payload as string }),
  });
  return { status: res.statusCode, body: res.body };
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

const cases: Case[] = [
  {
    route: 'GET /units (list)',
    run: async (w, s, side) => call(w.app, s, 'GET', `/api/v1/units?limit=5000&q=${w.villages[side].code}`),
    expected: (w, n, side) =>
      !holdsAnywhere(n, 'unit.read') ? 403 : reaches(w, n, 'unit.read', w.villages[side].path) ? 200 : 200,
  },
  {
    route: 'GET /units/:id',
    run: (w, s, side) => call(w.app, s, 'GET', `/api/v1/units/${w.villages[side].id}`),
    expected: (w, n, side) => gated(w, n, 'unit.read', 'unit.read', 'unit.read', w.villages[side].path, 200),
  },
  {
    route: 'POST /units',
    run: (w, s, side) =>
      call(w.app, s, 'POST', '/api/v1/units', {
        code: unique('MXN'),
        nameZh: '矩阵新建',
        type: 'grid',
        parentId: Number(w.villages[side].id),
      }),
    expected: (w, n, side) => gated(w, n, 'unit.manage', 'unit.read', 'unit.manage', w.villages[side].path, 201),
  },
  {
    route: 'PATCH /units/:id',
    run: async (w, s, side) => {
      const unit = await freshVillage(w, side);
      return call(w.app, s, 'PATCH', `/api/v1/units/${unit.id}`, { version: unit.version, nameZh: '矩阵改名' });
    },
    expected: (w, n, side) => gated(w, n, 'unit.manage', 'unit.read', 'unit.manage', w.villages[side].path, 200),
  },
  {
    route: 'POST /units/:id/move',
    run: async (w, s, side) => {
      const unit = await freshVillage(w, side);
      return call(w.app, s, 'POST', `/api/v1/units/${unit.id}/move`, {
        version: unit.version,
        parentId: Number(w.villages[side].id),
      });
    },
    expected: (w, n, side) => gated(w, n, 'unit.manage', 'unit.read', 'unit.manage', w.villages[side].path, 200),
  },
  {
    route: 'DELETE /units/:id',
    run: async (w, s, side) => {
      const unit = await freshVillage(w, side);
      return call(w.app, s, 'DELETE', `/api/v1/units/${unit.id}`);
    },
    expected: (w, n, side) => gated(w, n, 'unit.manage', 'unit.read', 'unit.manage', w.villages[side].path, 204),
  },
  {
    route: 'GET /units/export.xlsx',
    run: (w, s) => call(w.app, s, 'GET', '/api/v1/units/export.xlsx'),
    expected: (_w, n) => (holdsAnywhere(n, 'unit.read') ? 200 : 403),
  },
  {
    route: 'POST /units/import',
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
      return call(w.app, s, 'POST', '/api/v1/units/import', file, { 'content-type': xlsxContentType });
    },
    expected: (w, n, side) =>
      !holdsAnywhere(n, 'unit.manage') ? 403 : reaches(w, n, 'unit.manage', w.villages[side].path) ? 200 : 422,
  },
  {
    route: 'GET /people (list)',
    run: (w, s, side) => call(w.app, s, 'GET', `/api/v1/people?q=${w.people[side].username}`),
    expected: (_w, n) => (holdsAnywhere(n, 'person.read') ? 200 : 403),
  },
  {
    route: 'GET /people/:id',
    run: (w, s, side) => call(w.app, s, 'GET', `/api/v1/people/${w.people[side].id}`),
    expected: (w, n, side) => gated(w, n, 'person.read', 'person.read', 'person.read', w.villages[side].path, 200),
  },
  {
    route: 'GET /people/:id?reveal (citizen)',
    run: (w, s) => call(w.app, s, 'GET', `/api/v1/people/${w.citizenId}?reveal=true`),
    expected: (w, n) => gated(w, n, 'person.read', 'person.read', 'pii.read', null, 200),
  },
  {
    route: 'POST /people',
    run: (w, s, side) =>
      call(w.app, s, 'POST', '/api/v1/people', {
        username: unique('mx.new').toLowerCase(),
        displayName: '矩阵人员',
        password: 'Matrix2026pass',
        memberships: [{ unitId: Number(w.villages[side].id), role: 'handler' }],
      }),
    expected: (w, n, side) => {
      if (!holdsAnywhere(n, 'person.manage')) return 403;
      if (!reaches(w, n, 'unit.read', w.villages[side].path)) return 400;
      return reaches(w, n, 'person.manage', w.villages[side].path) ? 201 : 403;
    },
  },
  {
    route: 'PATCH /people/:id',
    run: async (w, s, side) =>
      call(w.app, s, 'PATCH', `/api/v1/people/${(await freshPerson(w, side)).id}`, {
        version: 1,
        displayName: '矩阵改名',
      }),
    expected: (w, n, side) => gated(w, n, 'person.manage', 'person.read', 'person.manage', w.villages[side].path, 200),
  },
  {
    route: 'PUT /people/:id/memberships',
    run: async (w, s, side) =>
      call(w.app, s, 'PUT', `/api/v1/people/${(await freshPerson(w, side)).id}/memberships`, {
        version: 1,
        memberships: [{ unitId: Number(w.villages[side].id), role: 'unit_lead' }],
      }),
    expected: (w, n, side) => gated(w, n, 'person.manage', 'person.read', 'person.manage', w.villages[side].path, 200),
  },
  {
    route: 'POST /people/:id/password',
    run: async (w, s, side) =>
      call(w.app, s, 'POST', `/api/v1/people/${(await freshPerson(w, side)).id}/password`, {
        newPassword: 'Matrix2026reset',
      }),
    expected: (w, n, side) => gated(w, n, 'person.manage', 'person.read', 'person.manage', w.villages[side].path, 204),
  },
  {
    route: 'POST /people/:id/unlock',
    run: async (w, s, side) => call(w.app, s, 'POST', `/api/v1/people/${(await freshPerson(w, side)).id}/unlock`),
    expected: (w, n, side) => gated(w, n, 'person.manage', 'person.read', 'person.manage', w.villages[side].path, 200),
  },
  {
    route: 'GET /people/export.xlsx',
    run: (w, s) => call(w.app, s, 'GET', '/api/v1/people/export.xlsx'),
    expected: (_w, n) => (holdsAnywhere(n, 'person.read') ? 200 : 403),
  },
  {
    route: 'POST /people/import',
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
      return call(w.app, s, 'POST', '/api/v1/people/import', file, { 'content-type': xlsxContentType });
    },
    expected: (w, n, side) =>
      !holdsAnywhere(n, 'person.manage') ? 403 : reaches(w, n, 'person.manage', w.villages[side].path) ? 200 : 422,
  },
  {
    route: 'GET /tokens',
    run: (w, s) => call(w.app, s, 'GET', '/api/v1/tokens'),
    expected: (_w, n) => (holdsAnywhere(n, 'token.manage') ? 200 : 403),
  },
  {
    route: 'POST /tokens',
    run: (w, s) => call(w.app, s, 'POST', '/api/v1/tokens', { name: unique('矩阵令牌'), scopes: ['unit.read'] }),
    expected: (_w, n) => (holdsAnywhere(n, 'token.manage') ? 201 : 403),
  },
  {
    route: "DELETE /tokens/:id (someone else's)",
    run: async (w, s) => {
      const admin = w.sessions.get('administrator')!;
      const issued = await w.app.inject({
        method: 'POST',
        url: '/api/v1/tokens',
        headers: admin.headers(),
        payload: { name: unique('他人令牌'), scopes: ['unit.read'] },
      });
      return call(w.app, s, 'DELETE', `/api/v1/tokens/${issued.json().apiToken.id}`);
    },
    expected: (w, n) => (!holdsAnywhere(n, 'token.manage') ? 403 : reaches(w, n, 'token.manage', null) ? 204 : 404),
  },
  {
    route: 'GET /audit',
    run: (w, s) => call(w.app, s, 'GET', '/api/v1/audit?limit=5'),
    expected: (w, n) => (reaches(w, n, 'audit.read', null) ? 200 : 403),
  },
  {
    route: 'GET /audit/verify',
    run: (w, s) => call(w.app, s, 'GET', '/api/v1/audit/verify'),
    expected: (w, n) => (reaches(w, n, 'audit.read', null) ? 200 : 403),
  },
];

describeEachDatabase('authorization matrix', (ctx) => {
  let world: World;

  beforeAll(async () => {
    const { db } = ctx.database;
    await loadDemoIfEmpty(db);
    const byCode = async (code: string) => (await findUnitByCode(db, code))!;
    const t01 = await byCode('D01-T01');
    const t02 = await byCode('D01-T02');
    await makePerson(db, {
      username: 'town.admin',
      password: demoPassword,
      memberships: [{ unit: t01, role: 'administrator' }],
    });
    const app = await createTestApp(ctx.database, { env: { LOGIN_RATE_PER_MINUTE: '10000' } });
    const sessions = new Map<string, HttpSession>();
    const homes = new Map<string, string>();
    for (const [name, spec] of Object.entries(actors)) {
      sessions.set(name, await signInAs(app, spec.login, demoPassword));
      if (spec.home) homes.set(name, (await byCode(spec.home)).path);
    }
    const villages = {
      in: await makeUnit(db, { parent: t01, type: 'village', code: 'MX-IN' }),
      out: await makeUnit(db, { parent: t02, type: 'village', code: 'MX-OUT' }),
    };
    const people = {
      in: await makePerson(db, { username: 'mx.inside', memberships: [{ unit: villages.in, role: 'handler' }] }),
      out: await makePerson(db, { username: 'mx.outside', memberships: [{ unit: villages.out, role: 'handler' }] }),
    };
    const citizen = await db
      .selectFrom('person')
      .select('id')
      .where('username', '=', 'citizen')
      .executeTakeFirstOrThrow();
    world = {
      app,
      db,
      sessions,
      homes,
      parents: { in: t01, out: t02 },
      villages,
      people,
      citizenId: Number(citizen.id),
      adminTokenId: 0,
    };
  }, 120_000);

  afterAll(async () => {
    await world?.app.close();
  });

  it('answers every role × route × in/out-of-scope record as the policy says, and never leaks', async () => {
    const failures: string[] = [];
    let checked = 0;
    for (const name of Object.keys(actors)) {
      const session = world.sessions.get(name)!;
      for (const c of cases) {
        for (const side of ['in', 'out'] as const) {
          const expected = c.expected(world, name, side);
          const { status, body } = await c.run(world, session, side);
          checked += 1;
          if (status !== expected)
            failures.push(`${name} ${c.route} [${side}]: expected ${expected}, got ${status} ${body.slice(0, 160)}`);
          // Out of scope must never show up in any answer: not its code, not its username.
          const outUnitVisible = reaches(world, name, 'unit.read', world.villages.out.path);
          if (!outUnitVisible && body.includes(world.villages.out.code))
            failures.push(`${name} ${c.route} [${side}]: leaked ${world.villages.out.code}`);
          const outPersonVisible = reaches(world, name, 'person.read', world.villages.out.path);
          if (!outPersonVisible && body.includes('mx.outside'))
            failures.push(`${name} ${c.route} [${side}]: leaked mx.outside`);
        }
      }
    }
    expect(failures).toEqual([]);
    expect(checked).toBe(Object.keys(actors).length * cases.length * 2);
  }, 300_000);

  it('lists exactly the records in scope, and exports the same', async () => {
    for (const name of Object.keys(actors)) {
      const session = world.sessions.get(name)!;
      if (holdsAnywhere(name, 'unit.read')) {
        const units = (
          await world.app.inject({ url: '/api/v1/units?limit=5000&q=MX-', headers: session.headers() })
        ).json();
        const codes = units.items.map((u: { code: string }) => u.code);
        for (const side of ['in', 'out'] as const)
          expect(codes.includes(world.villages[side].code), `${name} sees ${side} unit`).toBe(
            reaches(world, name, 'unit.read', world.villages[side].path),
          );
        const file = await world.app.inject({ url: '/api/v1/units/export.xlsx', headers: session.headers() });
        const exported = (await readSheet(file.rawPayload, unitColumns)).map((r) => r.values.code);
        for (const side of ['in', 'out'] as const)
          expect(exported.includes(world.villages[side].code), `${name} exports ${side} unit`).toBe(
            reaches(world, name, 'unit.read', world.villages[side].path),
          );
      }
      if (holdsAnywhere(name, 'person.read')) {
        const people = (
          await world.app.inject({ url: '/api/v1/people?q=mx.&limit=500', headers: session.headers() })
        ).json();
        const usernames = people.items.map((p: { username: string }) => p.username);
        for (const side of ['in', 'out'] as const)
          expect(usernames.includes(world.people[side].username), `${name} sees ${side} person`).toBe(
            reaches(world, name, 'person.read', world.villages[side].path),
          );
      }
    }
  });
});
