import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../platform/errors/app-error.ts';
import type { App } from '../../platform/http/types.ts';
import { type AuthDeps, authenticateSession, authenticateToken, csrfMatches } from './auth.service.ts';

export const sessionCookie = 'luoshi_session';
const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

declare module 'fastify' {
  interface FastifyRequest {
    /** The session's CSRF token, when the request came with a session cookie. */
    csrfToken: string | null;
    sessionToken: string | null;
  }
}

/**
 * The session cookie lives as long as the session, told as Max-Age (seconds from now) rather than an
 * Expires date: a phone or PC whose clock is wrong would otherwise drop the cookie at once, or keep it.
 */
export function setSessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  token: string,
  expiresAt: Date,
  now: Date,
): void {
  const maxAge = Math.max(0, Math.floor((expiresAt.getTime() - now.getTime()) / 1000));
  reply.setCookie(sessionCookie, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: request.protocol === 'https',
    maxAge,
  });
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  reply.clearCookie(sessionCookie, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: request.protocol === 'https',
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
      clearSessionCookie(request, reply);
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
