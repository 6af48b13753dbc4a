import type { Kysely } from 'kysely';
import type { AuthConfig } from '../../platform/config/config.ts';
import { withTransaction } from '../../platform/db/database.ts';
import type { DB } from '../../platform/db/schema.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import type { RequestContext } from '../access/request-context.ts';
import type { Actor } from '../access/actor.ts';
import { isPermission } from '../access/permissions.ts';
import { type AuditEntry, recordAudit } from '../audit/audit.service.ts';
import * as repo from './auth.repository.ts';
import { burnPasswordCheck, verifyPassword } from './passwords.ts';
import { randomDigits, randomToken, safeEqual, sha256 } from './secrets.ts';
import type { SmsProvider } from './sms-provider.ts';
import { formatChinaMinute } from '../../shared/china-time.ts';

/** A sign-in incident the administrators hear about: a client locked out of an account, or many failures from anywhere. */
export interface SignInAlert {
  kind: 'auth.locked' | 'auth.slowed';
  personId: number;
  title: string;
  body: string;
}

/**
 * Tells the administrators of an incident inside the sign-in's transaction and answers what to run
 * after it committed (delivery). The composition root wires it to the notifications module, which
 * auth may not import (notifications reads sessions through auth).
 */
export type SignInAlerter = (trx: Kysely<DB>, alert: SignInAlert, now: Date) => Promise<() => Promise<void>>;

export interface AuthDeps {
  db: Kysely<DB>;
  config: AuthConfig;
  sms: SmsProvider;
  alertAdministrators?: SignInAlerter;
}

export interface NewSession {
  /** The cookie value; only its hash is stored. */
  token: string;
  csrfToken: string;
  expiresAt: Date;
  personId: number;
  /** The device cookie to set (a new one, or the one that came, renewed). */
  device: { token: string; expiresAt: Date };
}

/** How long a device cookie keeps a browser known after its last sign-in, and how many a person keeps. */
export const knownDeviceDays = 90;
const knownDevicesKept = 20;
/** Rows of failures that locked nothing are forgotten after a day without a failure. */
const failureMemoryMs = 24 * 3_600_000;

async function openSession(
  deps: AuthDeps,
  ctx: RequestContext,
  personId: number,
  userAgent: string | null,
): Promise<Omit<NewSession, 'device'>> {
  const token = randomToken();
  const csrfToken = randomToken(24);
  const expiresAt = new Date(ctx.now.getTime() + deps.config.sessionAbsoluteHours * 3_600_000);
  await repo.insertSession(deps.db, {
    id: sha256(token),
    person_id: personId,
    csrf_token: csrfToken,
    expires_at: expiresAt,
    last_seen_at: ctx.now,
    ip: ctx.ip,
    user_agent: userAgent?.slice(0, 300) ?? null,
  });
  return { token, csrfToken, expiresAt, personId };
}

/** The client a sign-in attempt is counted against: its known device, else its address. */
function clientOf(ctx: RequestContext, deviceHash: string | null): string {
  return deviceHash ? `device:${deviceHash}` : `ip:${ctx.ip}`.slice(0, 200);
}

/** A valid device cookie of this person answers its hash; anything else null. */
async function knownDeviceHash(
  deps: AuthDeps,
  personId: number,
  deviceToken: string | null | undefined,
  now: Date,
): Promise<string | null> {
  if (!deviceToken || deviceToken.length > 200) return null;
  const row = await repo.findKnownDevice(deps.db, sha256(deviceToken), personId, now);
  return row ? row.token_hash : null;
}

/**
 * After a successful sign-in: this address's and this device's locks end, the account's count of
 * failures starts afresh, and the browser is (still) a known device.
 */
async function afterSuccess(
  trx: Kysely<DB>,
  ctx: RequestContext,
  input: {
    personId: number;
    deviceToken: string | null | undefined;
    deviceHash: string | null;
    userAgent: string | null;
  },
): Promise<{ token: string; expiresAt: Date }> {
  const { personId, deviceHash } = input;
  await repo.clearSignInLocks(trx, personId, [clientOf(ctx, null), ...(deviceHash ? [clientOf(ctx, deviceHash)] : [])]);
  await repo.clearFailedLogins(trx, personId);
  const expiresAt = new Date(ctx.now.getTime() + knownDeviceDays * 24 * 3_600_000);
  if (deviceHash && input.deviceToken) {
    await repo.touchKnownDevice(trx, deviceHash, ctx.now, expiresAt);
    return { token: input.deviceToken, expiresAt };
  }
  const token = randomToken();
  await repo.insertKnownDevice(trx, {
    token_hash: sha256(token),
    person_id: personId,
    now: ctx.now,
    expires_at: expiresAt,
    user_agent: input.userAgent?.slice(0, 300) ?? null,
  });
  await repo.pruneKnownDevices(trx, personId, ctx.now, knownDevicesKept);
  return { token, expiresAt };
}

/** The account-wide slow-down after `failures` failures from anywhere: 1, 2, 4… minutes, at most the lock time. */
export function slowDownMinutes(failures: number, config: AuthConfig): number {
  const beyond = failures - config.accountMaxFailures;
  return beyond < 0 ? 0 : Math.min(config.lockMinutes, 2 ** Math.min(beyond, 20));
}

/**
 * Records a wrong password: the pair (account, client) may lock, the account's count from anywhere
 * may slow it down; each incident is audited and told to the administrators once (a pair's lock when
 * it starts, the slow-down when the count first reaches the threshold; while the account is slowed,
 * the locks of further addresses are audited but not told again).
 */
async function recordFailure(
  deps: AuthDeps,
  ctx: RequestContext,
  person: { id: number; displayName: string },
  client: string,
): Promise<{ locked: Date | null; slowed: Date | null }> {
  const { config } = deps;
  const lockUntil = new Date(ctx.now.getTime() + config.lockMinutes * 60_000);
  const afterCommit: (() => Promise<void>)[] = [];
  const outcome = await withTransaction(deps.db, async (trx) => {
    const { locked } = await repo.recordSignInFailure(trx, {
      personId: person.id,
      client,
      maxFailures: config.maxFailedLogins,
      lockUntil,
      now: ctx.now,
    });
    const failures = await repo.countAccountFailure(trx, person.id);
    const delay = slowDownMinutes(failures, config);
    const slowed = delay > 0 ? new Date(ctx.now.getTime() + delay * 60_000) : null;
    if (slowed) await repo.slowAccount(trx, person.id, slowed);
    await repo.pruneSignInLocks(trx, person.id, ctx.now, new Date(ctx.now.getTime() - failureMemoryMs));
    const from = client.startsWith('device:') ? `一台曾登录过的设备（${ctx.ip}）` : `地址 ${ctx.ip}`;
    const entries: AuditEntry[] = [
      {
        action: locked ? 'auth.locked' : 'auth.failed',
        entityType: 'person',
        entityId: person.id,
        after: {
          client: client.startsWith('device:') ? 'device' : 'address',
          failures,
          ...(locked ? { lockedUntil: lockUntil.toISOString() } : {}),
        },
      },
    ];
    const tripped = failures === config.accountMaxFailures;
    if (tripped)
      entries.push({
        action: 'auth.slowed',
        entityType: 'person',
        entityId: person.id,
        after: { client: 'any', failures, lockedUntil: slowed!.toISOString() },
      });
    await recordAudit(trx, ctx, ...entries);
    const alert: SignInAlert | null = tripped
      ? {
          kind: 'auth.slowed',
          personId: person.id,
          title: `账号“${person.displayName}”登录失败次数过多`,
          body: `自上次成功登录以来已有 ${failures} 次密码错误（最近一次来自${from}）。从新设备用密码登录该账号须逐次等待，最长 ${config.lockMinutes} 分钟；本人在曾登录过的设备上或用手机验证码仍可登录。请核实是否有人在猜测密码。`,
        }
      : locked && failures < config.accountMaxFailures
        ? {
            kind: 'auth.locked',
            personId: person.id,
            title: `账号“${person.displayName}”已对一个来源锁定`,
            body: `${from}连续 ${config.maxFailedLogins} 次密码错误，${formatChinaMinute(lockUntil)} 前不能再从该来源登录此账号；本人从其他地址或曾登录过的设备仍可登录。`,
          }
        : null;
    if (alert && deps.alertAdministrators) afterCommit.push(await deps.alertAdministrators(trx, alert, ctx.now));
    return { locked: locked ? lockUntil : null, slowed };
  });
  for (const run of afterCommit) await run();
  return outcome;
}

/**
 * 登录: username (or mobile) and password. Wrong passwords lock the pair (account, client) for a
 * while, where the client is the browser's known device when it brings a valid device cookie, else
 * its address: a stranger's failures never lock the owner out of their own device or address. Many
 * failures from anywhere slow password attempts from unknown devices down (a growing delay) instead
 * of locking the account; a known device or the SMS code (signInCitizen) still signs in, and a
 * success ends the locks of its address and device.
 */
export async function signIn(
  deps: AuthDeps,
  ctx: RequestContext,
  input: { login: string; password: string; userAgent: string | null; deviceToken?: string | null },
): Promise<NewSession> {
  const person = await repo.findPersonForLogin(deps.db, input.login.trim());
  if (!person || !person.password_hash) {
    await burnPasswordCheck(input.password);
    throw new AppError('INVALID_CREDENTIALS');
  }
  const personId = Number(person.id);
  const deviceHash = await knownDeviceHash(deps, personId, input.deviceToken, ctx.now);
  const client = clientOf(ctx, deviceHash);
  const lock = await repo.findSignInLock(deps.db, personId, client);
  if (lock?.locked_until && new Date(lock.locked_until) > ctx.now)
    throw new AppError('ACCOUNT_LOCKED', { details: { lockedUntil: new Date(lock.locked_until).toISOString() } });
  if (!deviceHash && person.locked_until && new Date(person.locked_until) > ctx.now)
    throw new AppError('SIGN_IN_DELAYED', { details: { lockedUntil: new Date(person.locked_until).toISOString() } });
  if (!(await verifyPassword(person.password_hash, input.password))) {
    const { locked, slowed } = await recordFailure(
      deps,
      ctx,
      { id: personId, displayName: person.display_name },
      client,
    );
    if (locked) throw new AppError('ACCOUNT_LOCKED', { details: { lockedUntil: locked.toISOString() } });
    if (slowed && !deviceHash)
      throw new AppError('SIGN_IN_DELAYED', { details: { lockedUntil: slowed.toISOString() } });
    throw new AppError('INVALID_CREDENTIALS');
  }
  if (!person.active) throw new AppError('ACCOUNT_DISABLED');
  return withTransaction(deps.db, async (trx) => {
    const device = await afterSuccess(trx, ctx, {
      personId,
      deviceToken: input.deviceToken,
      deviceHash,
      userAgent: input.userAgent,
    });
    const session = await openSession({ ...deps, db: trx }, ctx, personId, input.userAgent);
    const signedIn: Actor = {
      personId,
      displayName: person.display_name,
      kind: person.kind,
      memberships: [],
      tokenScopes: null,
      via: 'session',
    };
    await recordAudit(
      trx,
      { ...ctx, actor: signedIn },
      {
        action: 'auth.login',
        entityType: 'person',
        entityId: personId,
        after: { device: deviceHash ? 'known' : 'new' },
      },
    );
    return { ...session, device };
  });
}

export async function signOut(deps: AuthDeps, ctx: RequestContext, sessionToken: string): Promise<void> {
  await withTransaction(deps.db, async (trx) => {
    await repo.deleteSession(trx, sha256(sessionToken));
    if (ctx.actor)
      await recordAudit(trx, ctx, { action: 'auth.logout', entityType: 'person', entityId: ctx.actor.personId });
  });
}

export interface SessionIdentity {
  actor: Actor;
  csrfToken: string;
  sessionId: string;
}

/** Finds the person behind a session cookie; expired (idle or absolute) sessions are removed. */
export async function authenticateSession(
  deps: AuthDeps,
  token: string,
  now: Date,
): Promise<SessionIdentity | 'expired' | null> {
  const id = sha256(token);
  const session = await repo.findSession(deps.db, id);
  if (!session) return null;
  const idleLimit = now.getTime() - deps.config.sessionIdleMinutes * 60_000;
  if (new Date(session.expires_at) <= now || new Date(session.last_seen_at).getTime() < idleLimit || !session.active) {
    await repo.deleteSession(deps.db, id);
    return 'expired';
  }
  // Write last_seen_at at most once a minute, not on every request.
  if (now.getTime() - new Date(session.last_seen_at).getTime() > 60_000) await repo.touchSession(deps.db, id, now);
  const personId = Number(session.person_id);
  const memberships = await repo.findMemberships(deps.db, personId);
  return {
    actor: {
      personId,
      displayName: session.display_name,
      kind: session.kind,
      memberships,
      tokenScopes: null,
      via: 'session',
    },
    csrfToken: session.csrf_token,
    sessionId: id,
  };
}

/** Finds the person behind an API token (Authorization: Bearer …), limited to the token's scopes. */
export async function authenticateToken(deps: AuthDeps, token: string, now: Date): Promise<Actor> {
  const row = await repo.findApiToken(deps.db, sha256(token));
  if (!row || row.revoked_at || (row.expires_at && new Date(row.expires_at) <= now) || !row.active)
    throw new AppError('TOKEN_INVALID');
  if (!row.last_used_at || now.getTime() - new Date(row.last_used_at).getTime() > 60_000)
    await repo.touchApiToken(deps.db, Number(row.id), now);
  const personId = Number(row.person_id);
  return {
    personId,
    displayName: row.display_name,
    kind: row.kind,
    memberships: await repo.findMemberships(deps.db, personId),
    tokenScopes: row.scopes.filter(isPermission),
    via: 'token',
  };
}

export function csrfMatches(expected: string, given: string | undefined): boolean {
  return typeof given === 'string' && safeEqual(expected, given);
}

const codeLifetimeMs = 5 * 60_000;
const resendAfterMs = 60_000;
const maxCodeAttempts = 5;

/** Sends a six-digit sign-in code to a citizen's mobile (群众手机号登录). */
export async function sendCitizenCode(
  deps: AuthDeps,
  ctx: RequestContext,
  mobile: string,
): Promise<{ expiresAt: Date }> {
  const existing = await repo.findVerificationCode(deps.db, mobile);
  if (existing && ctx.now.getTime() - new Date(existing.sent_at).getTime() < resendAfterMs)
    throw new AppError('CODE_SENT_RECENTLY');
  const code = randomDigits(6);
  const expiresAt = new Date(ctx.now.getTime() + codeLifetimeMs);
  await repo.upsertVerificationCode(deps.db, {
    mobile,
    code_hash: sha256(`${mobile}:${code}`),
    expires_at: expiresAt,
    sent_at: ctx.now,
  });
  await deps.sms.send(mobile, `【落实】您的登录验证码是 ${code}，5 分钟内有效。`);
  return { expiresAt };
}

/** Signs a citizen in with the code; the first sign-in registers the mobile number. */
export async function signInCitizen(
  deps: AuthDeps,
  ctx: RequestContext,
  input: { mobile: string; code: string; userAgent: string | null; deviceToken?: string | null },
): Promise<NewSession> {
  const stored = await repo.findVerificationCode(deps.db, input.mobile);
  if (!stored || new Date(stored.expires_at) <= ctx.now || stored.attempts >= maxCodeAttempts)
    throw new AppError('VERIFICATION_FAILED');
  if (!safeEqual(stored.code_hash, sha256(`${input.mobile}:${input.code}`))) {
    await repo.countVerificationAttempt(deps.db, input.mobile);
    throw new AppError('VERIFICATION_FAILED');
  }
  return withTransaction(deps.db, async (trx) => {
    await repo.deleteVerificationCode(trx, input.mobile);
    const existing = await repo.findPersonByMobile(trx, input.mobile);
    if (existing && !existing.active) throw new AppError('ACCOUNT_DISABLED');
    const personId = existing
      ? Number(existing.id)
      : await repo.insertCitizen(trx, input.mobile, `群众${input.mobile.slice(-4)}`, ctx.now);
    if (!existing)
      await recordAudit(trx, ctx, {
        action: 'person.register',
        entityType: 'person',
        entityId: personId,
        after: { kind: 'citizen' },
      });
    // The SMS code is the slower path past a lock: it ends this address's lock and the account's slow-down.
    const deviceHash = existing
      ? await knownDeviceHash({ ...deps, db: trx }, personId, input.deviceToken, ctx.now)
      : null;
    const device = await afterSuccess(trx, ctx, {
      personId,
      deviceToken: input.deviceToken,
      deviceHash,
      userAgent: input.userAgent,
    });
    const session = await openSession({ ...deps, db: trx }, ctx, personId, input.userAgent);
    return { ...session, device };
  });
}

export async function removeExpiredSessions(deps: AuthDeps, now: Date): Promise<number> {
  return repo.deleteExpiredSessions(deps.db, now, new Date(now.getTime() - deps.config.sessionIdleMinutes * 60_000));
}
