import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { TestLogin } from '../factories/district-factory.ts';
import { testNow } from '../helpers/clock.ts';
import { describeEachDatabase } from '../helpers/test-databases.ts';
import { data } from './planted-pii.ts';
import {
  type Caller,
  leakTable,
  type OpenApiDocument,
  planWalk,
  revealRoute,
  walk,
  type WalkPlan,
  type WalkResult,
} from './pii-walk.ts';
import { plantWorld, type PlantedWorld } from './planted-pii-world.ts';

/**
 * A citizen's personal data (name, mobile, ID number, address down to the flat, landline, bank card,
 * plate) is planted through the real API into every field a citizen, or an operator taking their
 * call, fills (planted-pii-world.ts). Then every GET route of the OpenAPI document, and the POST
 * routes that only answer data, is sent with the planted records' ids and with searches for the
 * planted data, as every role without pii.read and as nobody; no answer (JSON, XML, spreadsheet
 * cells, headers, the notification stream) may hold any planted datum. The only exceptions: the
 * planted citizen reading their own records (not walked as a negative caller), and the audited
 * reveal route for the lead unit's handler (`revealRoute`, once it exists).
 *
 * The same walk as the dispatcher (pii.read) and as the planted citizen must find the data: that
 * proves the planting and the matcher.
 */

/** Everyone without pii.read: one person per such role of the test district, another citizen, and nobody. */
const withoutPii: { login: TestLogin | null; role: string }[] = [
  { login: 'grid', role: 'grid_worker' },
  { login: 'town.handler', role: 'handler, lead unit' },
  { login: 'dept.handler', role: 'handler, supporting unit' },
  { login: 'town.lead', role: 'unit_lead' },
  { login: 'supervisor', role: 'supervisor' },
  { login: 'discipline', role: 'supervisor, discipline' },
  { login: 'leader', role: 'leader' },
  { login: 'office', role: 'programme_office' },
  { login: 'orgdept', role: 'organisation_department' },
  { login: 'citizen', role: 'another citizen' },
  { login: null, role: 'anonymous' },
];

describeEachDatabase('planted personal data: a walk of every route', (ctx) => {
  let world: PlantedWorld;
  let plan: WalkPlan;
  let negative: WalkResult;
  let positive: WalkResult;
  let plantedOwn: WalkResult;
  let negativeCallers: Caller[];

  beforeAll(async () => {
    const started = performance.now();
    world = await plantWorld(ctx.database);
    const planted = performance.now();
    await world.app.listen({ port: 0, host: '127.0.0.1' });
    const streamBase = `http://127.0.0.1:${(world.app.server.address() as AddressInfo).port}`;
    const doc = (await world.app.inject({ url: '/api/openapi.json' })).json() as OpenApiDocument;
    plan = planWalk(doc, world.records, testNow());
    negativeCallers = [];
    for (const [i, { login, role }] of withoutPii.entries())
      negativeCallers.push({
        label: login ? `${login} (${role})` : role,
        session: login ? await world.as(login) : null,
        ip: `10.77.0.${i + 1}`,
      });
    negative = await walk(world.app, plan, negativeCallers, world.records, {
      streamBase,
      // Exception (b): the lead unit's handler may call the citizen back through the audited reveal route.
      skip: (caller, route) => route === revealRoute && caller.label.startsWith('town.handler'),
    });
    const walked = performance.now();
    positive = await walk(
      world.app,
      plan,
      [{ label: 'dispatcher (pii.read)', session: await world.as('dispatcher'), ip: '10.77.1.1' }],
      world.records,
      { streamBase },
    );
    plantedOwn = await walk(
      world.app,
      plan,
      [{ label: 'the planted citizen', session: world.plantedSession, ip: '10.77.1.2' }],
      world.records,
      { streamBase },
    );
    const done = performance.now();
    const routes = plan.walked.length;
    const slowest = Object.entries(negative.timeByRoute)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 8)
      .map(([route, ms]) => `${route} ${Math.round(ms)} ms`);
    console.log(`[${ctx.target}] slowest routes over the walk: ${slowest.join('; ')}`);
    console.log(
      [
        `[${ctx.target}] routes walked: ${routes} (of ${routes + Object.keys(plan.notWalked).length + plan.writes.length} in the document; ${plan.writes.length} writes left out)`,
        `[${ctx.target}] requests per caller: ${plan.requests.length}; callers without pii.read: ${negativeCallers.length}; planted data items: ${data.length}`,
        `[${ctx.target}] routes × callers × data = ${routes} × ${negativeCallers.length} × ${data.length} = ${routes * negativeCallers.length * data.length} checks over ${negative.requests} requests (${negative.shutOut} more not sent: refused at the door) (+ ${positive.requests + plantedOwn.requests} for the controls)`,
        `[${ctx.target}] time: planting ${Math.round(planted - started)} ms, walk ${Math.round(walked - planted)} ms, controls ${Math.round(done - walked)} ms`,
      ].join('\n'),
    );
  }, 240_000);

  afterAll(async () => {
    await world?.close();
  });

  it('walks every GET route of the document (and the read-only POSTs), none left for want of a value', () => {
    const notWalked = Object.entries(plan.notWalked).map(([route, why]) => `${route}: ${why}`);
    if (notWalked.length > 0) console.log(`[${ctx.target}] not walked:\n${notWalked.join('\n')}`);
    if (negative.excepted.length > 0) console.log(`[${ctx.target}] excepted:\n${negative.excepted.join('\n')}`);
    expect(notWalked).toEqual([]);
    expect(negative.rateLimited, 'requests refused for their rate: the walk did not see their answers').toEqual([]);
    expect(negative.unreadBodies, 'answers whose body the walk cannot decode').toEqual({});
    // Every route answered someone with a 2xx at least once over the negative and positive walks, or it
    // is only refused (403/404) to everyone here: print those, they are walked but prove little.
    const only4xx = plan.walked.filter(
      (route) => !negative.statuses[route]?.['2xx'] && !positive.statuses[route]?.['2xx'],
    );
    if (only4xx.length > 0) console.log(`[${ctx.target}] walked, never answered 2xx:\n${only4xx.join('\n')}`);
    expect(plan.walked.length).toBeGreaterThan(50);
  });

  it('shows no planted datum to anyone without pii.read, on any route, in any form', async () => {
    for (const caller of negativeCallers.filter((c) => c.session)) {
      const me = (await world.app.inject({ url: '/api/v1/auth/me', headers: caller.session!.headers() })).json();
      expect(me.permissions, `${caller.label} must not hold pii.read`).not.toContain('pii.read');
    }
    const table = leakTable(negative.leaks);
    if (table) console.log(`[${ctx.target}] LEAKS (route | caller | datum | status | excerpt | example):\n${table}`);
    expect(negative.leaks.length, `planted personal data shown without pii.read:\n${table}`).toBe(0);
  });

  it('finds the planted data as the dispatcher (pii.read) and as the planted citizen in their own case', () => {
    const seen = (result: WalkResult, route: string, url: string) =>
      new Set(result.leaks.filter((l) => l.route === route && l.url === url).map((l) => l.datum));
    const every = data.filter((d) => !d.key.endsWith('Part')).map((d) => d.label);
    const detail = 'GET /api/v1/cases/{id}';
    for (const [result, id] of [
      [positive, world.records.hotlineCaseId],
      [positive, world.records.publicCaseId],
      [positive, world.records.open311CaseId],
      [plantedOwn, world.records.citizenCaseId],
    ] as const)
      expect([...seen(result, detail, `/api/v1/cases/${id}`)]).toEqual(expect.arrayContaining(every));
    expect(seen(plantedOwn, 'GET /api/v1/auth/me', '/api/v1/auth/me')).toContain(data[0]!.label);
  });
});
