import fs from 'node:fs';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, isAppError } from '../errors/app-error.ts';
import { type ErrorCode, type Locale, messageOf, statusOf } from '../errors/error-codes.ts';

/** The one error body every route answers with. */
export interface ErrorBody {
  error: { code: string; message: string; requestId: string; details?: unknown };
}

/** The locale for messages: English when the client asks for it first, Chinese otherwise. */
export function localeOf(request: FastifyRequest): Locale {
  const header = request.headers['accept-language'];
  return typeof header === 'string' && /^\s*en\b/i.test(header) ? 'en' : 'zh';
}

function body(code: ErrorCode | string, message: string, requestId: string, details?: unknown): ErrorBody {
  return { error: { code, message, requestId, ...(details === undefined ? {} : { details }) } };
}

/** Fastify's own errors that mean "the client sent something wrong", by Fastify error code. */
const frameworkCodes: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'MALFORMED_JSON',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'MALFORMED_JSON',
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'BAD_REQUEST',
  // A path whose percent-encoding is not UTF-8 (`%E0%A4%A`, or `%ED%A0%80`: a lone surrogate).
  FST_ERR_BAD_URL: 'INVALID_TEXT',
};

interface ValidationIssue {
  in: string;
  path: string;
  message: string;
}

function validationDetails(error: FastifyError): ValidationIssue[] {
  return (error.validation ?? []).map((issue) => {
    const missing =
      issue.keyword === 'required'
        ? `/${String((issue.params as { missingProperty?: string }).missingProperty ?? '')}`
        : '';
    return {
      in: error.validationContext ?? 'body',
      path: `${issue.instancePath}${missing}` || '/',
      message: issue.message ?? issue.keyword,
    };
  });
}

/** Translates any thrown error into the error body, so nothing internal leaks to the client. */
export function classifyError(error: unknown): { code: ErrorCode; details?: unknown; appError?: AppError } {
  if (isAppError(error)) return { code: error.code, details: error.details, appError: error };
  const fastifyError = error as FastifyError;
  if (fastifyError?.validation) return { code: 'VALIDATION_FAILED', details: validationDetails(fastifyError) };
  const mapped = fastifyError?.code ? frameworkCodes[fastifyError.code] : undefined;
  if (mapped) return { code: mapped };
  if (fastifyError instanceof SyntaxError && fastifyError.statusCode === 400) return { code: 'MALFORMED_JSON' };
  const status = fastifyError?.statusCode;
  if (status === 413) return { code: 'PAYLOAD_TOO_LARGE' };
  if (status === 415) return { code: 'UNSUPPORTED_MEDIA_TYPE' };
  if (status === 429) return { code: 'RATE_LIMITED' };
  if (status !== undefined && status >= 400 && status < 500) return { code: 'BAD_REQUEST' };
  return { code: 'INTERNAL' };
}

export interface ErrorHandlerOptions {
  /** index.html of the web app: unknown page addresses get it, so deep links work in the browser. */
  spaIndex?: string | undefined;
}

const apiPrefixes = ['/api/', '/open311/', '/docs', '/healthz', '/readyz'];

function wantsPage(request: FastifyRequest): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  if (apiPrefixes.some((prefix) => request.url.startsWith(prefix))) return false;
  const accept = request.headers.accept;
  return typeof accept === 'string' && accept.includes('text/html');
}

/** Answers a failure with the error body (the root error handler). */
export function sendError(error: unknown, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const { code, details, appError } = classifyError(error);
  const status = statusOf(code);
  const locale = localeOf(request);
  if (status >= 500) {
    request.log.error({ err: error, code }, 'request failed');
  } else {
    request.log.info({ code, status }, 'request refused');
  }
  const message = appError ? appError.messageFor(locale) : messageOf(code, locale);
  return reply.status(status).send(body(code, message, request.id, status >= 500 ? undefined : details));
}

type ErrorAnswer = (error: unknown, request: FastifyRequest, reply: FastifyReply) => unknown;

/**
 * Address prefixes whose routes answer errors in a format of their own (Open311), so a failure found
 * before any route is chosen (a malformed path: Fastify's `frameworkErrors`) is answered in it too.
 */
const prefixFormats = new WeakMap<object, Array<{ prefix: string; answer: ErrorAnswer }>>();

export function setPrefixErrorFormat(app: FastifyInstance, prefix: string, answer: ErrorAnswer): void {
  const list = prefixFormats.get(app.server) ?? [];
  list.push({ prefix, answer });
  prefixFormats.set(app.server, list);
}

/** Fastify's `frameworkErrors`: failures before routing, answered like any other (else Fastify's own body). */
export function answerFrameworkError(app: FastifyInstance): ErrorAnswer {
  return (error, request, reply) => {
    const own = prefixFormats.get(app.server)?.find((format) => request.url.startsWith(format.prefix));
    return (own?.answer ?? sendError)(error, request, reply);
  };
}

export function installErrorHandlers(app: FastifyInstance, options: ErrorHandlerOptions = {}): void {
  const indexHtml = options.spaIndex ? fs.readFileSync(options.spaIndex, 'utf8') : undefined;

  app.setErrorHandler(sendError);

  app.setNotFoundHandler((request: FastifyRequest, reply: FastifyReply) => {
    if (indexHtml !== undefined && wantsPage(request)) {
      return reply.status(200).type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(indexHtml);
    }
    return reply.status(404).send(body('ROUTE_NOT_FOUND', messageOf('ROUTE_NOT_FOUND', localeOf(request)), request.id));
  });
}

export const errorBodySchema = {
  $id: 'ErrorBody',
  type: 'object',
  description: 'Every error answers with this body.',
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message', 'requestId'],
      properties: {
        code: { type: 'string', description: 'Stable error code, e.g. VALIDATION_FAILED' },
        message: { type: 'string', description: 'A message a person can read (zh-CN, or en when asked)' },
        requestId: { type: 'string' },
        details: {},
      },
    },
  },
} as const;
