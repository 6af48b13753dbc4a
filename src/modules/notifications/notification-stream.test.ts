import http from 'node:http';
import { sql } from 'kysely';
import { afterEach, expect, it } from 'vitest';
import { actorOf, makePerson, makeTree } from '../../../tests/helpers/factories.ts';
import { type HttpSession, signInAs } from '../../../tests/helpers/http-session.ts';
import { createTestApp } from '../../../tests/helpers/test-app.ts';
import { describeEachDatabase } from '../../../tests/helpers/test-databases.ts';
import { withTransaction } from '../../platform/db/database.ts';
import type { App } from '../../platform/http/types.ts';
import { systemContext } from '../access/request-context.ts';
import { createLogger } from '../../platform/logging/logger.ts';
import { issueToken, revokeToken } from '../tokens/tokens.service.ts';
import type { StreamOptions } from './notification-stream.ts';
import { registerNotificationRoutes } from './notifications.routes.ts';
import { createNotificationDeps, deliver, type NotificationDeps, notifyPeople } from './notifications.service.ts';
import { testNow } from '../../../tests/helpers/clock.ts';

interface SseEvent {
  event: string;
  id: string | null;
  data: string;
}

/**
 * Reads a server-sent event stream over real HTTP, event by event. node:http on a connection of its
 * own (no pooling), so closing the stream closes exactly that connection.
 */
async function openSse(url: string, headers: Record<string, string>) {
  const res = await new Promise<http.IncomingMessage>((resolve, reject) => {
    http.get(url, { agent: false, headers: { accept: 'text/event-stream', ...headers } }, resolve).on('error', reject);
  });
  const events: SseEvent[] = [];
  const comments: string[] = [];
  let waiter: (() => void) | undefined;
  let finished = false;
  let buffer = '';
  res.setEncoding('utf8');
  res.on('data', (chunk: string) => {
    buffer += chunk;
    let split: number;
    while ((split = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, split);
      buffer = buffer.slice(split + 2);
      const event: SseEvent = { event: 'message', id: null, data: '' };
      let isEvent = false;
      for (const line of block.split('\n')) {
        if (line.startsWith(':')) comments.push(line);
        else if (line.startsWith('event: ')) {
          event.event = line.slice(7);
          isEvent = true;
        } else if (line.startsWith('id: ')) event.id = line.slice(4);
        else if (line.startsWith('data: ')) {
          event.data += line.slice(6);
          isEvent = true;
        }
      }
      if (isEvent) events.push(event);
    }
    waiter?.();
  });
  const done = new Promise<void>((resolve) => {
    const finish = () => {
      finished = true;
      waiter?.();
      resolve();
    };
    res.on('end', finish);
    res.on('close', finish);
    res.on('error', finish);
  });
  let taken = 0;
  return {
    res,
    events,
    comments,
    done,
    /** The next event not yet taken, waiting at most `timeoutMs`. */
    async next(timeoutMs = 5000): Promise<SseEvent> {
      const deadline = performance.now() + timeoutMs;
      while (events.length <= taken) {
        if (finished) throw new Error('the stream ended');
        const left = deadline - performance.now();
        if (left <= 0) throw new Error(`no event within ${timeoutMs} ms`);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, left);
          waiter = () => {
            clearTimeout(timer);
            resolve();
          };
        });
      }
      return events[taken++]!;
    },
    /** True when nothing more arrives within `ms`. */
    async quietFor(ms: number): Promise<boolean> {
      const before = events.length;
      await new Promise((resolve) => setTimeout(resolve, ms));
      return events.length === before;
    },
    close: () => res.destroy(),
  };
}

async function waitFor(check: () => boolean, timeoutMs = 3000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!check()) {
    if (performance.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const silent = createLogger('silent');
const opened: App[] = [];

afterEach(async () => {
  await Promise.all(opened.splice(0).map((app) => app.close()));
});

describeEachDatabase('notification stream (server-sent events)', (ctx) => {
  /**
   * The real application (helmet, authentication, error handling) listening on a port, with the
   * stream also registered under /api/test with these deps and options, so a test can publish to
   * its hub and choose its poll interval.
   */
  async function start(options: StreamOptions): Promise<{
    app: App;
    deps: NotificationDeps;
    base: string;
    person: Awaited<ReturnType<typeof makePerson>>;
    session: HttpSession;
  }> {
    const { db } = ctx.database;
    const app = await createTestApp(ctx.database);
    opened.push(app);
    const deps = createNotificationDeps(db, silent);
    await app.register(async (api) => registerNotificationRoutes(api, deps, options), { prefix: '/api/test' });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    if (!address || typeof address !== 'object') throw new Error('not listening');
    const person = await makePerson(db);
    const session = await signInAs(app, person.username, person.password);
    return { app, deps, base: `http://127.0.0.1:${address.port}/api/test/notifications/stream`, person, session };
  }

  const message = (title: string) => ({ kind: 'case.comment', title, body: `${title} 正文`, caseId: null });

  it('sends ready, then a notification woken through the hub at once (long before the poll), and cleans up on disconnect', async () => {
    const { db } = ctx.database;
    const { deps, base, person, session } = await start({ pollIntervalMs: 60_000 });
    const stream = await openSse(base, { cookie: session.cookie });
    expect(stream.res.statusCode).toBe(200);
    const headers = stream.res.headers;
    expect(headers['content-type']).toBe('text/event-stream; charset=utf-8');
    expect(headers['cache-control']).toBe('no-cache');
    expect(headers['x-accel-buffering']).toBe('no');
    // Helmet's headers and the request id survive the hijacked response.
    expect(headers['content-security-policy']).toContain("default-src 'self'");
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['x-request-id']).toBeTruthy();

    const ready = await stream.next();
    expect(ready.event).toBe('ready');
    expect(JSON.parse(ready.data)).toEqual({ unread: 0 });
    expect(ready.id).toBe('0');
    await waitFor(() => deps.hub.listenerCount() === 1);

    const other = await makePerson(db);
    const began = performance.now();
    const forOther = await withTransaction(db, (trx) => notifyPeople(trx, [other.id], message('别人的'), testNow()));
    const mine = await withTransaction(db, (trx) => notifyPeople(trx, [person.id], message('我的'), testNow()));
    await deliver(deps, [forOther, mine]);
    const got = await stream.next(3000);
    expect(performance.now() - began).toBeLessThan(3000);
    expect(got.event).toBe('notification');
    const view = JSON.parse(got.data);
    expect(view).toMatchObject({ kind: 'case.comment', title: '我的', body: '我的 正文', caseId: null, read: false });
    expect(got.id).toBe(String(view.id));
    expect(await stream.quietFor(200)).toBe(true);

    stream.close();
    await waitFor(() => deps.hub.listenerCount() === 0);
  });

  it('finds rows no wake announced (another instance wrote them) by polling, including one whose smaller id committed late', async () => {
    const { db } = ctx.database;
    const { base, person, session } = await start({ pollIntervalMs: 100 });
    const other = await makePerson(db);
    // A placeholder takes an id, so a row for the person can later appear with it, below ids already sent.
    const placeholder = await db
      .insertInto('notification')
      .values({ person_id: other.id, at: testNow(), kind: 'x', title: 'placeholder', body: '' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const stream = await openSse(base, { cookie: session.cookie });
    expect((await stream.next()).event).toBe('ready');

    await db
      .insertInto('notification')
      .values({
        person_id: person.id,
        at: testNow(),
        kind: 'case.urge',
        title: '另一实例写入',
        body: '',
        case_id: null,
      })
      .execute();
    const polled = await stream.next(3000);
    const view = JSON.parse(polled.data);
    expect(view).toMatchObject({ title: '另一实例写入', kind: 'case.urge' });
    expect(view.id).toBeGreaterThan(Number(placeholder.id));

    await db.deleteFrom('notification').where('id', '=', placeholder.id).execute();
    await sql`insert into notification (id, person_id, at, kind, title, body) overriding system value values (${placeholder.id}, ${person.id}, now(), 'case.comment', '迟到的提交', '')`.execute(
      db,
    );
    const late = await stream.next(3000);
    expect(JSON.parse(late.data)).toMatchObject({ id: Number(placeholder.id), title: '迟到的提交' });
    // Its id line stays the greatest sent, so a reconnection does not send the newer one again.
    expect(late.id).toBe(String(view.id));
    expect(await stream.quietFor(400)).toBe(true);
    stream.close();
  });

  it('sends what a reconnection missed after Last-Event-ID (at most the newest 100), and ?after= on a first connection', async () => {
    const { db } = ctx.database;
    const { base, person, session } = await start({ pollIntervalMs: 100 });
    const first = await openSse(base, { cookie: session.cookie });
    const ready = await first.next();
    first.close();

    const missed = await withTransaction(db, async (trx) => {
      for (const title of ['错过1', '错过2', '错过3']) await notifyPeople(trx, [person.id], message(title), testNow());
    });
    expect(missed).toBeUndefined();
    const again = await openSse(base, { cookie: session.cookie, 'last-event-id': ready.id! });
    const readyAgain = await again.next();
    expect(readyAgain.event).toBe('ready');
    expect(JSON.parse(readyAgain.data)).toEqual({ unread: 3 });
    const replayed = [await again.next(), await again.next(), await again.next()];
    expect(replayed.map((e) => JSON.parse(e.data).title)).toEqual(['错过1', '错过2', '错过3']);
    expect(replayed.map((e) => e.event)).toEqual(['notification', 'notification', 'notification']);
    expect(readyAgain.id).toBe(ready.id);
    for (const e of replayed) expect(Number(e.id)).toBe(JSON.parse(e.data).id);
    const lastId = replayed[2]!.id!;
    expect(await again.quietFor(300)).toBe(true);
    again.close();

    // 105 missed: the newest 100 are sent, oldest first; the 5 older stay in the inbox only.
    await db
      .insertInto('notification')
      .values(
        Array.from({ length: 105 }, (_, i) => ({
          person_id: person.id,
          at: testNow(),
          kind: 'case.comment',
          title: `批量${i + 1}`,
          body: '',
        })),
      )
      .execute();
    const third = await openSse(base, { cookie: session.cookie, 'last-event-id': lastId });
    expect((await third.next()).event).toBe('ready');
    const batch: SseEvent[] = [];
    for (let i = 0; i < 100; i += 1) batch.push(await third.next());
    expect(JSON.parse(batch[0]!.data).title).toBe('批量6');
    expect(JSON.parse(batch[99]!.data).title).toBe('批量105');
    // In order, each event's id is its notification's id.
    for (const e of batch) expect(Number(e.id)).toBe(JSON.parse(e.data).id);
    const ids = batch.map((e) => Number(e.id));
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(await third.quietFor(400)).toBe(true);
    third.close();

    // A first connection that says which notifications it already has gets the newer ones.
    const fourth = await openSse(`${base}?after=${batch[97]!.id}`, { cookie: session.cookie });
    expect((await fourth.next()).event).toBe('ready');
    expect([JSON.parse((await fourth.next()).data).title, JSON.parse((await fourth.next()).data).title]).toEqual([
      '批量104',
      '批量105',
    ]);
    fourth.close();
  });

  it('lets app.close() finish while a stream is open, ending the stream', async () => {
    const { app, deps, base, session } = await start({});
    const stream = await openSse(base, { cookie: session.cookie });
    expect((await stream.next()).event).toBe('ready');
    // The stream registered under /api/v1 by the application itself must not hold up closing either.
    const appStream = await openSse(base.replace('/api/test/', '/api/v1/'), { cookie: session.cookie });
    expect((await appStream.next()).event).toBe('ready');
    const began = performance.now();
    await Promise.race([
      app.close(),
      new Promise((_, reject) => setTimeout(() => reject(new Error('app.close() hung')), 5000)),
    ]);
    expect(performance.now() - began).toBeLessThan(5000);
    await Promise.race([
      Promise.all([stream.done, appStream.done]),
      new Promise((_, reject) => setTimeout(() => reject(new Error('the streams stayed open')), 2000)),
    ]);
    expect(deps.hub.listenerCount()).toBe(0);
  });

  it('sends keep-alive comments, and ends the stream once its session is signed out', async () => {
    const { deps, base, session, app } = await start({ keepAliveMs: 50, recheckMs: 100 });
    const stream = await openSse(base, { cookie: session.cookie });
    expect((await stream.next()).event).toBe('ready');
    await waitFor(() => stream.comments.includes(': keep-alive'));
    const out = await app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: session.headers() });
    expect(out.statusCode).toBe(204);
    await Promise.race([
      stream.done,
      new Promise((_, reject) => setTimeout(() => reject(new Error('the stream outlived its session')), 3000)),
    ]);
    expect(deps.hub.listenerCount()).toBe(0);
    const refused = await openSse(base, { cookie: session.cookie });
    await refused.done;
    expect(refused.res.statusCode).toBe(401);
    expect(refused.res.headers['content-type']).toMatch(/^application\/json/);
  });

  it('serves a caller with an API token too, and ends the stream when the token is revoked', async () => {
    const { db } = ctx.database;
    const { deps, base } = await start({ recheckMs: 100 });
    const tree = await makeTree(db);
    const admin = await makePerson(db, { memberships: [{ unit: tree.district, role: 'administrator' }] });
    const actor = await actorOf(db, admin);
    const as = { ...systemContext('test'), actor };
    const issued = await issueToken(db, as, { name: 'stream', scopes: ['unit.read'] });
    const stream = await openSse(base, { authorization: `Bearer ${issued.token}` });
    expect(stream.res.statusCode).toBe(200);
    expect(JSON.parse((await stream.next()).data)).toEqual({ unread: 0 });
    const notified = await withTransaction(db, (trx) => notifyPeople(trx, [admin.id], message('令牌'), testNow()));
    await deliver(deps, [notified]);
    expect(JSON.parse((await stream.next()).data).title).toBe('令牌');
    await revokeToken(db, as, issued.apiToken.id);
    await Promise.race([
      stream.done,
      new Promise((_, reject) => setTimeout(() => reject(new Error('the stream outlived its token')), 3000)),
    ]);
    expect(deps.hub.listenerCount()).toBe(0);
  });
});
