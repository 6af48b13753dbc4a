import multipart from '@fastify/multipart';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError, isAppError } from '../../platform/errors/app-error.ts';
import { type Locale, messageOf, statusOf } from '../../platform/errors/error-codes.ts';
import { classifyError, setPrefixErrorFormat } from '../../platform/http/error-handler.ts';
import { refuseUnsafeText } from '../../platform/http/request-text.ts';
import { contextOf, type RequestContext } from '../access/request-context.ts';
import type { App } from '../../platform/http/types.ts';
import { type Open311Format, open311Formats, xmlItemNames } from './open311.schemas.ts';
import { toXml } from './open311-xml.ts';

/** What GeoReport v2 needs of HTTP: formats by suffix, form bodies, errors as [{code, description}]. */

export function formatOf(suffix: string): Open311Format {
  const format = suffix.toLowerCase();
  if (!(open311Formats as readonly string[]).includes(format))
    throw new AppError('ROUTE_NOT_FOUND', {
      message: { zh: '仅支持 .json 与 .xml 格式。', en: 'Only the .json and .xml formats exist.' },
    });
  return format as Open311Format;
}

/** The format the address asks for (errors follow it); JSON when it names none. */
function formatOfUrl(url: string): Open311Format {
  return /\.xml$/i.test(url.split('?')[0] ?? '') ? 'xml' : 'json';
}

/** Sends a document as JSON (through the route's response schema) or as XML under its root element. */
export function sendDocument(
  reply: FastifyReply,
  format: Open311Format,
  root: string,
  value: unknown,
  status = 200,
): FastifyReply {
  if (format === 'xml')
    return reply
      .status(status)
      .type('text/xml; charset=utf-8')
      .send(toXml(root, value, xmlItemNames));
  return reply.status(status).type('application/json; charset=utf-8').send(value);
}

function describe(message: string, details: unknown): string {
  if (!Array.isArray(details) || details.length === 0) return message;
  const parts = details
    .map(
      (d: { in?: unknown; path?: unknown; message?: unknown }) =>
        `${
          String(d.path ?? '')
            .replace(/^\//, '')
            .replace(/\//g, '.') || String(d.in ?? 'body')
        }: ${String(d.message ?? '')}`,
    )
    .filter((p) => !p.endsWith(': '));
  return parts.length > 0 ? `${message} (${parts.join('; ')})` : message;
}

/**
 * Open311 clients are often abroad: answers are in English unless Accept-Language prefers Chinese
 * (the rest of the API defaults to Chinese).
 */
export function open311LocaleOf(request: FastifyRequest): Locale {
  const header = request.headers['accept-language'];
  if (typeof header !== 'string') return 'en';
  let best: { tag: string; q: number } | undefined;
  for (const part of header.split(',')) {
    const [tag = '', ...params] = part.trim().split(';');
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (tag && Number.isFinite(q) && q > 0 && (!best || q > best.q)) best = { tag: tag.toLowerCase(), q };
  }
  return best?.tag.startsWith('zh') ? 'zh' : 'en';
}

/** The request's context with the Open311 language. */
export function open311Context(request: FastifyRequest): RequestContext {
  return { ...contextOf(request), locale: open311LocaleOf(request) };
}

/**
 * Form bodies: `attribute[code]=v` becomes attribute.code, `attribute[code][]=v` a list; empty
 * fields count as absent (an empty lat must not become 0). A repeated `media_url` (FixMyStreet
 * sends one per photo) becomes a list; any other field repeated keeps its last value.
 */
export function parseForm(text: string): Record<string, unknown> {
  return parseFields(new URLSearchParams(text));
}

function parseFields(fields: Iterable<[string, string]>): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  const attribute: Record<string, string | string[]> = {};
  for (const [key, value] of fields) {
    const match = /^attribute\[([^\]]*)\](\[\])?$/.exec(key);
    if (match) {
      const code = match[1] ?? '';
      if (match[2]) attribute[code] = [...((attribute[code] as string[] | undefined) ?? []), value];
      else attribute[code] = value;
    } else if (value !== '') {
      const before = body[key];
      if (key === 'media_url' && before !== undefined)
        body[key] = [...(Array.isArray(before) ? (before as string[]) : [before as string]), value];
      else body[key] = value;
    }
  }
  if (Object.keys(attribute).length > 0) body.attribute = attribute;
  return body;
}

/** Any failure as GeoReport v2 errors, `[{code, description}]`, in the format the address asks for. */
function sendOpen311Error(error: unknown, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const { code, details, appError } = classifyError(error);
  const status = statusOf(code);
  if (status >= 500) request.log.error({ err: error, code }, 'request failed');
  else request.log.info({ code, status }, 'request refused');
  const locale = open311LocaleOf(request);
  const message = appError ? appError.messageFor(locale) : messageOf(code, locale);
  const description = status >= 500 ? `${message} (${request.id})` : describe(message, details);
  return sendDocument(reply, formatOfUrl(request.url), 'errors', [{ code: status, description }], status);
}

/** A photo from a multipart POST. */
export interface Open311File {
  bytes: Buffer;
  fileName: string | undefined;
}

const filesOf = new WeakMap<FastifyRequest, Open311File[]>();

/** The photos a multipart POST carried (none for other bodies). */
export function postedFiles(request: FastifyRequest): Open311File[] {
  return filesOf.get(request) ?? [];
}

/** What a broken or oversized multipart body answers, in this API's terms. */
function multipartError(error: unknown): unknown {
  if (isAppError(error)) return error;
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'FST_REQ_FILE_TOO_LARGE') return new AppError('ATTACHMENT_TOO_LARGE');
  if (code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT')
    return new AppError('PAYLOAD_TOO_LARGE', {
      message: {
        zh: `表单字段或图片过多（图片最多 ${maxFiles} 张）。`,
        en: `Too many form fields or photos (at most ${maxFiles} photos).`,
      },
    });
  return new AppError('BAD_REQUEST', {
    message: { zh: 'multipart 表单格式有误。', en: 'The multipart form is malformed.' },
  });
}

/** Photos per request, as many as a case's intake takes. */
const maxFiles = 9;

export async function installOpen311Http(app: App, limits: { fileBytes: number }): Promise<void> {
  // Multipart: the same fields as a form, photos as file parts (FixMyStreet sends them as `media`).
  await app.register(multipart, {
    limits: { fileSize: limits.fileBytes, files: maxFiles, fields: 200, fieldSize: 20_000, parts: 250 },
  });
  app.addHook('preValidation', async (request) => {
    if (!request.isMultipart()) return;
    const fields: [string, string][] = [];
    const files: Open311File[] = [];
    try {
      for await (const part of request.parts()) {
        if (part.type === 'file') files.push({ bytes: await part.toBuffer(), fileName: part.filename || undefined });
        else fields.push([part.fieldname, typeof part.value === 'string' ? part.value : String(part.value ?? '')]);
      }
    } catch (error) {
      throw multipartError(error);
    }
    // The edge's guard (request-text.ts) ran before the parts were read: their text is checked here.
    refuseUnsafeText('body', [
      ...fields.map(([name, value]) => ({ [name]: value })),
      ...files.map((file) => ({ filename: file.fileName ?? '' })),
    ]);
    request.body = parseFields(fields);
    filesOf.set(request, files);
  });

  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_request, text, done) => {
    try {
      done(null, parseForm(String(text)));
    } catch (error) {
      done(error as Error, undefined);
    }
  });

  // JSON clients may send "" for a field they leave empty, as forms do.
  app.addHook('preValidation', async (request) => {
    const body = request.body;
    if (body && typeof body === 'object' && !Array.isArray(body)) {
      for (const [key, value] of Object.entries(body))
        if (value === '' || value === null) delete (body as Record<string, unknown>)[key];
    }
  });

  // The reading side is public data: other sites' apps may read it.
  app.addHook('onSend', async (request, reply) => {
    if (request.method === 'GET' || request.method === 'HEAD') {
      reply.header('access-control-allow-origin', '*');
      reply.header('cross-origin-resource-policy', 'cross-origin');
    }
  });

  app.setErrorHandler(sendOpen311Error);
  // A path that cannot be decoded is found before any route: answered in this format too.
  setPrefixErrorFormat(app, `${app.prefix}/`, sendOpen311Error);

  app.setNotFoundHandler((request: FastifyRequest, reply: FastifyReply) =>
    sendDocument(
      reply,
      formatOfUrl(request.url),
      'errors',
      [{ code: 404, description: messageOf('ROUTE_NOT_FOUND', open311LocaleOf(request)) }],
      404,
    ),
  );
}
