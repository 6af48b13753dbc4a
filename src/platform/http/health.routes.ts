import type { App } from './types.ts';
import { Type } from 'typebox';
import type { Database } from '../db/database.ts';
import { AppError } from '../errors/app-error.ts';

const PING_TIMEOUT_MS = 2000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** /healthz: the process is alive. /readyz: it can serve, i.e. its database answers. */
export function registerHealthRoutes(app: App, database: Database): void {
  app.get(
    '/healthz',
    {
      schema: {
        tags: ['health'],
        summary: 'Liveness: the process answers',
        response: { 200: Type.Object({ status: Type.Literal('ok') }) },
      },
    },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/readyz',
    {
      schema: {
        tags: ['health'],
        summary: 'Readiness: the database answers',
        response: {
          200: Type.Object({
            status: Type.Literal('ready'),
            database: Type.Union([Type.Literal('pglite'), Type.Literal('postgres')]),
          }),
          503: Type.Ref('ErrorBody'),
        },
      },
    },
    async (request) => {
      try {
        await withTimeout(database.ping(), PING_TIMEOUT_MS);
      } catch (error) {
        request.log.warn({ err: error }, 'database not reachable');
        throw new AppError('DATABASE_UNAVAILABLE', { cause: error });
      }
      return { status: 'ready' as const, database: database.kind };
    },
  );
}
