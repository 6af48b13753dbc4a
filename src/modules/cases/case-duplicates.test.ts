import { afterAll, beforeAll, expect, it } from 'vitest';
import { type CaseWorld, createCaseWorld } from '../../../tests/helpers/case-world.ts';
import { describeEachDatabase } from '../../../tests/helpers/test-databases.ts';
import { indexQueuedCases } from './case-search-indexer.ts';

interface Candidates {
  items: { id: number; similarity: number; samePlace: boolean; placeName: string | null }[];
}

describeEachDatabase('duplicates at intake', (ctx) => {
  let world: CaseWorld;
  const ids: Record<string, number> = {};

  const submit = async (key: string, description: string, placeCode: string) => {
    const dispatcher = await world.as('dispatcher');
    const reply = await world.app.inject({
      method: 'POST',
      url: '/api/v1/cases',
      headers: dispatcher.headers(),
      payload: { description, placeUnitId: await world.unitId(placeCode), anonymous: true },
    });
    expect(reply.statusCode, reply.body).toBe(201);
    ids[key] = (reply.json() as { id: number }).id;
  };

  beforeAll(async () => {
    world = await createCaseWorld(ctx.database);
    await submit('first', '石桥村村口的路灯不亮已经一个月了，晚上出行很不安全', 'D01-T01-V01');
    await submit('noise', '石桥村旁边工地夜里施工，噪音很大影响休息', 'D01-T01-V01');
    await submit('elsewhere', '社区门口的路灯不亮已经一个月了，晚上出行不安全', 'D01-S01-C01');
    await submit('again', '石桥村口路灯坏了不亮一个多月，晚上出行不安全，请尽快修', 'D01-T01-V01');
    // The indexer writes the search vectors a moment after intake (every second in the server).
    expect(await indexQueuedCases(world.runtime.cases)).toBeGreaterThanOrEqual(4);
  }, 120_000);
  afterAll(async () => world?.close());

  it('offers the earlier report of the same matter at the same place, and not other matters or townships', async () => {
    const reply = await world.app.inject({
      url: `/api/v1/cases/${ids.again}/duplicates`,
      headers: (await world.as('dispatcher')).headers(),
    });
    expect(reply.statusCode, reply.body).toBe(200);
    const { items } = reply.json() as Candidates;
    expect(items[0]?.id).toBe(ids.first);
    expect(items[0]?.samePlace).toBe(true);
    expect(items[0]?.similarity).toBeGreaterThanOrEqual(0.4);
    const offered = items.map((i) => i.id);
    expect(offered).not.toContain(ids.noise);
    expect(offered).not.toContain(ids.elsewhere);
    expect(offered).not.toContain(ids.again);
  });

  it('checks a text being taken in', async () => {
    const reply = await world.app.inject({
      method: 'POST',
      url: '/api/v1/cases/duplicate-check',
      headers: (await world.as('dispatcher')).headers(),
      payload: { text: '石桥村路灯不亮', placeUnitId: await world.unitId('D01-T01-V01') },
    });
    expect(reply.statusCode, reply.body).toBe(200);
    const { items } = reply.json() as Candidates;
    expect(items.map((i) => i.id)).toEqual(expect.arrayContaining([ids.first, ids.again]));
  });

  it('adds the merged report to the heat of the case it joins', async () => {
    const dispatcher = await world.as('dispatcher');
    const merged = await world.app.inject({
      method: 'POST',
      url: `/api/v1/cases/${ids.again}/merge`,
      headers: dispatcher.headers(),
      payload: { targetId: ids.first },
    });
    expect(merged.statusCode, merged.body).toBe(200);
    const joined = (
      await world.app.inject({ url: `/api/v1/cases/${ids.first}`, headers: dispatcher.headers() })
    ).json() as { heat: number };
    expect(joined.heat).toBe(2);
  });

  it('is not found for a case the person may not read', async () => {
    const reply = await world.app.inject({
      url: `/api/v1/cases/${ids.elsewhere}/duplicates`,
      headers: (await world.as('town.handler')).headers(),
    });
    expect(reply.statusCode).toBe(404);
  });
});
