import type { Kysely } from 'kysely';
import type { AuthConfig } from '../../platform/config/config.ts';
import { withTransaction } from '../../platform/db/database.ts';
import type { DB } from '../../platform/db/schema.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import type { RequestContext } from '../access/request-context.ts';
import type { Actor } from '../access/actor.ts';
import { isPermission } from '../access/permissions.ts';
import { recordAudit } from '../audit/audit.service.ts';
import * as repo from './auth.repository.ts';
import { burnPasswordCheck, verifyPassword } from './passwords.ts';
import { randomDigits, randomToken, safeEqual, sha256 } from './secrets.ts';
import type { SmsProvider } from './sms-provider.ts';

export interface AuthDeps {
  db: Kysely<DB>;
  config: AuthConfig;
  sms: SmsProvider;
}

export interface NewSession {
  /** The cookie value; only its hash is stored. */
  token: string;
  csrfToken: string;
  expiresAt: Date;
  personId: number;
}

async function openSession(
  deps: AuthDeps,
  ctx: RequestContext,
  personId: number,
  userAgent: string | null,
): Promise<NewSession> {
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

/** 登录: username (or mobile) and password. Repeated failures lock the account for a while. */
export async function signIn(
  deps: AuthDeps,
  ctx: RequestContext,
  input: { login: string; password: string; userAgent: string | null },
): Promise<NewSession> {
  const person = await repo.findPersonForLogin(deps.db, input.login.trim());
  if (!person || !person.password_hash) {
    await burnPasswordCheck(input.password);
    throw new AppError('INVALID_CREDENTIALS');
  }
  const personId = Number(person.id);
  if (person.locked_until && new Date(person.locked_until) > ctx.now) {
    throw new AppError('ACCOUNT_LOCKED', { details: { lockedUntil: new Date(person.locked_until).toISOString() } });
  }
  if (!(await verifyPassword(person.password_hash, input.password))) {
    const lockUntil = new Date(ctx.now.getTime() + deps.config.lockMinutes * 60_000);
    const { locked } = await withTransaction(deps.db, async (trx) => {
      const outcome = await repo.recordFailedLogin(trx, personId, deps.config.maxFailedLogins, lockUntil);
      await recordAudit(trx, ctx, {
        action: outcome.locked ? 'auth.locked' : 'auth.failed',
        entityType: 'person',
        entityId: personId,
      });
      return outcome;
    });
    if (locked) throw new AppError('ACCOUNT_LOCKED', { details: { lockedUntil: lockUntil.toISOString() } });
    throw new AppError('INVALID_CREDENTIALS');
  }
  if (!person.active) throw new AppError('ACCOUNT_DISABLED');
  return withTransaction(deps.db, async (trx) => {
    if (person.failed_logins > 0 || person.locked_until) await repo.clearFailedLogins(trx, personId);
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
      { action: 'auth.login', entityType: 'person', entityId: personId },
    );
    return session;
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
  input: { mobile: string; code: string; userAgent: string | null },
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
    return openSession({ ...deps, db: trx }, ctx, personId, input.userAgent);
  });
}

export async function removeExpiredSessions(deps: AuthDeps, now: Date): Promise<number> {
  return repo.deleteExpiredSessions(deps.db, now, new Date(now.getTime() - deps.config.sessionIdleMinutes * 60_000));
}
