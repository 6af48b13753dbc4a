import fs from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type CaseWorld, createCaseWorld } from '../../../tests/helpers/case-world.ts';
import { testConfig } from '../../../tests/helpers/test-app.ts';
import { describeEachDatabase } from '../../../tests/helpers/test-databases.ts';
import { buildApp } from '../../app/build-app.ts';
import type { DistrictFeature, DistrictGeoJson } from '../../shared/district-geo.ts';
import { createModuleRuntime } from '../runtime.ts';
import { installationMapFile } from './case-public-map.ts';
import type { App } from '../../platform/http/types.ts';
import { createLogger } from '../../platform/logging/logger.ts';

/** What must never appear in a public answer: the reporter, the exact address, internal notes, staff, supporting units. */
const reporterName = '欧阳秀梅';
const reporterMobile = '13912345678';
const exactAddress = '柳林镇石桥村村委会东侧三号院';
const internalNote = '内部备注：该户曾多次反映，注意沟通方式';
const secrets = [
  reporterName,
  reporterMobile,
  '139****5678',
  '三号院',
  internalNote,
  '章若溪',
  '柯晓岚',
  '区城市管理局',
  '请环卫所配合',
];

describeEachDatabase('the public case routes (follow, rate, list, map)', (ctx) => {
  let world: CaseWorld;
  beforeAll(async () => {
    world = await createCaseWorld(ctx.database, { PUBLIC_INTAKE_PER_MINUTE: '1000000' });
  }, 120_000);
  afterAll(async () => {
    await world?.close();
  });

  const post = async (login: string | null, url: string, payload: unknown, headers: Record<string, string> = {}) => {
    const session = login ? await world.as(login) : null;
    return world.app.inject({
      method: 'POST',
      url: `/api/v1${url}`,
      payload: payload as object,
      headers: { ...(session?.headers() ?? {}), ...headers },
    });
  };
  const publicGet = (url: string, headers: Record<string, string> = {}) =>
    world.app.inject({ url: `/api/v1${url}`, headers });
  const expectClean = (body: string) => {
    for (const secret of secrets) expect(body, `a public answer contains ${secret}`).not.toContain(secret);
  };

  /** A named case carried to the follow-up step: internal note, public note, resolution, approval. */
  async function namedCaseAwaitingRating(description = '石桥村村口垃圾堆放多日无人清理') {
    const created = await post(null, '/public/cases', {
      description,
      address: exactAddress,
      reporterName,
      reporterMobile,
    });
    expect(created.statusCode).toBe(201);
    const { id, trackingCode } = created.json() as { id: number; trackingCode: string };
    expect((await post('dispatcher', `/cases/${id}/accept`, { note: internalNote })).statusCode).toBe(200);
    const categoryId = await world.categoryId('城市建设和市政管理', '环境卫生');
    expect((await post('dispatcher', `/cases/${id}/classify`, { categoryId, tier: 'general' })).statusCode).toBe(200);
    const town = await world.unitId('D01-T01');
    const urban = await world.unitId('D01-DEPT-URBAN');
    expect(
      (
        await post('dispatcher', `/cases/${id}/dispatch`, {
          leadUnitId: town,
          supportingUnitIds: [urban],
          note: '请环卫所配合',
        })
      ).statusCode,
    ).toBe(200);
    expect((await post('town.handler', `/cases/${id}/acknowledge`, {})).statusCode).toBe(200);
    expect((await post('town.handler', `/cases/${id}/note`, { text: internalNote, public: false })).statusCode).toBe(
      200,
    );
    expect(
      (await post('town.handler', `/cases/${id}/note`, { text: '已安排保洁人员到场清理', public: true })).statusCode,
    ).toBe(200);
    expect((await post('town.handler', `/cases/${id}/resolve`, { result: '第一次结果：已清理一半' })).statusCode).toBe(
      200,
    );
    expect((await post('dispatcher', `/cases/${id}/send-back`, { reason: '没有清理干净' })).statusCode).toBe(200);
    expect(
      (await post('town.handler', `/cases/${id}/resolve`, { result: '垃圾已全部清运，并增设垃圾桶两个' })).statusCode,
    ).toBe(200);
    expect((await post('dispatcher', `/cases/${id}/approve`, {})).json().status).toBe('follow_up');
    return { id, trackingCode };
  }

  it('shows a named case only with its mobile, in public wording, and never anything personal or internal', async () => {
    const { trackingCode } = await namedCaseAwaitingRating();
    const unknown = await publicGet('/public/cases/LS000000-ZZZZZZ');
    const missing = await publicGet(`/public/cases/${trackingCode}`);
    const wrong = await publicGet(`/public/cases/${trackingCode}`, { 'x-reporter-mobile': '13900000000' });
    for (const res of [unknown, missing, wrong])
      expect([res.statusCode, res.json().error.code, res.json().error.message]).toEqual([
        404,
        'NOT_FOUND',
        unknown.json().error.message,
      ]);

    const res = await publicGet(`/public/cases/${trackingCode}`, { 'x-reporter-mobile': reporterMobile });
    expect(res.statusCode).toBe(200);
    expectClean(res.body);
    const view = res.json();
    expect(view).toMatchObject({
      trackingCode,
      status: 'awaiting_rating',
      statusLabel: '已办结，待评价',
      place: '石桥村',
      ratingAsked: true,
      rating: null,
      result: '垃圾已全部清运，并增设垃圾桶两个',
    });
    expect(view.category).toMatchObject({ name: '环境卫生' });
    expect(view.timeline.map((e: { kind: string }) => e.kind)).toEqual([
      'submitted',
      'accepted',
      'dispatched',
      'handling',
      'progress',
      'resolved',
    ]);
    expect(view.timeline[2].label).toBe('已派发至柳林镇办理');
    expect(view.timeline[4].text).toBe('已安排保洁人员到场清理');
    expect(res.body).not.toContain('第一次结果'); // a resolution sent back never reaches the citizen

    const byQuery = await publicGet(`/public/cases/${trackingCode.toLowerCase()}?mobile=${reporterMobile}`);
    expect(byQuery.statusCode).toBe(200);
    const english = await publicGet(`/public/cases/${trackingCode}`, {
      'x-reporter-mobile': reporterMobile,
      'accept-language': 'en',
    });
    expect(english.json().timeline[2].label).toBe('Dispatched to Liulin Town');
  });

  it('takes the rating as the follow-up step once, counts it in the rates, and refuses a second one with 409', async () => {
    const { id, trackingCode } = await namedCaseAwaitingRating('石桥村路灯不亮');
    const town = await world.unitId('D01-T01');
    const ratedBefore = await world.db
      .selectFrom('unit_month_rate')
      .select((eb) => eb.fn.sum<number>('rated').as('n'))
      .where('unit_id', '=', town)
      .executeTakeFirst();

    const wrongMobile = await post(null, `/public/cases/${trackingCode}/rating`, {
      satisfaction: 'satisfied',
      solved: true,
      mobile: '13900000000',
    });
    expect([wrongMobile.statusCode, wrongMobile.json().error.code]).toEqual([404, 'NOT_FOUND']);

    // Signed-in staff on the same browser do not become the rater.
    const rated = await post(
      'leader',
      `/public/cases/${trackingCode}/rating`,
      { satisfaction: 'basically_satisfied', solved: true, comment: '处理及时' },
      { 'x-reporter-mobile': reporterMobile },
    );
    expect(rated.statusCode).toBe(200);
    expectClean(rated.body);
    expect(rated.json()).toMatchObject({
      status: 'closed',
      ratingAsked: false,
      rating: { satisfaction: 'basically_satisfied', solved: true },
    });
    expect(
      rated
        .json()
        .timeline.slice(-2)
        .map((e: { kind: string; label: string }) => e.label),
    ).toEqual(['您的评价：基本满意，问题已解决', '诉求已办结归档']);

    const again = await post(null, `/public/cases/${trackingCode}/rating`, {
      satisfaction: 'unsatisfied',
      solved: false,
      mobile: reporterMobile,
    });
    expect([again.statusCode, again.json().error.code]).toEqual([409, 'CASE_ALREADY_RATED']);

    const staffView = (
      await world.app.inject({ url: `/api/v1/cases/${id}`, headers: (await world.as('dispatcher')).headers() })
    ).json();
    const followUp = staffView.timeline.find((e: { action: string }) => e.action === 'followUp');
    expect(followUp).toMatchObject({
      actorLabel: '群众',
      note: '处理及时',
      data: { satisfaction: 'basically_satisfied', solved: true, reopened: false },
    });
    const ratedAfter = await world.db
      .selectFrom('unit_month_rate')
      .select((eb) => eb.fn.sum<number>('rated').as('n'))
      .where('unit_id', '=', town)
      .executeTakeFirst();
    expect(Number(ratedAfter?.n ?? 0)).toBe(Number(ratedBefore?.n ?? 0) + 1);
  });

  it('asks for a rating only in the follow-up step; an anonymous case needs only its code; unsatisfied reopens it', async () => {
    const created = await post(null, '/public/cases', {
      description: '桂园社区楼道灯坏了',
      address: '滨江街道桂园社区',
      anonymous: true,
    });
    const { id, trackingCode } = created.json() as { id: number; trackingCode: string };
    const early = await post(null, `/public/cases/${trackingCode}/rating`, { satisfaction: 'satisfied', solved: true });
    expect([early.statusCode, early.json().error.code]).toEqual([409, 'CASE_RATING_NOT_ASKED']);
    const fresh = (await publicGet(`/public/cases/${trackingCode}`)).json();
    expect(fresh).toMatchObject({ status: 'submitted', ratingAsked: false, place: '桂园社区' });

    expect((await post('dispatcher', `/cases/${id}/accept`, {})).statusCode).toBe(200);
    const categoryId = await world.categoryId('城市建设和市政管理', '环境卫生');
    expect((await post('dispatcher', `/cases/${id}/classify`, { categoryId, tier: 'general' })).statusCode).toBe(200);
    expect(
      (await post('dispatcher', `/cases/${id}/dispatch`, { leadUnitId: await world.unitId('D01-S01') })).statusCode,
    ).toBe(200);
    const lead = await world.db
      .selectFrom('person')
      .select('username')
      .where('username', '=', 'handler.d01-s01')
      .executeTakeFirstOrThrow();
    expect((await post(lead.username, `/cases/${id}/acknowledge`, {})).statusCode).toBe(200);
    expect((await post(lead.username, `/cases/${id}/resolve`, { result: '已更换灯泡' })).statusCode).toBe(200);
    expect((await post('dispatcher', `/cases/${id}/approve`, {})).statusCode).toBe(200);

    const unhappy = await post(null, `/public/cases/${trackingCode}/rating`, {
      satisfaction: 'unsatisfied',
      solved: false,
    });
    expect(unhappy.statusCode).toBe(200);
    expect(unhappy.json()).toMatchObject({
      status: 'handling',
      ratingAsked: false,
      result: null,
      rating: { satisfaction: 'unsatisfied', solved: false },
    });
    expect(unhappy.json().timeline.at(-1).label).toBe('您的评价：不满意，问题未解决；已交办重新办理');
    const row = await world.db
      .selectFrom('case_record')
      .select(['status', 'reopen_count'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'handling', reopen_count: 1 });
    const again = await post(null, `/public/cases/${trackingCode}/rating`, { satisfaction: 'satisfied', solved: true });
    expect([again.statusCode, again.json().error.code]).toEqual([409, 'CASE_ALREADY_RATED']);
  });

  it('lists anonymised cases by township and status, a page at a time, at village level only', async () => {
    const { id } = await namedCaseAwaitingRating('石桥村排水沟堵塞');
    const notYet = (
      await post(null, '/public/cases', {
        description: '临河街道还没受理的诉求',
        address: '临河街道望江社区',
        anonymous: true,
      })
    ).json();

    const open = await publicGet('/public/cases?unit=D01-T01&status=open&limit=50');
    expect(open.statusCode).toBe(200);
    expectClean(open.body);
    expect(open.body).not.toContain('排水沟'); // the citizen's own words stay out
    const item = open.json().items.find((c: { id: number }) => c.id === id);
    expect(item).toMatchObject({
      title: '石桥村 · 环境卫生',
      category: '环境卫生',
      place: { code: 'D01-T01-V01', name: '石桥村' },
      township: { code: 'D01-T01', name: '柳林镇' },
      status: 'open',
      statusLabel: '办理中',
      closedAt: null,
    });
    expect(Object.keys(item).sort()).toEqual([
      'category',
      'closedAt',
      'id',
      'lat',
      'lng',
      'place',
      'status',
      'statusLabel',
      'submittedAt',
      'title',
      'township',
    ]);
    expect(open.json().items.every((c: { township: { code: string } }) => c.township.code === 'D01-T01')).toBe(true);

    const elsewhere = (await publicGet('/public/cases?unit=D01-S02&status=open&limit=50')).json();
    expect(elsewhere.items.map((c: { id: number }) => c.id)).not.toContain(notYet.id); // not accepted yet
    const closed = (await publicGet('/public/cases?unit=D01-T01&status=closed&limit=50')).json();
    expect(closed.items.map((c: { id: number }) => c.id)).not.toContain(id);

    const first = (await publicGet('/public/cases?unit=D01-T01&limit=1')).json();
    expect(first.items).toHaveLength(1);
    const second = (await publicGet(`/public/cases?unit=D01-T01&limit=1&cursor=${first.nextCursor}`)).json();
    expect(second.items[0].id).toBeLessThan(first.items[0].id);
    const village = (await publicGet('/public/cases?unit=D01-T01-V01&limit=50')).json();
    expect(village.items.map((c: { id: number }) => c.id)).toContain(id);

    const bad = await publicGet('/public/cases?unit=NOPE');
    expect([bad.statusCode, bad.json().error.code]).toEqual([400, 'VALIDATION_FAILED']);
    const badCursor = await publicGet('/public/cases?cursor=garbage');
    expect(badCursor.statusCode).toBe(400);
  });

  it("serves the installation's district map, each township and village with its unit id (null for one the tree lacks)", async () => {
    const square = (lng: number, lat: number): DistrictFeature['geometry'] => ({
      type: 'Polygon',
      coordinates: [
        [
          [lng, lat],
          [lng + 0.1, lat],
          [lng + 0.1, lat + 0.1],
          [lng, lat + 0.1],
          [lng, lat],
        ],
      ],
    });
    const feature = (code: string, name: string, level: 'township' | 'village', lng: number): DistrictFeature => ({
      type: 'Feature',
      properties: { code, name, level, ...(level === 'village' ? { parentCode: code.slice(0, 7) } : {}) },
      geometry: square(lng, 37.8),
    });
    const own: DistrictGeoJson = {
      type: 'FeatureCollection',
      name: '青溪区',
      features: [
        feature('D01-T01', '柳林镇', 'township', 112.5),
        feature('D01-T02', '松岗镇', 'township', 112.7),
        feature('D01-T01-V01', '石桥村', 'village', 112.5),
        feature('D01-T02-V01', '枫树村', 'village', 112.7),
        feature('D01-T02-V09', '规划村', 'village', 112.75),
      ],
    };
    fs.writeFileSync(installationMapFile(world.dataDir), JSON.stringify(own));
    const res = await publicGet('/public/district-map');
    expect(res.statusCode).toBe(200);
    const map = res.json() as DistrictGeoJson;
    expect(map.name).toBe('青溪区');
    expect(map.features.map((f) => [f.properties.code, f.properties.level, f.properties.unitId])).toEqual([
      ['D01-T01', 'township', await world.unitId('D01-T01')],
      ['D01-T02', 'township', await world.unitId('D01-T02')],
      ['D01-T01-V01', 'village', await world.unitId('D01-T01-V01')],
      ['D01-T02-V01', 'village', await world.unitId('D01-T02-V01')],
      ['D01-T02-V09', 'village', null],
    ]);
    expect(map.features[0]?.geometry).toEqual(own.features[0]?.geometry);
  });

  it('limits following like the public form, so codes cannot be tried in bulk', async () => {
    const config = testConfig({ DATA_DIR: world.dataDir, PUBLIC_INTAKE_PER_MINUTE: '3' });
    const logger = createLogger('silent');
    const limited: App = await buildApp({
      config,
      database: ctx.database,
      logger,
      runtime: createModuleRuntime(config, ctx.database, logger),
    });
    try {
      const codes: number[] = [];
      // One after another: the limiter's in-memory store answers concurrent requests with one shared counter.
      for (const n of [1, 2, 3, 4])
        codes.push((await limited.inject({ url: `/api/v1/public/cases/LS000000-ZZZZZ${n}` })).statusCode);
      expect(codes).toEqual([404, 404, 404, 429]);
    } finally {
      await limited.close();
    }
  });
});
