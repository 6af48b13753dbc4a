import ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { makeUnit } from '../../../tests/helpers/factories.ts';
import { createProgrammeWorld, type ProgrammeWorld } from '../../../tests/helpers/programme-world.ts';
import { describeEachDatabase } from '../../../tests/helpers/test-databases.ts';
import { readSheet, writeSheet, xlsxContentType } from '../../platform/excel/excel.ts';
import { findUnitByCode } from '../units/units.repository.ts';
import { type TaskColumn, taskColumns } from './task-import.ts';

type Row = Partial<Record<TaskColumn, string>>;
const file = (rows: Row[]) =>
  writeSheet(
    '任务清单',
    taskColumns,
    rows.map((r) => Object.fromEntries(taskColumns.map((c) => [c.key, r[c.key] ?? ''])) as Record<TaskColumn, string>),
  );

async function sheetRows(buffer: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const rows: string[][] = [];
  workbook.worksheets[0]!.eachRow((row) =>
    rows.push((row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v)))),
  );
  return rows;
}

/** The first sheet's cells as exceljs read them (numbers stay numbers). */
async function sheetCells(buffer: Buffer): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const rows: unknown[][] = [];
  workbook.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

describeEachDatabase('task lists in and out of Excel', (ctx) => {
  let world: ProgrammeWorld;
  let programmeId: number;
  const upload = async (login: string, buffer: Buffer) => {
    const res = await world.app.inject({
      method: 'POST',
      url: `/api/v1/programmes/${programmeId}/tasks/import`,
      payload: buffer,
      headers: { ...(await world.as(login)).headers(), 'content-type': xlsxContentType },
    });
    return { status: res.statusCode, body: res.json() };
  };
  const taskCount = async () =>
    Number(
      (
        await world.db
          .selectFrom('task')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('programme_id', '=', programmeId)
          .executeTakeFirstOrThrow()
      ).n,
    );

  beforeAll(async () => {
    world = await createProgrammeWorld(ctx.database);
    programmeId = await world.programme({
      title: '“10+2”民生实事',
      kind: 'pledges',
      phases: [
        { name: '重点攻坚', startsOn: '2026-04-01', endsOn: '2026-06-30' },
        { name: '更大突破', startsOn: '2026-07-01', endsOn: '2026-09-30' },
      ],
    });
    // A second unit with a department's name: that name alone is ambiguous.
    await makeUnit(world.db, {
      parent: (await findUnitByCode(world.db, 'D01'))!,
      code: 'D01-DUP-WATER',
      nameZh: '区水务局',
      type: 'department',
    });
  }, 120_000);
  afterAll(async () => {
    await world?.close();
  });

  it('hands out a template that reads back with every column', async () => {
    const res = await world.app.inject({
      url: `/api/v1/programmes/${programmeId}/tasks/import-template.xlsx`,
      headers: (await world.as('office')).headers(),
    });
    expect([res.statusCode, res.headers['content-type']]).toEqual([200, xlsxContentType]);
    const rows = await readSheet(res.rawPayload, taskColumns);
    expect(rows[0]?.values).toMatchObject({
      externalId: '1',
      title: '农村寄递物流服务全覆盖',
      leadUnit: 'D01-DEPT-TRANSPORT',
    });
  });

  it('imports a list in one go (sub-tasks before their parents, units by code or name) and updates it by 编号', async () => {
    const first = await upload(
      'office',
      await file([
        {
          externalId: '2.1',
          title: '柳林镇新增停车位',
          parentExternalId: '2',
          leadUnit: '柳林镇',
          weight: '3',
          dueOn: '2026/10/31',
        },
        {
          externalId: '1',
          title: '老旧小区改造',
          leadUnit: 'D01-DEPT-HOUSING',
          supportingUnits: '滨江街道、D01-S02',
          leaderName: '王刚',
          dueOn: '2026-12-31',
          targetText: '改造12个小区',
          targetValue: '12',
          targetUnit: '个',
          phase: '更大突破',
          milestones: '2026-06-30 完成设计；2026年9月30日 开工过半',
        },
        { externalId: '2', title: '城区停车难治理', leadUnit: '区城市管理局', dueOn: '2026-12-31' },
      ]),
    );
    expect(first).toEqual({ status: 200, body: { created: 3, updated: 0 } });
    const list = (await world.call('office', 'GET', `/tasks?programmeId=${programmeId}`)).body.items;
    const byId = new Map(list.map((t: any) => [t.externalId, t]));
    expect(byId.get('1')).toMatchObject({
      leadUnit: { nameZh: '区住房和城乡建设局' },
      supportingUnits: [{ nameZh: '滨江街道' }, { nameZh: '临河街道' }],
      leaderName: '王刚',
      target: { text: '改造12个小区', value: 12, unit: '个' },
      milestonesTotal: 2,
    });
    expect(byId.get('2.1')).toMatchObject({ parentId: (byId.get('2') as any).id, weight: 3, dueOn: '2026-10-31' });

    const second = await upload(
      'office',
      await file([
        {
          externalId: '1',
          title: '老旧小区改造提升',
          leadUnit: 'D01-DEPT-HOUSING',
          dueOn: '2026-12-31',
          milestones: '2026-07-15 完成设计',
        },
      ]),
    );
    expect(second.body).toEqual({ created: 0, updated: 1 });
    const updated = (await world.call('office', 'GET', `/tasks/${(byId.get('1') as any).id}`)).body;
    expect(updated.title).toBe('老旧小区改造提升');
    expect(updated.milestones.map((m: any) => [m.title, m.dueOn])).toEqual([['完成设计', '2026-07-15']]);
    // The file is the truth for fields: the blank cells cleared the supporting units and the leader.
    expect([updated.supportingUnits, updated.leaderName]).toEqual([[], null]);
  });

  it('reports every bad row by number and reason, and imports nothing', async () => {
    const before = await taskCount();
    const bad = await upload(
      'office',
      await file([
        { externalId: 'A', title: '好的一行', leadUnit: '柳林镇' },
        { externalId: 'A', title: '重复编号', leadUnit: '柳林镇' },
        { externalId: 'B', title: '找不到单位', leadUnit: '月球办事处' },
        { externalId: 'C', title: '名称重复', leadUnit: '区水务局' },
        { externalId: 'D', title: '日期错误', leadUnit: '柳林镇', dueOn: '2026-02-30', milestones: '下月 完成' },
        { externalId: 'E', title: '上级缺失', leadUnit: '柳林镇', parentExternalId: 'ZZ' },
        { externalId: 'F', title: '循环一', leadUnit: '柳林镇', parentExternalId: 'G' },
        { externalId: 'G', title: '循环二', leadUnit: '柳林镇', parentExternalId: 'F', phase: '不存在' },
        { externalId: 'H', title: '', leadUnit: '', weight: '-1' },
      ]),
    );
    expect([bad.status, bad.body.error.code]).toEqual([422, 'IMPORT_FAILED']);
    const rows = bad.body.error.details.rows as { row: number; column: string; reason: string }[];
    const reasons = (row: number) => rows.filter((r) => r.row === row).map((r) => r.reason);
    expect(reasons(2)).toEqual([]);
    expect(reasons(3)).toEqual(['编号“A”与第 2 行重复']);
    expect(reasons(4)).toEqual(['找不到单位“月球办事处”（请填写单位编码或全称）']);
    expect(reasons(5)).toEqual(['名称“区水务局”对应多个单位，请填写单位编码']);
    expect(reasons(6)).toEqual([
      '“2026-02-30”不是日期（如 2026-06-30）',
      '“下月 完成”应写作“日期 节点名称”，如“2026-06-30 完成摸底”',
    ]);
    expect(reasons(7)).toEqual(['找不到编号为“ZZ”的上级任务']);
    expect(reasons(8)).toEqual(['上下级关系形成循环']);
    expect(reasons(9)).toEqual(
      expect.arrayContaining(['上下级关系形成循环', '本清单没有“不存在”阶段（可选：重点攻坚、更大突破）']),
    );
    expect(reasons(10)).toEqual(
      expect.arrayContaining(['任务名称必填，且不超过 200 字', '牵头单位必填', '权重须为大于 0、不超过 1000 的数字']),
    );
    expect(rows.map((r) => r.row)).toEqual([...rows.map((r) => r.row)].sort((a, b) => a - b));
    expect(await taskCount()).toBe(before);
  });

  it('refuses a file that is not .xlsx, a missing column, and people who are not the office', async () => {
    expect((await upload('office', Buffer.from('not a spreadsheet'))).body.error.code).toBe('IMPORT_FAILED');
    const noLead = await writeSheet(
      'x',
      taskColumns.filter((c) => c.key !== 'leadUnit'),
      [{ externalId: '1', title: 'x' } as never],
    );
    expect((await upload('office', noLead)).body.error.details.rows[0].reason).toContain('牵头单位');
    expect((await upload('town.lead', await file([{ externalId: 'X', title: 'x', leadUnit: '柳林镇' }]))).status).toBe(
      403,
    );
  });

  it("exports the meeting table with the latest report, and the report history, each within the caller's scope", async () => {
    const form = (
      await world.call('office', 'POST', `/programmes/${programmeId}/forms`, {
        name: '月报',
        frequency: 'monthly',
        startsOn: '2026-01-01',
        fields: [{ key: 'done', label: '已完成数', type: 'number', required: true }],
      })
    ).body;
    const task = (await world.call('town.handler', 'GET', `/tasks?programmeId=${programmeId}`)).body.items.find(
      (t: any) => t.externalId === '2.1',
    );
    const report = (await world.call('town.handler', 'POST', `/tasks/${task.id}/reports`, { formId: form.id })).body;
    await world.call('town.handler', 'POST', `/reports/${report.id}/submit`, {
      values: { done: 86 },
      progress: 70,
      summary: '新增停车位86个',
    });

    const meeting = await world.app.inject({
      url: `/api/v1/programmes/${programmeId}/export/tasks.xlsx`,
      headers: (await world.as('office')).headers(),
    });
    expect(meeting.statusCode).toBe(200);
    expect(decodeURIComponent(String(meeting.headers['content-disposition']))).toContain('调度表');
    const rows = await sheetRows(meeting.rawPayload);
    expect(rows[0]).toEqual([
      '序号',
      '编号',
      '任务名称',
      '牵头单位',
      '配合单位',
      '分管领导',
      '责任人',
      '完成时限',
      '目标',
      '完成值',
      '单位',
      '进度（%）',
      '节点完成',
      '状态',
      '最新报送期次',
      '已完成数',
      '进展情况',
      '报送状态',
    ]);
    const parking = rows.find((r) => r[1] === '2.1');
    expect(parking?.slice(0, 4)).toEqual(['2.1', '2.1', '柳林镇新增停车位', '柳林镇']);
    expect(parking?.slice(14)).toEqual(['2026-11', '86', '新增停车位86个', '已报送待审核']);
    // Numbers are stored as numbers (a sheet sums and sorts them), not as text.
    const cells = await sheetCells(meeting.rawPayload);
    const parkingCells = cells.find((r) => r[1] === '2.1');
    expect(typeof parkingCells?.[rows[0]!.indexOf('已完成数')]).toBe('number');
    expect(typeof parkingCells?.[rows[0]!.indexOf('进度（%）')]).toBe('number');

    const townMeeting = await sheetRows(
      (
        await world.app.inject({
          url: `/api/v1/programmes/${programmeId}/export/tasks.xlsx`,
          headers: (await world.as('town.handler')).headers(),
        })
      ).rawPayload,
    );
    expect(townMeeting.slice(1).map((r) => r[2])).toEqual(['柳林镇新增停车位']);

    const history = await sheetRows(
      (
        await world.app.inject({
          url: `/api/v1/programmes/${programmeId}/export/reports.xlsx`,
          headers: (await world.as('office')).headers(),
        })
      ).rawPayload,
    );
    expect(history[0]?.slice(0, 5)).toEqual(['任务名称', '编号', '牵头单位', '表格', '期次']);
    expect(
      history
        .slice(1)
        .filter((r) => r[0] === '柳林镇新增停车位')
        .map((r) => [r[4], r[6], r[13]]),
    ).toEqual([['2026-11', '已报送待审核', '86']]);
    expect(
      (
        await world.app.inject({
          url: `/api/v1/programmes/${programmeId}/export/reports.xlsx`,
          headers: (await world.as('handler.d01-t02')).headers(),
        })
      ).statusCode,
    ).toBe(404);
  });
});
