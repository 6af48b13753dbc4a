import { expect, it } from 'vitest';
import { makePerson, makeTree } from '../../../tests/helpers/factories.ts';
import { signInAs } from '../../../tests/helpers/http-session.ts';
import { createTestApp } from '../../../tests/helpers/test-app.ts';
import { describeEachDatabase } from '../../../tests/helpers/test-databases.ts';
import { buildApp } from '../../app/build-app.ts';
import { createLogger } from '../../platform/logging/logger.ts';
import { testConfig } from '../../../tests/helpers/test-app.ts';
import { sha256 } from './secrets.ts';
import type { SmsProvider } from './sms-provider.ts';
import { fromNow, restoreTestClock, setTestClock } from '../../../tests/helpers/clock.ts';

describeEachDatabase('sign-in and sessions', (ctx) => {
  it('signs in, answers /me with roles and permissions, and signs out', async () => {
    const { db } = ctx.database;
    const tree = await makeTree(db);
    const person = await makePerson(db, { memberships: [{ unit: tree.townA, role: 'unit_lead' }] });
    const app = await createTestApp(ctx.database);
    const session = await signInAs(app, person.username, person.password);
    const me = await app.inject({ url: '/api/v1/auth/me', headers: session.headers() });
    expect(me.json()).toMatchObject({
      person: { id: person.id, kind: 'staff' },
      memberships: [{ unitId: Number(tree.townA.id), role: 'unit_lead' }],
      permissions: [
        'unit.read',
        'person.read',
        'case.read',
        'case.create',
        'case.handle',
        'programme.read',
        'task.report',
        // A township's lead is its river chief (镇级河长): reads and records the patrols of its objects.
        'patrol.read',
        'patrol.record',
      ],
      districtWide: [],
    });
    // The session answers the same person, and after sign-out "nobody" as an answer (200), not a 401.
    const signedIn = await app.inject({ url: '/api/v1/auth/session', headers: session.headers() });
    expect([signedIn.statusCode, signedIn.json()]).toEqual([200, { signedIn: true, me: me.json() }]);
    const out = await app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: session.headers() });
    expect(out.statusCode).toBe(204);
    expect((await app.inject({ url: '/api/v1/auth/me', headers: session.headers() })).json().error.code).toBe(
      'UNAUTHENTICATED',
    );
    const signedOut = await app.inject({ url: '/api/v1/auth/session', headers: session.headers() });
    expect([signedOut.statusCode, signedOut.json()]).toEqual([200, { signedIn: false, me: null }]);
    expect((await app.inject({ url: '/api/v1/auth/session' })).json()).toEqual({ signedIn: false, me: null });
    await app.close();
  });

  it('sets an HttpOnly SameSite cookie and stores only the hash of the session token', async () => {
    const { db } = ctx.database;
    const person = await makePerson(db);
    const app = await createTestApp(ctx.database);
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { login: person.username, password: person.password },
    });
    const cookie = res.cookies.find((c) => c.name === 'luoshi_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    // Max-Age, not an Expires date: a browser whose clock is wrong keeps the session as long as the server does.
    expect([cookie.maxAge, cookie.expires]).toEqual([12 * 3600, undefined]);
    const stored = await db.selectFrom('session').select('id').where('person_id', '=', person.id).execute();
    expect(stored.map((s) => s.id)).toEqual([sha256(cookie.value)]);
    await app.close();
  });

  // The lock is of the pair (account, address) since migration 0014 (sign-in-locks.test.ts covers other
  // addresses, known devices and the SMS code); here every attempt comes from the one inject address.
  it('locks an address out of an account after repeated failures, refuses even the right password, then lets in after the lock', async () => {
    const { db } = ctx.database;
    const person = await makePerson(db);
    const app = await createTestApp(ctx.database, { env: { LOGIN_MAX_FAILURES: '3' } });
    const attempt = (password: string) =>
      app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { login: person.username, password } });
    expect((await attempt('wrong-1')).json().error.code).toBe('INVALID_CREDENTIALS');
    expect((await attempt('wrong-2')).json().error.code).toBe('INVALID_CREDENTIALS');
    const third = await attempt('wrong-3');
    expect(third.statusCode).toBe(423);
    expect(third.json().error.code).toBe('ACCOUNT_LOCKED');
    expect((await attempt(person.password)).json().error.code).toBe('ACCOUNT_LOCKED');
    // The lock is no longer a column of the person: it ends when its time has passed.
    setTestClock(fromNow(15 * 60_000 + 1000));
    expect((await attempt(person.password)).statusCode).toBe(200);
    restoreTestClock();
    const actions = await db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', String(person.id))
      .orderBy('id')
      .execute();
    expect(actions.map((a) => a.action)).toEqual(['auth.failed', 'auth.failed', 'auth.locked', 'auth.login']);
    await app.close();
  });

  it('answers an unknown user exactly like a wrong password', async () => {
    const app = await createTestApp(ctx.database);
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { login: 'nobody-here', password: 'whatever123' },
    });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('INVALID_CREDENTIALS');
    await app.close();
  });

  it('refuses a cookie-authenticated write without the CSRF token, and accepts it with', async () => {
    const { db } = ctx.database;
    const person = await makePerson(db);
    const app = await createTestApp(ctx.database);
    const session = await signInAs(app, person.username, person.password);
    const body = { currentPassword: person.password, newPassword: 'Another2026pass' };
    const without = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: { cookie: session.cookie },
      payload: body,
    });
    expect(without.statusCode).toBe(403);
    expect(without.json().error.code).toBe('CSRF_FAILED');
    const wrong = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: { cookie: session.cookie, 'x-csrf-token': 'forged' },
      payload: body,
    });
    expect(wrong.json().error.code).toBe('CSRF_FAILED');
    const right = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: session.headers(),
      payload: body,
    });
    expect(right.statusCode).toBe(204);
    await app.close();
  });

  it('ends a session after the idle limit and after the absolute limit', async () => {
    const { db } = ctx.database;
    const person = await makePerson(db);
    const app = await createTestApp(ctx.database, { env: { SESSION_IDLE_MINUTES: '30' } });
    const idle = await signInAs(app, person.username, person.password);
    await db
      .updateTable('session')
      .set({ last_seen_at: fromNow(-31 * 60_000) })
      .where('person_id', '=', person.id)
      .execute();
    const res = await app.inject({ url: '/api/v1/units', headers: idle.headers() });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('SESSION_EXPIRED');
    expect(res.cookies.find((c) => c.name === 'luoshi_session')?.value).toBe('');

    const absolute = await signInAs(app, person.username, person.password);
    await db
      .updateTable('session')
      .set({ expires_at: fromNow(-1000) })
      .where('person_id', '=', person.id)
      .execute();
    expect((await app.inject({ url: '/api/v1/units', headers: absolute.headers() })).json().error.code).toBe(
      'SESSION_EXPIRED',
    );
    expect(await db.selectFrom('session').select('id').where('person_id', '=', person.id).execute()).toEqual([]);
    await app.close();
  });

  it('enforces the password rules', async () => {
    const { db } = ctx.database;
    const person = await makePerson(db, { username: 'rules.tester' });
    const app = await createTestApp(ctx.database);
    const session = await signInAs(app, person.username, person.password);
    for (const weak of ['short1', 'onlyletterslong', '12345678901', 'Rules.tester2026']) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/password',
        headers: session.headers(),
        payload: { currentPassword: person.password, newPassword: weak },
      });
      expect(res.json().error.code, weak).toBe('PASSWORD_TOO_WEAK');
    }
    await app.close();
  });

  it('issues an API token shown once, uses it with its scopes only, and refuses it once revoked', async () => {
    const { db } = ctx.database;
    const tree = await makeTree(db);
    const admin = await makePerson(db, { memberships: [{ unit: tree.district, role: 'administrator' }] });
    const app = await createTestApp(ctx.database);
    const session = await signInAs(app, admin.username, admin.password);
    const issued = await app.inject({
      method: 'POST',
      url: '/api/v1/tokens',
      headers: session.headers(),
      payload: { name: '12345 对接', scopes: ['unit.read'] },
    });
    expect(issued.statusCode).toBe(201);
    const { token, apiToken } = issued.json();
    expect(token).toMatch(/^ls_/);
    expect(
      JSON.stringify((await app.inject({ url: '/api/v1/tokens', headers: session.headers() })).json()),
    ).not.toContain(token);
    const bearer = { authorization: `Bearer ${token}` };
    expect((await app.inject({ url: '/api/v1/units', headers: bearer })).statusCode).toBe(200);
    // A scope the token lacks, though its person holds it; and no CSRF is needed for a token.
    const write = await app.inject({
      method: 'POST',
      url: '/api/v1/units',
      headers: bearer,
      payload: { code: 'TOKEN-1', nameZh: '令牌新建', type: 'village', parentId: Number(tree.townA.id) },
    });
    expect(write.statusCode).toBe(403);
    const revoke = await app.inject({
      method: 'DELETE',
      url: `/api/v1/tokens/${apiToken.id}`,
      headers: session.headers(),
    });
    expect(revoke.statusCode).toBe(204);
    const after = await app.inject({ url: '/api/v1/units', headers: bearer });
    expect(after.statusCode).toBe(401);
    expect(after.json().error.code).toBe('TOKEN_INVALID');
    await app.close();
  });

  it('signs a citizen in by mobile and code, registering the number the first time', async () => {
    const sent: { mobile: string; text: string }[] = [];
    const sms: SmsProvider = { send: async (mobile, text) => void sent.push({ mobile, text }) };
    const config = testConfig();
    const app = await buildApp({ config, database: ctx.database, logger: createLogger('silent'), sms });
    const mobile = '13912345678';
    expect((await app.inject({ method: 'POST', url: '/api/v1/auth/sms-code', payload: { mobile } })).statusCode).toBe(
      202,
    );
    expect(
      (await app.inject({ method: 'POST', url: '/api/v1/auth/sms-code', payload: { mobile } })).json().error.code,
    ).toBe('CODE_SENT_RECENTLY');
    const code = /(\d{6})/.exec(sent[0]!.text)![1]!;
    const wrongCode = code === '000000' ? '111111' : '000000';
    expect(
      (
        await app.inject({ method: 'POST', url: '/api/v1/auth/citizen-login', payload: { mobile, code: wrongCode } })
      ).json().error.code,
    ).toBe('VERIFICATION_FAILED');
    const res = await app.inject({ method: 'POST', url: '/api/v1/auth/citizen-login', payload: { mobile, code } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ person: { kind: 'citizen' }, memberships: [], permissions: [] });
    // The code is spent.
    expect(
      (await app.inject({ method: 'POST', url: '/api/v1/auth/citizen-login', payload: { mobile, code } })).json().error
        .code,
    ).toBe('VERIFICATION_FAILED');
    await app.close();
  });

  it('rate-limits sign-in attempts from one address', async () => {
    const app = await createTestApp(ctx.database, { env: { LOGIN_RATE_PER_MINUTE: '3' } });
    const codes: number[] = [];
    for (let i = 0; i < 5; i++)
      codes.push(
        (await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { login: 'x-nobody', password: 'y' } }))
          .statusCode,
      );
    expect(codes).toEqual([401, 401, 401, 429, 429]);
    const limited = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { login: 'x-nobody', password: 'y' },
    });
    expect(limited.json().error.code).toBe('RATE_LIMITED');
    await app.close();
  });
});
