import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createProgrammeWorld, type ProgrammeWorld } from '../../../tests/helpers/programme-world.ts';
import { describeEachDatabase } from '../../../tests/helpers/test-databases.ts';

/** Random and malformed requests against the task-list routes: a 4xx with an error code, never a 500. */

const oddValue = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom(
    '',
    ' ',
    '2026-02-30',
    '2026-13-01',
    '9999-99-99',
    '1e309',
    'NaN',
    "' or 1=1 --",
    '%_\\',
    '\u0000',
    '😀'.repeat(40),
    'a'.repeat(3000),
    '1.abcdefghijklmnopqrstuvwxyz',
    '2026-W99',
    '2026-Q5',
  ),
  fc.integer(),
  fc.double(),
  fc.array(fc.oneof(fc.integer({ min: -5, max: 2 ** 40 }), fc.string({ maxLength: 40 })), { maxLength: 8 }),
);
const keys = [
  'title',
  'kind',
  'ownerUnitId',
  'startsOn',
  'endsOn',
  'visibility',
  'phases',
  'leadUnitId',
  'supportingUnitIds',
  'parentId',
  'externalId',
  'dueOn',
  'weight',
  'targetValue',
  'milestones',
  'values',
  'progress',
  'summary',
  'reason',
  'note',
  'text',
  'version',
  'formId',
  'periodKey',
  'fields',
  'frequency',
  'opensAt',
  'closesAt',
  'programmeId',
  'description',
  'keywords',
  'categoryId',
  'attachments',
];
const body = fc.dictionary(fc.constantFrom(...keys), oddValue, { maxKeys: 6 });

describeEachDatabase('fuzzing the task-list routes', (ctx) => {
  let world: ProgrammeWorld;
  let routes: { method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'; url: string; good: Record<string, unknown> }[] =
    [];
  beforeAll(async () => {
    world = await createProgrammeWorld(ctx.database);
    const programmeId = await world.programme({ title: '模糊测试', visibility: 'public' });
    const town = await world.unitId('D01-T01');
    const task = await world.task(programmeId, {
      title: '任务',
      leadUnitId: town,
      milestones: [{ title: '节点', dueOn: '2026-12-31' }],
    });
    const form = (
      await world.call('office', 'POST', `/programmes/${programmeId}/forms`, {
        name: '月报',
        frequency: 'monthly',
        startsOn: '2026-01-01',
        fields: [
          { key: 'n', label: '数', type: 'number', required: true },
          { key: 'files', label: '附件', type: 'attachment', required: false },
        ],
      })
    ).body;
    const report = (await world.call('town.handler', 'POST', `/tasks/${task.id}/reports`, { formId: form.id })).body;
    await world.call('office', 'PUT', `/programmes/${programmeId}/topic-window`, {
      opensAt: '2026-01-01T00:00:00+08:00',
      closesAt: '2030-01-01T00:00:00+08:00',
    });
    const topic = (
      await world.call('citizen', 'POST', '/public/topics', {
        programmeId,
        title: '模糊点题',
        description: '这是一个用于模糊测试的点题内容。',
      })
    ).body;
    const m = task.milestones[0].id;
    routes = [
      {
        method: 'POST',
        url: '/programmes',
        good: { title: 'x', kind: 'plan', ownerUnitId: 1, startsOn: '2026-01-01', endsOn: '2026-12-31' },
      },
      { method: 'PATCH', url: `/programmes/${programmeId}`, good: { title: '改' } },
      { method: 'POST', url: `/programmes/${programmeId}/tasks`, good: { title: 'x', leadUnitId: town } },
      {
        method: 'POST',
        url: `/programmes/${programmeId}/forms`,
        good: { name: 'x', frequency: 'weekly', startsOn: '2026-01-01', fields: [] },
      },
      { method: 'PATCH', url: `/programmes/${programmeId}/forms/${form.id}`, good: { name: 'y' } },
      {
        method: 'PUT',
        url: `/programmes/${programmeId}/topic-window`,
        good: { opensAt: '2026-01-01T00:00:00Z', closesAt: '2031-01-01T00:00:00Z' },
      },
      { method: 'GET', url: `/tasks?programmeId=${programmeId}`, good: {} },
      { method: 'PATCH', url: `/tasks/${task.id}`, good: { title: 'x' } },
      { method: 'POST', url: `/tasks/${task.id}/milestones`, good: { title: 'x', dueOn: '2026-12-01' } },
      { method: 'POST', url: `/tasks/${task.id}/milestones/${m}/complete`, good: {} },
      { method: 'PATCH', url: `/tasks/${task.id}/milestones/${m}`, good: { dueOn: '2026-12-30' } },
      { method: 'POST', url: `/tasks/${task.id}/evidence`, good: { attachments: ['1.abcdefghijklmnopqrstu'] } },
      { method: 'POST', url: `/tasks/${task.id}/reports`, good: { formId: form.id } },
      ...['claim-done', 'verify', 'reject', 'move-to-routine', 'resume', 'withdraw', 'comment', 'urge'].map((a) => ({
        method: 'POST' as const,
        url: `/tasks/${task.id}/${a}`,
        good: { note: 'x', reason: 'x', text: 'x' },
      })),
      ...['save', 'submit', 'recall', 'accept', 'return', 'urge', 'waive'].map((a) => ({
        method: 'POST' as const,
        url: `/reports/${report.id}/${a}`,
        good: { values: { n: 1 }, reason: 'x' },
      })),
      { method: 'GET', url: `/reports?programmeId=${programmeId}`, good: {} },
      {
        method: 'POST',
        url: '/public/topics',
        good: { programmeId, title: '点题标题', description: '点题的详细内容描述。' },
      },
      { method: 'POST', url: `/public/topics/${topic.id}/support`, good: {} },
      ...['publish', 'reject', 'select'].map((a) => ({
        method: 'POST' as const,
        url: `/topics/${topic.id}/${a}`,
        good: { reason: 'x', leadUnitId: town },
      })),
    ];
  }, 180_000);
  afterAll(async () => {
    await world?.close();
  });

  it('answers every odd request with a 4xx and an error code, or a success', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat(1000),
        fc.constantFrom('office', 'town.handler', 'supervisor', 'citizen', 'handler.d01-t02'),
        body,
        fc.boolean(),
        async (pick, login, random, keepGood) => {
          const route = routes[pick % routes.length]!;
          const payload = keepGood ? { ...route.good, ...random } : random;
          const res = await world.call(login, route.method, route.url, route.method === 'GET' ? undefined : payload);
          expect(
            res.status,
            `${route.method} ${route.url} ${JSON.stringify(payload).slice(0, 300)} → ${JSON.stringify(res.body).slice(0, 300)}`,
          ).toBeLessThan(500);
          if (res.status >= 400) expect(typeof res.body.error.code).toBe('string');
        },
      ),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 300) },
    );
  }, 300_000);
});
