import { afterAll, beforeAll, expect, it } from 'vitest';
import { type CaseWorld, createCaseWorld } from '../../../tests/helpers/case-world.ts';
import { describeEachDatabase } from '../../../tests/helpers/test-databases.ts';
import { systemContext } from '../access/request-context.ts';
import { loadActor } from '../auth/load-actor.ts';
import { actOnCase } from './case-actions.service.ts';
import { createDirectoryCache } from './case-directory.ts';
import { submitCase } from './case-intake.service.ts';

describeEachDatabase('case actions with a stale directory cache', (ctx) => {
  let world: CaseWorld;
  beforeAll(async () => {
    world = await createCaseWorld(ctx.database);
  }, 120_000);
  afterAll(async () => {
    await world?.close();
  });

  // Regression: the cache used to reload inside the action's transaction; on PGlite (one
  // connection) that reload waited for the transaction and the action never returned.
  it('acts even when the cache must reload at that moment', async () => {
    const deps = { ...world.runtime.cases, directory: createDirectoryCache(world.db, 0) };
    const person = await world.db
      .selectFrom('person')
      .select('id')
      .where('username', '=', 'dispatcher')
      .executeTakeFirstOrThrow();
    const reqCtx = { ...systemContext('test'), actor: await loadActor(world.db, Number(person.id)) };
    const { id } = await submitCase(
      deps,
      reqCtx,
      { description: '柳林镇石桥村路灯不亮', address: '柳林镇石桥村', anonymous: true },
      { public: false },
    );
    const outcome = await Promise.race([
      actOnCase(deps, reqCtx, id, 'accept', {}).then((detail) => detail.status),
      new Promise<string>((resolve) => setTimeout(() => resolve('hung'), 10_000)),
    ]);
    expect(outcome).toBe('accepted');
  }, 20_000);

  it("audits opening a case that shows the reporter, not the answer to one's own action", async () => {
    const res = await world.app.inject({
      method: 'POST',
      url: '/api/v1/public/cases',
      payload: {
        description: '柳林镇石桥村停水',
        address: '柳林镇石桥村',
        reporterName: '钱多多',
        reporterMobile: '13912345678',
      },
    });
    const id = res.json().id as number;
    const dispatcher = await world.as('dispatcher');
    const count = async () =>
      Number(
        (
          await world.db
            .selectFrom('audit_log')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where('action', '=', 'pii.read')
            .where('entity_id', '=', String(id))
            .executeTakeFirstOrThrow()
        ).n,
      );
    await world.app.inject({
      method: 'POST',
      url: `/api/v1/cases/${id}/accept`,
      payload: {},
      headers: dispatcher.headers(),
    });
    expect(await count()).toBe(0);
    await world.app.inject({ url: `/api/v1/cases/${id}`, headers: dispatcher.headers() });
    expect(await count()).toBe(1);
  });
});
