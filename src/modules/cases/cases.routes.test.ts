import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CaseWorld, createCaseWorld } from '../../../tests/helpers/case-world.ts';
import { describeEachDatabase } from '../../../tests/helpers/test-databases.ts';
import { fromNow } from '../../../tests/helpers/clock.ts';

describeEachDatabase('the case loop over HTTP', (ctx) => {
  let world: CaseWorld;
  beforeAll(async () => {
    world = await createCaseWorld(ctx.database);
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
  const get = async (login: string, url: string) =>
    world.app.inject({ url: `/api/v1${url}`, headers: (await world.as(login)).headers() });

  async function submitted(description = '石桥村村口垃圾堆放多日无人清理，气味很大') {
    const res = await post(null, '/public/cases', { description, address: '柳林镇石桥村村口', anonymous: true });
    expect(res.statusCode).toBe(201);
    return res.json().id as number;
  }

  async function dispatchedToTown() {
    const id = await submitted();
    expect((await post('dispatcher', `/cases/${id}/accept`, {})).statusCode).toBe(200);
    const categoryId = await world.categoryId('城市建设和市政管理', '环境卫生');
    expect((await post('dispatcher', `/cases/${id}/classify`, { categoryId, tier: 'general' })).statusCode).toBe(200);
    const suggestion = (await get('dispatcher', `/cases/${id}/dispatch-suggestion`)).json();
    const res = await post('dispatcher', `/cases/${id}/dispatch`, {
      leadUnitId: suggestion.lead.id,
      supportingUnitIds: suggestion.supporting.map((u: { id: number }) => u.id),
    });
    expect(res.statusCode).toBe(200);
    return { id, body: res.json() };
  }

  it('takes a public submission, resolves its place from the address, and answers a tracking code', async () => {
    const res = await post(null, '/public/cases', {
      description: '石桥村村口路灯坏了三天',
      address: '柳林镇石桥村村口',
      anonymous: true,
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      status: 'submitted',
      replayed: false,
      trackingCode: expect.stringMatching(/^LS\d{6}-[0-9A-Z]{6}$/),
    });
    const detail = (await get('dispatcher', `/cases/${res.json().id}`)).json();
    expect(detail.place).toMatchObject({ nameZh: '石桥村', type: 'village' });
    expect(detail.channel).toBe('citizen_web');
    expect(detail.timeline.map((e: { action: string }) => e.action)).toEqual(['submit']);
    expect(detail.allowedActions).toEqual(expect.arrayContaining(['accept', 'decline', 'merge', 'classify', 'note']));
  });

  it('a retry with the same Idempotency-Key answers the same case; another body with that key is refused', async () => {
    const body = { description: '小区门口井盖缺失，很危险', address: '滨江街道桂园社区', anonymous: true };
    const headers = { 'idempotency-key': 'retry-test-0001' };
    const first = await post(null, '/public/cases', body, headers);
    const second = await post(null, '/public/cases', body, headers);
    expect([first.statusCode, second.statusCode]).toEqual([201, 200]);
    expect(second.json()).toMatchObject({
      id: first.json().id,
      trackingCode: first.json().trackingCode,
      replayed: true,
    });
    expect((await post('dispatcher', `/cases/${first.json().id}/accept`, {})).statusCode).toBe(200);
    expect((await post(null, '/public/cases', body, headers)).json()).toMatchObject({
      id: first.json().id,
      status: 'accepted',
      replayed: true,
    });
    const other = await post(null, '/public/cases', { ...body, description: '另一件事情' }, headers);
    expect([other.statusCode, other.json().error.code]).toEqual([422, 'IDEMPOTENCY_KEY_REUSED']);
    const count = await world.db
      .selectFrom('case_record')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('idempotency_key', '=', 'retry-test-0001')
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(1);
  });

  it('asks named citizens for a mobile, and checks the category exists', async () => {
    const named = await post(null, '/public/cases', { description: '路面塌陷' });
    expect([named.statusCode, named.json().error.code]).toEqual([400, 'VALIDATION_FAILED']);
    const badCategory = await post(null, '/public/cases', {
      description: '路面塌陷',
      anonymous: true,
      categoryId: 999_999,
    });
    expect(badCategory.json().error.code).toBe('VALIDATION_FAILED');
  });

  it('walks the whole loop: dispatch by the routing rule, acknowledge, resolve, approve, follow-up, closed; the rates count it', async () => {
    const { id, body } = await dispatchedToTown();
    expect(body.leadUnit).toMatchObject({ nameZh: '柳林镇' });
    expect(body.parties.map((p: { unitName: string; role: string }) => `${p.role}:${p.unitName}`)).toEqual([
      'lead:柳林镇',
      'support:区城市管理局',
    ]);
    expect(body.resolveDueAt > body.responseDueAt).toBe(true);
    expect(body.colour).toBe('green');
    const townView = (await get('town.handler', `/cases/${id}`)).json();
    expect(townView.allowedActions).toEqual(expect.arrayContaining(['acknowledge', 'return', 'summon', 'note']));
    expect(townView.allowedActions).not.toContain('dispatch');
    expect((await get('dept.handler', `/cases/${id}`)).statusCode).toBe(404); // the water bureau has no part in it
    expect((await post('town.handler', `/cases/${id}/acknowledge`, {})).json().status).toBe('handling');
    expect(
      (await post('town.handler', `/cases/${id}/note`, { text: '已安排保洁人员到场', public: true })).statusCode,
    ).toBe(200);
    expect(
      (await post('town.handler', `/cases/${id}/resolve`, { result: '垃圾已全部清运，并增设垃圾桶两个' })).json()
        .status,
    ).toBe('resolved');
    expect((await post('dispatcher', `/cases/${id}/approve`, {})).json().status).toBe('follow_up');
    const closed = (
      await post('dispatcher', `/cases/${id}/follow-up`, { satisfaction: 'satisfied', solved: true })
    ).json();
    expect([closed.status, closed.satisfaction, closed.solved]).toEqual(['closed', 'satisfied', true]);
    expect(closed.timeline.map((e: { action: string }) => e.action)).toEqual([
      'submit',
      'accept',
      'classify',
      'dispatch',
      'acknowledge',
      'note',
      'resolve',
      'approve',
      'followUp',
    ]);
    const town = await world.unitId('D01-T01');
    const rates = (
      await get(
        'leader',
        `/cases/rates?month=${fromNow(8 * 3_600_000)
          .toISOString()
          .slice(0, 7)}&unitType=township`,
      )
    ).json();
    const row = rates.items.find((r: { unit: { id: number } }) => r.unit.id === town);
    expect(row).toMatchObject({ dispatched: expect.any(Number), rated: expect.any(Number) });
    expect(row.respondedOnTime).toBeGreaterThanOrEqual(1);
    expect(row.satisfied).toBeGreaterThanOrEqual(1);
    expect(rates.minSample).toBe(10);
  });

  it('a return goes back to the dispatcher, who re-dispatches by the rule to a department', async () => {
    const { id } = await dispatchedToTown();
    const returned = (await post('town.handler', `/cases/${id}/return`, { reason: '属于区水务局职责' })).json();
    expect([returned.status, returned.returnCount]).toEqual(['returned', 1]);
    // The returning unit is shown as having returned the case, no longer as a lead waiting to acknowledge.
    const town = await world.unitId('D01-T01');
    const lead = (detail: { parties: { unitId: number; role: string; returned: boolean }[] }) =>
      detail.parties.find((p) => p.role === 'lead');
    expect(lead(returned)).toMatchObject({ unitId: town, returned: true, acknowledgedAt: null });
    expect(lead((await get('dispatcher', `/cases/${id}`)).json())).toMatchObject({ unitId: town, returned: true });
    const water = await world.unitId('D01-DEPT-WATER');
    const again = (await post('dispatcher', `/cases/${id}/dispatch`, { leadUnitId: water })).json();
    expect([again.status, again.leadUnit.id]).toEqual(['dispatched', water]);
    expect(lead(again)).toMatchObject({ unitId: water, returned: false });
    expect((await get('dept.handler', `/cases/${id}`)).json().allowedActions).toContain('acknowledge');
    expect((await get('town.handler', `/cases/${id}`)).statusCode).toBe(200); // the case is still in its territory
    expect((await get('town.handler', `/cases/${id}`)).json().allowedActions).toEqual([]);
  });

  it('refuses what the workflow forbids with stable codes, and stale versions with 409', async () => {
    const { id, body } = await dispatchedToTown();
    const wrongTier = await post('dispatcher', `/cases/${id}/classify`, { categoryId: 1, tier: 'minor' });
    expect([wrongTier.statusCode, wrongTier.json().error.code]).toEqual([409, 'CASE_ACTION_NOT_ALLOWED']);
    const notMine = await post('dispatcher', `/cases/${id}/acknowledge`, {});
    expect([notMine.statusCode, notMine.json().error.code]).toEqual([403, 'CASE_NOT_PERMITTED']);
    const stale = await post('town.handler', `/cases/${id}/acknowledge`, { version: body.version - 1 });
    expect([stale.statusCode, stale.json().error.code]).toEqual([409, 'VERSION_CONFLICT']);
    expect((await post('town.handler', `/cases/${id}/acknowledge`, { version: body.version })).statusCode).toBe(200);
  });

  it('refuses ids and versions beyond what the database holds with 400, never 500', async () => {
    // 9223372036854776000 is a whole number in JSON that no bigint column holds (found by the fuzzer).
    const { id, body } = await dispatchedToTown();
    const huge = 9223372036854776000;
    for (const [url, payload] of [
      [`/cases/${id}/merge`, { targetId: huge }],
      [`/cases/${id}/acknowledge`, { version: huge }],
      [`/cases/${id}/acknowledge`, { version: 2 ** 31 }],
      [`/cases/${huge}/acknowledge`, {}],
    ] as const) {
      const res = await post('town.handler', url, payload);
      expect([res.statusCode, res.json().error.code], url).toEqual([400, 'VALIDATION_FAILED']);
    }
    expect((await get('dispatcher', `/cases/${Number.MAX_SAFE_INTEGER + 1}`)).statusCode).toBe(400);
    expect((await get('dispatcher', `/cases/${Number.MAX_SAFE_INTEGER}`)).statusCode).toBe(404);
    expect((await post('town.handler', `/cases/${id}/acknowledge`, { version: body.version })).statusCode).toBe(200);
  });

  it("keeps cases of one township out of another township's reach", async () => {
    const { id } = await dispatchedToTown();
    expect((await get('town.handler', `/cases/${id}`)).statusCode).toBe(200);
    const otherTown = await world.db
      .selectFrom('person')
      .select('username')
      .where('username', '=', 'handler.d01-t02')
      .executeTakeFirstOrThrow();
    const other = await get(otherTown.username ?? '', `/cases/${id}`);
    expect(other.statusCode).toBe(404);
    const acting = await post(otherTown.username ?? '', `/cases/${id}/acknowledge`, {});
    expect(acting.statusCode).toBe(404);
    const list = (await get(otherTown.username ?? '', '/cases?limit=200')).json();
    expect(list.items.map((c: { id: number }) => c.id)).not.toContain(id);
  });

  it('masks the reporter for people who need not see them, and shows the lead unit while it handles the case', async () => {
    const res = await post(null, '/public/cases', {
      description: '柳林镇石桥村自来水停水两天',
      address: '柳林镇石桥村',
      reporterName: '赵红梅',
      reporterMobile: '13812345678',
    });
    const id = res.json().id as number;
    expect((await get('dispatcher', `/cases/${id}`)).json().reporter).toMatchObject({
      name: '赵红梅',
      mobile: '13812345678',
      masked: false,
    });
    expect((await get('leader', `/cases/${id}`)).json().reporter).toMatchObject({
      name: '赵**',
      mobile: '138****5678',
      masked: true,
    });
  });

  it('lists by queue with a cursor, and a unit inbox by deadline', async () => {
    await dispatchedToTown();
    const first = (await get('town.handler', '/cases?queue=to_acknowledge&limit=1')).json();
    expect(first.items).toHaveLength(1);
    expect(first.total).toBeGreaterThanOrEqual(2);
    const second = (await get('town.handler', `/cases?queue=to_acknowledge&limit=1&cursor=${first.nextCursor}`)).json();
    expect(second.items[0].id).not.toBe(first.items[0].id);
    const town = await world.unitId('D01-T01');
    const inbox = (await get('town.handler', `/cases/inbox?unitId=${town}`)).json();
    const dues = inbox.items.map((c: { resolveDueAt: string }) => c.resolveDueAt);
    expect(dues).toEqual([...dues].sort());
    expect(inbox.items.every((c: { leadUnit: { id: number } }) => c.leadUnit.id === town)).toBe(true);
    const bad = await get('dispatcher', '/cases?cursor=bm90LWEtY3Vyc29y');
    expect(bad.json().error.code).toBe('VALIDATION_FAILED');
  });

  it('merges a duplicate into the earlier case, adding to its heat', async () => {
    const { id: target } = await dispatchedToTown();
    const duplicate = await submitted('石桥村村口的垃圾还是没人管');
    const merged = (await post('dispatcher', `/cases/${duplicate}/merge`, { targetId: target })).json();
    expect([merged.status, merged.mergedIntoId]).toEqual(['merged', target]);
    const joined = (await get('dispatcher', `/cases/${target}`)).json();
    expect(joined.heat).toBe(2);
    expect(joined.timeline.at(-1).action).toBe('merged_in');
  });
});

describe('concurrent conflicting actions on one case (PostgreSQL row lock)', () => {
  it.skipIf(!process.env.TEST_DATABASE_URL)(
    '50 acknowledges at once: exactly one succeeds, the others answer 409',
    async () => {
      const { openTestDatabase } = await import('../../../tests/helpers/test-databases.ts');
      const test = await openTestDatabase('postgres');
      const world = await createCaseWorld(test.database);
      try {
        const created = await world.app.inject({
          method: 'POST',
          url: '/api/v1/public/cases',
          payload: { description: '柳林镇石桥村道路积水', address: '柳林镇石桥村', anonymous: true },
        });
        const id = created.json().id as number;
        const dispatcher = await world.as('dispatcher');
        const send = (url: string, payload: object) =>
          world.app.inject({
            method: 'POST',
            url: `/api/v1/cases/${id}/${url}`,
            payload,
            headers: dispatcher.headers(),
          });
        await send('accept', {});
        await send('classify', {
          categoryId: await world.categoryId('城市建设和市政管理', '环境卫生'),
          tier: 'general',
        });
        await send('dispatch', { leadUnitId: await world.unitId('D01-T01') });
        const town = await world.as('town.handler');
        const answers = await Promise.all(
          Array.from({ length: 50 }, () =>
            world.app.inject({
              method: 'POST',
              url: `/api/v1/cases/${id}/acknowledge`,
              payload: {},
              headers: town.headers(),
            }),
          ),
        );
        const codes = answers.map((a) => a.statusCode);
        expect(codes.filter((c) => c === 200)).toHaveLength(1);
        expect(codes.filter((c) => c === 409)).toHaveLength(49);
        expect(new Set(answers.filter((a) => a.statusCode === 409).map((a) => a.json().error.code))).toEqual(
          new Set(['CASE_ACTION_NOT_ALLOWED']),
        );
        const events = await world.db
          .selectFrom('case_event')
          .select('action')
          .where('case_id', '=', id)
          .where('action', '=', 'acknowledge')
          .execute();
        expect(events).toHaveLength(1);
      } finally {
        await world.close();
        await test.dispose();
      }
    },
    120_000,
  );
});
