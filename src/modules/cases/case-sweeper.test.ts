import { afterAll, beforeAll, expect, it } from 'vitest';
import { type CaseWorld, createCaseWorld } from '../../../tests/helpers/case-world.ts';
import { describeEachDatabase } from '../../../tests/helpers/test-databases.ts';
import { sweepCases } from './case-sweeper.ts';

describeEachDatabase('the escalation sweeper', (ctx) => {
  let world: CaseWorld;
  beforeAll(async () => {
    world = await createCaseWorld(ctx.database);
  }, 120_000);
  afterAll(async () => {
    await world?.close();
  });

  async function dispatchedCase(): Promise<{ id: number; responseDueAt: Date; resolveDueAt: Date }> {
    const created = await world.app.inject({
      method: 'POST',
      url: '/api/v1/public/cases',
      payload: { description: '柳林镇石桥村路灯不亮', address: '柳林镇石桥村', anonymous: true },
    });
    const id = created.json().id as number;
    const session = await world.as('dispatcher');
    const send = (action: string, payload: object) =>
      world.app.inject({ method: 'POST', url: `/api/v1/cases/${id}/${action}`, payload, headers: session.headers() });
    await send('accept', {});
    await send('classify', { categoryId: await world.categoryId('城市建设和市政管理', '环境卫生'), tier: 'general' });
    const body = (await send('dispatch', { leadUnitId: await world.unitId('D01-T01') })).json();
    return { id, responseDueAt: new Date(body.responseDueAt), resolveDueAt: new Date(body.resolveDueAt) };
  }

  const eventsOf = async (id: number) =>
    (
      await world.db
        .selectFrom('case_event')
        .select(['action', 'note', 'data'])
        .where('case_id', '=', id)
        .orderBy('id')
        .execute()
    ).map((e) => e.action);

  it('warns, urges at the breach and escalates after the working days overdue, each once', async () => {
    const { id, responseDueAt } = await dispatchedCase();
    const before = await sweepCases(world.runtime.cases, new Date(responseDueAt.getTime() - 60_000));
    expect(before.alerts).toBeGreaterThanOrEqual(0);
    expect(await eventsOf(id)).toContain('warn');
    expect(await eventsOf(id)).not.toContain('urge');
    const breach = new Date(responseDueAt.getTime() + 60_000);
    await sweepCases(world.runtime.cases, breach);
    expect((await eventsOf(id)).filter((a) => a === 'urge')).toHaveLength(1);
    const urged = await world.db
      .selectFrom('notification as n')
      .innerJoin('person as p', 'p.id', 'n.person_id')
      .select(['p.username', 'n.kind'])
      .where('n.case_id', '=', id)
      .where('n.kind', '=', 'case.urge')
      .execute();
    expect(urged.map((u) => u.username)).toEqual(['town.lead']);
    const late = new Date(responseDueAt.getTime() + 10 * 86_400_000);
    await sweepCases(world.runtime.cases, late);
    await sweepCases(world.runtime.cases, late);
    const actions = await eventsOf(id);
    expect(actions.filter((a) => a === 'warn')).toHaveLength(1);
    expect(actions.filter((a) => a === 'urge')).toHaveLength(1);
    expect(actions.filter((a) => a === 'escalate')).toHaveLength(1);
    const row = await world.db
      .selectFrom('case_record')
      .select(['escalation_level', 'next_sweep_at'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ escalation_level: 1, next_sweep_at: null });
    const escalatedTo = await world.db
      .selectFrom('notification as n')
      .innerJoin('person as p', 'p.id', 'n.person_id')
      .select('p.username')
      .where('n.case_id', '=', id)
      .where('n.kind', '=', 'case.escalate')
      .execute();
    expect(escalatedTo.map((u) => u.username)).toEqual(expect.arrayContaining(['supervisor', 'town.lead']));
  });

  it('a new deadline after acknowledgement brings new milestones; the old ones are not raised again', async () => {
    const { id, resolveDueAt } = await dispatchedCase();
    const town = await world.as('town.handler');
    await world.app.inject({
      method: 'POST',
      url: `/api/v1/cases/${id}/acknowledge`,
      payload: {},
      headers: town.headers(),
    });
    await sweepCases(world.runtime.cases, new Date(resolveDueAt.getTime() + 60_000));
    const actions = await eventsOf(id);
    expect(actions.filter((a) => a === 'urge')).toHaveLength(1);
    expect(actions.filter((a) => a === 'warn')).toHaveLength(1);
    const alerts = await world.db.selectFrom('case_alert').select('kind').where('case_id', '=', id).execute();
    expect(alerts.map((a) => a.kind).sort()).toEqual(['resolve:urge', 'resolve:warn']);
  });

  it('two sweeps at once raise every alert exactly once', async () => {
    const { id, responseDueAt } = await dispatchedCase();
    const late = new Date(responseDueAt.getTime() + 10 * 86_400_000);
    const results = await Promise.all([
      sweepCases(world.runtime.cases, late),
      sweepCases(world.runtime.cases, late),
      sweepCases(world.runtime.cases, late),
    ]);
    expect(results.reduce((sum, r) => sum + r.alerts, 0)).toBeGreaterThanOrEqual(3);
    const actions = await eventsOf(id);
    expect(['warn', 'urge', 'escalate'].map((a) => actions.filter((x) => x === a).length)).toEqual([1, 1, 1]);
  });

  it('urges a summoned unit that has not reported in time', async () => {
    const { id } = await dispatchedCase();
    const town = await world.as('town.handler');
    await world.app.inject({
      method: 'POST',
      url: `/api/v1/cases/${id}/acknowledge`,
      payload: {},
      headers: town.headers(),
    });
    const water = await world.unitId('D01-DEPT-WATER');
    const summoned = (
      await world.app.inject({
        method: 'POST',
        url: `/api/v1/cases/${id}/summon`,
        payload: { unitIds: [water], note: '请区水务局到场', responseHours: 2 },
        headers: town.headers(),
      })
    ).json();
    const due = new Date(summoned.parties.find((p: { role: string }) => p.role === 'summoned').dueAt);
    await sweepCases(world.runtime.cases, new Date(due.getTime() + 60_000));
    const urges = await world.db
      .selectFrom('case_event')
      .select(['action', 'note'])
      .where('case_id', '=', id)
      .where('action', '=', 'urge')
      .execute();
    expect(urges.map((u) => u.note)).toEqual(['区水务局未在时限内报到']);
  });
});
