import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../platform/errors/app-error.ts';
import type { AuthConfig } from '../../platform/config/config.ts';
import type { App } from '../../platform/http/types.ts';
import { type AuthDeps, authenticateSession, authenticateToken, csrfMatches } from './auth.service.ts';

export const sessionCookie = 'luoshi_session';
/** Marks a browser a person signed in from (已登录设备); only its hash is stored. Sent to the sign-in routes only. */
export const deviceCookie = 'luoshi_device';
const devicePath = '/api/v1/auth/';
const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

declare module 'fastify' {
  interface FastifyRequest {
    /** The session's CSRF token, when the request came with a session cookie. */
    csrfToken: string | null;
    sessionToken: string | null;
  }
}

/**
 * Whether cookies carry `Secure`: as COOKIE_SECURE says, else when the request came over HTTPS, which
 * behind a reverse proxy Fastify learns from X-Forwarded-Proto only with TRUST_PROXY=true.
 */
export function cookieSecure(request: FastifyRequest, config: Pick<AuthConfig, 'cookieSecure'>): boolean {
  return config.cookieSecure ?? request.protocol === 'https';
}

/**
 * The session cookie lives as long as the session, told as Max-Age (seconds from now) rather than an
 * Expires date: a phone or PC whose clock is wrong would otherwise drop the cookie at once, or keep it.
 */
export function setSessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  config: Pick<AuthConfig, 'cookieSecure'>,
  session: { token: string; expiresAt: Date; device: { token: string; expiresAt: Date } },
  now: Date,
): void {
  const secure = cookieSecure(request, config);
  const maxAge = (until: Date) => Math.max(0, Math.floor((until.getTime() - now.getTime()) / 1000));
  reply.setCookie(sessionCookie, session.token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure,
    maxAge: maxAge(session.expiresAt),
  });
  reply.setCookie(deviceCookie, session.device.token, {
    path: devicePath,
    httpOnly: true,
    sameSite: 'strict',
    secure,
    maxAge: maxAge(session.device.expiresAt),
  });
}

export function clearSessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  config: Pick<AuthConfig, 'cookieSecure'>,
): void {
  reply.clearCookie(sessionCookie, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: cookieSecure(request, config),
  });
}

/**
 * Who is asking: an API token (Authorization: Bearer …) or a session cookie. Writes made with a
 * cookie must carry the session's CSRF token in the X-CSRF-Token header; token requests need not,
 * since a browser never sends them on its own.
 */
export function installAuthentication(app: App, deps: AuthDeps): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('csrfToken', null);
  app.decorateRequest('sessionToken', null);

  app.addHook('onRequest', async (request, reply) => {
    const authorization = request.headers.authorization;
    if (authorization?.startsWith('Bearer ')) {
      request.actor = await authenticateToken(deps, authorization.slice(7).trim(), new Date());
      return;
    }
    const token = request.cookies[sessionCookie];
    if (!token) return;
    const identity = await authenticateSession(deps, token, new Date());
    if (identity === null || identity === 'expired') {
      clearSessionCookie(request, reply, deps.config);
      if (identity === 'expired' && request.url.startsWith('/api/') && !request.url.startsWith('/api/v1/auth/'))
        throw new AppError('SESSION_EXPIRED');
      return;
    }
    request.actor = identity.actor;
    request.csrfToken = identity.csrfToken;
    request.sessionToken = token;
  });

  app.addHook('preHandler', async (request) => {
    if (request.csrfToken === null || safeMethods.has(request.method)) return;
    const given = request.headers['x-csrf-token'];
    if (!csrfMatches(request.csrfToken, typeof given === 'string' ? given : undefined))
      throw new AppError('CSRF_FAILED');
  });
}
