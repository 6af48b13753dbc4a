import { beforeAll, expect, it } from 'vitest';
import { actorOf, makePerson, makeTree } from '../../../tests/helpers/factories.ts';
import { describeEachDatabase } from '../../../tests/helpers/test-databases.ts';
import { testNow } from '../../../tests/helpers/clock.ts';
import type { RequestContext } from '../access/request-context.ts';
import { rankUnits } from './case-rates.service.ts';
import { addRateCounts } from './cases.repository.ts';

/** The three rates (三率) count only the units in the reader's scope: the scope is part of the query. */
describeEachDatabase('case rates by unit', (ctx) => {
  let tree: Awaited<ReturnType<typeof makeTree>>;
  const month = '2026-11';
  beforeAll(async () => {
    const db = ctx.database.db;
    tree = await makeTree(db);
    await addRateCounts(db, Number(tree.townA.id), `${month}-01`, { dispatched: 4, responded_on_time: 3 });
    await addRateCounts(db, Number(tree.townA.id), `${month}-01`, { rated: 2, solved: 2, satisfied: 1 });
    await addRateCounts(db, Number(tree.townB.id), `${month}-01`, { dispatched: 9, rated: 9, solved: 9 });
    await addRateCounts(db, Number(tree.villageA.id), `${month}-01`, { dispatched: 1 });
    await addRateCounts(db, Number(tree.townA.id), '2026-10-01', { dispatched: 50 });
  });

  const contextFor = async (unit: keyof typeof tree, role: 'unit_lead' | 'leader'): Promise<RequestContext> => {
    const person = await makePerson(ctx.database.db, { memberships: [{ unit: tree[unit], role }] });
    return {
      actor: await actorOf(ctx.database.db, person),
      requestId: 'test',
      ip: 'local',
      locale: 'zh',
      now: testNow(),
    };
  };

  it("a township's lead sees its own township and villages, never the other township", async () => {
    const result = await rankUnits(ctx.database.db, await contextFor('townA', 'unit_lead'), { month }, 1);
    expect(result.items.map((r) => r.unit.nameZh).sort()).toEqual(['甲村', '甲镇']);
    expect(result.items.find((r) => r.unit.nameZh === '甲镇')).toMatchObject({
      dispatched: 4,
      respondedOnTime: 3,
      rated: 2,
      solved: 2,
      satisfied: 1,
      responseRate: 0.75,
      resolutionRate: 1,
      satisfactionRate: 0.5,
    });
  });

  it('a district leader sees every unit of the month, filtered by unit type', async () => {
    const result = await rankUnits(
      ctx.database.db,
      await contextFor('district', 'leader'),
      { month, unitType: 'township' },
      1,
    );
    const ours = result.items.filter((r) => ['甲镇', '乙镇'].includes(r.unit.nameZh));
    // 甲镇 scores 0.75×20 + 1×40 + 0.5×40 = 75; 乙镇, never acknowledged in time and none satisfied, 40.
    expect(ours.map((r) => [r.unit.nameZh, r.dispatched, r.score, r.rank])).toEqual([
      ['甲镇', 4, 75, 1],
      ['乙镇', 9, 40, 2],
    ]);
  });
});
