import { expect, it } from 'vitest';
import { makePerson } from '../../../tests/helpers/factories.ts';
import { createTestApp } from '../../../tests/helpers/test-app.ts';
import { describeEachDatabase } from '../../../tests/helpers/test-databases.ts';
import type { App } from '../../platform/http/types.ts';

/** Signs in through a reverse proxy at 10.0.0.2 that says the browser spoke https from `client`. */
async function signInThroughProxy(
  app: App,
  login: string,
  password: string,
  headers: Record<string, string> = { 'x-forwarded-proto': 'https', 'x-forwarded-for': '203.0.113.50' },
) {
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    remoteAddress: '10.0.0.2',
    headers,
    payload: { login, password },
  });
  return {
    status: res.statusCode,
    code: res.json().error?.code as string | undefined,
    session: res.cookies.find((c) => c.name === 'luoshi_session'),
    device: res.cookies.find((c) => c.name === 'luoshi_device'),
  };
}

describeEachDatabase('the Secure cookie flag behind a reverse proxy', (ctx) => {
  it('with TRUST_PROXY the proxy’s X-Forwarded-Proto: https makes the session and device cookies Secure', async () => {
    const person = await makePerson(ctx.database.db);
    const app = await createTestApp(ctx.database, { env: { TRUST_PROXY: 'true' } });
    const res = await signInThroughProxy(app, person.username, person.password);
    expect(res.status).toBe(200);
    expect(res.session).toMatchObject({ secure: true, httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(res.device).toMatchObject({ secure: true, httpOnly: true, sameSite: 'Strict', path: '/api/v1/auth/' });
    // Plain http through the same proxy: not Secure (the browser would drop a Secure cookie on http).
    const plain = await signInThroughProxy(app, person.username, person.password, { 'x-forwarded-proto': 'http' });
    expect(plain.session?.secure).toBeUndefined();
    await app.close();
  });

  it('without TRUST_PROXY the header is ignored: the cookie is not Secure', async () => {
    const person = await makePerson(ctx.database.db);
    const app = await createTestApp(ctx.database);
    const res = await signInThroughProxy(app, person.username, person.password);
    expect(res.status).toBe(200);
    expect(res.session?.secure).toBeUndefined();
    expect(res.device?.secure).toBeUndefined();
    await app.close();
  });

  it('COOKIE_SECURE=true makes the cookies Secure whatever the request says', async () => {
    const person = await makePerson(ctx.database.db);
    const app = await createTestApp(ctx.database, { env: { COOKIE_SECURE: 'true' } });
    const res = await signInThroughProxy(app, person.username, person.password, {});
    expect([res.session?.secure, res.device?.secure]).toEqual([true, true]);
    await app.close();
  });

  it('per-address locks need TRUST_PROXY behind a proxy: without it, every client is the proxy', async () => {
    const env = { LOGIN_MAX_FAILURES: '3', LOGIN_RATE_PER_MINUTE: '1000' };
    const owner = await makePerson(ctx.database.db);
    const guess = (app: App, client: string, password: string) =>
      signInThroughProxy(app, owner.username, password, { 'x-forwarded-for': client });

    const trusted = await createTestApp(ctx.database, { env: { ...env, TRUST_PROXY: 'true' } });
    for (let i = 0; i < 3; i++) await guess(trusted, '203.0.113.66', `wrong-${i}`);
    expect((await guess(trusted, '203.0.113.66', owner.password)).code).toBe('ACCOUNT_LOCKED');
    expect((await guess(trusted, '198.51.100.9', owner.password)).status).toBe(200);
    await trusted.close();

    const untrusted = await createTestApp(ctx.database, { env });
    for (let i = 0; i < 3; i++) await guess(untrusted, '203.0.113.77', `wrong-${i}`);
    // The owner at another address shares the proxy's address, and so its lock.
    expect((await guess(untrusted, '198.51.100.10', owner.password)).code).toBe('ACCOUNT_LOCKED');
    await untrusted.close();
  });
});
