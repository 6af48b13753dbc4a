import { afterAll, beforeAll, expect, it } from 'vitest';
import { createProgrammeWorld, type ProgrammeWorld } from '../../../tests/helpers/programme-world.ts';
import { describeEachDatabase } from '../../../tests/helpers/test-databases.ts';
import { testNow } from '../../../tests/helpers/clock.ts';

/** Notifications of task lists and tables carry the app path they open (the drawer navigates to it). */
describeEachDatabase('notification links', (ctx) => {
  let world: ProgrammeWorld;
  let taskId: number;
  let reportId: number;
  const inbox = async (login: string) =>
    (await world.call(login, 'GET', '/notifications?limit=100')).body.items as {
      kind: string;
      link: string | null;
      caseId: number | null;
    }[];

  beforeAll(async () => {
    world = await createProgrammeWorld(ctx.database);
    const programmeId = await world.programme({ title: '通知链接测试清单', kind: 'pledges' });
    const form = await world.call('office', 'POST', `/programmes/${programmeId}/forms`, {
      name: '月报',
      frequency: 'monthly',
      startsOn: '2026-01-01',
      fields: [{ key: 'done', label: '完成数', type: 'number', required: true, min: 0 }],
    });
    expect(form.status).toBe(201);
    taskId = (await world.task(programmeId, { title: '社区食堂建设', leadUnitId: await world.unitId('D01-T01') })).id;
    const opened = await world.call('town.handler', 'POST', `/tasks/${taskId}/reports`, { formId: form.body.id });
    expect(opened.status).toBe(200);
    reportId = opened.body.id;
  }, 120_000);
  afterAll(async () => {
    await world?.close();
  });

  it('a new task tells the lead unit with a link to the task', async () => {
    const assigned = (await inbox('town.handler')).filter((n) => n.kind === 'task.assign');
    expect(assigned.map((n) => [n.link, n.caseId])).toEqual([[`/tasks/${taskId}`, null]]);
  });

  it('each report action tells its people with a link that opens the report', async () => {
    const submitted = await world.call('town.handler', 'POST', `/reports/${reportId}/submit`, {
      values: { done: 3 },
      progress: 30,
    });
    expect(submitted.status).toBe(200);
    const toOffice = (await inbox('office')).filter((n) => n.kind === 'report.submitted');
    expect(toOffice.map((n) => n.link)).toEqual([`/reports/${reportId}`]);

    const returned = await world.call('office', 'POST', `/reports/${reportId}/return`, { reason: '请补充台账' });
    expect(returned.status).toBe(200);
    const toUnit = (await inbox('town.handler')).filter((n) => n.kind === 'report.returned');
    expect(toUnit.map((n) => n.link)).toEqual([`/reports/${reportId}`]);
    // The page the link opens reads /api/v1 + the same path: the report, for the person told.
    const opened = await world.call('town.handler', 'GET', toUnit[0]!.link!);
    expect([opened.status, opened.body.id, opened.body.status]).toEqual([200, reportId, 'returned']);
  });

  it('stores nothing but app paths', async () => {
    const person = await world.db
      .selectFrom('person')
      .select('id')
      .where('username', '=', 'office')
      .executeTakeFirstOrThrow();
    const insert = (link: string) =>
      world.db
        .insertInto('notification')
        .values({
          person_id: Number(person.id),
          at: testNow(),
          kind: 'test',
          title: 't',
          body: 'b',
          case_id: null,
          link,
        })
        .execute();
    await expect(insert('https://example.com/x')).rejects.toThrow();
    await expect(insert('//example.com/x')).rejects.toThrow();
    await insert('/tasks/1');
    const rows = await world.db.selectFrom('notification').select('link').where('kind', '=', 'test').execute();
    expect(rows.map((r) => r.link)).toEqual(['/tasks/1']);
  });
});
