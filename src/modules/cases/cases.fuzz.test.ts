import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type CaseWorld, createCaseWorld } from '../../../tests/helpers/case-world.ts';
import { describeEachDatabase } from '../../../tests/helpers/test-databases.ts';
import { caseActions } from '../../shared/cases.ts';
import { actionBodies } from './cases.schemas.ts';

/** Random and malformed requests against every case route: a 4xx with an error code, never a 500. */

const segments = caseActions.map((a) => a.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`));
const knownKeys = [...new Set(Object.values(actionBodies).flatMap((schema) => Object.keys(schema.properties)))].concat([
  'description',
  'address',
  'placeUnitId',
  'categoryId',
  'attachments',
  'extra',
  'anonymous',
  'reporterMobile',
  'channel',
  'urgency',
]);

const oddValue = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom(
    '',
    ' ',
    'null',
    '0',
    '-1',
    '1e309',
    '2026-02-30T25:61:00Z',
    'NaN',
    '../../etc/passwd',
    "' or 1=1 --",
    '%_\\',
    '\u0000',
    '😀'.repeat(50),
    'a'.repeat(5000),
  ),
  fc.integer(),
  fc.double(),
  fc.array(fc.integer({ min: -5, max: 2 ** 40 }), { maxLength: 12 }),
);
const plausibleBody = fc.dictionary(fc.constantFrom(...knownKeys), oddValue, { maxKeys: 6 });
/** A valid body per action, which the fuzzer perturbs so requests also get past validation. */
const goodBodies: Record<string, Record<string, unknown>> = {
  accept: {},
  decline: { reason: '不属于受理范围' },
  merge: { targetId: 1 },
  classify: { categoryId: 5, tier: 'general' },
  dispatch: { leadUnitId: 2, supportingUnitIds: [3] },
  acknowledge: {},
  return: { reason: '非本单位职责' },
  overrule: { note: '请继续办理' },
  summon: { unitIds: [4], note: '吹哨' },
  'acknowledge-summons': { unitId: 4 },
  note: { text: '进展', public: true },
  'request-extension': { until: '2027-01-05T09:00:00+08:00', reason: '协调' },
  'approve-extension': {},
  'deny-extension': { reason: '不同意' },
  resolve: { result: '已办结' },
  approve: {},
  'send-back': { reason: '重办' },
  'follow-up': { satisfaction: 'satisfied', solved: true },
  reopen: { reason: '反弹' },
  close: { reason: '联系不上' },
  urge: { note: '督办' },
  escalate: { note: '提级' },
};
const rawBody = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.constantFrom('{', '{"a":', '[]', 'null', '"x"', '{"description":}', '\u0000'),
);

describeEachDatabase('fuzzing the case routes', (ctx) => {
  let world: CaseWorld;
  let caseIds: number[] = [];
  beforeAll(async () => {
    world = await createCaseWorld(ctx.database, { PUBLIC_INTAKE_PER_MINUTE: '1000000' });
    const made = await world.app.inject({
      method: 'POST',
      url: '/api/v1/public/cases',
      payload: { description: '柳林镇石桥村垃圾没人清理', address: '柳林镇石桥村', anonymous: true },
    });
    const id = made.json().id as number;
    const dispatcher = await world.as('dispatcher');
    const send = (action: string, payload: object) =>
      world.app.inject({
        method: 'POST',
        url: `/api/v1/cases/${id}/${action}`,
        payload,
        headers: dispatcher.headers(),
      });
    await send('accept', {});
    await send('classify', { categoryId: await world.categoryId('城市建设和市政管理', '环境卫生'), tier: 'general' });
    await send('dispatch', { leadUnitId: await world.unitId('D01-T01') });
    const fresh = await world.app.inject({
      method: 'POST',
      url: '/api/v1/public/cases',
      payload: { description: '另一件事', anonymous: true },
    });
    caseIds = [id, fresh.json().id as number];
  }, 120_000);
  afterAll(async () => {
    await world?.close();
  });

  it('action routes answer bad bodies with a 4xx and an error code', async () => {
    const logins = ['dispatcher', 'town.handler', 'supervisor', 'citizen'];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...segments),
        fc.oneof(fc.constantFrom(...caseIds), fc.integer({ min: -3, max: 2 ** 53 })),
        fc.constantFrom(...logins),
        fc.oneof(
          plausibleBody.map((b) => ({ json: b, good: false })),
          rawBody.map((r) => ({ raw: r })),
          fc.dictionary(fc.constantFrom(...knownKeys), oddValue, { maxKeys: 2 }).map((b) => ({ json: b, good: true })),
        ),
        async (segment, id, login, generated) => {
          const body =
            'json' in generated && generated.good ? { json: { ...goodBodies[segment], ...generated.json } } : generated;
          const session = await world.as(login);
          const res = await world.app.inject({
            method: 'POST',
            url: `/api/v1/cases/${id}/${segment}`,
            headers: { ...session.headers(), 'content-type': 'application/json' },
            payload: 'json' in body ? JSON.stringify(body.json) : body.raw,
          });
          expect(res.statusCode, `${segment} ${res.body}`).toBeLessThan(500);
          if (res.statusCode >= 400) expect(res.json().error.code).toMatch(/^[A-Z_]+$/);
        },
      ),
      { numRuns: 300 },
    );
  }, 120_000);

  it('intake, lists and rates answer odd input with a 4xx, never a 500', async () => {
    const dispatcher = await world.as('dispatcher');
    const queryValue = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.constantFrom('-1', '0', '999999999999', 'to_accept', 'closed', '2026-13', '2026-11', 'x'.repeat(300)),
    );
    const query = fc.dictionary(
      fc.constantFrom(
        'queue',
        'status',
        'categoryId',
        'leadUnitId',
        'placeUnitId',
        'tier',
        'channel',
        'createdFrom',
        'createdTo',
        'q',
        'cursor',
        'limit',
        'unitId',
        'month',
        'unitType',
      ),
      queryValue,
      { maxKeys: 5 },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('/cases', '/cases/inbox', '/cases/rates', '/public/cases', '/cases#post'),
        query,
        plausibleBody,
        fc.boolean(),
        async (route, params, body, signedIn) => {
          const headers = signedIn ? dispatcher.headers() : {};
          if (route === '/public/cases' || route === '/cases#post') {
            const res = await world.app.inject({
              method: 'POST',
              url: `/api/v1${route.replace('#post', '')}`,
              headers: {
                ...headers,
                'content-type': 'application/json',
                'idempotency-key': `fuzz-${Math.random().toString(36).slice(2, 12)}`,
              },
              payload: JSON.stringify(body),
            });
            expect(res.statusCode, res.body).toBeLessThan(500);
            return;
          }
          const search = new URLSearchParams(Object.entries(params).map(([k, v]) => [k, v])).toString();
          const res = await world.app.inject({ url: `/api/v1${route}?${search}`, headers });
          expect(res.statusCode, `${route}?${search} ${res.body}`).toBeLessThan(500);
        },
      ),
      { numRuns: 300 },
    );
  }, 120_000);
});
