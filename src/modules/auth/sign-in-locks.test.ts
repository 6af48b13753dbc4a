import { afterEach, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import { makePerson, makeTree, type MadePerson } from '../../../tests/helpers/factories.ts';
import { createTestApp, testConfig } from '../../../tests/helpers/test-app.ts';
import { describeEachDatabase } from '../../../tests/helpers/test-databases.ts';
import { fromNow, restoreTestClock, setTestClock, testNow } from '../../../tests/helpers/clock.ts';
import { buildApp } from '../../app/build-app.ts';
import type { App } from '../../platform/http/types.ts';
import type { DB } from '../../platform/db/schema.ts';
import { createLogger } from '../../platform/logging/logger.ts';
import type { SmsProvider } from './sms-provider.ts';

const addressA = '203.0.113.7';
const addressB = '198.51.100.20';

interface Attempt {
  status: number;
  code: string | undefined;
  lockedUntil: string | undefined;
  device: string | undefined;
}

async function attempt(
  app: App,
  login: string,
  password: string,
  options: { from: string; device?: string | undefined },
): Promise<Attempt> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    remoteAddress: options.from,
    payload: { login, password },
    ...(options.device ? { cookies: { luoshi_device: options.device } } : {}),
  });
  const body = res.json();
  return {
    status: res.statusCode,
    code: body.error?.code,
    lockedUntil: body.error?.details?.lockedUntil,
    device: res.cookies.find((c) => c.name === 'luoshi_device')?.value,
  };
}

async function failTimes(app: App, person: MadePerson, times: number, from: string, device?: string) {
  const outcomes: string[] = [];
  for (let i = 0; i < times; i++)
    outcomes.push((await attempt(app, person.username, `wrong-${i}`, { from, device })).code ?? 'ok');
  return outcomes;
}

async function auditActions(db: Kysely<DB>, personId: number) {
  const rows = await db
    .selectFrom('audit_log')
    .select(['action', 'ip'])
    .where('entity_type', '=', 'person')
    .where('entity_id', '=', String(personId))
    .where('action', 'like', 'auth.%')
    .orderBy('id')
    .execute();
  return rows.map((row) => `${row.action}@${row.ip}`);
}

async function inbox(db: Kysely<DB>, personId: number) {
  return db
    .selectFrom('notification')
    .select(['kind', 'title', 'body'])
    .where('person_id', '=', personId)
    .orderBy('id')
    .execute();
}

afterEach(() => restoreTestClock());

describeEachDatabase('sign-in locks per account and client', (ctx) => {
  const env = { LOGIN_MAX_FAILURES: '5', LOGIN_ACCOUNT_MAX_FAILURES: '12', LOGIN_RATE_PER_MINUTE: '1000' };

  it('five wrong passwords from one address lock that address out of the account, not the owner elsewhere', async () => {
    const { db } = ctx.database;
    const owner = await makePerson(ctx.database.db);
    const app = await createTestApp(ctx.database, { env });
    expect(await failTimes(app, owner, 5, addressA)).toEqual([
      'INVALID_CREDENTIALS',
      'INVALID_CREDENTIALS',
      'INVALID_CREDENTIALS',
      'INVALID_CREDENTIALS',
      'ACCOUNT_LOCKED',
    ]);
    // Address A is locked out, even with the right password.
    const fromA = await attempt(app, owner.username, owner.password, { from: addressA });
    expect([fromA.status, fromA.code]).toEqual([423, 'ACCOUNT_LOCKED']);
    expect(Date.parse(fromA.lockedUntil!)).toBeGreaterThan(fromNow(14 * 60_000).getTime());
    // The owner, elsewhere, is not.
    const fromB = await attempt(app, owner.username, owner.password, { from: addressB });
    expect(fromB.status).toBe(200);
    // B's success does not lift A's lock: it is A that guessed.
    expect((await attempt(app, owner.username, owner.password, { from: addressA })).code).toBe('ACCOUNT_LOCKED');
    expect(await auditActions(db, owner.id)).toEqual([
      ...Array.from({ length: 4 }, () => `auth.failed@${addressA}`),
      `auth.locked@${addressA}`,
      `auth.login@${addressB}`,
    ]);
    // The lock ends by itself.
    setTestClock(fromNow(16 * 60_000));
    expect((await attempt(app, owner.username, owner.password, { from: addressA })).status).toBe(200);
    await app.close();
  });

  it('a known device (cookie from an earlier sign-in) signs the owner in through a lock on its address, and ends the lock', async () => {
    const { db } = ctx.database;
    const owner = await makePerson(db);
    const app = await createTestApp(ctx.database, { env });
    const first = await attempt(app, owner.username, owner.password, { from: addressA });
    expect(first.status).toBe(200);
    const device = first.device!;
    expect(device).toMatch(/^[\w-]{20,}$/);
    // Someone else behind the same address (an office's shared exit) guesses.
    expect((await failTimes(app, owner, 5, addressA)).at(-1)).toBe('ACCOUNT_LOCKED');
    // A forged or someone else's cookie is an unknown device.
    expect((await attempt(app, owner.username, owner.password, { from: addressA, device: 'forged' })).code).toBe(
      'ACCOUNT_LOCKED',
    );
    const other = await makePerson(db);
    const otherDevice = (await attempt(app, other.username, other.password, { from: addressB })).device!;
    expect((await attempt(app, owner.username, owner.password, { from: addressA, device: otherDevice })).code).toBe(
      'ACCOUNT_LOCKED',
    );
    // The owner's own browser signs in, keeps its cookie, and the address's lock is over.
    const known = await attempt(app, owner.username, owner.password, { from: addressA, device });
    expect(known.status).toBe(200);
    expect(known.device).toBe(device);
    expect((await attempt(app, owner.username, owner.password, { from: addressA })).status).toBe(200);
    // Only the hash of the device cookie is stored.
    const stored = await db.selectFrom('known_device').select('token_hash').where('person_id', '=', owner.id).execute();
    expect(stored.length).toBe(2);
    expect(JSON.stringify(stored)).not.toContain(device);
    await app.close();
  });

  it('a known device guessing wrong locks only itself', async () => {
    const { db } = ctx.database;
    const owner = await makePerson(db);
    const app = await createTestApp(ctx.database, { env });
    const device = (await attempt(app, owner.username, owner.password, { from: addressA })).device!;
    expect((await failTimes(app, owner, 5, addressA, device)).at(-1)).toBe('ACCOUNT_LOCKED');
    expect((await attempt(app, owner.username, owner.password, { from: addressA, device })).code).toBe(
      'ACCOUNT_LOCKED',
    );
    // The address without that cookie is not locked.
    expect((await attempt(app, owner.username, owner.password, { from: addressA })).status).toBe(200);
    await app.close();
  });

  it('tells the administrators once per lock, not per failed attempt', async () => {
    const { db } = ctx.database;
    const tree = await makeTree(db);
    const admins = [
      await makePerson(db, { memberships: [{ unit: tree.district, role: 'administrator' }] }),
      await makePerson(db, { memberships: [{ unit: tree.townA, role: 'administrator' }] }),
    ];
    const bystander = await makePerson(db, { memberships: [{ unit: tree.district, role: 'supervisor' }] });
    const owner = await makePerson(db, { displayName: '锁定测试人' });
    const app = await createTestApp(ctx.database, { env });
    await failTimes(app, owner, 4, addressA);
    for (const admin of admins) expect(await inbox(db, admin.id)).toEqual([]);
    await failTimes(app, owner, 1, addressA);
    // Further attempts from the locked address are refused before the password is checked: no new incident.
    await failTimes(app, owner, 3, addressA);
    for (const admin of admins) {
      const received = await inbox(db, admin.id);
      expect(received.map((n) => n.kind)).toEqual(['auth.locked']);
      expect(received[0]!.title).toContain('锁定测试人');
      expect(received[0]!.body).toContain(addressA);
    }
    expect(await inbox(db, bystander.id)).toEqual([]);
    expect(await inbox(db, owner.id)).toEqual([]);
    // Another address locked is another incident.
    await failTimes(app, owner, 5, addressB);
    expect((await inbox(db, admins[0]!.id)).map((n) => n.kind)).toEqual(['auth.locked', 'auth.locked']);
    expect((await auditActions(db, owner.id)).filter((a) => a.startsWith('auth.locked'))).toEqual([
      `auth.locked@${addressA}`,
      `auth.locked@${addressB}`,
    ]);
    await app.close();
  });

  it('failures from many addresses slow password sign-in from unknown devices down, tell the administrators once, and leave known devices in', async () => {
    const { db } = ctx.database;
    const tree = await makeTree(db);
    const admin = await makePerson(db, { memberships: [{ unit: tree.district, role: 'administrator' }] });
    const owner = await makePerson(db);
    const app = await createTestApp(ctx.database, { env });
    const device = (await attempt(app, owner.username, owner.password, { from: addressB })).device!;
    // Twelve addresses, one guess each: no address is locked, but the account reaches its threshold.
    const codes: string[] = [];
    for (let i = 1; i <= 12; i++)
      codes.push((await attempt(app, owner.username, `guess-${i}`, { from: `192.0.2.${i}` })).code!);
    expect(codes.slice(0, 11).every((c) => c === 'INVALID_CREDENTIALS')).toBe(true);
    expect(codes[11]).toBe('SIGN_IN_DELAYED');
    // A new address is made to wait, without its password being tried (the right one included)…
    const waiting = await attempt(app, owner.username, owner.password, { from: '192.0.2.200' });
    expect([waiting.status, waiting.code]).toEqual([429, 'SIGN_IN_DELAYED']);
    const until = Date.parse(waiting.lockedUntil!);
    expect(until - testNow().getTime()).toBeGreaterThan(50_000);
    expect(until - testNow().getTime()).toBeLessThanOrEqual(60_000);
    expect((await auditActions(db, owner.id)).filter((a) => a.startsWith('auth.slowed'))).toEqual([
      'auth.slowed@192.0.2.12',
    ]);
    // …each further failure doubles the wait (1, 2, 4… minutes, at most the lock time)…
    setTestClock(fromNow(61_000));
    const again = await attempt(app, owner.username, 'guess-13', { from: '192.0.2.13' });
    expect(again.code).toBe('SIGN_IN_DELAYED');
    expect(Date.parse(again.lockedUntil!) - testNow().getTime()).toBeGreaterThan(110_000);
    setTestClock(fromNow(121_000));
    await attempt(app, owner.username, 'guess-14', { from: '192.0.2.14' });
    // …and the administrators heard of it once.
    expect((await inbox(db, admin.id)).map((n) => n.kind)).toEqual(['auth.slowed']);
    // The owner's known device is not slowed, and its success ends the slow-down.
    expect((await attempt(app, owner.username, owner.password, { from: '192.0.2.201', device })).status).toBe(200);
    expect((await attempt(app, owner.username, owner.password, { from: '192.0.2.202' })).status).toBe(200);
    await app.close();
  });

  it('the SMS code signs the owner in from a locked address and ends its lock', async () => {
    const { db } = ctx.database;
    const sent: { mobile: string; text: string }[] = [];
    const sms: SmsProvider = { send: async (mobile, text) => void sent.push({ mobile, text }) };
    const config = testConfig(env);
    const app = await buildApp({ config, database: ctx.database, logger: createLogger('silent'), sms });
    const mobile = '13800001234';
    const owner = await makePerson(db, { mobile });
    expect((await failTimes(app, owner, 5, addressA)).at(-1)).toBe('ACCOUNT_LOCKED');
    const ask = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/sms-code',
      remoteAddress: addressA,
      payload: { mobile },
    });
    expect(ask.statusCode).toBe(202);
    const code = /(\d{6})/.exec(sent.at(-1)!.text)![1]!;
    const bySms = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/citizen-login',
      remoteAddress: addressA,
      payload: { mobile, code },
    });
    expect(bySms.statusCode).toBe(200);
    expect(bySms.json().person.id).toBe(owner.id);
    expect(bySms.cookies.find((c) => c.name === 'luoshi_device')?.value).toBeTruthy();
    expect((await attempt(app, owner.username, owner.password, { from: addressA })).status).toBe(200);
    await app.close();
  });

  it('an administrator unlocking the account ends the locks of every address', async () => {
    const { db } = ctx.database;
    const tree = await makeTree(db);
    const admin = await makePerson(db, { memberships: [{ unit: tree.district, role: 'administrator' }] });
    const owner = await makePerson(db, { memberships: [{ unit: tree.townA, role: 'handler' }] });
    const app = await createTestApp(ctx.database, { env });
    await failTimes(app, owner, 5, addressA);
    expect((await attempt(app, owner.username, owner.password, { from: addressA })).code).toBe('ACCOUNT_LOCKED');
    const signedIn = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      remoteAddress: addressB,
      payload: { login: admin.username, password: admin.password },
    });
    const cookie = signedIn.cookies.find((c) => c.name === 'luoshi_session')!.value;
    const unlock = await app.inject({
      method: 'POST',
      url: `/api/v1/people/${owner.id}/unlock`,
      remoteAddress: addressB,
      cookies: { luoshi_session: cookie },
      headers: { 'x-csrf-token': signedIn.json().csrfToken },
    });
    expect(unlock.statusCode).toBe(200);
    expect((await attempt(app, owner.username, owner.password, { from: addressA })).status).toBe(200);
    await app.close();
  });
});
