import { afterAll, beforeAll, expect, it } from 'vitest';
import { readSheet } from '../../src/platform/excel/excel.ts';
import { unitColumns } from '../../src/modules/units/units-excel.service.ts';
import { describeEachDatabase } from '../helpers/test-databases.ts';
import { adminRoutes, reaches, holdsAnywhere } from './matrix-routes-admin.ts';
import { caseRoutes, publicCaseRoutes } from './matrix-routes-cases.ts';
import { otherRoutes, uncheckedRoutes } from './matrix-routes-other.ts';
import { patrolRoutes } from './matrix-routes-patrols.ts';
import { programmeRoutes, publicProgrammeRoutes } from './matrix-routes-programmes.ts';
import { expectedOf, letterOf, matches, type RouteCheck } from './matrix-table.ts';
import { type ActorName, actorNames, buildWorld, closeWorld, outMarkers, sides, type World } from './matrix-world.ts';

/**
 * Every person × every protected route × a record inside and a record outside their township, checked
 * against tables written by hand from the access policy (DOMAIN.md), never derived from the grants in
 * src/modules/access/permissions.ts: a wrong grant there fails here. Every route the app serves must be
 * in a table or in the short list of routes left out with their reason.
 */
const checks: RouteCheck[] = [
  ...adminRoutes,
  ...caseRoutes,
  ...publicCaseRoutes,
  ...programmeRoutes,
  ...publicProgrammeRoutes,
  ...otherRoutes,
  ...patrolRoutes,
];

/** Who may see out-of-scope records at all (乙镇's), written from the policy, not the grants. */
const seesOut: Record<keyof typeof outMarkers, readonly ActorName[]> = {
  case: [
    'administrator',
    'leader',
    'supervisor',
    'discipline_commission',
    'organisation_department',
    'programme_office',
    'dispatcher',
  ],
  task: [
    'administrator',
    'leader',
    'supervisor',
    'discipline_commission',
    'organisation_department',
    'programme_office',
  ],
  programme: [
    'administrator',
    'leader',
    'supervisor',
    'discipline_commission',
    'organisation_department',
    'programme_office',
  ],
  topic: [
    'administrator',
    'leader',
    'supervisor',
    'discipline_commission',
    'organisation_department',
    'programme_office',
  ],
};

describeEachDatabase('authorization matrix', (ctx) => {
  let world: World;

  beforeAll(async () => {
    world = await buildWorld(ctx.database);
  }, 120_000);

  afterAll(async () => {
    await closeWorld(world);
  });

  it('lists every route the app serves, in a table or left out with a reason', async () => {
    await world.app.ready();
    const doc = world.app.swagger() as { paths: Record<string, Record<string, unknown>> };
    const served = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`),
    );
    served.push('GET /api/openapi.json');
    const listed = new Set([...checks.map((c) => c.route), ...Object.keys(uncheckedRoutes)]);
    expect(
      served.filter((route) => !listed.has(route)),
      'routes missing from the matrix',
    ).toEqual([]);
    expect(
      [...listed].filter((route) => !served.includes(route)),
      'matrix rows for routes that do not exist',
    ).toEqual([]);
  });

  it('answers every person × route × in/out-of-scope record as the tables say, and never leaks', async () => {
    const failures: string[] = [];
    let cells = 0;
    for (const check of checks) {
      for (const side of sides) {
        const seen: string[] = [];
        const wrong: string[] = [];
        for (const name of actorNames) {
          const expected = expectedOf(check, world, name, side);
          const { status, body } = await check.run(world, world.sessions.get(name)!, side, name);
          cells += 1;
          seen.push(letterOf(status));
          if (!matches(expected, status))
            wrong.push(`${name}: expected ${expected}, got ${status} ${body.slice(0, 120)}`);
          for (const [kind, marker] of Object.entries(outMarkers))
            if (!seesOut[kind as keyof typeof outMarkers].includes(name) && body.includes(marker))
              wrong.push(`${name}: leaked ${kind} ${marker}`);
          // The public list and map show every public case, wherever it is: not a leak.
          const isPublic = check.route.includes('/public/');
          if (
            !isPublic &&
            !reaches(world, name, 'unit.read', world.villages.out.path) &&
            body.includes(world.villages.out.code)
          )
            wrong.push(`${name}: leaked unit ${world.villages.out.code}`);
          if (!reaches(world, name, 'person.read', world.villages.out.path) && body.includes('mx.outside'))
            wrong.push(`${name}: leaked person mx.outside`);
        }
        if (wrong.length > 0)
          failures.push(
            `${check.route}${check.label ? ` (${check.label})` : ''} [${side}] saw ${seen.join('')}\n  ${wrong.join('\n  ')}`,
          );
      }
    }
    expect(failures).toEqual([]);
    expect(cells).toBe(checks.length * actorNames.length * sides.length);
  }, 600_000);

  it('lists exactly the units and people in scope, and exports the same', async () => {
    for (const name of actorNames) {
      const session = world.sessions.get(name)!;
      if (holdsAnywhere(name, 'unit.read')) {
        const units = (
          await world.app.inject({ url: '/api/v1/units?limit=5000&q=MX-', headers: session.headers() })
        ).json();
        const codes = units.items.map((u: { code: string }) => u.code);
        for (const side of sides)
          expect(codes.includes(world.villages[side].code), `${name} sees ${side} unit`).toBe(
            reaches(world, name, 'unit.read', world.villages[side].path),
          );
        const file = await world.app.inject({ url: '/api/v1/units/export.xlsx', headers: session.headers() });
        const exported = (await readSheet(file.rawPayload, unitColumns)).map((r) => r.values.code);
        for (const side of sides)
          expect(exported.includes(world.villages[side].code), `${name} exports ${side} unit`).toBe(
            reaches(world, name, 'unit.read', world.villages[side].path),
          );
      }
      if (holdsAnywhere(name, 'person.read')) {
        const people = (
          await world.app.inject({ url: '/api/v1/people?q=mx.&limit=500', headers: session.headers() })
        ).json();
        const usernames = people.items.map((p: { username: string }) => p.username);
        for (const side of sides)
          expect(usernames.includes(world.staff[side].username), `${name} sees ${side} person`).toBe(
            reaches(world, name, 'person.read', world.villages[side].path),
          );
      }
    }
  });
});
