import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors/app-error.ts';
import type { App } from './types.ts';

/**
 * What no request may carry, refused at the edge for every route (400) before a handler, a
 * database or the audit trail sees it: the NUL character and unpaired UTF-16 surrogates in any
 * string (PostgreSQL text holds neither; a lone surrogate has no UTF-8 form), in the headers, the
 * path, the query and the body (JSON and form bodies, object keys included), and numbers that are
 * not finite (`1e309` in a query or a JSON body reads as Infinity, which no column holds).
 */

const unpairedSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?:^|[^\ud800-\udbff])[\udc00-\udfff]/;

/** True when a string holds a NUL or an unpaired surrogate. */
export function isUnsafeText(text: string): boolean {
  return text.includes('\u0000') || unpairedSurrogate.test(text);
}

/** Where a value is wrong, as a JSON pointer under its part of the request, and what is wrong. */
export interface RequestProblem {
  path: string;
  problem: 'text' | 'number';
}

function printable(text: string): string {
  return text.replaceAll('\u0000', '\ufffd').replace(/[\ud800-\udfff]/g, '\ufffd');
}

function pointer(parent: string, key: string | number): string {
  return `${parent}/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`;
}

/**
 * The first string (or object key) holding unsafe text, or number that is not finite, in a parsed
 * value; walked without recursion, so a deeply nested body cannot overflow the stack. Buffers (raw
 * uploads) are not text and are skipped.
 */
export function findProblem(value: unknown, options: { text: boolean; numbers: boolean }): RequestProblem | null {
  const stack: Array<{ value: unknown; path: string }> = [{ value, path: '' }];
  while (stack.length > 0) {
    const { value: current, path } = stack.pop() as { value: unknown; path: string };
    if (typeof current === 'string') {
      if (options.text && isUnsafeText(current)) return { path: path || '/', problem: 'text' };
    } else if (typeof current === 'number') {
      if (options.numbers && !Number.isFinite(current)) return { path: path || '/', problem: 'number' };
    } else if (Array.isArray(current)) {
      current.forEach((item, index) => stack.push({ value: item, path: pointer(path, index) }));
    } else if (current !== null && typeof current === 'object' && !Buffer.isBuffer(current)) {
      for (const [key, item] of Object.entries(current)) {
        if (options.text && isUnsafeText(key))
          // The key itself is shown with its bad characters replaced, so the answer is valid text.
          return { path: pointer(path, printable(key)), problem: 'text' };
        stack.push({ value: item, path: pointer(path, key) });
      }
    }
  }
  return null;
}

/** Refuses (400 INVALID_TEXT) a value holding unsafe text: for bodies a route reads itself, after the edge's check. */
export function refuseUnsafeText(where: string, value: unknown): void {
  const found = findProblem(value, { text: true, numbers: false });
  if (found)
    throw new AppError('INVALID_TEXT', {
      details: [{ in: where, path: found.path, message: 'must not contain NUL or unpaired surrogates' }],
    });
}

function refuseNonFinite(where: string, value: unknown): void {
  const found = findProblem(value, { text: false, numbers: true });
  if (found)
    throw new AppError('VALIDATION_FAILED', {
      details: [{ in: where, path: found.path, message: 'must be a finite number' }],
    });
}

/**
 * Installs the refusals on the root instance, so every route (and every module's own error format,
 * such as Open311's) has them: text in headers, path and query as the request arrives, text in the
 * body once parsed, non-finite numbers after validation (when the query's strings became numbers).
 */
export function installRequestTextGuard(app: App): void {
  app.addHook('onRequest', async (request: FastifyRequest) => {
    refuseUnsafeText('headers', request.headers);
    refuseUnsafeText('params', request.params);
    refuseUnsafeText('querystring', request.query);
  });
  app.addHook('preValidation', async (request: FastifyRequest) => {
    refuseUnsafeText('body', request.body);
  });
  app.addHook('preHandler', async (request: FastifyRequest) => {
    refuseNonFinite('params', request.params);
    refuseNonFinite('querystring', request.query);
    refuseNonFinite('body', request.body);
  });
}
