import type { FastifyRequest } from 'fastify';
import type { Actor } from './actor.ts';
import type { Locale } from '../../platform/errors/error-codes.ts';
import { localeOf } from '../../platform/http/error-handler.ts';

/** What a service needs to know about the request it serves: who, which request, from where, when. */
export interface RequestContext {
  actor: Actor | null;
  requestId: string;
  ip: string;
  locale: Locale;
  now: Date;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the authentication hook; null when nobody is signed in. */
    actor: Actor | null;
  }
}

export function contextOf(request: FastifyRequest): RequestContext {
  return {
    actor: request.actor ?? null,
    requestId: request.id,
    ip: request.ip,
    locale: localeOf(request),
    now: new Date(),
  };
}

/** A context for work that no request started (start-up, the demo loader, sweepers, commands). */
export function systemContext(label = 'system', now = new Date()): RequestContext {
  return { actor: null, requestId: label, ip: 'local', locale: 'zh', now };
}
