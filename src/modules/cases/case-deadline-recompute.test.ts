import { afterAll, beforeAll, expect, it } from 'vitest';
import { type CaseWorld, createCaseWorld } from '../../../tests/helpers/case-world.ts';
import { chinaTime, restoreTestClock, setTestClock } from '../../../tests/helpers/clock.ts';
import { describeEachDatabase } from '../../../tests/helpers/test-databases.ts';

/**
 * 时限重算: a deadline estimated across a year the calendar did not know (weekends only) moves when
 * an administrator enters that year, from the start of its period, by the same rule that set it.
 */
describeEachDatabase('recomputing open deadlines after a calendar year is entered', (ctx) => {
  let world: CaseWorld;
  let categoryId: number;

  beforeAll(async () => {
    // The last working days of 2026, before 2027's holidays are known (the package covers 2026).
    setTestClock('2026-12-28T10:00', { frozen: true });
    world = await createCaseWorld(ctx.database);
    categoryId = await world.categoryId('城市建设和市政管理', '环境卫生');
    // A 5-working-day resolution limit (7 office hours a day) and one day to acknowledge.
    const admin = (await world.as('admin')).headers();
    const category = (
      await world.app.inject({ method: 'GET', url: `/api/v1/categories/${categoryId}`, headers: admin })
    ).json() as { version: number; effective: { limits: Record<string, Record<string, unknown>> } };
    const limits = structuredClone(category.effective.limits);
    limits['general'] = { ...limits['general'], normal: { responseHours: 7, resolveHours: 35 } };
    const patched = await world.app.inject({
      method: 'PATCH',
      url: `/api/v1/categories/${categoryId}`,
      headers: admin,
      payload: { version: category.version, limits },
    });
    expect(patched.statusCode).toBe(200);
  }, 120_000);
  afterAll(async () => {
    restoreTestClock();
    await world?.close();
  });

  /** A case dispatched to the town at the test clock, acknowledged there (so its resolution limit runs). */
  async function handlingCase(): Promise<number> {
    const created = await world.app.inject({
      method: 'POST',
      url: '/api/v1/public/cases',
      payload: { description: '柳林镇石桥村垃圾堆放无人清运', address: '柳林镇石桥村', anonymous: true },
    });
    expect(created.statusCode).toBe(201);
    const id = (created.json() as { id: number }).id;
    const send = async (login: string, action: string, payload: object) => {
      const res = await world.app.inject({
        method: 'POST',
        url: `/api/v1/cases/${id}/${action}`,
        payload,
        headers: (await world.as(login)).headers(),
      });
      expect(res.statusCode, `${action}: ${res.body}`).toBe(200);
    };
    await send('dispatcher', 'accept', {});
    await send('dispatcher', 'classify', { categoryId, tier: 'general', urgency: 'normal' });
    await send('dispatcher', 'dispatch', { leadUnitId: await world.unitId('D01-T01') });
    await send('town.handler', 'acknowledge', {});
    return id;
  }

  const rowOf = (id: number) =>
    world.db
      .selectFrom('case_record')
      .select(['status', 'resolve_due_at', 'response_due_at', 'warn_at', 'next_sweep_at', 'version'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
  const eventsOf = (id: number) =>
    world.db
      .selectFrom('case_event')
      .select(['action', 'note', 'actor_label', 'data'])
      .where('case_id', '=', id)
      .where('action', '=', 'deadline_recomputed')
      .execute();
  const enter = async (payload: object) =>
    world.app.inject({
      method: 'PUT',
      url: '/api/v1/calendar/years/2027',
      headers: (await world.as('admin')).headers(),
      payload,
    });

  it('entering 2027 with 元旦 moves an estimated deadline by one working day, says so, and reports 1', async () => {
    const open = await handlingCase();
    const closed = await handlingCase();
    await world.db.updateTable('case_record').set({ status: 'closed' }).where('id', '=', closed).execute();

    const before = await rowOf(open);
    // Monday 28 December 10:00 + 35 office hours, weekends only: Monday 4 January 2027 10:00.
    expect(before.resolve_due_at).toEqual(chinaTime('2027-01-04T10:00'));
    const detail = async () =>
      (
        await world.app.inject({
          method: 'GET',
          url: `/api/v1/cases/${open}`,
          headers: (await world.as('dispatcher')).headers(),
        })
      ).json() as { deadlinesEstimated: boolean; resolveDueAt: string };
    expect((await detail()).deadlinesEstimated).toBe(true);
    const closedBefore = await rowOf(closed);

    setTestClock('2026-12-28T10:20', { frozen: true });
    const res = await enter({ entered: true, days: [{ day: '2027-01-01', kind: 'holiday', note: '元旦' }] });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ recomputed: 1, coveredUntilYear: 2027, enteredYears: [2027] });

    const after = await rowOf(open);
    expect(after.resolve_due_at).toEqual(chinaTime('2027-01-05T10:00'));
    expect(after.response_due_at).toEqual(before.response_due_at);
    expect(after.version).toBe(before.version + 1);
    // The warning moment and the sweeper's next look follow the new deadline.
    expect(after.warn_at).not.toEqual(before.warn_at);
    expect(after.next_sweep_at).toEqual(after.warn_at);
    expect(await detail()).toMatchObject({
      deadlinesEstimated: false,
      resolveDueAt: chinaTime('2027-01-05T10:00').toISOString(),
    });
    expect(await eventsOf(open)).toEqual([
      {
        action: 'deadline_recomputed',
        actor_label: '系统',
        note: '办结时限由 2027-01-04 10:00 改为 2027-01-05 10:00：2027 年工作日历已录入',
        data: expect.objectContaining({ system: true, years: [2027] }),
      },
    ]);
    // A closed case is left as it was.
    expect(await rowOf(closed)).toEqual(closedBefore);
    expect(await eventsOf(closed)).toEqual([]);
    // One audit row for the batch, with the counts.
    const audits = await world.db
      .selectFrom('audit_log')
      .select(['entity_id', 'after'])
      .where('action', '=', 'calendar.deadlines-recomputed')
      .execute();
    expect(audits).toEqual([
      { entity_id: '2027', after: expect.objectContaining({ recomputed: 1, examined: 1, caseIds: [open] }) },
    ]);

    // The same entries again: nothing moves.
    const again = await enter({ entered: true, days: [{ day: '2027-01-01', kind: 'holiday', note: '元旦' }] });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ recomputed: 0 });
    expect(await rowOf(open)).toEqual(after);
    expect(await eventsOf(open)).toHaveLength(1);
    expect(
      await world.db
        .selectFrom('audit_log')
        .select('id')
        .where('action', '=', 'calendar.deadlines-recomputed')
        .execute(),
    ).toHaveLength(1);
  });

  it('a day outside the year, an impossible date or a day listed twice is a 400; a non-administrator gets 403', async () => {
    expect((await enter({ days: [{ day: '2028-01-01', kind: 'holiday' }] })).statusCode).toBe(400);
    expect((await enter({ days: [{ day: '2027-02-30', kind: 'holiday' }] })).statusCode).toBe(400);
    expect((await enter({ days: [{ day: '2027-01-01', kind: 'sometimes' }] })).statusCode).toBe(400);
    expect(
      (
        await enter({
          days: [
            { day: '2027-02-11', kind: 'holiday' },
            { day: '2027-02-11', kind: 'workday' },
          ],
        })
      ).statusCode,
    ).toBe(400);
    const dispatcher = await world.app.inject({
      method: 'PUT',
      url: '/api/v1/calendar/years/2027',
      headers: (await world.as('dispatcher')).headers(),
      payload: { entered: true },
    });
    expect(dispatcher.statusCode).toBe(403);
  });
});
