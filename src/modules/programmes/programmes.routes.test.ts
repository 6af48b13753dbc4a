import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProgrammeWorld, type ProgrammeWorld } from '../../../tests/helpers/programme-world.ts';
import { describeEachDatabase } from '../../../tests/helpers/test-databases.ts';

describeEachDatabase('task lists and tables over HTTP', (ctx) => {
  let world: ProgrammeWorld;
  let town1: number;
  let town2: number;
  let water: number;
  beforeAll(async () => {
    world = await createProgrammeWorld(ctx.database);
    [town1, town2, water] = await Promise.all([
      world.unitId('D01-T01'),
      world.unitId('D01-T02'),
      world.unitId('D01-DEPT-WATER'),
    ]);
  }, 120_000);
  afterAll(async () => {
    await world?.close();
  });

  describe('programmes', () => {
    it('the office creates a draft with phases; nobody else sees a draft; activation shows it', async () => {
      const created = await world.call('office', 'POST', '/programmes', {
        title: '集中整治专项行动',
        kind: 'campaign',
        ownerUnitId: await world.unitId('D01'),
        startsOn: '2026-04-01',
        endsOn: '2026-12-31',
        phases: [
          { name: '重点攻坚', startsOn: '2026-04-01', endsOn: '2026-06-30' },
          { name: '更大突破', startsOn: '2026-07-01', endsOn: '2026-09-30' },
          { name: '系统提升', startsOn: '2026-10-01', endsOn: '2026-12-31' },
        ],
      });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        status: 'draft',
        visibility: 'internal',
        phases: [{ seq: 1, name: '重点攻坚' }, { seq: 2 }, { seq: 3 }],
      });
      expect(created.body.allowedActions).toEqual(
        expect.arrayContaining(['update', 'activate', 'addTask', 'importTasks', 'manageForms']),
      );
      const id = created.body.id;
      await world.task(id, { title: '草稿中的任务', leadUnitId: town1 });
      expect((await world.call('leader', 'GET', `/programmes/${id}`)).status).toBe(404);
      expect((await world.call('town.handler', 'GET', `/programmes/${id}`)).status).toBe(404);
      const activated = await world.call('office', 'POST', `/programmes/${id}/activate`, {
        version: created.body.version,
      });
      expect([activated.status, activated.body.status]).toEqual([200, 'active']);
      expect(activated.body.allowedActions).not.toContain('activate');
      expect((await world.call('leader', 'GET', `/programmes/${id}`)).body.taskCount).toBe(1);
      expect((await world.call('office', 'POST', `/programmes/${id}/activate`, {})).body.error.code).toBe(
        'PROGRAMME_ACTION_NOT_ALLOWED',
      );
      expect((await world.call('town.handler', 'POST', `/programmes/${id}/close`, {})).status).toBe(403);
    });

    it('refuses bad dates, stale versions, strangers and bad bodies with clear codes', async () => {
      const body = {
        title: '清单',
        kind: 'plan',
        ownerUnitId: await world.unitId('D01'),
        startsOn: '2026-06-01',
        endsOn: '2026-01-01',
      };
      expect((await world.call('office', 'POST', '/programmes', body)).body.error.code).toBe('PROGRAMME_DATES');
      expect(
        (
          await world.call('office', 'POST', '/programmes', {
            ...body,
            endsOn: '2026-12-31',
            phases: [{ name: '一', startsOn: '2025-01-01', endsOn: '2026-02-01' }],
          })
        ).body.error.code,
      ).toBe('PROGRAMME_DATES');
      expect((await world.call('town.lead', 'POST', '/programmes', { ...body, endsOn: '2026-12-31' })).status).toBe(
        403,
      );
      expect((await world.call('office', 'POST', '/programmes', { ...body, kind: 'party' })).status).toBe(400);
      expect(
        (await world.call('office', 'POST', '/programmes', { ...body, startsOn: '2026-02-30', endsOn: '2026-12-31' }))
          .body.error.code,
      ).toBe('VALIDATION_FAILED');
      expect((await world.call(null, 'GET', '/programmes')).status).toBe(401);
      const id = await world.programme();
      expect(
        (await world.call('office', 'PATCH', `/programmes/${id}`, { version: 99, title: '新名称' })).body.error.code,
      ).toBe('VERSION_CONFLICT');
      expect((await world.call('office', 'PATCH', `/programmes/${id}`, { title: '新名称' })).body.title).toBe('新名称');
    });
  });

  it('documents every route in the OpenAPI description', async () => {
    const res = await world.app.inject({ url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const paths = Object.keys(res.json().paths);
    for (const path of [
      '/api/v1/programmes',
      '/api/v1/programmes/{id}/forms',
      '/api/v1/programmes/{id}/tasks/import',
      '/api/v1/programmes/{id}/export/tasks.xlsx',
      '/api/v1/tasks/{id}/claim-done',
      '/api/v1/tasks/{id}/verify',
      '/api/v1/reports/{id}/submit',
      '/api/v1/topics',
      '/api/v1/public/topics/{id}/support',
      '/api/v1/public/programmes/{id}',
    ]) {
      expect(paths).toContain(path);
    }
  });

  describe('tasks and scope', () => {
    let programmeId: number;
    let townTask: any;
    let otherTask: any;
    beforeAll(async () => {
      programmeId = await world.programme({ title: '民生实事清单', kind: 'pledges' });
      townTask = await world.task(programmeId, {
        title: '柳林镇农村寄递物流全覆盖',
        leadUnitId: town1,
        supportingUnitIds: [water],
        externalId: 'MS-01',
        dueOn: '2026-12-31',
        targetText: '覆盖率100%',
        targetValue: 100,
        targetUnit: '%',
        milestones: [{ title: '完成摸底', dueOn: '2026-06-30' }],
      });
      otherTask = await world.task(programmeId, {
        title: '松岗镇养老服务设施全覆盖',
        leadUnitId: town2,
        externalId: 'MS-02',
      });
    });

    it("a township sees the tasks it leads, a department those it supports, and not another township's internal tasks", async () => {
      expect((await world.call('town.handler', 'GET', `/tasks/${townTask.id}`)).status).toBe(200);
      expect((await world.call('town.handler', 'GET', `/tasks/${otherTask.id}`)).status).toBe(404);
      const list = await world.call('town.handler', 'GET', `/tasks?programmeId=${programmeId}`);
      expect(list.body.items.map((t: any) => t.id)).toEqual([townTask.id]);
      expect((await world.call('handler.d01-t02', 'GET', `/tasks/${townTask.id}`)).status).toBe(404);
      expect((await world.call('handler.d01-t02', 'GET', `/tasks/${otherTask.id}`)).status).toBe(200);
      expect((await world.call('dept.handler', 'GET', `/tasks/${townTask.id}`)).status).toBe(200);
      expect((await world.call('dept.handler', 'GET', `/tasks/${otherTask.id}`)).status).toBe(404);
      expect((await world.call('leader', 'GET', `/tasks?programmeId=${programmeId}`)).body.items).toHaveLength(2);
      expect((await world.call('citizen', 'GET', `/tasks/${townTask.id}`)).status).toBe(403);
      // The township sees the programme, counting only its own task.
      expect((await world.call('town.handler', 'GET', `/programmes/${programmeId}`)).body.taskCount).toBe(1);
    });

    it('searches tasks by their words, Traditional or Simplified, one character or a phrase, or by external id, within scope', async () => {
      const ids = async (login: string, q: string) =>
        (await world.call(login, 'GET', `/tasks?programmeId=${programmeId}&q=${encodeURIComponent(q)}`)).body.items.map(
          (t: any) => t.id,
        );
      expect(await ids('leader', '寄递物流')).toEqual([townTask.id]);
      expect(await ids('leader', '寄遞物流')).toEqual([townTask.id]);
      expect(await ids('leader', '养老')).toEqual([otherTask.id]);
      expect(await ids('leader', '覆盖率')).toEqual([townTask.id]); // the target
      expect((await ids('leader', '全覆盖')).sort()).toEqual([townTask.id, otherTask.id].sort());
      expect(await ids('leader', '覆全')).toEqual([]);
      expect(await ids('leader', 'MS-02')).toEqual([otherTask.id]);
      expect(await ids('leader', "'&|!")).toEqual([]);
      expect(await ids('town.handler', '全覆盖')).toEqual([townTask.id]);
      // An edited title is searched by its new words.
      await world.call('office', 'PATCH', `/tasks/${otherTask.id}`, {
        title: '松岗镇养老服务驿站建设',
        version: (await world.call('office', 'GET', `/tasks/${otherTask.id}`)).body.version,
      });
      expect(await ids('leader', '驿站')).toEqual([otherTask.id]);
    });

    it("a public programme's tasks are readable by all staff", async () => {
      const publicId = await world.programme({ title: '公开清单', visibility: 'public' });
      const task = await world.task(publicId, { title: '松岗镇公开任务', leadUnitId: town2 });
      expect((await world.call('town.handler', 'GET', `/tasks/${task.id}`)).status).toBe(200);
      expect((await world.call('town.handler', 'GET', `/tasks/${task.id}`)).body.allowedActions).toEqual([]);
    });

    it('answers allowedActions per person, and each action exactly as listed', async () => {
      const asOffice = (await world.call('office', 'GET', `/tasks/${townTask.id}`)).body;
      expect(asOffice.allowedActions).toEqual(
        expect.arrayContaining(['update', 'addMilestone', 'completeMilestone', 'moveToRoutine', 'withdraw', 'comment']),
      );
      expect(asOffice.allowedActions).not.toContain('claimDone');
      const asTown = (await world.call('town.handler', 'GET', `/tasks/${townTask.id}`)).body;
      expect(asTown.allowedActions).toEqual(expect.arrayContaining(['completeMilestone', 'addEvidence', 'fileReport']));
      expect(asTown.allowedActions).not.toContain('update');
      expect((await world.call('dept.handler', 'GET', `/tasks/${townTask.id}`)).body.allowedActions).toEqual([]);
      expect((await world.call('supervisor', 'GET', `/tasks/${townTask.id}`)).body.allowedActions).toEqual([
        'comment',
        'urge',
      ]);
      expect(
        (await world.call('town.handler', 'PATCH', `/tasks/${townTask.id}`, { title: '改名' })).body.error.code,
      ).toBe('TASK_NOT_PERMITTED');
      expect(
        (await world.call('town.handler', 'POST', `/tasks/${townTask.id}/comment`, { text: '意见' })).body.error.code,
      ).toBe('TASK_NOT_PERMITTED');
      const commented = await world.call('supervisor', 'POST', `/tasks/${townTask.id}/comment`, {
        text: '请加快寄递网点建设',
      });
      expect(commented.body.comments).toEqual([
        expect.objectContaining({ kind: 'comment', text: '请加快寄递网点建设' }),
      ]);
      const inbox = await world.db
        .selectFrom('notification as n')
        .innerJoin('person as p', 'p.id', 'n.person_id')
        .select(['p.username', 'n.kind'])
        .where('n.kind', '=', 'task.comment')
        .execute();
      expect(inbox.map((n) => n.username)).toEqual(expect.arrayContaining(['town.handler', 'town.lead']));
    });

    it('refuses a second task with the same external id, units outside the tree, and stale versions', async () => {
      expect(
        (
          await world.call('office', 'POST', `/programmes/${programmeId}/tasks`, {
            title: '重复',
            leadUnitId: town1,
            externalId: 'MS-01',
          })
        ).body.error.code,
      ).toBe('TASK_EXTERNAL_ID_TAKEN');
      expect(
        (
          await world.call('office', 'POST', `/programmes/${programmeId}/tasks`, {
            title: '重复单位',
            leadUnitId: town1,
            supportingUnitIds: [town1],
          })
        ).body.error.code,
      ).toBe('TASK_BAD_UNITS');
      expect(
        (
          await world.call('office', 'POST', `/programmes/${programmeId}/tasks`, {
            title: '无此单位',
            leadUnitId: 999_999,
          })
        ).body.error.code,
      ).toBe('TASK_BAD_UNITS');
      expect(
        (
          await world.call('office', 'POST', `/programmes/${programmeId}/tasks`, {
            title: '错误阶段',
            leadUnitId: town1,
            phaseId: 999_999,
          })
        ).status,
      ).toBe(400);
      expect(
        (await world.call('office', 'PATCH', `/tasks/${townTask.id}`, { version: 999, title: 'x' })).body.error.code,
      ).toBe('VERSION_CONFLICT');
      expect(
        (
          await world.call('office', 'POST', `/programmes/${programmeId}/tasks`, {
            title: '日期',
            leadUnitId: town1,
            startsOn: '2026-05-01',
            dueOn: '2026-04-01',
          })
        ).status,
      ).toBe(400);
    });
  });

  describe('closing: milestones, claim, verification and sign-off', () => {
    it('nothing closes without verification; sign-off waives open reports', async () => {
      const programmeId = await world.programme({ title: '销号流程' });
      const task = await world.task(programmeId, {
        title: '背街小巷硬化',
        leadUnitId: town1,
        dueOn: '2026-12-31',
        milestones: [{ title: '完成施工', dueOn: '2026-12-15' }],
      });
      await world.call('office', 'POST', `/programmes/${programmeId}/forms`, {
        name: '月报',
        frequency: 'monthly',
        startsOn: '2026-01-01',
        fields: [],
      });
      expect(
        (await world.call('town.handler', 'POST', `/tasks/${task.id}/claim-done`, { note: '完成' })).body.error.code,
      ).toBe('TASK_MILESTONES_OPEN');
      const milestoneId = task.milestones[0].id;
      const completed = await world.call(
        'town.handler',
        'POST',
        `/tasks/${task.id}/milestones/${milestoneId}/complete`,
        { note: '施工完毕' },
      );
      expect(completed.status).toBe(200);
      expect(completed.body.milestones[0]).toMatchObject({ completionNote: '施工完毕', late: false });
      expect(completed.body.displayStatus).toBe('on_track');
      const claimed = await world.call('town.handler', 'POST', `/tasks/${task.id}/claim-done`, {
        note: '全部完成，申请销号',
      });
      expect([claimed.body.status, claimed.body.displayStatus]).toEqual(['done', 'done']);
      expect(
        (await world.call('town.handler', 'POST', `/tasks/${task.id}/verify`, { note: '自己销号' })).body.error.code,
      ).toBe('TASK_NOT_PERMITTED');
      expect((await world.call('office', 'POST', `/tasks/${task.id}/verify`, { note: '  ' })).status).toBe(422);
      const rejected = await world.call('office', 'POST', `/tasks/${task.id}/reject`, { reason: '佐证材料不全' });
      expect(rejected.body.status).toBe('active');
      await world.call('town.handler', 'POST', `/tasks/${task.id}/claim-done`, { note: '已补充材料' });
      const verified = await world.call('office', 'POST', `/tasks/${task.id}/verify`, {
        note: '现场核验通过，同意销号',
      });
      expect(verified.body).toMatchObject({
        status: 'verified',
        displayStatus: 'verified',
        progress: 100,
        allowedActions: [],
      });
      expect(verified.body.timeline.map((e: any) => e.action)).toEqual([
        'create',
        'completeMilestone',
        'claimDone',
        'reject',
        'claimDone',
        'verify',
      ]);
      expect(verified.body.reports.map((r: any) => r.status)).toEqual(['waived']);
      expect(
        (await world.call('office', 'POST', `/tasks/${task.id}/move-to-routine`, { reason: 'x' })).body.error.code,
      ).toBe('TASK_ACTION_NOT_ALLOWED');
    });

    it('moves to routine handling and back; withdraws only an unreported task', async () => {
      const programmeId = await world.programme({ title: '常态化' });
      const task = await world.task(programmeId, { title: '占道经营整治', leadUnitId: town1 });
      const routine = await world.call('office', 'POST', `/tasks/${task.id}/move-to-routine`, {
        reason: '转入常态化治理',
      });
      expect([routine.body.status, routine.body.displayStatus]).toEqual(['routine', 'routine']);
      expect((await world.call('office', 'POST', `/tasks/${task.id}/resume`, { reason: '问题反弹' })).body.status).toBe(
        'active',
      );
      expect(
        (await world.call('office', 'POST', `/tasks/${task.id}/withdraw`, { reason: '重复录入' })).body.status,
      ).toBe('withdrawn');
    });

    it('rolls sub-task progress up by weight, and the parent waits for its sub-tasks', async () => {
      const programmeId = await world.programme({ title: '子任务' });
      await world.call('office', 'POST', `/programmes/${programmeId}/forms`, {
        name: '周报',
        frequency: 'weekly',
        startsOn: '2026-01-01',
        fields: [],
      });
      const parent = await world.task(programmeId, { title: '城区停车难治理', leadUnitId: town1 });
      const a = await world.task(programmeId, {
        title: '新增停车位',
        leadUnitId: town1,
        parentId: parent.id,
        weight: 3,
      });
      const b = await world.task(programmeId, {
        title: '智慧停车平台',
        leadUnitId: town1,
        parentId: parent.id,
        weight: 1,
      });
      const file = async (taskId: number, progress: number) => {
        const report = (
          await world.call('town.handler', 'POST', `/tasks/${taskId}/reports`, {
            formId: (await world.call('office', 'GET', `/programmes/${programmeId}`)).body.forms[0].id,
          })
        ).body;
        expect(
          (await world.call('town.handler', 'POST', `/reports/${report.id}/submit`, { progress, summary: '进展顺利' }))
            .status,
        ).toBe(200);
        expect((await world.call('office', 'POST', `/reports/${report.id}/accept`, {})).status).toBe(200);
      };
      await file(a.id, 40);
      await file(b.id, 80);
      const view = (await world.call('office', 'GET', `/tasks/${parent.id}`)).body;
      expect(view.progress).toBe(50);
      expect(view.children.map((c: any) => c.title)).toEqual(['新增停车位', '智慧停车平台']);
      expect(view.allowedActions).not.toContain('withdraw');
      expect(
        (await world.call('town.handler', 'POST', `/tasks/${parent.id}/claim-done`, { note: '完成' })).body.error.code,
      ).toBe('TASK_SUBTASKS_OPEN');
      expect(
        (
          await world.call('office', 'POST', `/programmes/${programmeId}/tasks`, {
            title: '孙任务',
            leadUnitId: town1,
            parentId: 999_999,
          })
        ).body.error.code,
      ).toBe('TASK_BAD_PARENT');
    });
  });
});
