import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePerson } from '../../../tests/helpers/factories.ts';
import { type HttpSession, signInAs } from '../../../tests/helpers/http-session.ts';
import { createProgrammeWorld, type ProgrammeWorld } from '../../../tests/helpers/programme-world.ts';
import { describeEachDatabase } from '../../../tests/helpers/test-databases.ts';
import { withTransaction } from '../../platform/db/database.ts';
import { insertSupport } from './topics.repository.ts';
import { testNow } from '../../../tests/helpers/clock.ts';

describeEachDatabase('topics chosen by the public', (ctx) => {
  let world: ProgrammeWorld;
  let programmeId: number;
  const citizens: HttpSession[] = [];
  const citizenIds: number[] = [];
  const as = async (session: HttpSession, method: 'GET' | 'POST' | 'DELETE', url: string, payload?: object) => {
    const res = await world.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: session.headers(),
      ...(payload ? { payload } : {}),
    });
    return { status: res.statusCode, body: res.json() };
  };
  const inbox = (kind: string) =>
    world.db
      .selectFrom('notification as n')
      .innerJoin('person as p', 'p.id', 'n.person_id')
      .select(['p.username', 'n.body', 'n.link'])
      .where('n.kind', '=', kind)
      .execute();

  beforeAll(async () => {
    world = await createProgrammeWorld(ctx.database);
    programmeId = await world.programme({ title: '2026年“10+2”民生实事', kind: 'pledges', visibility: 'public' });
    for (let i = 0; i < 4; i++) {
      const person = await makePerson(world.db, {
        kind: 'citizen',
        username: `topic.citizen${i}`,
        displayName: ['张秀英', '李建国', '王芳', '赵敏'][i] ?? '群众',
        mobile: `1390000${String(1000 + i)}`,
      });
      citizenIds.push(person.id);
      citizens.push(await signInAs(world.app, person.username, person.password));
    }
  }, 120_000);
  afterAll(async () => {
    await world?.close();
  });

  const propose = (session: HttpSession, title: string, extra: object = {}) =>
    as(session, 'POST', '/public/topics', {
      programmeId,
      title,
      description: `${title}，希望政府尽快解决，周边居民反映强烈。`,
      ...extra,
    });

  describe('the window, proposals and moderation', () => {
    it('takes proposals only from signed-in citizens, only while the window is open, and up to the limit', async () => {
      expect((await propose(citizens[0]!, '城区停车难')).body.error.code).toBe('TOPIC_WINDOW_CLOSED');
      const internal = await world.programme({ title: '内部清单' });
      expect(
        (
          await world.call('office', 'PUT', `/programmes/${internal}/topic-window`, {
            opensAt: '2026-01-01T00:00:00+08:00',
            closesAt: '2027-01-01T00:00:00+08:00',
          })
        ).body.error.code,
      ).toBe('PROGRAMME_ACTION_NOT_ALLOWED');
      const opened = await world.call('office', 'PUT', `/programmes/${programmeId}/topic-window`, {
        opensAt: '2026-01-01T00:00:00+08:00',
        closesAt: '2027-01-01T00:00:00+08:00',
        supportLimit: 2,
        proposalLimit: 2,
        intro: '请提出您最关心的民生实事',
      });
      expect(opened.body.topicWindow).toMatchObject({ open: true, supportLimit: 2, proposalLimit: 2 });
      expect(
        (
          await world.call(null, 'POST', '/public/topics', {
            programmeId,
            title: '匿名点题',
            description: '没有登录的群众不能点题。',
          })
        ).status,
      ).toBe(401);
      expect(
        (
          await world.call('town.handler', 'POST', '/public/topics', {
            programmeId,
            title: '干部点题',
            description: '工作人员不能以群众身份点题。',
          })
        ).body.error.code,
      ).toBe('CITIZEN_ONLY');
      const first = await propose(citizens[0]!, '城区停车难', { keywords: ['停车'] });
      expect(first.status).toBe(201);
      expect(first.body).toMatchObject({ status: 'pending', mine: true, supportCount: 0, allowedActions: [] });
      // The office hears of it, with a link that opens the topic on its page.
      const told = await world.db
        .selectFrom('notification as n')
        .innerJoin('person as p', 'p.id', 'n.person_id')
        .select(['p.username', 'n.link'])
        .where('n.kind', '=', 'topic.proposed')
        .execute();
      expect(told).toContainEqual({
        username: 'office',
        link: `/programmes/${programmeId}/topics?topic=${first.body.id}`,
      });
      expect((await propose(citizens[0]!, '小区加装电梯')).status).toBe(201);
      expect((await propose(citizens[0]!, '第三个点题')).body.error.code).toBe('TOPIC_PROPOSAL_LIMIT');
    });

    it('publishes nothing before moderation; the office sees the proposer masked', async () => {
      const pending = (await as(citizens[0]!, 'GET', '/public/topics/mine')).body.items;
      expect(pending.map((t: any) => t.status)).toEqual(['pending', 'pending']);
      expect((await world.call(null, 'GET', `/public/topics?programmeId=${programmeId}`)).body.items).toEqual([]);
      expect((await as(citizens[1]!, 'GET', `/public/topics/${pending[0].id}`)).status).toBe(404);
      const queue = await world.call('office', 'GET', `/topics?programmeId=${programmeId}&status=pending`);
      expect(queue.body.items).toHaveLength(2);
      expect(queue.body.items[0].proposer).toEqual({ name: '张**', mobile: '139****1000', masked: true });
      expect(queue.body.items[0].allowedActions).toEqual(['publish', 'reject']);
      expect((await world.call('town.handler', 'GET', `/topics?programmeId=${programmeId}`)).status).toBe(403);
      for (const topic of pending)
        expect((await world.call('office', 'POST', `/topics/${topic.id}/publish`, {})).body.status).toBe('published');
      const rejected = await propose(citizens[1]!, '不文明的点题');
      const refusal = await world.call('office', 'POST', `/topics/${rejected.body.id}/reject`, {
        reason: '与民生实事无关',
      });
      expect(refusal.body.status).toBe('rejected');
      expect((await as(citizens[1]!, 'GET', `/public/topics/${rejected.body.id}`)).body).toMatchObject({
        status: 'rejected',
        moderationNote: '与民生实事无关',
      });
      expect((await world.call(null, 'GET', `/public/topics/${rejected.body.id}`)).status).toBe(404);
    });
  });

  describe('supports', () => {
    let parking: number;
    let lift: number;
    beforeAll(async () => {
      const published = (await world.call(null, 'GET', `/public/topics?programmeId=${programmeId}&sort=new`)).body
        .items;
      lift = published.find((t: any) => t.title === '小区加装电梯').id;
      parking = published.find((t: any) => t.title === '城区停车难').id;
    });

    it('counts one support per person, answers 409 on the second, and keeps to the limit per window', async () => {
      const first = await as(citizens[1]!, 'POST', `/public/topics/${parking}/support`);
      expect([first.status, first.body]).toEqual([
        201,
        { topicId: parking, supportCount: 1, supportedByMe: true, supportsLeft: 1 },
      ]);
      const again = await as(citizens[1]!, 'POST', `/public/topics/${parking}/support`);
      expect([again.status, again.body.error.code]).toEqual([409, 'TOPIC_ALREADY_SUPPORTED']);
      expect((await as(citizens[1]!, 'POST', `/public/topics/${lift}/support`)).status).toBe(201);
      const third = (await propose(citizens[2]!, '增设公交线路')).body.id;
      await world.call('office', 'POST', `/topics/${third}/publish`, {});
      expect((await as(citizens[1]!, 'POST', `/public/topics/${third}/support`)).body.error.code).toBe(
        'TOPIC_SUPPORT_LIMIT',
      );
      const withdrawn = await as(citizens[1]!, 'DELETE', `/public/topics/${lift}/support`);
      expect(withdrawn.body).toEqual({ topicId: lift, supportCount: 0, supportedByMe: false, supportsLeft: 1 });
      expect((await as(citizens[1]!, 'POST', `/public/topics/${third}/support`)).status).toBe(201);
      expect((await world.call('town.handler', 'POST', `/public/topics/${parking}/support`)).body.error.code).toBe(
        'CITIZEN_ONLY',
      );
      const view = (await as(citizens[1]!, 'GET', `/public/topics/${parking}`)).body;
      expect([view.supportedByMe, view.allowedActions]).toEqual([true, ['withdrawSupport']]);
    });

    it('fifty concurrent supports by one person count exactly once', async () => {
      const responses = await Promise.all(
        Array.from({ length: 50 }, () => as(citizens[3]!, 'POST', `/public/topics/${lift}/support`)),
      );
      expect(responses.filter((r) => r.status === 201)).toHaveLength(1);
      expect(responses.filter((r) => r.status === 409).map((r) => r.body.error.code)).toEqual(
        Array(49).fill('TOPIC_ALREADY_SUPPORTED'),
      );
      const rows = await world.db
        .selectFrom('topic_support')
        .select('person_id')
        .where('topic_id', '=', lift)
        .execute();
      const topic = await world.db
        .selectFrom('topic')
        .select('support_count')
        .where('id', '=', lift)
        .executeTakeFirstOrThrow();
      expect([rows.length, topic.support_count]).toEqual([1, 1]);
    });

    it('the (topic, person) key alone keeps a support single, even without the person lock', async () => {
      const results = await Promise.all(
        Array.from({ length: 50 }, () =>
          withTransaction(world.db, (trx) => insertSupport(trx, parking, citizenIds[2]!, testNow())),
        ),
      );
      expect(results.filter(Boolean)).toHaveLength(1);
      const rows = await world.db
        .selectFrom('topic_support')
        .select('person_id')
        .where('topic_id', '=', parking)
        .where('person_id', '=', citizenIds[2]!)
        .execute();
      expect(rows).toHaveLength(1);
    });

    it('ranks by supports and by how many cases concern the same matter', async () => {
      for (const description of [
        '滨江街道桂园社区停车难，车辆乱停乱放',
        '桂园社区周边停车位太少',
        '桂园社区路灯不亮',
      ]) {
        expect(
          (await world.call(null, 'POST', '/public/cases', { description, address: '滨江街道', anonymous: true }))
            .status,
        ).toBe(201);
      }
      const bySupport = (await world.call('office', 'GET', `/topics?programmeId=${programmeId}&sort=support`)).body
        .items;
      expect(bySupport.map((t: any) => t.supportCount)).toEqual(
        [...bySupport.map((t: any) => t.supportCount)].sort((a: number, b: number) => b - a),
      );
      const byCases = (await world.call('office', 'GET', `/topics?programmeId=${programmeId}&sort=cases`)).body.items;
      expect(byCases[0]).toMatchObject({ title: '城区停车难', relatedCases: 2 });
    });

    it('counts the topics by status, offers the office exactly the actions it may take, and lists the related cases it may open', async () => {
      const list = (await world.call('office', 'GET', `/topics?programmeId=${programmeId}&status=published`)).body;
      expect(list.counts).toEqual({ pending: 0, published: 3, selected: 0, rejected: 1 });
      expect(list.items.map((t: any) => t.allowedActions)).toEqual(Array(3).fill(['reject', 'select']));
      const rejected = (await world.call('office', 'GET', `/topics?programmeId=${programmeId}&status=rejected`)).body
        .items;
      expect(rejected.map((t: any) => [t.status, t.allowedActions])).toEqual([['rejected', []]]);

      const related = await world.call('office', 'GET', `/topics/${parking}/related-cases`);
      expect(related.status).toBe(200);
      expect(related.body.total).toBe(2);
      expect(related.body.items).toHaveLength(2);
      expect(related.body.items.map((c: any) => c.status)).toEqual(['submitted', 'submitted']);
      for (const item of related.body.items)
        expect((await world.call('office', 'GET', `/cases/${item.id}`)).status).toBe(200);
      // Only the office (and moderators) read a topic's cases; a unit of one township reads none of its matches.
      expect((await world.call('town.handler', 'GET', `/topics/${parking}/related-cases`)).status).toBe(404);
      expect((await as(citizens[0]!, 'GET', `/topics/${parking}/related-cases`)).status).toBe(404);
    });

    it('selecting makes a linked task; its progress reaches proposer and supporters, and shows publicly', async () => {
      const selected = await world.call('office', 'POST', `/topics/${parking}/select`, {
        leadUnitId: await world.unitId('D01-S01'),
        dueOn: '2026-12-31',
        milestones: [{ title: '新增停车位500个', dueOn: '2026-12-15' }],
      });
      expect(selected.body).toMatchObject({ status: 'selected', task: { title: '城区停车难' }, allowedActions: [] });
      expect((await inbox('topic.selected')).map((n) => n.username).sort()).toEqual([
        'topic.citizen0',
        'topic.citizen1',
        'topic.citizen2',
      ]);
      const taskId = selected.body.task.id;
      const task = (await world.call('office', 'GET', `/tasks/${taskId}`)).body;
      expect(task.topicId).toBe(parking);
      const done = await world.call(
        'handler.d01-s01',
        'POST',
        `/tasks/${taskId}/milestones/${task.milestones[0].id}/complete`,
        { note: '已完成' },
      );
      expect(done.status).toBe(200);
      const progress = await inbox('topic.progress');
      expect(progress.map((n) => n.username).sort()).toEqual(['topic.citizen0', 'topic.citizen1', 'topic.citizen2']);
      expect(progress[0]?.body).toContain('节点“新增停车位500个”已完成');
      // Proposer and supporters are led to the topic's public progress page.
      expect(new Set([...(await inbox('topic.selected')), ...progress].map((n) => n.link))).toEqual(
        new Set([`/m/topics/${parking}`]),
      );
      const view = (await world.call(null, 'GET', `/public/topics/${parking}`)).body;
      expect(view.task).toMatchObject({ id: taskId, milestones: [{ title: '新增停车位500个', completed: true }] });
      expect(view.task.updates.map((u: any) => u.text)).toEqual(['节点“新增停车位500个”已完成。']);
      expect((await as(citizens[3]!, 'POST', `/public/topics/${parking}/support`)).body.error.code).toBe(
        'TOPIC_ACTION_NOT_ALLOWED',
      );
      const programme = (await world.call(null, 'GET', `/public/programmes/${programmeId}`)).body;
      expect(programme.tasks).toEqual([
        expect.objectContaining({ id: taskId, topicId: parking, milestonesDone: 1, milestonesTotal: 1 }),
      ]);
      expect((await world.call(null, 'GET', '/public/programmes')).body.items.map((p: any) => p.id)).toContain(
        programmeId,
      );
    });
  });
});
