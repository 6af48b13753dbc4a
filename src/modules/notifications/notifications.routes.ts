import type { OutgoingHttpHeaders } from 'node:http';
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { contextOf } from '../access/request-context.ts';
import type { App } from '../../platform/http/types.ts';
import { defaultStreamOptions, type LiveStream, startLiveStream, type StreamOptions } from './notification-stream.ts';
import {
  MarkReadBody,
  NotificationList,
  NotificationListQuery,
  StreamQuery,
  UnreadCount,
} from './notifications.schemas.ts';
import {
  listNotifications,
  markRead,
  nextForStream,
  type NotificationDeps,
  openNotificationStream,
  streamBatch,
  streamStillAllowed,
} from './notifications.service.ts';

const tags = ['notifications'];
const errors = { 400: Type.Ref('ErrorBody'), 401: Type.Ref('ErrorBody'), 403: Type.Ref('ErrorBody') };

/** Last-Event-ID of a reconnection, else ?after=, else null. */
function resumePoint(request: FastifyRequest<{ Querystring: { after?: number } }>): number | null {
  const header = request.headers['last-event-id'];
  if (typeof header === 'string' && /^\s*\d{1,15}\s*$/.test(header)) return Number(header);
  return request.query.after ?? null;
}

function bearerOf(request: FastifyRequest): string | null {
  const authorization = request.headers.authorization;
  return authorization?.startsWith('Bearer ') ? authorization.slice(7).trim() : null;
}

/** Headers set so far (the request id; helmet's are on the raw response already) and the stream's own. */
function streamHeaders(set: Record<string, string | number | string[] | undefined>): OutgoingHttpHeaders {
  const headers: OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(set)) if (value !== undefined) headers[name] = value;
  return {
    ...headers,
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache',
    'x-accel-buffering': 'no',
  };
}

/**
 * The inbox (list, mark read) and its live stream. `options` tune the stream (tests shorten the
 * poll); a server closing ends every open stream, so `app.close()` does not wait for browsers.
 */
export function registerNotificationRoutes(app: App, deps: NotificationDeps, options: StreamOptions = {}): void {
  const streamOptions = { ...defaultStreamOptions, ...options };
  const open = new Set<LiveStream>();

  app.get(
    '/notifications',
    {
      schema: {
        tags,
        summary: '我的消息 Your notifications, newest first',
        querystring: NotificationListQuery,
        response: { 200: NotificationList, ...errors },
      },
    },
    async (request) => listNotifications(deps.db, contextOf(request), request.query),
  );

  app.post(
    '/notifications/read',
    {
      schema: {
        tags,
        summary: 'Mark your notifications read (listed ids, or all)',
        body: MarkReadBody,
        response: { 200: UnreadCount, ...errors },
      },
    },
    async (request) => markRead(deps.db, contextOf(request), request.body),
  );

  app.get(
    '/notifications/stream',
    {
      exposeHeadRoute: false,
      schema: {
        tags,
        summary:
          '消息推送 Live notifications (text/event-stream): `ready` with the unread count, then each `notification` with its id',
        querystring: StreamQuery,
        response: { 401: Type.Ref('ErrorBody'), 400: Type.Ref('ErrorBody') },
      },
    },
    async (request, reply) => {
      const ctx = contextOf(request);
      // Everything that can fail with an error body happens before the response is taken over.
      const start = await openNotificationStream(deps.db, ctx, resumePoint(request));
      const credential = {
        sessionToken: request.sessionToken ?? null,
        apiToken: request.sessionToken ? null : bearerOf(request),
      };
      reply.hijack();
      const stream = startLiveStream({
        res: reply.raw,
        headers: streamHeaders(reply.getHeaders()),
        start,
        hub: deps.hub,
        source: {
          batch: streamBatch,
          next: (floor, sentIds) => nextForStream(deps.db, start.personId, floor, sentIds),
          stillAllowed: () => streamStillAllowed(deps.db, start.personId, credential, new Date()),
        },
        options: streamOptions,
        log: request.log,
      });
      open.add(stream);
      void stream.ended.then(() => open.delete(stream));
    },
  );

  // preClose, not onClose: Fastify closes the HTTP server (and waits for its open connections)
  // before it runs onClose hooks, so a stream ended there would keep app.close() waiting forever.
  app.addHook('preClose', async () => {
    for (const stream of open) stream.end({ destroy: true });
  });
}
