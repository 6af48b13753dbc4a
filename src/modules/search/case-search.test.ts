import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type CaseWorld, createCaseWorld } from '../../../tests/helpers/case-world.ts';
import { describeEachDatabase } from '../../../tests/helpers/test-databases.ts';
import { trackingCodes } from '../cases/case-intake.service.ts';
import { indexQueuedCases } from '../cases/case-search-indexer.ts';
import { searchPartitionName } from './search-months.ts';
import { listSearchPartitions } from './search-partitions.repository.ts';
import { fromNow } from '../../../tests/helpers/clock.ts';

interface Listed {
  items: {
    id: number;
    trackingCode: string;
    title: string;
    match?: { text: string; highlights: [number, number][] };
  }[];
  total: number;
  nextCursor: string | null;
  searchedSince?: string;
}

describeEachDatabase('case search', (ctx) => {
  let world: CaseWorld;
  const ids: Record<string, number> = {};
  const codes: Record<string, string> = {};

  const submit = async (key: string, description: string, placeCode: string) => {
    const dispatcher = await world.as('dispatcher');
    const reply = await world.app.inject({
      method: 'POST',
      url: '/api/v1/cases',
      headers: dispatcher.headers(),
      payload: { description, placeUnitId: await world.unitId(placeCode), anonymous: true },
    });
    expect(reply.statusCode, reply.body).toBe(201);
    const body = reply.json() as { id: number; trackingCode: string };
    ids[key] = body.id;
    codes[key] = body.trackingCode;
  };
  const search = async (login: string, query: string): Promise<Listed> => {
    const reply = await world.app.inject({ url: `/api/v1/cases?${query}`, headers: (await world.as(login)).headers() });
    expect(reply.statusCode, reply.body).toBe(200);
    return reply.json() as Listed;
  };
  const found = (list: Listed) => new Set(list.items.map((i) => i.id));

  beforeAll(async () => {
    world = await createCaseWorld(ctx.database);
    await submit('lamp', '石桥村村口的路灯不亮已经一个月了，晚上出行很不安全', 'D01-T01-V01');
    await submit('lampTraditional', '社區門口路燈壞了，請盡快維修', 'D01-S01-C01');
    await submit('noise', '夜里工地施工噪音扰民，影响休息', 'D01-T01-V01');
    await submit('water', '小区停水两天没有通知，3号楼居民用水困难', 'D01-S01-C01');
    await submit('personal', '我叫欧阳秀英，电话13987654321，住和平路88号，楼道灯坏了', 'D01-S01-C01');
    // The indexer writes the search vectors a moment after intake (every second in the server).
    expect(await indexQueuedCases(world.runtime.cases)).toBeGreaterThanOrEqual(5);
  }, 120_000);
  afterAll(async () => world?.close());

  it('finds cases by one, two and four characters, best match first, with marked passages', async () => {
    const one = await search('dispatcher', `q=${encodeURIComponent('灯')}`);
    expect(found(one)).toEqual(new Set([ids.lamp, ids.lampTraditional, ids.personal]));
    const two = await search('dispatcher', `q=${encodeURIComponent('噪音')}`);
    expect([...found(two)]).toEqual([ids.noise]);
    const four = await search('dispatcher', `q=${encodeURIComponent('路灯不亮')}`);
    expect([...found(four)]).toEqual([ids.lamp]);
    const item = four.items[0];
    expect(item?.match?.highlights.length).toBeGreaterThan(0);
    for (const [s, e] of item?.match?.highlights ?? []) expect(item?.match?.text.slice(s, e)).toBe('路灯不亮');
    expect(four.searchedSince).toBeDefined();
  });

  it('does not match the characters of a phrase when they are apart', async () => {
    const list = await search('dispatcher', `q=${encodeURIComponent('灯路')}`);
    expect(list.items).toEqual([]);
  });

  it('finds Traditional text with a Simplified query and the other way round', async () => {
    expect(found(await search('dispatcher', `q=${encodeURIComponent('路灯')}`))).toEqual(
      new Set([ids.lamp, ids.lampTraditional]),
    );
    expect(found(await search('dispatcher', `q=${encodeURIComponent('噪音擾民')}`))).toEqual(new Set([ids.noise]));
  });

  it('ANDs several words, and combines with the list filters', async () => {
    expect([...found(await search('dispatcher', `q=${encodeURIComponent('停水 居民')}`))]).toEqual([ids.water]);
    const place = await world.unitId('D01-T01');
    expect([...found(await search('dispatcher', `q=${encodeURIComponent('灯')}&placeUnitId=${place}`))]).toEqual([
      ids.lamp,
    ]);
  });

  it('indexes only the masked text: typed names, mobiles and house numbers find nothing', async () => {
    for (const term of ['欧阳秀英', '13987654321', '88号'])
      expect((await search('dispatcher', `q=${encodeURIComponent(term)}`)).items, term).toEqual([]);
    const list = await search('dispatcher', `q=${encodeURIComponent('楼道灯')}`);
    expect([...found(list)]).toEqual([ids.personal]);
    expect(list.items[0]?.match?.text).not.toMatch(/欧阳秀英|13987654321|88号/);
  });

  it('finds a case by its tracking code', async () => {
    expect([...found(await search('dispatcher', `q=${codes.water?.toLowerCase()}`))]).toEqual([ids.water]);
  });

  it('finds a case by the beginning of its tracking code or by its six random characters', async () => {
    const drawn = trackingCodes.next;
    trackingCodes.next = () => 'LS261125-3YK7PV';
    try {
      await submit('coded', '公交站候车亭顶棚漏雨', 'D01-T01-V01');
    } finally {
      trackingCodes.next = drawn;
    }
    expect(await indexQueuedCases(world.runtime.cases)).toBe(1);
    for (const part of ['3YK7PV', '3yk7pv', 'LS261125-3YK', 'ls261125-3yk7p', 'LS261125-3YK7PV'])
      expect(found(await search('dispatcher', `q=${part}`)), part).toContain(ids.coded);
    expect(found(await search('dispatcher', 'q=LS261125'))).toContain(ids.coded);
    expect(found(await search('dispatcher', 'q=LS261124-3YK'))).not.toContain(ids.coded);
    expect(found(await search('dispatcher', 'q=3YK7PW'))).not.toContain(ids.coded);
    // Still within what the person may read.
    expect(found(await search('town.handler', 'q=3YK7PV'))).toContain(ids.coded);
    expect(found(await search('handler.d01-t02', 'q=3YK7PV'))).not.toContain(ids.coded);
  });

  it('answers an empty list for input with nothing searchable, and treats operators as text', async () => {
    expect((await search('dispatcher', `q=${encodeURIComponent("!!! ''")}`)).items).toEqual([]);
    expect((await search('dispatcher', `q=${encodeURIComponent("灯' | '水")}`)).items).toEqual([]);
  });

  it('keeps a search within what the person may read', async () => {
    const list = await search('town.handler', `q=${encodeURIComponent('灯')}`);
    expect(found(list).has(ids.lampTraditional ?? 0)).toBe(false);
    expect(found(list).has(ids.lamp ?? 0)).toBe(true);
  });

  it('finds a new case once the indexer has written its vector', async () => {
    await submit('fresh', '松岗镇枫树村的石板桥栏杆松动，孩子上学经过很危险', 'D01-T01-V01');
    expect((await search('dispatcher', `q=${encodeURIComponent('石板桥')}`)).items).toEqual([]);
    expect(await indexQueuedCases(world.runtime.cases)).toBe(1);
    expect([...found(await search('dispatcher', `q=${encodeURIComponent('石板桥')}`))]).toEqual([ids.fresh]);
    expect(await indexQueuedCases(world.runtime.cases)).toBe(0);
  });

  it('pages search results by a cursor', async () => {
    const first = await search('dispatcher', `q=${encodeURIComponent('灯')}&limit=1`);
    expect(first.items).toHaveLength(1);
    expect(first.nextCursor).not.toBeNull();
    const second = await search('dispatcher', `q=${encodeURIComponent('灯')}&limit=1&cursor=${first.nextCursor}`);
    expect(second.items).toHaveLength(1);
    expect(second.items[0]?.id).not.toBe(first.items[0]?.id);
  });

  it('searches the window month by month, older months included, and not past its start', async () => {
    const daysAgo = (days: number) => fromNow(-days * 86_400_000);
    const backdate = async (key: string, at: Date) => {
      // As if the case had come in then, before the indexer took it.
      await sql`update case_record set created_at = ${at} where id = ${ids[key]}`.execute(world.db);
      await sql`insert into case_search_queue (case_id) values (${ids[key]}) on conflict do nothing`.execute(world.db);
    };
    await submit('bridge2', '两个月前反映过：枫树村木板桥桥面破损', 'D01-T01-V01');
    await submit('bridge8', '八个月前反映过：枫树村木板桥桥面塌陷', 'D01-T01-V01');
    await backdate('bridge2', daysAgo(62));
    await backdate('bridge8', daysAgo(240));
    await indexQueuedCases(world.runtime.cases);
    // The indexer made the partition of that month (the database began this month).
    expect(await listSearchPartitions(world.db)).toContain(searchPartitionName(daysAgo(240)));
    const recent = await search('dispatcher', `q=${encodeURIComponent('木板桥')}`);
    expect(found(recent)).toEqual(new Set([ids.bridge2]));
    expect(recent.total).toBe(1);
    const longer = await search(
      'dispatcher',
      `q=${encodeURIComponent('木板桥')}&createdFrom=${encodeURIComponent(daysAgo(300).toISOString())}`,
    );
    expect(found(longer)).toEqual(new Set([ids.bridge2, ids.bridge8]));
    expect(longer.total).toBe(2);
  });
});
