import ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type CaseWorld, createCaseWorld } from '../../../tests/helpers/case-world.ts';
import { describeEachDatabase } from '../../../tests/helpers/test-databases.ts';
import { systemContext } from '../access/request-context.ts';
import { isAppError } from '../../platform/errors/app-error.ts';
import { loadActor } from '../auth/load-actor.ts';
import { exportCases } from './case-export.service.ts';
import { fromNow } from '../../../tests/helpers/clock.ts';

describeEachDatabase('the workbench: queue counts, export, bulk dispatch', (ctx) => {
  let world: CaseWorld;
  let startedAt: string;
  beforeAll(async () => {
    world = await createCaseWorld(ctx.database);
    startedAt = fromNow(-1000).toISOString();
  }, 120_000);
  afterAll(async () => {
    await world?.close();
  });

  const post = async (login: string | null, url: string, payload: unknown) => {
    const session = login ? await world.as(login) : null;
    return world.app.inject({
      method: 'POST',
      url: `/api/v1${url}`,
      payload: payload as object,
      headers: session?.headers() ?? {},
    });
  };
  const get = async (login: string, url: string) =>
    world.app.inject({ url: `/api/v1${url}`, headers: (await world.as(login)).headers() });
  const counts = async (login: string, query = '') => {
    const res = await get(login, `/cases/queues${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return Object.fromEntries((res.json().items as { queue: string; count: number }[]).map((i) => [i.queue, i.count]));
  };

  async function submit(description: string, extra: object = {}) {
    const res = await post(null, '/public/cases', {
      description,
      address: '柳林镇石桥村村口',
      reporterName: '欧阳秀梅',
      reporterMobile: '13912345678',
      ...extra,
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as number;
  }

  async function acceptedAndClassified(description: string) {
    const id = await submit(description);
    expect((await post('dispatcher', `/cases/${id}/accept`, {})).statusCode).toBe(200);
    const categoryId = await world.categoryId('城市建设和市政管理', '环境卫生');
    expect((await post('dispatcher', `/cases/${id}/classify`, { categoryId, tier: 'general' })).statusCode).toBe(200);
    return id;
  }

  it("counts the queues of the person's roles, under the list's filters", async () => {
    const before = await counts('dispatcher');
    expect(Object.keys(before)).toEqual([
      'to_accept',
      'to_dispatch',
      'returned',
      'in_progress',
      'due_soon',
      'overdue',
      'extension_requests',
      'to_review',
      'to_follow_up',
    ]);
    await submit('石桥村村口路灯坏了三天，晚上很黑');
    const accepted = await acceptedAndClassified('石桥村村口垃圾堆放多日无人清理');
    const after = await counts('dispatcher');
    expect(after.to_accept).toBe((before.to_accept ?? 0) + 1);
    expect(after.to_dispatch).toBe((before.to_dispatch ?? 0) + 1);

    // The list's filters apply: a channel no case came through counts nothing; the counts match the list.
    expect(Object.values(await counts('dispatcher', '?channel=letter')).every((n) => n === 0)).toBe(true);
    const list = (await get('dispatcher', '/cases?queue=to_dispatch')).json();
    expect(list.total).toBe(after.to_dispatch);
    expect(list.items.map((c: { id: number }) => c.id)).toContain(accepted);

    // A township handler: the handling queues only, counted in the township's scope.
    const town = await counts('town.handler');
    expect(Object.keys(town)).toEqual(['to_acknowledge', 'in_progress', 'due_soon', 'overdue']);

    // Citizens have no queues; nobody signed in is asked to sign in.
    expect((await get('citizen', '/cases/queues')).statusCode).toBe(403);
    expect((await world.app.inject({ url: '/api/v1/cases/queues' })).statusCode).toBe(401);
    expect((await get('dispatcher', '/cases/queues?tier=huge')).statusCode).toBe(400);
  });

  it("dispatches many cases at once, reporting each case's outcome; the others go ahead when one cannot", async () => {
    const first = await acceptedAndClassified('柳林镇石桥村垃圾桶满溢');
    const second = await acceptedAndClassified('柳林镇石桥村道路积水');
    const unclassified = await submit('石桥村有人占道经营');
    expect((await post('dispatcher', `/cases/${unclassified}/accept`, {})).statusCode).toBe(200);
    const town = await world.unitId('D01-T01');
    const urban = await world.unitId('D01-DEPT-URBAN');
    const res = await post('dispatcher', '/cases/bulk-dispatch', {
      caseIds: [first, unclassified, second, 999_999],
      leadUnitId: town,
      supportingUnitIds: [urban],
      note: '请尽快处理',
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ dispatched: 2, failed: 2 });
    expect(
      body.items.map((i: { id: number; ok: boolean; status: string | null; error: { code: string } | null }) => [
        i.id,
        i.ok,
        i.status,
        i.error?.code ?? null,
      ]),
    ).toEqual([
      [first, true, 'dispatched', null],
      [unclassified, false, 'accepted', 'CASE_NOT_CLASSIFIED'],
      [second, true, 'dispatched', null],
      [999_999, false, null, 'NOT_FOUND'],
    ]);
    expect(body.items[1].error.message).toContain('分类');
    expect(body.items[1].trackingCode).toMatch(/^LS/);
    // Each went through the ordinary dispatch: parties, timeline, the township's notification.
    const detail = (await get('dispatcher', `/cases/${second}`)).json();
    expect(detail.parties.map((p: { role: string; unitName: string }) => `${p.role}:${p.unitName}`)).toEqual([
      'lead:柳林镇',
      'support:区城市管理局',
    ]);
    expect(detail.timeline.at(-1)).toMatchObject({ action: 'dispatch', note: '请尽快处理' });
    const inbox = (await get('town.handler', '/notifications')).json();
    expect(inbox.items.filter((n: { caseId: number }) => n.caseId === first || n.caseId === second)).toHaveLength(2);

    // 吹哨报到: the township handler (who reads only the township's units) is offered the district's departments, less the parties.
    const options = await get('town.handler', `/cases/${second}/summon-options`);
    expect(options.statusCode, options.body).toBe(200);
    const names = options.json().items.map((u: { nameZh: string }) => u.nameZh);
    expect(names).toContain('区水务局');
    expect(names).not.toContain('区城市管理局');
    expect((await get('dept.handler', `/cases/${second}/summon-options`)).statusCode).toBe(404);

    // Only dispatchers; at most 100 cases, each once.
    expect(
      (await post('town.handler', '/cases/bulk-dispatch', { caseIds: [first], leadUnitId: town })).statusCode,
    ).toBe(403);
    expect(
      (
        await post('dispatcher', '/cases/bulk-dispatch', {
          caseIds: Array.from({ length: 101 }, (_, i) => i + 1),
          leadUnitId: town,
        })
      ).statusCode,
    ).toBe(400);
    expect(
      (await post('dispatcher', '/cases/bulk-dispatch', { caseIds: [first, first], leadUnitId: town })).statusCode,
    ).toBe(400);
    expect((await post('dispatcher', '/cases/bulk-dispatch', { caseIds: [], leadUnitId: town })).statusCode).toBe(400);
  });

  async function readWorkbook(body: Buffer) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(body as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new Error('no sheet');
    const rows: string[][] = [];
    sheet.eachRow((row) =>
      rows.push((row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v)))),
    );
    return rows;
  }

  it('exports the filtered list as .xlsx with Chinese headers, masks reporters for those without pii.read, and audits it', async () => {
    const res = await get('dispatcher', `/cases/export.xlsx?createdFrom=${encodeURIComponent(startedAt)}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(decodeURIComponent(String(res.headers['content-disposition']))).toContain('诉求-');
    const rows = await readWorkbook(res.rawPayload);
    const [header, ...cases] = rows;
    expect(header?.slice(0, 6)).toEqual(['查询码', '标题', '诉求内容', '状态', '来源', '分类']);
    const list = (await get('dispatcher', `/cases?createdFrom=${encodeURIComponent(startedAt)}&limit=200`)).json();
    expect(cases).toHaveLength(list.total);
    expect(cases.map((r) => r[0])).toEqual(list.items.map((c: { trackingCode: string }) => c.trackingCode));
    const col = (name: string) => header?.indexOf(name) ?? -1;
    const dispatched = cases.find((r) => r[col('状态')] === '待签收');
    expect(dispatched?.[col('承办单位')]).toBe('柳林镇');
    expect(dispatched?.[col('配合单位')]).toBe('区城市管理局');
    expect(dispatched?.[col('办结期限')]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    // One glossary: the urgency reads as on screen (普通), never as a tier's word (一般).
    expect(new Set(cases.map((r) => r[col('紧急程度')]))).toEqual(new Set(['普通']));
    // The dispatcher holds pii.read: the reporter in full.
    expect(cases.every((r) => r[col('反映人')] === '欧阳秀梅' && r[col('联系电话')] === '13912345678')).toBe(true);

    // The queue filter too: only what waits for acceptance.
    const queued = await readWorkbook(
      (await get('dispatcher', `/cases/export.xlsx?queue=to_accept&createdFrom=${encodeURIComponent(startedAt)}`))
        .rawPayload,
    );
    expect(queued.slice(1).every((r) => r[col('状态')] === '待受理')).toBe(true);
    expect(queued.length - 1).toBe(
      (await get('dispatcher', `/cases?queue=to_accept&createdFrom=${encodeURIComponent(startedAt)}`)).json().total,
    );

    // A township handler sees the township's dispatched cases, the reporter masked.
    const town = await readWorkbook(
      (await get('town.handler', `/cases/export.xlsx?status=dispatched&createdFrom=${encodeURIComponent(startedAt)}`))
        .rawPayload,
    );
    expect(town.length - 1).toBe(2);
    expect(town.slice(1).every((r) => r[col('反映人')] === '欧阳**' && r[col('联系电话')] === '139****5678')).toBe(
      true,
    );

    const audits = await world.db
      .selectFrom('audit_log')
      .select(['action', 'actor_label', 'after'])
      .where('action', '=', 'case.export')
      .orderBy('id')
      .execute();
    expect(audits).toHaveLength(3);
    expect(audits[0]?.after).toMatchObject({
      rows: cases.length,
      unmaskedReporters: cases.length,
      filters: { createdFrom: startedAt },
    });
    expect(audits[2]?.after).toMatchObject({ rows: 2, unmaskedReporters: 0 });

    expect((await get('citizen', '/cases/export.xlsx')).statusCode).toBe(403);
    expect((await get('dispatcher', '/cases/export.xlsx?createdFrom=yesterday')).statusCode).toBe(400);
  });

  it('refuses an export larger than its cap, saying to narrow the filters', async () => {
    const dispatcher = await world.db
      .selectFrom('person')
      .select('id')
      .where('username', '=', 'dispatcher')
      .executeTakeFirstOrThrow();
    const ctx = { ...systemContext('test'), actor: await loadActor(world.db, Number(dispatcher.id)) };
    const refused = await exportCases(world.runtime.cases, ctx, { createdFrom: startedAt }, { cap: 2 }).catch(
      (error: unknown) => error,
    );
    expect(isAppError(refused) && refused.code).toBe('EXPORT_TOO_LARGE');
    expect(isAppError(refused) && refused.messageFor('zh')).toContain('请缩小筛选范围');
  });

  it('lists under 待签收 only the cases the person may acknowledge: those its own unit leads', async () => {
    const toTown = await acceptedAndClassified('柳林镇石桥村桥头垃圾无人清运');
    const toWater = await acceptedAndClassified('柳林镇石桥村自来水管爆裂');
    const dispatch = async (id: number, code: string) => {
      const res = await post('dispatcher', `/cases/${id}/dispatch`, { leadUnitId: await world.unitId(code) });
      expect(res.statusCode, res.body).toBe(200);
    };
    await dispatch(toTown, 'D01-T01');
    await dispatch(toWater, 'D01-DEPT-WATER');
    const queue = async (login: string) => {
      const res = await get(login, '/cases?queue=to_acknowledge&limit=100');
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json() as { items: { id: number }[]; total: number };
      return { ids: body.items.map((i) => i.id), body, count: (await counts(login)).to_acknowledge };
    };
    // The town reads the water bureau's case (it lies in the town) but cannot acknowledge it.
    expect((await get('town.handler', `/cases/${toWater}`)).json().allowedActions).not.toContain('acknowledge');
    const town = await queue('town.handler');
    expect(town.ids).toContain(toTown);
    expect(town.ids).not.toContain(toWater);
    expect(town.count).toBe(town.body.total);
    const water = await queue('dept.handler');
    expect(water.ids).toContain(toWater);
    expect(water.ids).not.toContain(toTown);
    expect(water.count).toBe(water.body.total);
    // Nobody else may acknowledge: the dispatcher is not offered the queue, and asking for it finds nothing.
    expect(Object.keys(await counts('dispatcher'))).not.toContain('to_acknowledge');
    expect((await queue('dispatcher')).ids).toEqual([]);
  });
});
