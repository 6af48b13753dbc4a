import { describe, expect, it } from 'vitest';
import { caseStatuses } from '../../src/shared/cases.ts';
import { findCase, listParties } from '../../src/modules/cases/cases.repository.ts';
import { listForPerson } from '../../src/modules/notifications/notifications.repository.ts';
import { findProgramme } from '../../src/modules/programmes/programmes.repository.ts';
import { findTask, listMilestones, listSupport } from '../../src/modules/programmes/tasks.repository.ts';
import { findTopic } from '../../src/modules/topics/topics.repository.ts';
import { daysFromNow } from '../helpers/clock.ts';
import { makePerson, makeTree } from '../helpers/factories.ts';
import { describeEachDatabase } from '../helpers/test-databases.ts';
import { makeCase, makeCategory } from './case-factory.ts';
import { makeNotification } from './notification-factory.ts';
import { makeProgramme, makeReport, makeReportForm, makeTask, makeTopic } from './programme-factory.ts';

describeEachDatabase('record factories', (ctx) => {
  describe('makeCase', () => {
    it('writes a case in every workflow state, with a lead party once it is assigned', async () => {
      const { db } = ctx.database;
      const tree = await makeTree(db);
      const category = await makeCategory(db);
      for (const status of caseStatuses) {
        const needsLead = ['dispatched', 'handling', 'resolved', 'follow_up', 'closed'].includes(status);
        const made = await makeCase(db, {
          place: tree.villageA,
          status,
          category,
          ...(needsLead ? { lead: tree.townA } : {}),
        });
        const row = await findCase(db, Number(made.id));
        expect(row?.status, status).toBe(status);
        expect(row?.place_path).toBe(tree.villageA.path);
        const parties = await listParties(db, [Number(made.id)]);
        expect(parties.map((p) => [p.role, p.unit_id])).toEqual(needsLead ? [['lead', Number(tree.townA.id)]] : []);
        if (needsLead) {
          expect(row?.lead_path).toBe(tree.townA.path);
          expect(row?.resolve_due_at).not.toBeNull();
        }
      }
    });

    it('takes overrides: title, reporter, summoned parties and a pending extension', async () => {
      const { db } = ctx.database;
      const tree = await makeTree(db);
      const citizen = await makePerson(db, { kind: 'citizen' });
      const made = await makeCase(db, {
        place: tree.villageB,
        status: 'handling',
        lead: tree.townB,
        title: '井盖缺失',
        reporterPersonId: citizen.id,
        parties: [{ unit: tree.department, role: 'summoned' }],
        pendingExtension: { until: new Date('2026-12-30T00:00:00Z'), reason: '需采购', requestedBy: citizen.id },
      });
      const row = await findCase(db, Number(made.id));
      expect(row).toMatchObject({ title: '井盖缺失', reporter_person_id: citizen.id });
      expect(row?.pending_extension).toMatchObject({ reason: '需采购' });
      const parties = await listParties(db, [Number(made.id)]);
      expect(parties.map((p) => p.role).sort()).toEqual(['lead', 'summoned']);
    });

    it('takes the history the supervision board reads: past deadlines, returns, escalation, rating, recurrence', async () => {
      const { db } = ctx.database;
      const tree = await makeTree(db);
      const due = daysFromNow(-2);
      const overdue = await makeCase(db, {
        place: tree.villageA,
        status: 'handling',
        lead: tree.townA,
        createdAt: daysFromNow(-20),
        resolveDueAt: due,
        returnCount: 2,
        escalationLevel: 1,
      });
      expect(await findCase(db, Number(overdue.id))).toMatchObject({
        resolve_due_at: due,
        return_count: 2,
        escalation_level: 1,
      });
      const again = await makeCase(db, {
        place: tree.villageA,
        status: 'closed',
        lead: tree.townA,
        satisfaction: 'unsatisfied',
        solved: false,
        recurrenceOf: overdue,
      });
      expect(await findCase(db, Number(again.id))).toMatchObject({
        satisfaction: 'unsatisfied',
        solved: false,
        recurrence_of_id: Number(overdue.id),
      });
    });

    it('refuses an assigned state without a lead unit', async () => {
      const { db } = ctx.database;
      const tree = await makeTree(db);
      await expect(makeCase(db, { place: tree.villageA, status: 'handling' })).rejects.toThrow(/lead unit/);
    });
  });

  it('makes programmes, tasks with supporting units and milestones, reports and topics in the asked state', async () => {
    const { db } = ctx.database;
    const tree = await makeTree(db);
    const programme = await makeProgramme(db, { owner: tree.district, status: 'draft', visibility: 'public' });
    expect(await findProgramme(db, programme.id)).toMatchObject({ status: 'draft', visibility: 'public' });

    const task = await makeTask(db, {
      programme,
      lead: tree.townA,
      supporting: [tree.department],
      status: 'done',
      withMilestone: true,
    });
    expect(await findTask(db, task.id)).toMatchObject({ status: 'done', lead_path: tree.townA.path });
    expect((await listSupport(db, [task.id])).map((s) => s.unit_id)).toEqual([Number(tree.department.id)]);
    expect((await listMilestones(db, [task.id])).map((m) => Number(m.id))).toEqual([task.milestoneId]);

    const formId = await makeReportForm(db, { programme });
    const pending = await makeReport(db, { task, formId });
    const submitted = await makeReport(db, { task, formId, status: 'submitted', periodKey: '2026-10' });
    expect(pending).toMatchObject({ status: 'pending', submitted_at: null });
    expect(submitted).toMatchObject({ status: 'submitted', period_key: '2026-10' });
    expect(submitted.submitted_at).not.toBeNull();

    const topicId = await makeTopic(db, { programme, status: 'published', title: '增设路灯' });
    expect(await findTopic(db, topicId)).toMatchObject({ status: 'published', title: '增设路灯' });
  });

  it('makes notifications, read or unread, for a person', async () => {
    const { db } = ctx.database;
    const person = await makePerson(db);
    const unread = await makeNotification(db, { personId: person.id, title: '新任务' });
    const read = await makeNotification(db, { personId: person.id, read: true, link: '/tasks/1' });
    const rows = await listForPerson(db, person.id, { limit: 10, unreadOnly: false });
    const byId = new Map(rows.map((r) => [Number(r.id), r]));
    expect(byId.get(unread)).toMatchObject({ title: '新任务', read_at: null });
    expect(byId.get(read)?.read_at).not.toBeNull();
    expect(byId.get(read)?.link).toBe('/tasks/1');
  });
});
