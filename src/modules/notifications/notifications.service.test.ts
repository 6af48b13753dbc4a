import { randomInt } from 'node:crypto';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { expect, it } from 'vitest';
import { actorOf, makePerson, makeTree } from '../../../tests/helpers/factories.ts';
import { describeEachDatabase } from '../../../tests/helpers/test-databases.ts';
import { withTransaction } from '../../platform/db/database.ts';
import { systemContext } from '../access/request-context.ts';
import { createLogger } from '../../platform/logging/logger.ts';
import type { Actor } from '../access/actor.ts';
import type { NotificationChannel, OutgoingMessage, Recipient } from './notification-channels.ts';
import { createNotificationHub } from './notification-hub.ts';
import {
  deliver,
  listNotifications,
  markRead,
  type NotificationDeps,
  notifyPeople,
  notifyUnitRoles,
} from './notifications.service.ts';
import { fromNow, testNow } from '../../../tests/helpers/clock.ts';
import { makeNotification } from '../../../tests/factories/notification-factory.ts';

const as = (actor: Actor) => ({ ...systemContext('test'), actor });
const silent = createLogger('silent');
let mobileSequence = 0;
// Unique within the file's database: a random prefix per run and a sequence.
const mobilePrefix = String(randomInt(100000)).padStart(5, '0');
const newMobile = () => `139${mobilePrefix}${String(++mobileSequence % 1000).padStart(3, '0')}`;

/** A channel that records what it was asked to send (a real implementation of the interface). */
function recordingChannel(name: 'sms' | 'email', fail = false) {
  const sent: { to: Recipient; message: OutgoingMessage }[] = [];
  const channel: NotificationChannel = {
    name,
    async send(to, message) {
      if (fail) throw new Error(`${name} gateway down`);
      sent.push({ to, message });
    },
  };
  return { channel, sent };
}

describeEachDatabase('notifications service', (ctx) => {
  it('notifyUnitRoles picks exactly the active holders of those roles in those units, each once', async () => {
    const { db } = ctx.database;
    const tree = await makeTree(db);
    const handlerA = await makePerson(db, { memberships: [{ unit: tree.townA, role: 'handler' }] });
    const leadA = await makePerson(db, { memberships: [{ unit: tree.townA, role: 'unit_lead' }] });
    const both = await makePerson(db, {
      memberships: [
        { unit: tree.townA, role: 'handler' },
        { unit: tree.townA, role: 'unit_lead' },
      ],
    });
    const twoUnits = await makePerson(db, {
      memberships: [
        { unit: tree.townA, role: 'handler' },
        { unit: tree.department, role: 'handler' },
      ],
    });
    const handlerDept = await makePerson(db, { memberships: [{ unit: tree.department, role: 'unit_lead' }] });
    // Not chosen: another role, another unit (even a child), an inactive person.
    await makePerson(db, { memberships: [{ unit: tree.townA, role: 'grid_worker' }] });
    await makePerson(db, { memberships: [{ unit: tree.townB, role: 'handler' }] });
    await makePerson(db, { memberships: [{ unit: tree.villageA, role: 'handler' }] });
    const inactive = await makePerson(db, { memberships: [{ unit: tree.townA, role: 'handler' }] });
    await db.updateTable('person').set({ active: false }).where('id', '=', inactive.id).execute();

    const now = new Date('2026-03-02T08:00:00Z');
    const notified = await withTransaction(db, (trx) =>
      notifyUnitRoles(
        trx,
        [Number(tree.townA.id), Number(tree.department.id), Number(tree.townA.id)],
        ['handler', 'unit_lead'],
        { kind: 'case.dispatch', title: '新工单', body: '请处理', caseId: null },
        now,
      ),
    );
    const expected = [handlerA.id, leadA.id, both.id, twoUnits.id, handlerDept.id].sort((a, b) => a - b);
    expect([...notified.personIds].sort((a, b) => a - b)).toEqual(expected);
    expect(notified.message).toEqual({
      kind: 'case.dispatch',
      title: '新工单',
      body: '请处理',
      caseId: null,
      link: null,
    });
    const rows = await db
      .selectFrom('notification')
      .select(['person_id', 'at', 'kind', 'read_at'])
      .where('title', '=', '新工单')
      .execute();
    expect(rows.map((r) => Number(r.person_id)).sort((a, b) => a - b)).toEqual(expected);
    for (const row of rows) {
      expect(new Date(row.at).toISOString()).toBe(now.toISOString());
      expect(row.read_at).toBeNull();
    }
  });

  it('notifyPeople deduplicates, writes in the caller transaction (rolled back with it), and accepts nobody', async () => {
    const { db } = ctx.database;
    const a = await makePerson(db);
    const b = await makePerson(db);
    const notified = await withTransaction(db, (trx) =>
      notifyPeople(trx, [a.id, b.id, a.id], { kind: 'case.comment', title: 'T-dedupe', body: 'B' }, testNow()),
    );
    expect(notified.personIds).toEqual([a.id, b.id]);
    expect(notified.message.caseId).toBeNull();
    expect(
      await db.selectFrom('notification').select('person_id').where('title', '=', 'T-dedupe').execute(),
    ).toHaveLength(2);

    await expect(
      withTransaction(db, async (trx) => {
        await notifyPeople(trx, [a.id], { kind: 'case.comment', title: 'T-rolled-back', body: 'B' }, testNow());
        throw new Error('the case change failed');
      }),
    ).rejects.toThrow('the case change failed');
    expect(
      await db.selectFrom('notification').select('id').where('title', '=', 'T-rolled-back').execute(),
    ).toHaveLength(0);

    expect(
      await withTransaction(db, (trx) => notifyPeople(trx, [], { kind: 'x', title: 'none', body: '' }, testNow())),
    ).toEqual({ personIds: [], message: { kind: 'x', title: 'none', body: '', caseId: null, link: null } });
    expect(
      (
        await withTransaction(db, (trx) =>
          notifyUnitRoles(trx, [], ['handler'], { kind: 'x', title: 'none', body: '' }, testNow()),
        )
      ).personIds,
    ).toEqual([]);
  });

  it('lists by time, newest first, also notifications written after newer ones (a topic notice after a case notice)', async () => {
    const { db } = ctx.database;
    const me = await makePerson(db);
    // Written in this order, dated otherwise: the topic's notices happened days before the case's.
    await makeNotification(db, { personId: me.id, title: '诉求已受理', at: fromNow(-3_600_000) });
    await makeNotification(db, { personId: me.id, title: '诉求已办结', at: fromNow(-60_000) });
    await makeNotification(db, { personId: me.id, title: '点题已公示', at: fromNow(-3 * 86_400_000) });
    await makeNotification(db, { personId: me.id, title: '点题已立项', at: fromNow(-2 * 86_400_000) });
    const actor = await actorOf(db, me);
    const first = await listNotifications(db, as(actor), { limit: 3 });
    expect(first.items.map((n) => n.title)).toEqual(['诉求已办结', '诉求已受理', '点题已立项']);
    const second = await listNotifications(db, as(actor), { limit: 3, beforeId: first.items[2]!.id });
    expect(second.items.map((n) => n.title)).toEqual(['点题已公示']);
  });

  it('lists the caller own notifications newest first with paging and the unread count; markRead touches only them', async () => {
    const { db } = ctx.database;
    const me = await makePerson(db);
    const other = await makePerson(db);
    for (let i = 1; i <= 5; i += 1)
      await withTransaction(db, (trx) =>
        notifyPeople(
          trx,
          [me.id, other.id],
          { kind: 'case.comment', title: `第${i}条`, body: '', caseId: null },
          testNow(),
        ),
      );
    const actor = await actorOf(db, me);
    const first = await listNotifications(db, as(actor), { limit: 2 });
    expect(first.items.map((n) => n.title)).toEqual(['第5条', '第4条']);
    expect(first.unread).toBe(5);
    expect(first.items[0]).toMatchObject({ kind: 'case.comment', caseId: null, read: false, body: '' });
    expect(new Date(first.items[0]!.at).toISOString()).toBe(first.items[0]!.at);
    const second = await listNotifications(db, as(actor), { limit: 2, beforeId: first.items[1]!.id });
    expect(second.items.map((n) => n.title)).toEqual(['第3条', '第2条']);
    const whole = await listNotifications(db, as(actor), {});
    expect(whole.items).toHaveLength(5);

    const othersRows = await db.selectFrom('notification').select('id').where('person_id', '=', other.id).execute();
    const otherIds = othersRows.map((r) => Number(r.id));
    expect(await markRead(db, as(actor), { ids: [first.items[0]!.id, ...otherIds] })).toEqual({ unread: 4 });
    const unreadOnly = await listNotifications(db, as(actor), { unreadOnly: true });
    expect(unreadOnly.items.map((n) => n.title)).toEqual(['第4条', '第3条', '第2条', '第1条']);
    expect((await listNotifications(db, as(actor), { limit: 1 })).items[0]!.read).toBe(true);
    expect(await markRead(db, as(actor), {})).toEqual({ unread: 4 });
    expect(await markRead(db, as(actor), { all: true })).toEqual({ unread: 0 });
    const otherUnread = await db
      .selectFrom('notification')
      .select('id')
      .where('person_id', '=', other.id)
      .where('read_at', 'is', null)
      .execute();
    expect(otherUnread).toHaveLength(5);
    await expect(listNotifications(db, systemContext('anonymous'), {})).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
  });

  it('deliver wakes the hub for every kind but sends SMS/e-mail only for external kinds and to people with the address', async () => {
    const { db } = ctx.database;
    const withBoth = await makePerson(db, { mobile: newMobile() });
    await db.updateTable('person').set({ email: 'both@example.gov.cn' }).where('id', '=', withBoth.id).execute();
    const mobileOnly = await makePerson(db, { mobile: newMobile() });
    const emailOnly = await makePerson(db);
    await db.updateTable('person').set({ email: 'mail@example.gov.cn' }).where('id', '=', emailOnly.id).execute();
    const noAddress = await makePerson(db);
    const inactive = await makePerson(db, { mobile: newMobile() });
    await db.updateTable('person').set({ active: false }).where('id', '=', inactive.id).execute();
    const everyone = [withBoth.id, mobileOnly.id, emailOnly.id, noAddress.id, inactive.id];

    const sms = recordingChannel('sms');
    const email = recordingChannel('email');
    const deps: NotificationDeps = {
      db,
      hub: createNotificationHub(),
      channels: [sms.channel, email.channel],
      logger: silent,
    };
    const woken: number[] = [];
    for (const id of everyone) deps.hub.subscribe(id, () => woken.push(id));

    const [urge, comment] = await withTransaction(db, async (trx) => [
      await notifyPeople(
        trx,
        everyone,
        { kind: 'case.urge', title: '催办', body: '请今日回复', caseId: null },
        testNow(),
      ),
      await notifyPeople(trx, everyone, { kind: 'case.comment', title: '新留言', body: '…' }, testNow()),
    ]);
    await deliver(deps, [urge!, comment!]);
    expect(woken.sort((a, b) => a - b)).toEqual([...everyone, ...everyone].sort((a, b) => a - b));
    expect(sms.sent.map((s) => s.to.personId).sort((a, b) => a - b)).toEqual(
      [withBoth.id, mobileOnly.id].sort((a, b) => a - b),
    );
    expect(email.sent.map((s) => s.to.personId).sort((a, b) => a - b)).toEqual(
      [withBoth.id, emailOnly.id].sort((a, b) => a - b),
    );
    expect(sms.sent[0]!.message).toEqual({ kind: 'case.urge', title: '催办', body: '请今日回复', caseId: null });
    expect(sms.sent.find((s) => s.to.personId === withBoth.id)!.to).toMatchObject({
      mobile: expect.stringMatching(/^139\d{8}$/),
      email: 'both@example.gov.cn',
    });

    // Told which kinds go out: the comment does, the urge does not.
    sms.sent.length = 0;
    email.sent.length = 0;
    await deliver(deps, [urge!, comment!], new Set(['case.comment']));
    expect(sms.sent.map((s) => s.message.kind)).toEqual(['case.comment', 'case.comment']);
    expect(email.sent.map((s) => s.message.kind)).toEqual(['case.comment', 'case.comment']);
  });

  it('deliver never throws: a failing channel is logged and the others still send', async () => {
    const { db } = ctx.database;
    const person = await makePerson(db, { mobile: newMobile() });
    await db.updateTable('person').set({ email: 'p@example.gov.cn' }).where('id', '=', person.id).execute();
    const broken = recordingChannel('sms', true);
    const email = recordingChannel('email');
    const logged: { msg: string; channel?: string; personId?: number }[] = [];
    const logger = pino(
      { level: 'info' },
      new Writable({
        write(chunk, _encoding, callback) {
          for (const line of String(chunk).split('\n').filter(Boolean)) logged.push(JSON.parse(line));
          callback();
        },
      }),
    );
    const deps: NotificationDeps = {
      db,
      hub: createNotificationHub(),
      channels: [broken.channel, email.channel],
      logger,
    };
    const notified = await withTransaction(db, (trx) =>
      notifyPeople(trx, [person.id], { kind: 'case.escalate', title: '升级', body: '' }, testNow()),
    );
    await expect(deliver(deps, [notified])).resolves.toBeUndefined();
    expect(email.sent.map((s) => s.to.personId)).toEqual([person.id]);
    expect(broken.sent).toHaveLength(0);
    expect(logged).toEqual([
      expect.objectContaining({ msg: 'notification not sent', channel: 'sms', personId: person.id }),
    ]);
  });
});
