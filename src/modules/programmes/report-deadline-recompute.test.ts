import { afterAll, beforeAll, expect, it } from 'vitest';
import { makeProgramme, makeReport, makeReportForm, makeTask } from '../../../tests/factories/programme-factory.ts';
import { type CaseWorld, createCaseWorld } from '../../../tests/helpers/case-world.ts';
import { chinaTime, restoreTestClock, setTestClock } from '../../../tests/helpers/clock.ts';
import { describeEachDatabase } from '../../../tests/helpers/test-databases.ts';

/**
 * 报送时限重算: December's report, due on the third working day after the month, was dated on
 * weekends alone (元旦 unknown); entering 2027 moves it by a day, as the issue's own example asks.
 */
describeEachDatabase('recomputing report due days after a calendar year is entered', (ctx) => {
  let world: CaseWorld;

  beforeAll(async () => {
    setTestClock('2026-12-28T10:00', { frozen: true });
    world = await createCaseWorld(ctx.database);
  }, 120_000);
  afterAll(async () => {
    restoreTestClock();
    await world?.close();
  });

  const unit = (code: string) =>
    world.db.selectFrom('unit').selectAll().where('code', '=', code).executeTakeFirstOrThrow();
  const reportRow = (id: number) =>
    world.db
      .selectFrom('report')
      .select(['due_at', 'remind_at', 'status', 'version'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
  const eventsOf = (id: number) =>
    world.db
      .selectFrom('report_event')
      .select(['action', 'note', 'actor_label'])
      .where('report_id', '=', id)
      .where('action', '=', 'deadline_recomputed')
      .execute();
  const enter = async () =>
    world.app.inject({
      method: 'PUT',
      url: '/api/v1/calendar/years/2027',
      headers: (await world.as('admin')).headers(),
      payload: { entered: true, days: [{ day: '2027-01-01', kind: 'holiday', note: '元旦' }] },
    });

  it('moves an awaited December report from 5 to 6 January, says so, and leaves a filed one', async () => {
    const [district, town] = [await unit('D01'), await unit('D01-T01')];
    const programme = await makeProgramme(world.db, { owner: district, endsOn: '2027-12-31' });
    const formId = await makeReportForm(world.db, { programme, frequency: 'monthly' });
    await world.db
      .updateTable('report_form')
      .set({ due_working_day: 3, remind_working_days: 1 })
      .where('id', '=', formId)
      .execute();
    const december = {
      period_key: '2026-12',
      period_start: '2026-12-01',
      period_end: '2026-12-31',
      // Weekends alone: Fri 1, Mon 4, Tue 5 January; due by the end of the 5th, reminded on the 4th.
      due_at: chinaTime('2027-01-06T00:00'),
      remind_at: chinaTime('2027-01-04T09:00'),
    };
    const awaited = await makeReport(world.db, {
      task: await makeTask(world.db, { programme, lead: town }),
      formId,
      periodKey: '2026-12',
    });
    const filed = await makeReport(world.db, {
      task: await makeTask(world.db, { programme, lead: town }),
      formId,
      periodKey: '2026-12',
      status: 'submitted',
    });
    await world.db.updateTable('report').set(december).where('id', 'in', [awaited.id, filed.id]).execute();
    const before = await reportRow(Number(awaited.id));
    const filedBefore = await reportRow(Number(filed.id));

    setTestClock('2026-12-28T10:20', { frozen: true });
    const res = await enter();
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ recomputed: 1 });

    expect(await reportRow(Number(awaited.id))).toEqual({
      due_at: chinaTime('2027-01-07T00:00'),
      remind_at: chinaTime('2027-01-05T09:00'),
      status: 'pending',
      version: before.version + 1,
    });
    expect(await eventsOf(Number(awaited.id))).toEqual([
      {
        action: 'deadline_recomputed',
        actor_label: '系统',
        note: '报送截止日由 2027-01-05 改为 2027-01-06：2027 年工作日历已录入',
      },
    ]);
    expect(await reportRow(Number(filed.id))).toEqual(filedBefore);
    const audits = await world.db
      .selectFrom('audit_log')
      .select(['after'])
      .where('action', '=', 'calendar.deadlines-recomputed')
      .execute();
    expect(audits.map((a) => a.after)).toEqual([expect.objectContaining({ reportIds: [Number(awaited.id)] })]);

    // The same entries again move nothing.
    const again = await enter();
    expect(again.json()).toMatchObject({ recomputed: 0 });
    expect(await eventsOf(Number(awaited.id))).toHaveLength(1);
  });
});
