import { Type } from 'typebox';
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import { contextOf } from '../access/request-context.ts';
import type { App } from '../../platform/http/types.ts';
import { findMeta } from '../system/system.repository.ts';
import { clearSessionCookie, deviceCookie, setSessionCookie } from './auth.hooks.ts';
import {
  ChangePasswordBody,
  CitizenLoginBody,
  DemoLogins,
  LoginBody,
  Me,
  Session,
  SmsCodeBody,
} from './auth.schemas.ts';
import { type AuthDeps, signIn, signInCitizen, signOut, sendCitizenCode } from './auth.service.ts';
import { loadActor } from './load-actor.ts';
import { changePassword, describeMe, describeSession } from './me.service.ts';

const tags = ['auth'];

export function registerAuthRoutes(app: App, deps: AuthDeps & { demoData: boolean; loginRatePerMinute: number }): void {
  const limited = { rateLimit: { max: deps.loginRatePerMinute, timeWindow: 60_000 } };

  app.post(
    '/auth/login',
    {
      config: limited,
      schema: {
        tags,
        summary: '登录 Sign in with username (or mobile) and password',
        body: LoginBody,
        response: { 200: Me },
      },
    },
    async (request, reply) => {
      const ctx = contextOf(request);
      const session = await signIn(deps, ctx, {
        login: request.body.login,
        password: request.body.password,
        userAgent: request.headers['user-agent'] ?? null,
        deviceToken: request.cookies[deviceCookie] ?? null,
      });
      setSessionCookie(request, reply, deps.config, session, ctx.now);
      return signedInAs(deps.db, request, session.personId, session.csrfToken);
    },
  );

  app.post(
    '/auth/logout',
    { schema: { tags, summary: '退出 Sign out', response: { 204: Type.Null() } } },
    async (request, reply) => {
      if (request.sessionToken) await signOut(deps, contextOf(request), request.sessionToken);
      clearSessionCookie(request, reply, deps.config);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/auth/me',
    { schema: { tags, summary: 'Who is signed in, with roles and permissions', response: { 200: Me } } },
    async (request) => describeMe(deps.db, contextOf(request), request.csrfToken),
  );

  app.get(
    '/auth/session',
    {
      schema: {
        tags,
        summary: 'Whether anyone is signed in, and who (for pages that work either way, such as the sign-in page)',
        response: { 200: Session },
      },
    },
    async (request) => describeSession(deps.db, contextOf(request), request.csrfToken),
  );

  app.post(
    '/auth/password',
    { schema: { tags, summary: '修改密码 Change password', body: ChangePasswordBody, response: { 204: Type.Null() } } },
    async (request, reply) => {
      await changePassword(deps.db, contextOf(request), { ...request.body, sessionToken: request.sessionToken });
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/auth/sms-code',
    {
      config: limited,
      schema: {
        tags,
        summary: 'Send a sign-in code to a citizen mobile',
        body: SmsCodeBody,
        response: { 202: Type.Object({ expiresAt: Type.String() }) },
      },
    },
    async (request, reply) => {
      const { expiresAt } = await sendCitizenCode(deps, contextOf(request), request.body.mobile);
      return reply.status(202).send({ expiresAt: expiresAt.toISOString() });
    },
  );

  app.post(
    '/auth/citizen-login',
    {
      config: limited,
      schema: { tags, summary: 'Citizen sign-in with mobile and code', body: CitizenLoginBody, response: { 200: Me } },
    },
    async (request, reply) => {
      const ctx = contextOf(request);
      const session = await signInCitizen(deps, ctx, {
        ...request.body,
        userAgent: request.headers['user-agent'] ?? null,
        deviceToken: request.cookies[deviceCookie] ?? null,
      });
      setSessionCookie(request, reply, deps.config, session, ctx.now);
      return signedInAs(deps.db, request, session.personId, session.csrfToken);
    },
  );

  app.get(
    '/auth/demo-logins',
    { schema: { tags, summary: 'Demo accounts (demo mode only; empty otherwise)', response: { 200: DemoLogins } } },
    async () => {
      if (!deps.demoData) return [];
      const logins = await findMeta(deps.db, 'demo_logins');
      return Array.isArray(logins) ? logins : [];
    },
  );
}

/** Answers a fresh sign-in with the same body as /auth/me. */
async function signedInAs(
  db: Kysely<DB>,
  request: Parameters<typeof contextOf>[0],
  personId: number,
  csrfToken: string,
) {
  const actor = await loadActor(db, personId);
  return describeMe(db, { ...contextOf(request), actor }, csrfToken);
}
