import { expect, it } from 'vitest';
import { makePerson } from '../../../tests/helpers/factories.ts';
import { signInAs } from '../../../tests/helpers/http-session.ts';
import { createTestApp } from '../../../tests/helpers/test-app.ts';
import { describeEachDatabase } from '../../../tests/helpers/test-databases.ts';
import { withTransaction } from '../../platform/db/database.ts';
import { notifyPeople } from './notifications.service.ts';
import { testNow } from '../../../tests/helpers/clock.ts';

describeEachDatabase('notification routes', (ctx) => {
  it('answers 401 UNAUTHENTICATED to anonymous callers on all three routes', async () => {
    const app = await createTestApp(ctx.database);
    try {
      const list = await app.inject({ url: '/api/v1/notifications' });
      const read = await app.inject({ method: 'POST', url: '/api/v1/notifications/read', payload: { all: true } });
      const stream = await app.inject({ url: '/api/v1/notifications/stream' });
      for (const res of [list, read, stream]) {
        expect(res.statusCode).toBe(401);
        expect(res.json().error.code).toBe('UNAUTHENTICATED');
      }
      expect(stream.headers['content-type']).toMatch(/^application\/json/);
    } finally {
      await app.close();
    }
  });

  it('refuses a bad limit or non-integer ids with 400 VALIDATION_FAILED', async () => {
    const { db } = ctx.database;
    const person = await makePerson(db);
    const app = await createTestApp(ctx.database);
    try {
      const session = await signInAs(app, person.username, person.password);
      for (const url of [
        '/api/v1/notifications?limit=0',
        '/api/v1/notifications?limit=101',
        '/api/v1/notifications?beforeId=abc',
      ]) {
        const res = await app.inject({ url, headers: session.headers() });
        expect(res.statusCode, url).toBe(400);
        expect(res.json().error.code).toBe('VALIDATION_FAILED');
      }
      for (const payload of [
        { ids: ['x'] },
        { ids: [1.5] },
        { ids: 3.5 },
        { ids: Array.from({ length: 501 }, (_, i) => i + 1) },
        { all: 'maybe' },
      ]) {
        const res = await app.inject({
          method: 'POST',
          url: '/api/v1/notifications/read',
          headers: session.headers(),
          payload,
        });
        expect(res.statusCode, JSON.stringify(payload).slice(0, 40)).toBe(400);
        expect(res.json().error.code).toBe('VALIDATION_FAILED');
      }
      const stream = await app.inject({ url: '/api/v1/notifications/stream?after=-1', headers: session.headers() });
      expect(stream.statusCode).toBe(400);
    } finally {
      await app.close();
    }
  });

  it('lists, pages and marks read over HTTP, touching only the caller own rows', async () => {
    const { db } = ctx.database;
    const me = await makePerson(db);
    const other = await makePerson(db);
    for (let i = 1; i <= 4; i += 1) {
      await withTransaction(db, (trx) =>
        notifyPeople(
          trx,
          [me.id, other.id],
          { kind: 'case.dispatch', title: `工单${i}`, body: `正文${i}`, caseId: null },
          testNow(),
        ),
      );
    }
    const app = await createTestApp(ctx.database);
    try {
      const session = await signInAs(app, me.username, me.password);
      const page1 = await app.inject({ url: '/api/v1/notifications?limit=3', headers: session.headers() });
      expect(page1.statusCode).toBe(200);
      const body1 = page1.json();
      expect(body1.unread).toBe(4);
      expect(body1.items.map((n: { title: string }) => n.title)).toEqual(['工单4', '工单3', '工单2']);
      expect(body1.items[0]).toEqual({
        id: expect.any(Number),
        at: expect.any(String),
        kind: 'case.dispatch',
        title: '工单4',
        body: '正文4',
        caseId: null,
        link: null,
        read: false,
      });
      const page2 = (
        await app.inject({
          url: `/api/v1/notifications?limit=3&beforeId=${body1.items[2].id}`,
          headers: session.headers(),
        })
      ).json();
      expect(page2.items.map((n: { title: string }) => n.title)).toEqual(['工单1']);

      const otherIds = (
        await db.selectFrom('notification').select('id').where('person_id', '=', other.id).execute()
      ).map((r) => Number(r.id));
      const withoutCsrf = await app.inject({
        method: 'POST',
        url: '/api/v1/notifications/read',
        headers: { cookie: session.cookie },
        payload: { all: true },
      });
      expect(withoutCsrf.json().error.code).toBe('CSRF_FAILED');
      const marked = await app.inject({
        method: 'POST',
        url: '/api/v1/notifications/read',
        headers: session.headers(),
        payload: { ids: [body1.items[0].id, ...otherIds] },
      });
      expect(marked.statusCode).toBe(200);
      expect(marked.json()).toEqual({ unread: 3 });
      const unreadOnly = (
        await app.inject({ url: '/api/v1/notifications?unreadOnly=true', headers: session.headers() })
      ).json();
      expect(unreadOnly.items.map((n: { title: string }) => n.title)).toEqual(['工单3', '工单2', '工单1']);
      expect(
        (
          await app.inject({
            method: 'POST',
            url: '/api/v1/notifications/read',
            headers: session.headers(),
            payload: { all: true },
          })
        ).json(),
      ).toEqual({ unread: 0 });
      const othersUnread = await db
        .selectFrom('notification')
        .select('id')
        .where('person_id', '=', other.id)
        .where('read_at', 'is', null)
        .execute();
      expect(othersUnread).toHaveLength(4);
    } finally {
      await app.close();
    }
  });
});
