import { expect, it } from 'vitest';
import { actorOf, makePerson, makeTree } from '../../../tests/helpers/factories.ts';
import { describeEachDatabase } from '../../../tests/helpers/test-databases.ts';
import { writeSheet, readSheet } from '../../platform/excel/excel.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { systemContext } from '../access/request-context.ts';
import type { Actor } from '../access/actor.ts';
import { exportUnits, importUnits, unitColumns, unitTemplate } from './units-excel.service.ts';
import { findUnitByCode } from './units.repository.ts';

const as = (actor: Actor) => ({ ...systemContext('test'), actor });
type Row = Record<(typeof unitColumns)[number]['key'], string>;
const file = (rows: Partial<Row>[]) =>
  writeSheet(
    '单位',
    unitColumns,
    rows.map((r) => ({ code: '', nameZh: '', nameEn: '', type: '', parentCode: '', active: '', ...r })),
  );

async function importErrors(promise: Promise<unknown>): Promise<{ row: number; column?: string; reason: string }[]> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError && error.code === 'IMPORT_FAILED')
      return (error.details as { rows: { row: number; column?: string; reason: string }[] }).rows;
    throw error;
  }
  throw new Error('the import succeeded');
}

describeEachDatabase('units Excel import and export', (ctx) => {
  it('imports new units (children after parents in any order) and updates existing ones', async () => {
    const { db } = ctx.database;
    const tree = await makeTree(db);
    const admin = await actorOf(
      db,
      await makePerson(db, { memberships: [{ unit: tree.district, role: 'administrator' }] }),
    );
    const result = await importUnits(
      db,
      as(admin),
      await file([
        { code: 'IMP-G1', nameZh: '新村第1网格', type: '网格', parentCode: 'IMP-V1' },
        { code: 'IMP-V1', nameZh: '新村', type: '村', parentCode: tree.townA.code },
        {
          code: tree.villageB.code,
          nameZh: '乙村（更名）',
          type: 'village',
          parentCode: tree.townB.code,
          active: '停用',
        },
      ]),
    );
    expect(result).toEqual({ created: 2, updated: 1 });
    const grid = await findUnitByCode(db, 'IMP-G1');
    const village = await findUnitByCode(db, 'IMP-V1');
    expect(grid?.path).toBe(`${village?.path}${grid?.id}/`);
    expect(await findUnitByCode(db, tree.villageB.code)).toMatchObject({ name_zh: '乙村（更名）', active: false });
  });

  it('reports every bad row with its row number and reason, and imports nothing', async () => {
    const { db } = ctx.database;
    const tree = await makeTree(db);
    const admin = await actorOf(
      db,
      await makePerson(db, { memberships: [{ unit: tree.district, role: 'administrator' }] }),
    );
    const problems = await importErrors(
      importUnits(
        db,
        as(admin),
        await file([
          { code: 'OK-1', nameZh: '正常的行', type: '村', parentCode: tree.townA.code },
          { code: 'bad code!', nameZh: '编码错误', type: '村', parentCode: tree.townA.code },
          { code: 'OK-1', nameZh: '重复编码', type: '村', parentCode: tree.townA.code },
          { code: 'T-3', nameZh: '类型错误', type: '城堡', parentCode: tree.townA.code },
          { code: 'T-4', nameZh: '上级不存在', type: '村', parentCode: 'NOPE' },
          { code: 'CY-A', nameZh: '循环甲', type: '村', parentCode: 'CY-B' },
          { code: 'CY-B', nameZh: '循环乙', type: '村', parentCode: 'CY-A' },
          { code: tree.townA.code, nameZh: '移到自己的村下', type: '镇', parentCode: tree.villageA.code },
          { code: 'T-9', nameZh: '', type: '村', parentCode: tree.townA.code, active: '也许' },
        ]),
      ),
    );
    const byRow = new Map<number, string[]>();
    for (const p of problems) byRow.set(p.row, [...(byRow.get(p.row) ?? []), p.reason]);
    expect([...byRow.keys()].sort((a, b) => a - b)).toEqual([3, 4, 5, 6, 7, 8, 9, 10]);
    expect(byRow.get(3)!.join()).toContain('格式不正确');
    expect(byRow.get(4)!.join()).toContain('与第 2 行重复');
    expect(byRow.get(5)!.join()).toContain('无法识别');
    expect(byRow.get(6)!.join()).toContain('不存在');
    expect(byRow.get(7)!.join()).toContain('循环');
    expect(byRow.get(9)!.join()).toContain('循环');
    expect(byRow.get(10)!.join()).toMatch(/名称必填[\s\S]*状态/);
    expect(await findUnitByCode(db, 'OK-1')).toBeUndefined();
  });

  it('refuses a file that is not .xlsx or lacks a column', async () => {
    const { db } = ctx.database;
    const tree = await makeTree(db);
    const admin = await actorOf(
      db,
      await makePerson(db, { memberships: [{ unit: tree.district, role: 'administrator' }] }),
    );
    expect((await importErrors(importUnits(db, as(admin), Buffer.from('code,name\nA,B'))))[0]?.reason).toContain(
      'not an .xlsx',
    );
    const noType = await writeSheet(
      'x',
      unitColumns.filter((c) => c.key !== 'type'),
      [{ code: 'A-1', nameZh: '甲', nameEn: '', type: '', parentCode: tree.townA.code, active: '' }],
    );
    expect(await importErrors(importUnits(db, as(admin), noType))).toEqual([
      { row: 1, column: '类型', reason: expect.stringContaining('missing column') },
    ]);
  });

  it('exports what it imports, and ships a template that imports as it is', async () => {
    const { db } = ctx.database;
    const tree = await makeTree(db);
    const admin = await actorOf(
      db,
      await makePerson(db, { memberships: [{ unit: tree.district, role: 'administrator' }] }),
    );
    const exported = await readSheet(await exportUnits(db, as(admin)), unitColumns);
    expect(exported.find((r) => r.values.code === tree.villageA.code)?.values).toMatchObject({
      nameZh: '甲村',
      type: '村',
      parentCode: tree.townA.code,
      active: '启用',
    });
    // Re-importing the export changes nothing.
    expect(await importUnits(db, as(admin), await exportUnits(db, as(admin)))).toEqual({ created: 0, updated: 0 });
    const template = await readSheet(await unitTemplate(), unitColumns);
    expect(template).toHaveLength(1);
  });
});
