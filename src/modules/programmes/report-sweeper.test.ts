import { afterAll, beforeAll, expect, it } from 'vitest';
import { chinaTime, restoreTestClock, setTestClock } from '../../../tests/helpers/clock.ts';
import { createProgrammeWorld, type ProgrammeWorld } from '../../../tests/helpers/programme-world.ts';
import { describeEachDatabase } from '../../../tests/helpers/test-databases.ts';
import { sweepReports } from './report-sweeper.ts';

describeEachDatabase('the report cycle sweeper', (ctx) => {
  let world: ProgrammeWorld;
  let programmeId: number;
  let taskId: number;
  beforeAll(async () => {
    // The server's clock (Date only; timers stay real) as on the Sunday the cycle below is told against.
    setTestClock('2026-11-22T12:00:00', { frozen: true });
    world = await createProgrammeWorld(ctx.database);
    programmeId = await world.programme({ title: '重点项目周报' });
    // Weekly, due on the last working day of the week, reminded one working day before.
    const form = await world.call('office', 'POST', `/programmes/${programmeId}/forms`, {
      name: '项目周报',
      frequency: 'weekly',
      dueWorkingDay: 0,
      remindWorkingDays: 1,
      startsOn: '2026-11-01',
      fields: [{ key: 'invested', label: '完成投资（万元）', type: 'money', required: true }],
    });
    expect(form.status).toBe(201);
    taskId = (
      await world.task(programmeId, {
        title: '长钢路至故县路段道路翻新',
        leadUnitId: await world.unitId('D01-T01'),
        dueOn: '2027-06-30',
      })
    ).id;
  }, 120_000);
  afterAll(async () => {
    restoreTestClock();
    await world?.close();
  });

  const reportsOf = () =>
    world.db
      .selectFrom('report')
      .select(['id', 'period_key', 'status', 'late'])
      .where('task_id', '=', taskId)
      .orderBy('period_key')
      .execute();
  const notified = (kind: string) =>
    world.db
      .selectFrom('notification as n')
      .innerJoin('person as p', 'p.id', 'n.person_id')
      .select('p.username')
      .where('n.kind', '=', kind)
      .where('n.title', 'like', '%长钢路%')
      .execute();
  const eventsOf = async (reportId: number) =>
    (
      await world.db
        .selectFrom('report_event')
        .select('action')
        .where('report_id', '=', reportId)
        .orderBy('id')
        .execute()
    ).map((e) => e.action);

  it("opens the week's report, reminds the day before, urges and flags it late after — each once", async () => {
    // The form was defined on Sunday 2026-11-22, after the week of 11-16 was due: no backlog.
    expect(await reportsOf()).toEqual([]);
    const thursday = chinaTime('2026-11-26T10:00:00');
    const first = await sweepReports(world.runtime.programmes, thursday);
    expect(first).toMatchObject({ opened: 1, reminded: 1, urged: 0 });
    const [report] = await reportsOf();
    expect(report).toMatchObject({ period_key: '2026-W48', status: 'pending', late: false });
    expect((await notified('report.remind')).map((n) => n.username)).toEqual(
      expect.arrayContaining(['town.handler', 'town.lead']),
    );
    expect(await sweepReports(world.runtime.programmes, thursday)).toMatchObject({ opened: 0, reminded: 0, urged: 0 });

    const saturday = chinaTime('2026-11-28T10:00:00');
    expect(await sweepReports(world.runtime.programmes, saturday)).toMatchObject({ urged: 1 });
    expect(await sweepReports(world.runtime.programmes, saturday)).toMatchObject({ urged: 0 });
    expect((await reportsOf())[0]).toMatchObject({ status: 'pending', late: true });
    expect(await eventsOf(report!.id)).toEqual(['remind', 'urge']);
    expect((await notified('report.overdue')).map((n) => n.username)).toEqual(['town.lead']);
    expect((await notified('report.late')).map((n) => n.username)).toEqual(['office']);
    const task = await world.db
      .selectFrom('task')
      .select(['display_status', 'status_reasons'])
      .where('id', '=', taskId)
      .executeTakeFirstOrThrow();
    expect(task.display_status).toBe('at_risk');
    expect(task.status_reasons).toEqual([expect.objectContaining({ code: 'report_overdue' })]);
  });

  it('filing a late report keeps the flag; three sweeps at once raise every alert exactly once', async () => {
    const [report] = await reportsOf();
    setTestClock('2026-11-28T11:00:00', { frozen: true }); // filed on the Saturday, after the urge
    const filed = await world.call('town.handler', 'POST', `/reports/${report!.id}/submit`, {
      values: { invested: 120.5 },
    });
    expect([filed.body.status, filed.body.late]).toEqual(['submitted', true]);
    setTestClock('2026-11-22T12:30:00', { frozen: true }); // back, so the office's Sunday session stays valid
    const later = chinaTime('2026-12-08T10:00:00');
    const results = await Promise.all([
      sweepReports(world.runtime.programmes, later),
      sweepReports(world.runtime.programmes, later),
      sweepReports(world.runtime.programmes, later),
    ]);
    expect(results.reduce((sum, r) => sum + r.opened, 0)).toBe(2); // weeks 49 and 50
    const rows = await reportsOf();
    expect(rows.map((r) => r.period_key)).toEqual(['2026-W48', '2026-W49', '2026-W50']);
    const w49 = rows[1]!;
    // Week 49 was already due when the sweep came: no stale reminder, one urge.
    expect(await eventsOf(w49.id)).toEqual(['urge']);
    const alerts = await world.db
      .selectFrom('programme_alert')
      .select(['kind'])
      .where('entity', '=', 'report')
      .where('entity_id', '=', w49.id)
      .execute();
    expect(alerts.map((a) => a.kind)).toEqual(['overdue']);
  });

  it('tells the lead unit once when a task turns late with time', async () => {
    const task = await world.task(programmeId, {
      title: '长钢路下水管网改造',
      leadUnitId: await world.unitId('D01-T01'),
      dueOn: '2026-12-31',
    });
    expect(task.displayStatus).not.toBe('late');
    await sweepReports(world.runtime.programmes, chinaTime('2027-01-04T09:00:00'));
    await sweepReports(world.runtime.programmes, chinaTime('2027-01-05T09:00:00'));
    const row = await world.db
      .selectFrom('task')
      .select(['display_status', 'next_status_at'])
      .where('id', '=', task.id)
      .executeTakeFirstOrThrow();
    expect(row.display_status).toBe('late');
    const late = await world.db
      .selectFrom('notification as n')
      .innerJoin('person as p', 'p.id', 'n.person_id')
      .select('p.username')
      .where('n.kind', '=', 'task.late')
      .where('n.title', 'like', '%下水管网%')
      .execute();
    expect(late.map((n) => n.username)).toEqual(['town.lead']);
  });
});
