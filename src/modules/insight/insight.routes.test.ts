import { afterAll, beforeAll, expect, it } from 'vitest';
import { type CaseWorld, createCaseWorld, createDemoWorld } from '../../../tests/helpers/case-world.ts';
import { describeEachDatabase } from '../../../tests/helpers/test-databases.ts';
import { loadDirectory } from '../cases/case-directory.ts';
import { placeOfUnit } from './hot-issues.service.ts';
import { fromNow } from '../../../tests/helpers/clock.ts';

const dayMs = 86_400_000;

interface Cluster {
  title: string;
  place: string | null;
  placeUnitId: number | null;
  from: string;
  to: string;
  size: number;
  reports: number;
  supports: number;
  heat: number;
  keywords: string[];
  members: { kind: 'case' | 'topic'; id: number; title: string; time: string; place: string | null }[];
}

// The subject is the demo: its scripted cases and topics, duplicates merged, clustered as the demo
// installation shows them. The database starts as a copy of the loaded demo (tests/helpers/demo-database.ts).
describeEachDatabase(
  'hot issues over the demo period',
  (ctx) => {
    let world: CaseWorld;
    const get = async (login: string, url: string) =>
      world.app.inject({ url: `/api/v1${url}`, headers: (await world.as(login)).headers() });

    beforeAll(async () => {
      world = await createDemoWorld(ctx.database);
    });
    afterAll(async () => {
      await world?.close();
    });

    it('clusters the demo period: one place per cluster, the hottest first, merged cases counted in their target, topics read', async () => {
      const to = fromNow(60_000);
      const from = new Date(to.getTime() - 120 * dayMs);
      const res = await get('leader', `/hot-issues?from=${from.toISOString()}&to=${to.toISOString()}&limit=100`);
      expect(res.statusCode).toBe(200);
      const body = res.json() as { cases: number; topics: number; truncated: boolean; clusters: Cluster[] };
      const rows = await world.db
        .selectFrom('case_record')
        .select(['id', 'status', 'place_unit_id', 'merged_into_id', 'created_at'])
        .where('created_at', '>=', from)
        .where('created_at', '<', to)
        .execute();
      expect(body.cases).toBe(rows.filter((r) => r.status !== 'declined').length);
      expect(body.truncated).toBe(false);
      const topicRows = await world.db
        .selectFrom('topic')
        .select(['id', 'status'])
        .where('status', 'in', ['published', 'selected'])
        .where('created_at', '>=', from)
        .where('created_at', '<', to)
        .execute();
      expect(body.topics).toBe(topicRows.length);

      expect(body.clusters.length).toBeGreaterThan(0);
      const heats = body.clusters.map((c) => c.heat);
      expect(heats).toEqual([...heats].sort((a, b) => b - a));
      const directory = await loadDirectory(world.db);
      const byId = new Map(rows.map((r) => [Number(r.id), r]));
      const inPeriod = new Set(rows.map((r) => Number(r.id)));
      const topicIds = new Set(topicRows.map((t) => Number(t.id)));
      let merges = 0;
      for (const cluster of body.clusters) {
        expect(cluster.reports).toBeGreaterThanOrEqual(cluster.members.filter((m) => m.kind === 'case').length);
        expect(cluster.reports >= 2 || cluster.supports >= 5, cluster.title).toBe(true);
        const places = new Set<number | null>();
        for (const member of cluster.members) {
          if (member.kind === 'topic') {
            expect(topicIds.has(member.id)).toBe(true);
            continue;
          }
          const row = byId.get(member.id);
          expect(row, `case ${member.id}`).toBeDefined();
          expect(row?.status).not.toBe('declined');
          // A merged case whose target is read too is no separate member: the target's heat counts it.
          if (row?.merged_into_id !== null && row?.merged_into_id !== undefined)
            expect(inPeriod.has(Number(row.merged_into_id))).toBe(false);
          places.add(
            placeOfUnit(
              directory,
              row?.place_unit_id === null || row?.place_unit_id === undefined ? null : Number(row.place_unit_id),
            )?.id ?? null,
          );
        }
        const known = [...places].filter((p) => p !== null);
        expect(known.length, cluster.title).toBeLessThanOrEqual(1);
        if (known.length === 1) expect(cluster.placeUnitId).toBe(known[0]);
        merges += cluster.members.filter(
          (m) => m.kind === 'case' && rows.some((r) => r.merged_into_id !== null && Number(r.merged_into_id) === m.id),
        ).length;
        expect(cluster.title.length).toBeGreaterThan(0);
      }
      // The demo merges duplicates into earlier cases: their targets stand for them in the clusters.
      expect(merges).toBeGreaterThan(0);
    });
  },
  { from: 'demo' },
);

describeEachDatabase('hot issues and the reply check over HTTP', (ctx) => {
  let world: CaseWorld;
  const get = async (login: string | null, url: string) =>
    world.app.inject({ url: `/api/v1${url}`, headers: login ? (await world.as(login)).headers() : {} });
  const post = async (login: string | null, url: string, payload: object) =>
    world.app.inject({
      method: 'POST',
      url: `/api/v1${url}`,
      payload,
      headers: login ? (await world.as(login)).headers() : {},
    });

  beforeAll(async () => {
    world = await createCaseWorld(ctx.database);
  });
  afterAll(async () => {
    await world?.close();
  });

  it('is for staff who see across the district; others get 403, strangers 401', async () => {
    expect((await get(null, '/hot-issues')).statusCode).toBe(401);
    for (const login of ['town.lead', 'town.handler', 'grid', 'dept.handler', 'citizen']) {
      const res = await get(login, '/hot-issues');
      expect([res.statusCode, res.json().error.code], login).toEqual([403, 'FORBIDDEN']);
    }
    for (const login of ['leader', 'supervisor', 'discipline', 'dispatcher', 'office', 'orgdept', 'admin'])
      expect((await get(login, '/hot-issues?limit=3')).statusCode, login).toBe(200);
    expect((await get('leader', '/hot-issues?limit=0')).json().error.code).toBe('VALIDATION_FAILED');
    expect(
      (await get('leader', '/hot-issues?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z')).json().error.code,
    ).toBe('VALIDATION_FAILED');
  });

  it('groups new reports of one matter at one village, and keeps the same text at two townships apart', async () => {
    const started = fromNow(-1000);
    const village = await world.db
      .selectFrom('unit as v')
      .innerJoin('unit as t', 't.id', 'v.parent_id')
      .select(['v.name_zh as village', 't.name_zh as town'])
      .where('t.name_zh', '=', '松岗镇')
      .where('v.type', '=', 'village')
      .orderBy('v.id')
      .executeTakeFirstOrThrow();
    const reports = [
      ['石桥村东头一排路灯已经5天不亮了，晚上黑灯瞎火，老人孩子出门很不方便。', '柳林镇石桥村东头'],
      ['石桥村村口那段路的路灯从上周开始就不亮了，晚上下班回来什么都看不见，请派人检修路灯。', '柳林镇石桥村村口'],
      ['石桥村小学附近的路灯坏了好几天，晚上路灯不亮孩子上晚自习回家很危险。', '柳林镇石桥村小学'],
      ['石桥村东头的路灯还是不亮，之前已经有人反映过，晚上走路太危险了。', '柳林镇石桥村东头'],
      ['小区门口的垃圾桶好几天没人清运，垃圾堆满了，苍蝇很多，气味很大。', `柳林镇石桥村村委会`],
      ['小区门口的垃圾桶好几天没人清运，垃圾堆满了，苍蝇很多，气味很大。', `柳林镇石桥村村委会`],
      ['小区门口的垃圾桶好几天没人清运，垃圾堆满了，苍蝇很多，气味很大。', `${village.town}${village.village}`],
      ['小区门口的垃圾桶好几天没人清运，垃圾堆满了，苍蝇很多，气味很大。', `${village.town}${village.village}`],
    ];
    const ids: number[] = [];
    for (const [description, address] of reports) {
      const res = await post(null, '/public/cases', { description, address, anonymous: true });
      expect(res.statusCode).toBe(201);
      ids.push(res.json().id as number);
    }
    const res = await get(
      'supervisor',
      `/hot-issues?from=${started.toISOString()}&to=${fromNow(60_000).toISOString()}&limit=10`,
    );
    expect(res.statusCode).toBe(200);
    const clusters = (res.json() as { clusters: Cluster[] }).clusters;
    const memberSets = clusters.map((c) => c.members.map((m) => m.id).sort((a, b) => a - b));
    expect(memberSets).toContainEqual(ids.slice(0, 4));
    expect(memberSets).toContainEqual(ids.slice(4, 6));
    expect(memberSets).toContainEqual(ids.slice(6, 8));
    const lights = clusters.find((c) => c.members.some((m) => m.id === ids[0]));
    expect(lights).toMatchObject({ place: '石桥村', size: 4, reports: 4 });
    expect(lights?.keywords).toContain('路灯');
    expect(clusters.find((c) => c.members.some((m) => m.id === ids[6]))?.place).toBe(village.village);
  });

  it('checks the reply of a resolved case for the reviewer; 404 before it is resolved or out of scope', async () => {
    const submitted = await post(null, '/public/cases', {
      description: '石桥村村口路灯坏了三天，晚上出行很不方便',
      address: '柳林镇石桥村村口',
      anonymous: true,
    });
    const id = submitted.json().id as number;
    const notYet = await get('dispatcher', `/cases/${id}/reply-check`);
    expect([notYet.statusCode, notYet.json().error.code]).toEqual([404, 'NOT_FOUND']);
    expect(notYet.json().error.message).toContain('尚未办结');

    expect((await post('dispatcher', `/cases/${id}/accept`, {})).statusCode).toBe(200);
    const categoryId = await world.categoryId('城市建设和市政管理', '城市公共设施');
    expect((await post('dispatcher', `/cases/${id}/classify`, { categoryId, tier: 'general' })).statusCode).toBe(200);
    const town = await world.unitId('D01-T01');
    expect(
      (await post('dispatcher', `/cases/${id}/dispatch`, { leadUnitId: town, supportingUnitIds: [] })).statusCode,
    ).toBe(200);
    expect((await post('town.handler', `/cases/${id}/acknowledge`, {})).statusCode).toBe(200);
    const result =
      '感谢您的来信。您反映的问题已收悉，我单位高度重视，已转相关部门积极协调处理，下一步将进一步加强管理。';
    expect((await post('town.handler', `/cases/${id}/resolve`, { result })).statusCode).toBe(200);

    const res = await get('dispatcher', `/cases/${id}/reply-check`);
    expect(res.statusCode).toBe(200);
    const check = res.json();
    expect(check).toMatchObject({ caseId: id });
    expect(check.score).toBeLessThan(30);
    expect(check.weakPoints.map((w: { code: string }) => w.code)).toEqual(
      expect.arrayContaining(['no_result', 'boilerplate']),
    );

    // Sent back and resolved again: the latest reply is the one checked.
    expect(
      (await post('dispatcher', `/cases/${id}/send-back`, { reason: '答复空泛，请说明处理结果' })).statusCode,
    ).toBe(200);
    const better =
      '柳林镇人民政府工作人员于3月5日会同路灯维护单位到石桥村村口排查，路灯不亮系线路老化所致，已更换电缆40米和灯具3盏，当晚恢复正常照明。';
    expect((await post('town.handler', `/cases/${id}/resolve`, { result: better })).statusCode).toBe(200);
    const again = (await get('town.lead', `/cases/${id}/reply-check`)).json();
    expect(again.score).toBeGreaterThan(check.score + 30);
    expect(again.found.actions).toContain('更换');

    const outside = await get('dept.handler', `/cases/${id}/reply-check`);
    expect([outside.statusCode, outside.json().error.code]).toEqual([404, 'NOT_FOUND']);
    expect((await get('citizen', `/cases/${id}/reply-check`)).statusCode).toBe(403);
    expect((await get(null, `/cases/${id}/reply-check`)).statusCode).toBe(401);
    expect((await get('dispatcher', '/cases/999999999/reply-check')).statusCode).toBe(404);
  });
});
