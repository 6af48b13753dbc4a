import { afterAll, beforeAll, expect, it } from 'vitest';
import { type CaseWorld, createCaseWorld } from '../../../tests/helpers/case-world.ts';
import { describeEachDatabase } from '../../../tests/helpers/test-databases.ts';

/** What the staff intake form (登记诉求) asks of the server before and as it saves a case. */
describeEachDatabase('staff intake: routing before saving, walk-in visits, callers', (ctx) => {
  let world: CaseWorld;
  beforeAll(async () => {
    world = await createCaseWorld(ctx.database);
  }, 120_000);
  afterAll(async () => {
    await world?.close();
  });

  const post = async (login: string, url: string, payload: unknown) =>
    world.app.inject({
      method: 'POST',
      url: `/api/v1${url}`,
      payload: payload as object,
      headers: (await world.as(login)).headers(),
    });
  const get = async (login: string, url: string) =>
    world.app.inject({ url: `/api/v1${url}`, headers: (await world.as(login)).headers() });

  it('suggests the lead unit from the address before the case exists, as the dispatch dialog would after', async () => {
    const categoryId = await world.categoryId('城市建设和市政管理', '环境卫生');
    const res = await post('dispatcher', '/cases/routing-suggestion', {
      categoryId,
      tier: 'general',
      address: '柳林镇石桥村村口',
    });
    expect(res.statusCode).toBe(200);
    const answer = res.json();
    expect(answer.place).toMatchObject({ nameZh: '石桥村', type: 'village' });
    expect(answer.lead).toMatchObject({ type: 'township' });
    expect(answer.reason).not.toBe('');

    // The same case, saved and classified, gets the same suggestion from the dispatch dialog's route.
    const saved = await post('dispatcher', '/cases', {
      channel: 'hotline',
      description: '石桥村村口垃圾堆放多日无人清理',
      address: '柳林镇石桥村村口',
      categoryId,
      anonymous: true,
    });
    expect(saved.statusCode).toBe(201);
    const id = saved.json().id as number;
    expect((await post('dispatcher', `/cases/${id}/accept`, {})).statusCode).toBe(200);
    expect((await post('dispatcher', `/cases/${id}/classify`, { categoryId, tier: 'general' })).statusCode).toBe(200);
    const after = (await get('dispatcher', `/cases/${id}/dispatch-suggestion`)).json();
    expect(after.lead).toEqual(answer.lead);
    expect(after.supporting).toEqual(answer.supporting);
  });

  it('names the village itself for a minor case, and no lead when the place is unknown', async () => {
    const minor = (
      await post('dispatcher', '/cases/routing-suggestion', { tier: 'minor', address: '柳林镇石桥村村口' })
    ).json();
    expect(minor.lead).toMatchObject({ nameZh: '石桥村', type: 'village' });
    const nowhere = (
      await post('dispatcher', '/cases/routing-suggestion', { tier: 'minor', address: '不知道哪里' })
    ).json();
    expect(nowhere.place).toBeNull();
    expect(nowhere.lead).toBeNull();
  });

  it('answers the routing only to those who dispatch, and refuses a bad tier with 400', async () => {
    expect((await post('town.handler', '/cases/routing-suggestion', { tier: 'general' })).statusCode).toBe(403);
    expect((await post('dispatcher', '/cases/routing-suggestion', { tier: 'huge' })).statusCode).toBe(400);
    expect((await post('dispatcher', '/cases/routing-suggestion', { placeUnitId: 0 })).statusCode).toBe(400);
  });

  it('records a walk-in visit (群众来访) as its own channel', async () => {
    const res = await post('dispatcher', '/cases', {
      channel: 'visit',
      description: '来访反映石桥村灌溉渠堵塞，影响春耕',
      address: '柳林镇石桥村',
      reporterName: '李德明',
      reporterMobile: '13912345678',
    });
    expect(res.statusCode).toBe(201);
    const detail = (await get('dispatcher', `/cases/${res.json().id}`)).json();
    expect(detail.channel).toBe('visit');
  });
});
