import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyBaseLogger } from 'fastify';
import type { AppConfig } from '../config/config.ts';
import type { Database } from '../db/database.ts';
import type { Logger } from '../logging/logger.ts';
import { acceptXlsxUploads } from '../excel/excel.ts';
import { answerFrameworkError, errorBodySchema, installErrorHandlers } from './error-handler.ts';
import { registerHealthRoutes } from './health.routes.ts';
import type { LoadGauge } from './load-gauge.ts';
import { installRequestTextGuard } from './request-text.ts';
import { makeSecurityHeaders } from './security-headers.ts';
import type { App } from './types.ts';

export interface HttpAppOptions {
  config: AppConfig;
  database: Database;
  logger: Logger;
  /** Folder of the built web app (index.html + assets); omitted or missing means API only. */
  webRoot?: string;
  /** Counts API requests, so background jobs can step aside during bursts. */
  loadGauge?: LoadGauge;
}

export type { App };

const requestIdPattern = /^[A-Za-z0-9._:-]{1,64}$/;

/**
 * The HTTP application without any feature: Fastify, security headers, cookies, error handling,
 * health checks, OpenAPI and the web app. `registerFeatures` adds the routes (src/app/build-app.ts),
 * after the error handlers and before the OpenAPI document is served.
 */
export async function buildHttpApp(deps: HttpAppOptions, registerFeatures: (app: App) => Promise<void>): Promise<App> {
  const { config, database, logger } = deps;
  const app: App = Fastify({
    loggerInstance: logger as FastifyBaseLogger,
    bodyLimit: config.bodyLimit,
    trustProxy: config.trustProxy,
    // Keep a caller's request id when it looks sane, so logs line up across systems.
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && requestIdPattern.test(given) ? given : randomUUID();
    },
    ajv: { customOptions: { coerceTypes: 'array', removeAdditional: false, allErrors: true } },
    routerOptions: { ignoreTrailingSlash: true },
    // A path Fastify cannot decode (`%E0%A4%A`, `%ED%A0%80`) or an over-long path parameter: answered
    // in the error format (else Fastify writes its own body, without the security headers).
    frameworkErrors: (error, request, reply) => {
      reply.headers(securityHeaders);
      reply.header('x-request-id', request.id);
      return answerFrameworkError(app)(error, request, reply);
    },
  }).withTypeProvider<TypeBoxTypeProvider>();

  const { loadGauge } = deps;
  const securityHeaders = await makeSecurityHeaders();
  app.addHook('onRequest', async (request, reply) => {
    reply.headers(securityHeaders);
    reply.header('x-request-id', request.id);
    if (loadGauge && request.url.startsWith('/api/')) loadGauge.hit();
  });
  // NUL, unpaired surrogates and non-finite numbers anywhere in a request: 400 before any route.
  installRequestTextGuard(app);

  await app.register(cookie);
  // Off by default; routes that need it (sign-in, codes) set their own limits.
  await app.register(rateLimit, { global: false });

  acceptXlsxUploads(app);
  app.addSchema(errorBodySchema);
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'luoshi 落实 API',
        version: '0.1.0',
        description: '区县闭环工作平台 — the closed loop of work for a district or county.',
      },
      components: {},
    },
  });
  await app.register(swaggerUi, {
    routePrefix: '/docs',
    staticCSP: true,
    // The docs page sets a few styles inline.
    transformStaticCSP: (header) =>
      header.replace("style-src 'self' https:", "style-src 'self' https: 'unsafe-inline'"),
  });

  installErrorHandlers(app, { spaIndex: resolveSpaIndex(deps.webRoot) });
  registerHealthRoutes(app, database);
  await registerFeatures(app);

  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  if (deps.webRoot && fs.existsSync(path.join(deps.webRoot, 'index.html'))) {
    await app.register(fastifyStatic, {
      root: deps.webRoot,
      wildcard: false,
      index: ['index.html'],
      // The build writes .br and .gz beside each asset (scripts/build-web.ts).
      preCompressed: true,
      setHeaders: (res, filePath) => {
        const hashed = filePath.includes(`${path.sep}assets${path.sep}`);
        res.header('cache-control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }
  return app;
}

function resolveSpaIndex(webRoot: string | undefined): string | undefined {
  if (!webRoot) return undefined;
  const index = path.join(webRoot, 'index.html');
  return fs.existsSync(index) ? index : undefined;
}
