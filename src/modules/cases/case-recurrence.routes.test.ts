import { afterAll, beforeAll, expect, it } from 'vitest';
import { makeCase } from '../../../tests/factories/case-factory.ts';
import { type CaseWorld, createCaseWorld } from '../../../tests/helpers/case-world.ts';
import { daysFromNow } from '../../../tests/helpers/clock.ts';
import { describeEachDatabase } from '../../../tests/helpers/test-databases.ts';

/** Degrees of latitude per metre, near enough at 30° N for tests about 35 m and 500 m. */
const perMetre = 1 / 111_195;
const base = { lat: 30.25, lng: 120.15 };

describeEachDatabase('recurrences (反弹回潮): the same problem at the same place', (ctx) => {
  let world: CaseWorld;
  let village: Awaited<ReturnType<typeof unit>>;
  let town: Awaited<ReturnType<typeof unit>>;

  const unit = (code: string) =>
    world.db.selectFrom('unit').selectAll().where('code', '=', code).executeTakeFirstOrThrow();
  const category = async (level2: string, level3?: string) =>
    world.db
      .selectFrom('category')
      .selectAll()
      .where(
        'id',
        '=',
        level3
          ? await world.categoryId(level2, level3)
          : Number(
              (
                await world.db
                  .selectFrom('category')
                  .select('id')
                  .where('name_zh', '=', level2)
                  .executeTakeFirstOrThrow()
              ).id,
            ),
      )
      .executeTakeFirstOrThrow();

  /** A case closed some days ago, at the village, with the location given. */
  const closed = async (
    categoryRow: Awaited<ReturnType<typeof category>>,
    where: { lat?: number; lng?: number; address?: string } = {},
    daysAgo = 10,
  ) => {
    const row = await makeCase(world.db, {
      place: village,
      lead: town,
      status: 'closed',
      category: categoryRow,
      createdAt: daysFromNow(-daysAgo),
    });
    await world.db
      .updateTable('case_record')
      .set({ lat: where.lat ?? null, lng: where.lng ?? null, address: where.address ?? null })
      .where('id', '=', row.id)
      .execute();
    return Number(row.id);
  };

  /** A new case taken in by the dispatcher at the village; answers its recurrence columns. */
  const submit = async (categoryId: number, where: { lat?: number; lng?: number; address?: string } = {}) => {
    const res = await world.app.inject({
      method: 'POST',
      url: '/api/v1/cases',
      headers: (await world.as('dispatcher')).headers(),
      payload: {
        channel: 'hotline',
        description: '群众反映设施损坏，请尽快处理。',
        categoryId,
        placeUnitId: Number(village.id),
        reporterName: '王女士',
        reporterMobile: '13812345678',
        ...where,
      },
    });
    expect(res.statusCode).toBe(201);
    const id = (res.json() as { id: number }).id;
    const row = await world.db
      .selectFrom('case_record')
      .select(['recurrence_of_id', 'recurrence_reason', 'version'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    return {
      id,
      of: row.recurrence_of_id === null ? null : Number(row.recurrence_of_id),
      reason: row.recurrence_reason,
      version: row.version,
    };
  };

  beforeAll(async () => {
    world = await createCaseWorld(ctx.database);
    village = await unit('D01-T01-V01');
    town = await unit('D01-T01');
  });
  afterAll(() => world.close());

  it('a street light is not a recurrence of a manhole cover at the same village', async () => {
    await closed(await category('城市建设和市政管理', '基础设施'));
    const lights = await category('城市建设和市政管理', '城市公共设施');
    expect((await submit(Number(lights.id))).of).toBeNull();
  });

  it('a coarse category (not a leaf) says nothing about the problem being the same', async () => {
    const coarse = await category('城市建设和市政管理');
    await closed(coarse);
    expect((await submit(Number(coarse.id))).of).toBeNull();
  });

  it('the same leaf category within 200 m is a recurrence, and the reason says why; 500 m away is not', async () => {
    const sanitation = await category('城市建设和市政管理', '环境卫生');
    const earlier = await closed(sanitation, base, 12);
    const far = await submit(Number(sanitation.id), { lat: base.lat + 500 * perMetre, lng: base.lng });
    expect(far.of).toBeNull();
    const near = await submit(Number(sanitation.id), { lat: base.lat + 35 * perMetre, lng: base.lng });
    expect(near.of).toBe(earlier);
    expect(near.reason).toMatchObject({
      caseId: earlier,
      category: '环境卫生',
      match: 'distance',
      metres: 35,
      daysSinceClosed: 12,
      withinDays: 90,
    });
    const detail = (
      await world.app.inject({
        method: 'GET',
        url: `/api/v1/cases/${near.id}`,
        headers: (await world.as('dispatcher')).headers(),
      })
    ).json() as {
      recurrenceOfId: number;
      recurrenceReason: { match: string; metres: number };
      allowedActions: string[];
      timeline: { action: string; data: Record<string, unknown> }[];
    };
    expect(detail.recurrenceOfId).toBe(earlier);
    expect(detail.recurrenceReason).toMatchObject({ match: 'distance', metres: 35 });
    expect(detail.allowedActions).toContain('clearRecurrence');
    expect(detail.timeline[0]?.data).toMatchObject({ recurrenceOfId: earlier, recurrence: { match: 'distance' } });
  });

  it('without coordinates, the same address (spaces and full-width aside) is a recurrence; another address is not', async () => {
    const gas = await category('城市建设和市政管理', '燃气供应');
    const earlier = await closed(gas, { address: '柳林镇石桥村3组12号' });
    expect((await submit(Number(gas.id), { address: '柳林镇石桥村5组1号' })).of).toBeNull();
    const same = await submit(Number(gas.id), { address: '柳林镇 石桥村３组１２号' });
    expect(same.of).toBe(earlier);
    expect(same.reason).toMatchObject({ match: 'address', metres: null });
  });

  it('a dispatcher clears a wrong flag with a reason: audited, version-checked, and out of the board count', async () => {
    const power = await category('城市建设和市政管理', '电力供应');
    const earlier = await closed(power);
    const flagged = await submit(Number(power.id));
    expect(flagged.of).toBe(earlier);
    expect(flagged.reason).toMatchObject({ match: 'place' });

    const board = async () =>
      (
        (
          await world.app.inject({
            method: 'GET',
            url: '/api/v1/supervision/board?limit=50',
            headers: (await world.as('supervisor')).headers(),
          })
        ).json() as { recurrences: { total: number } }
      ).recurrences.total;
    const before = await board();
    expect(before).toBeGreaterThanOrEqual(1);

    const clear = (login: string, payload: Record<string, unknown>) =>
      world.as(login).then((s) =>
        world.app.inject({
          method: 'POST',
          url: `/api/v1/cases/${flagged.id}/clear-recurrence`,
          headers: s.headers(),
          payload,
        }),
      );
    expect((await clear('town.handler', { reason: '不是同一问题', version: flagged.version })).statusCode).toBe(403);
    expect((await clear('dispatcher', { reason: '不是同一问题', version: flagged.version + 5 })).statusCode).toBe(409);
    const ok = await clear('dispatcher', { reason: '原案为变压器故障，本案为线路老化', version: flagged.version });
    expect(ok.statusCode).toBe(200);

    const row = await world.db
      .selectFrom('case_record')
      .select(['recurrence_of_id', 'recurrence_reason'])
      .where('id', '=', flagged.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ recurrence_of_id: null, recurrence_reason: null });
    const audit = await world.db
      .selectFrom('audit_log')
      .select(['action', 'actor_label'])
      .where('entity_type', '=', 'case')
      .where('entity_id', '=', String(flagged.id))
      .where('action', '=', 'case.clearRecurrence')
      .execute();
    expect(audit).toEqual([{ action: 'case.clearRecurrence', actor_label: '章若溪' }]);
    const event = await world.db
      .selectFrom('case_event')
      .select(['note', 'data'])
      .where('case_id', '=', flagged.id)
      .where('action', '=', 'clearRecurrence')
      .executeTakeFirstOrThrow();
    expect(event).toMatchObject({ note: '原案为变压器故障，本案为线路老化', data: { recurrenceOfId: earlier } });
    expect(await board()).toBe(before - 1);

    // Nothing left to clear.
    expect((await clear('dispatcher', { reason: '再次清除' })).statusCode).toBeGreaterThanOrEqual(400);
  });
  it('相关分类: a related leaf category counts, the reason names it; an unrelated one does not; removal takes effect', async () => {
    const lights = await category('城市建设和市政管理', '城市公共设施');
    const roads = await category('城市建设和市政管理', '基础设施');
    const water = await category('城市建设和市政管理', '自来水供应');
    const admin = (await world.as('admin')).headers();
    const relate = (id: number, payload: Record<string, unknown>) =>
      world.app.inject({ method: 'POST', url: `/api/v1/categories/${id}/related`, headers: admin, payload });
    const related = (id: number) =>
      world.app.inject({ method: 'GET', url: `/api/v1/categories/${id}/related`, headers: admin });

    // Not related yet: another leaf at the same address is no recurrence.
    const earlier = await closed(roads, { address: '柳林镇石桥村8组2号' });
    expect((await submit(Number(lights.id), { address: '柳林镇石桥村8组2号' })).of).toBeNull();

    const added = await relate(Number(lights.id), { categoryId: Number(roads.id) });
    expect(added.statusCode).toBe(200);
    expect(added.json()).toMatchObject({
      categoryId: Number(lights.id),
      items: [{ id: Number(roads.id), nameZh: '基础设施', pathNames: ['城乡建设', '城市建设和市政管理', '基础设施'] }],
      allowedActions: ['add', 'remove'],
    });
    // Symmetric: the other side lists it too; adding it again from there changes nothing.
    expect((await related(Number(roads.id))).json()).toMatchObject({ items: [{ id: Number(lights.id) }] });
    expect((await relate(Number(roads.id), { categoryId: Number(lights.id) })).statusCode).toBe(200);
    const audits = await world.db
      .selectFrom('audit_log')
      .select(['action', 'entity_id'])
      .where('action', 'in', ['category.relate', 'category.unrelate'])
      .execute();
    expect(audits).toEqual([{ action: 'category.relate', entity_id: String(lights.id) }]);

    // The directory sees it at once: the same address under the related category is a recurrence.
    const flagged = await submit(Number(lights.id), { address: '柳林镇 石桥村８组２号' });
    expect(flagged.of).toBe(earlier);
    expect(flagged.reason).toMatchObject({
      caseId: earlier,
      category: '城市公共设施',
      relatedCategory: '基础设施',
      match: 'address',
    });
    const detail = (
      await world.app.inject({
        method: 'GET',
        url: `/api/v1/cases/${flagged.id}`,
        headers: (await world.as('dispatcher')).headers(),
      })
    ).json() as { recurrenceReason: { relatedCategory: string | null } };
    expect(detail.recurrenceReason.relatedCategory).toBe('基础设施');

    // A third, unrelated leaf is still no recurrence.
    expect((await submit(Number(water.id), { address: '柳林镇石桥村8组2号' })).of).toBeNull();

    // The same category says so: relatedCategory stays null.
    const same = await closed(water, { address: '柳林镇石桥村9组1号' });
    const sameFlag = await submit(Number(water.id), { address: '柳林镇石桥村9组1号' });
    expect(sameFlag.of).toBe(same);
    expect(sameFlag.reason).toMatchObject({ category: '自来水供应', relatedCategory: null });

    const removed = await world.app.inject({
      method: 'DELETE',
      url: `/api/v1/categories/${roads.id}/related/${lights.id}`,
      headers: admin,
    });
    expect(removed.statusCode).toBe(200);
    expect(removed.json()).toMatchObject({ items: [] });
    expect((await submit(Number(lights.id), { address: '柳林镇石桥村8组2号' })).of).toBeNull();
    expect(
      await world.db.selectFrom('audit_log').select('action').where('action', '=', 'category.unrelate').execute(),
    ).toHaveLength(1);
  });

  it('related categories: bad ids, itself, a coarse category and someone without the permission get a 4xx', async () => {
    const lights = await category('城市建设和市政管理', '城市公共设施');
    const coarse = await category('城市建设和市政管理');
    const admin = (await world.as('admin')).headers();
    const post = (url: string, payload: Record<string, unknown>, headers = admin) =>
      world.app.inject({ method: 'POST', url, headers, payload });
    const id = Number(lights.id);
    expect((await post(`/api/v1/categories/${id}/related`, { categoryId: id })).json()).toMatchObject({
      error: { code: 'CATEGORY_RELATED_TO_ITSELF', message: '分类不能与自身设为相关分类。' },
    });
    expect((await post(`/api/v1/categories/${id}/related`, { categoryId: id })).statusCode).toBe(400);
    expect((await post(`/api/v1/categories/${id}/related`, { categoryId: 99_999_999 })).statusCode).toBe(404);
    expect((await post(`/api/v1/categories/99999999/related`, { categoryId: id })).statusCode).toBe(404);
    expect((await post(`/api/v1/categories/${id}/related`, { categoryId: 'x' })).statusCode).toBe(400);
    expect((await post(`/api/v1/categories/${id}/related`, {})).statusCode).toBe(400);
    expect((await post(`/api/v1/categories/${id}/related`, { categoryId: Number(coarse.id) })).statusCode).toBe(400);
    const dispatcher = (await world.as('dispatcher')).headers();
    const other = await category('城市建设和市政管理', '基础设施');
    expect(
      (await post(`/api/v1/categories/${id}/related`, { categoryId: Number(other.id) }, dispatcher)).statusCode,
    ).toBe(403);
    const read = await world.app.inject({
      method: 'GET',
      url: `/api/v1/categories/${id}/related`,
      headers: dispatcher,
    });
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ allowedActions: [] });
    expect(
      (await world.app.inject({ method: 'GET', url: '/api/v1/categories/99999999/related', headers: admin }))
        .statusCode,
    ).toBe(404);
    const notRelated = await world.app.inject({
      method: 'DELETE',
      url: `/api/v1/categories/${id}/related/${Number(other.id)}`,
      headers: admin,
    });
    expect(notRelated.statusCode).toBe(404);
    expect((await world.app.inject({ method: 'GET', url: `/api/v1/categories/${id}/related` })).statusCode).toBe(401);
  });
});
