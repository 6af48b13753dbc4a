import { afterAll, beforeAll, expect, it } from 'vitest';
import { createProgrammeWorld, type ProgrammeWorld } from '../../../tests/helpers/programme-world.ts';
import { describeEachDatabase } from '../../../tests/helpers/test-databases.ts';

const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from('IHDR-report-photo'),
]);

const fields = [
  { key: 'coverage', label: '覆盖率', type: 'percent', required: true, target: true },
  { key: 'villages', label: '已覆盖行政村数', type: 'number', required: true, min: 0 },
  { key: 'stage', label: '所处阶段', type: 'choice', required: false, options: ['重点攻坚', '更大突破', '系统提升'] },
  { key: 'photos', label: '现场照片', type: 'attachment', required: false, maxFiles: 3 },
];

describeEachDatabase('report forms and reports over HTTP', (ctx) => {
  let world: ProgrammeWorld;
  let programmeId: number;
  let formId: number;
  let taskId: number;
  beforeAll(async () => {
    world = await createProgrammeWorld(ctx.database);
    programmeId = await world.programme({ title: '五件民生实事', kind: 'pledges' });
    const form = await world.call('office', 'POST', `/programmes/${programmeId}/forms`, {
      name: '民生实事月报',
      frequency: 'monthly',
      dueWorkingDay: 3,
      remindWorkingDays: 2,
      startsOn: '2026-01-01',
      fields,
    });
    expect(form.status).toBe(201);
    formId = form.body.id;
    taskId = (
      await world.task(programmeId, {
        title: '农村寄递物流服务全覆盖',
        leadUnitId: await world.unitId('D01-T01'),
        targetText: '覆盖率100%',
        targetValue: 100,
        targetUnit: '%',
      })
    ).id;
  }, 120_000);
  afterAll(async () => {
    await world?.close();
  });

  it('refuses a form with unsound fields, naming each problem', async () => {
    const bad = await world.call('office', 'POST', `/programmes/${programmeId}/forms`, {
      name: '坏表',
      frequency: 'weekly',
      startsOn: '2026-01-01',
      fields: [{ key: 'a', label: '选项', type: 'choice', required: true }],
    });
    expect([bad.status, bad.body.error.code, bad.body.error.details[0].reason]).toEqual([
      422,
      'REPORT_FORM_INVALID',
      '选择题须列出选项',
    ]);
    expect(
      (
        await world.call('town.handler', 'POST', `/programmes/${programmeId}/forms`, {
          name: '表',
          frequency: 'weekly',
          startsOn: '2026-01-01',
          fields: [],
        })
      ).status,
    ).toBe(403);
  });

  it('the lead unit fills in, is held to the form, submits; the office returns, then accepts; the task takes the values', async () => {
    const opened = await world.call('town.handler', 'POST', `/tasks/${taskId}/reports`, { formId });
    expect(opened.status).toBe(200);
    const report = opened.body;
    expect(report).toMatchObject({
      status: 'pending',
      periodKey: '2026-11',
      form: { id: formId },
      allowedActions: ['save', 'submit'],
    });
    expect(report.fields.map((f: any) => f.key)).toEqual(['coverage', 'villages', 'stage', 'photos']);
    expect((await world.call('office', 'GET', `/reports/${report.id}`)).body.allowedActions).toEqual(['waive']);

    const wrong = await world.call('town.handler', 'POST', `/reports/${report.id}/save`, {
      values: { coverage: 120, stage: '其他', unknown: 1 },
    });
    expect([wrong.status, wrong.body.error.code]).toEqual([422, 'REPORT_INVALID']);
    expect(wrong.body.error.details.map((d: any) => d.field).sort()).toEqual(['coverage', 'stage', 'unknown']);
    const saved = await world.call('town.handler', 'POST', `/reports/${report.id}/save`, {
      values: { coverage: 60 },
      summary: '摸底完成',
    });
    expect([saved.status, saved.body.status, saved.body.values]).toEqual([200, 'pending', { coverage: 60 }]);
    const incomplete = await world.call('town.handler', 'POST', `/reports/${report.id}/submit`, {});
    expect(incomplete.body.error.details).toEqual([{ field: 'villages', reason: '“已覆盖行政村数”必填' }]);

    const upload = await world.app.inject({
      method: 'POST',
      url: '/api/v1/attachments?name=site.png',
      payload: png,
      headers: { 'content-type': 'image/png', ...(await world.as('town.handler')).headers() },
    });
    const token = upload.json().token as string;
    const submitted = await world.call('town.handler', 'POST', `/reports/${report.id}/submit`, {
      version: saved.body.version,
      values: { villages: 5, photos: [token] },
      progress: 60,
    });
    expect(submitted.status).toBe(200);
    expect(submitted.body).toMatchObject({
      status: 'submitted',
      late: false,
      progress: 60,
      values: { coverage: 60, villages: 5, photos: [upload.json().id] },
      allowedActions: ['recall'],
    });
    expect(submitted.body.attachments).toEqual([
      expect.objectContaining({ fileName: 'site.png', url: `/api/v1/tasks/${taskId}/attachments/${upload.json().id}` }),
    ]);
    const file = await world.app.inject({
      url: submitted.body.attachments[0].url,
      headers: (await world.as('office')).headers(),
    });
    expect([file.statusCode, file.rawPayload.equals(png)]).toEqual([200, true]);
    expect(
      (
        await world.app.inject({
          url: submitted.body.attachments[0].url,
          headers: (await world.as('handler.d01-t02')).headers(),
        })
      ).statusCode,
    ).toBe(404);
    // The same upload cannot be claimed twice.
    expect(
      (await world.call('town.handler', 'POST', `/tasks/${taskId}/evidence`, { attachments: [token] })).status,
    ).toBe(400);

    expect((await world.call('town.handler', 'POST', `/reports/${report.id}/accept`, {})).body.error.code).toBe(
      'REPORT_NOT_PERMITTED',
    );
    const queue = await world.call('office', 'GET', `/reports?programmeId=${programmeId}&status=submitted`);
    expect(queue.body.items.map((r: any) => r.id)).toEqual([report.id]);
    expect(queue.body.items[0].allowedActions).toEqual(['accept', 'return']);
    expect((await world.call('office', 'POST', `/reports/${report.id}/return`, { reason: ' ' })).status).toBe(422);
    const returned = await world.call('office', 'POST', `/reports/${report.id}/return`, {
      reason: '覆盖率与台账不符，请核实',
    });
    expect([returned.body.status, returned.body.reviewNote]).toEqual(['returned', '覆盖率与台账不符，请核实']);
    const inbox = await world.db
      .selectFrom('notification as n')
      .innerJoin('person as p', 'p.id', 'n.person_id')
      .select('p.username')
      .where('n.kind', '=', 'report.returned')
      .execute();
    expect(inbox.map((n) => n.username)).toEqual(expect.arrayContaining(['town.handler', 'town.lead']));

    const again = await world.call('town.handler', 'POST', `/reports/${report.id}/submit`, {
      values: { coverage: 100, photos: [upload.json().id] },
      progress: 100,
      summary: '已实现全覆盖',
    });
    expect(again.body.status).toBe('submitted');
    const accepted = await world.call('office', 'POST', `/reports/${report.id}/accept`, { note: '同意' });
    expect([accepted.body.status, accepted.body.allowedActions]).toEqual(['accepted', []]);
    expect(accepted.body.timeline.map((e: any) => e.action)).toEqual(['save', 'submit', 'return', 'submit', 'accept']);
    const task = (await world.call('office', 'GET', `/tasks/${taskId}`)).body;
    expect([task.progress, task.target.actual, task.reportsFiled]).toEqual([100, 100, 2]);
  });

  it('recalls before review; refuses stale versions, early urges, future periods and strangers', async () => {
    const other = (
      await world.task(programmeId, { title: '行政村养老服务设施全覆盖', leadUnitId: await world.unitId('D01-T01') })
    ).id;
    const report = (await world.call('town.handler', 'POST', `/tasks/${other}/reports`, { formId })).body;
    const submitted = await world.call('town.handler', 'POST', `/reports/${report.id}/submit`, {
      values: { coverage: 30, villages: 2 },
    });
    const recalled = await world.call('town.handler', 'POST', `/reports/${report.id}/recall`, {});
    expect([recalled.body.status, recalled.body.submittedAt]).toEqual(['pending', null]);
    expect(
      (
        await world.call('town.handler', 'POST', `/reports/${report.id}/save`, {
          version: submitted.body.version,
          values: {},
        })
      ).body.error.code,
    ).toBe('VERSION_CONFLICT');
    expect((await world.call('office', 'POST', `/reports/${report.id}/urge`, {})).body.error.code).toBe(
      'REPORT_NOT_DUE',
    );
    expect(
      (await world.call('town.handler', 'POST', `/tasks/${other}/reports`, { formId, periodKey: '2027-05' })).status,
    ).toBe(400);
    expect(
      (await world.call('town.handler', 'POST', `/tasks/${other}/reports`, { formId, periodKey: '2026-W47' })).status,
    ).toBe(400);
    expect((await world.call('handler.d01-t02', 'GET', `/reports/${report.id}`)).status).toBe(404);
    expect((await world.call('handler.d01-t02', 'GET', `/reports?programmeId=${programmeId}`)).body.items).toEqual([]);
    const waived = await world.call('office', 'POST', `/reports/${report.id}/waive`, { reason: '本月任务调整' });
    expect(waived.body.status).toBe('waived');
    expect((await world.call('town.handler', 'POST', `/reports/${report.id}/submit`, {})).body.error.code).toBe(
      'REPORT_ACTION_NOT_ALLOWED',
    );
  });
});
