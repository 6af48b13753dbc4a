import { expect, it } from 'vitest';
import { actorOf, makePerson, makeTree, makeUnit } from '../../../tests/helpers/factories.ts';
import { describeEachDatabase } from '../../../tests/helpers/test-databases.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { writeSheet } from '../../platform/excel/excel.ts';
import { systemContext } from '../access/request-context.ts';
import type { Actor } from '../access/actor.ts';
import { importPeople, personColumns } from './people-excel.service.ts';
import { getPerson, listPeople, setMemberships } from './people.service.ts';

const as = (actor: Actor) => ({ ...systemContext('test'), actor });
type Row = Record<(typeof personColumns)[number]['key'], string>;
const file = (rows: Partial<Row>[]) =>
  writeSheet(
    '人员',
    personColumns,
    rows.map((r) => ({
      username: '',
      displayName: '',
      mobile: '',
      unit: '',
      roles: '',
      password: '',
      active: '',
      ...r,
    })),
  );

describeEachDatabase('people', (ctx) => {
  it('masks citizens in lists; reveal shows them to pii.read holders only and is audited', async () => {
    const { db } = ctx.database;
    const tree = await makeTree(db);
    const citizen = await makePerson(db, { kind: 'citizen', displayName: '张小花', mobile: '13812341234' });
    const admin = await actorOf(
      db,
      await makePerson(db, { memberships: [{ unit: tree.district, role: 'administrator' }] }),
    );
    const leader = await actorOf(db, await makePerson(db, { memberships: [{ unit: tree.district, role: 'leader' }] }));
    const listed = (await listPeople(db, as(admin), { kind: 'citizen' })).items.find((p) => p.id === citizen.id);
    expect(listed).toMatchObject({ displayName: '张**', mobile: '138****1234', masked: true });
    const revealed = await getPerson(db, as(admin), citizen.id, true);
    expect(revealed).toMatchObject({ displayName: '张小花', mobile: '13812341234', masked: false });
    const audit = await db
      .selectFrom('audit_log')
      .select(['action', 'actor_id'])
      .where('entity_id', '=', String(citizen.id))
      .execute();
    expect(audit).toEqual([{ action: 'pii.read', actor_id: admin.personId }]);
    // A leader reads people district-wide but has no pii.read.
    expect((await getPerson(db, as(leader), citizen.id, false)).masked).toBe(true);
    await expect(getPerson(db, as(leader), citizen.id, true)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('assigns roles only in units the actor manages', async () => {
    const { db } = ctx.database;
    const tree = await makeTree(db);
    const townAdmin = await actorOf(
      db,
      await makePerson(db, { memberships: [{ unit: tree.townA, role: 'administrator' }] }),
    );
    const worker = await makePerson(db, { memberships: [{ unit: tree.villageA, role: 'grid_worker' }] });
    const updated = await setMemberships(db, as(townAdmin), worker.id, {
      version: 1,
      memberships: [
        { unitId: Number(tree.villageA.id), role: 'unit_lead' },
        { unitId: Number(tree.townA.id), role: 'handler' },
      ],
    });
    expect(updated.memberships.map((m) => m.role).sort()).toEqual(['handler', 'unit_lead']);
    await expect(
      setMemberships(db, as(townAdmin), worker.id, {
        version: updated.version,
        memberships: [{ unitId: Number(tree.townB.id), role: 'handler' }],
      }),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
  });

  it('imports people all-or-nothing, with every bad row reported by number', async () => {
    const { db } = ctx.database;
    const tree = await makeTree(db);
    const admin = await actorOf(
      db,
      await makePerson(db, { memberships: [{ unit: tree.district, role: 'administrator' }] }),
    );
    await makePerson(db, { username: 'taken.mobile', mobile: '13900000001' });
    // Found by its name, which is unique in the tree.
    await makeUnit(db, { parent: tree.townA, type: 'village', nameZh: '导入测试村' });
    let problems: { row: number; reason: string }[] = [];
    try {
      await importPeople(
        db,
        as(admin),
        await file([
          {
            username: 'li.ming',
            displayName: '李明',
            unit: tree.townA.code,
            roles: '承办人、单位负责人',
            password: 'Liming2026ok',
          },
          { username: 'li.ming', displayName: '李明', unit: '导入测试村', roles: '网格员' },
          {
            username: 'Bad Name',
            displayName: '坏用户名',
            unit: tree.townA.code,
            roles: '承办人',
            password: 'Whatever2026',
          },
          {
            username: 'wang.fang',
            displayName: '王芳',
            unit: '不存在的单位',
            roles: '承办人',
            password: 'Wangfang2026',
          },
          { username: 'zhao.lei', displayName: '赵磊', unit: tree.townA.code, roles: '厨师', password: 'short' },
          {
            username: 'sun.li',
            displayName: '孙丽',
            mobile: '13900000001',
            unit: tree.townA.code,
            roles: '承办人',
            password: 'Sunli2026abc',
          },
        ]),
      );
    } catch (error) {
      problems = ((error as AppError).details as { rows: typeof problems }).rows;
    }
    expect([...new Set(problems.map((p) => p.row))]).toEqual([4, 5, 6, 7]);
    expect(
      problems
        .filter((p) => p.row === 6)
        .map((p) => p.reason)
        .join(),
    ).toMatch(/厨师[\s\S]*初始密码/);
    expect(
      await db.selectFrom('person').select('id').where('username', '=', 'li.ming').executeTakeFirst(),
    ).toBeUndefined();

    const ok = await importPeople(
      db,
      as(admin),
      await file([
        {
          username: 'li.ming',
          displayName: '李明',
          unit: tree.townA.code,
          roles: '承办人、单位负责人',
          password: 'Liming2026ok',
        },
        { username: 'li.ming', displayName: '李明', unit: '导入测试村', roles: '网格员' },
      ]),
    );
    expect(ok).toEqual({ created: 1, updated: 0 });
    const person = await db
      .selectFrom('person')
      .select('id')
      .where('username', '=', 'li.ming')
      .executeTakeFirstOrThrow();
    const roles = await db
      .selectFrom('membership')
      .select(['unit_id', 'role'])
      .where('person_id', '=', Number(person.id))
      .orderBy('role')
      .execute();
    expect(roles.map((r) => r.role)).toEqual(['grid_worker', 'handler', 'unit_lead']);
  });
});
