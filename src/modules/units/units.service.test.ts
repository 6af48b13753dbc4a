import { expect, it } from 'vitest';
import { actorOf, makePerson, makeTree, makeUnit, reloadUnit } from '../../../tests/helpers/factories.ts';
import { describeEachDatabase } from '../../../tests/helpers/test-databases.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { systemContext } from '../access/request-context.ts';
import type { Actor } from '../access/actor.ts';
import { createUnit, deleteUnit, getUnit, listUnits, moveUnit, updateUnit } from './units.service.ts';

const as = (actor: Actor) => ({ ...systemContext('test'), actor });

async function errorCode(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
  return 'no error';
}

describeEachDatabase('units', (ctx) => {
  it('creates a unit under a parent with its path, and refuses a duplicate code (any case)', async () => {
    const { db } = ctx.database;
    const tree = await makeTree(db);
    const admin = await actorOf(
      db,
      await makePerson(db, { memberships: [{ unit: tree.district, role: 'administrator' }] }),
    );
    const unit = await createUnit(db, as(admin), {
      code: 'NEW-1',
      nameZh: ' 新村 ',
      type: 'village',
      parentId: Number(tree.townA.id),
    });
    expect(unit).toMatchObject({
      code: 'NEW-1',
      nameZh: '新村',
      parentId: Number(tree.townA.id),
      path: `${tree.townA.path}${unit.id}/`,
      depth: 2,
    });
    expect(unit.allowedActions).toEqual(
      expect.arrayContaining(['update', 'move', 'delete', 'deactivate', 'createChild']),
    );
    expect(
      await errorCode(
        createUnit(db, as(admin), { code: 'new-1', nameZh: '重复', type: 'village', parentId: Number(tree.townA.id) }),
      ),
    ).toBe('UNIT_CODE_TAKEN');
  });

  it('moves a unit with its whole subtree, and refuses cycles', async () => {
    const { db } = ctx.database;
    const tree = await makeTree(db);
    const grid = await makeUnit(db, { parent: tree.villageA, type: 'grid' });
    const admin = await actorOf(
      db,
      await makePerson(db, { memberships: [{ unit: tree.district, role: 'administrator' }] }),
    );
    const moved = await moveUnit(db, as(admin), Number(tree.villageA.id), {
      parentId: Number(tree.townB.id),
      version: tree.villageA.version,
    });
    expect(moved.path).toBe(`${tree.townB.path}${tree.villageA.id}/`);
    const gridAfter = await reloadUnit(db, grid);
    expect(gridAfter.path).toBe(`${tree.townB.path}${tree.villageA.id}/${grid.id}/`);
    expect(gridAfter.depth).toBe(3);
    // Under itself, and under its own grid: both cycles.
    expect(
      await errorCode(
        moveUnit(db, as(admin), Number(tree.villageA.id), {
          parentId: Number(tree.villageA.id),
          version: moved.version,
        }),
      ),
    ).toBe('UNIT_CYCLE');
    expect(
      await errorCode(
        moveUnit(db, as(admin), Number(tree.villageA.id), { parentId: Number(grid.id), version: moved.version }),
      ),
    ).toBe('UNIT_CYCLE');
    expect(
      await errorCode(
        moveUnit(db, as(admin), Number(tree.district.id), { parentId: Number(tree.townB.id), version: 1 }),
      ),
    ).toBe('UNIT_ROOT');
  });

  it('refuses to delete a unit that people belong to or that has children; deactivating works', async () => {
    const { db } = ctx.database;
    const tree = await makeTree(db);
    const admin = await actorOf(
      db,
      await makePerson(db, { memberships: [{ unit: tree.district, role: 'administrator' }] }),
    );
    await makePerson(db, { memberships: [{ unit: tree.villageB, role: 'grid_worker' }] });
    expect(await errorCode(deleteUnit(db, as(admin), Number(tree.villageB.id)))).toBe('UNIT_IN_USE');
    expect(await errorCode(deleteUnit(db, as(admin), Number(tree.townB.id)))).toBe('UNIT_HAS_CHILDREN');
    const off = await updateUnit(db, as(admin), Number(tree.villageB.id), {
      version: tree.villageB.version,
      active: false,
    });
    expect(off.active).toBe(false);
    expect(off.allowedActions).toContain('activate');
    await deleteUnit(db, as(admin), Number(tree.department.id));
    expect(await errorCode(getUnit(db, as(admin), Number(tree.department.id)))).toBe('NOT_FOUND');
  });

  it('refuses a stale version, so two edits of the same unit cannot both win', async () => {
    const { db } = ctx.database;
    const tree = await makeTree(db);
    const admin = await actorOf(
      db,
      await makePerson(db, { memberships: [{ unit: tree.district, role: 'administrator' }] }),
    );
    const results = await Promise.allSettled(
      ['一', '二', '三', '四', '五'].map((n) =>
        updateUnit(db, as(admin), Number(tree.townA.id), { version: tree.townA.version, nameZh: `甲镇${n}` }),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const r of results.filter((r) => r.status === 'rejected'))
      expect((r as PromiseRejectedResult).reason.code).toBe('VERSION_CONFLICT');
  });

  it('limits a township administrator to the township: the other township is not found', async () => {
    const { db } = ctx.database;
    const tree = await makeTree(db);
    const townAdmin = await actorOf(
      db,
      await makePerson(db, { memberships: [{ unit: tree.townA, role: 'administrator' }] }),
    );
    const { items } = await listUnits(db, as(townAdmin), {});
    expect(items.map((u) => u.id).sort()).toEqual([Number(tree.townA.id), Number(tree.villageA.id)].sort());
    expect(await errorCode(getUnit(db, as(townAdmin), Number(tree.townB.id)))).toBe('NOT_FOUND');
    expect(await errorCode(updateUnit(db, as(townAdmin), Number(tree.townB.id), { version: 1, nameZh: 'x' }))).toBe(
      'NOT_FOUND',
    );
    // Moving a village of its own under the other township needs that township too.
    expect(
      await errorCode(
        moveUnit(db, as(townAdmin), Number(tree.villageA.id), {
          parentId: Number(tree.townB.id),
          version: tree.villageA.version,
        }),
      ),
    ).toBe('NOT_FOUND');
    expect(
      await errorCode(
        createUnit(db, as(townAdmin), {
          code: 'X-1',
          nameZh: '越权',
          type: 'village',
          parentId: Number(tree.district.id),
        }),
      ),
    ).toBe('NOT_FOUND');
  });
});
