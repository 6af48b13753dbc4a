import { createTranslate } from '../i18n/catalogues.ts';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';

/** Every API route lives under this prefix. */
export const API_BASE = '/api/v1';

/** A failed API call: the server's error envelope, or a local stand-in for network trouble. */
export class ApiError extends Error {
  readonly status: number;
  /** The server's stable code (e.g. VERSION_CONFLICT), or NETWORK_ERROR / UNEXPECTED_RESPONSE. */
  readonly code: string;
  readonly requestId: string | null;
  readonly details: unknown;

  constructor(status: number, code: string, message: string, requestId: string | null, details?: unknown) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.requestId = requestId;
    this.details = details;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** Codes meaning "there is no valid session any more": the app returns to the sign-in page. */
const SESSION_LOST_CODES = new Set(['UNAUTHENTICATED', 'SESSION_EXPIRED', 'TOKEN_INVALID']);

let locale: Locale = DEFAULT_LOCALE;
let csrfToken: string | null = null;
let onSessionLost: ((error: ApiError) => void) | null = null;

/** Error messages from the server follow the interface language. */
export function setApiLocale(next: Locale): void {
  locale = next;
}

/** Sent as X-CSRF-Token with every write (the session's token from `Me`). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called when a request (other than /auth/*) finds the session gone. */
export function setSessionLostHandler(handler: ((error: ApiError) => void) | null): void {
  onSessionLost = handler;
}

export type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions {
  query?: Record<string, QueryValue>;
  /** Sent as JSON. */
  json?: unknown;
  /** Sent as is (e.g. an uploaded .xlsx file) with this content type. */
  raw?: { body: Blob; contentType: string };
  signal?: AbortSignal;
  /** Extra request headers (e.g. Idempotency-Key). */
  headers?: Record<string, string>;
  /** Sent without cookies: the public (citizen) routes, which must not act as whoever is signed in here. */
  anonymous?: boolean;
}

/** `/units` + `{ q: 'x', limit: 10 }` → `/api/v1/units?q=x&limit=10`; empty values are left out. */
export function apiUrl(path: string, query?: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const search = params.toString();
  return `${API_BASE}${path}${search ? `?${search}` : ''}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

async function errorFrom(response: Response): Promise<ApiError> {
  const t = createTranslate(locale);
  let body: unknown = null;
  if (response.headers.get('content-type')?.includes('json')) {
    try {
      body = await response.json();
    } catch {
      body = null;
    }
  }
  const envelope = isRecord(body) && isRecord(body['error']) ? body['error'] : null;
  if (envelope && typeof envelope['code'] === 'string') {
    const message =
      typeof envelope['message'] === 'string' && envelope['message'] ? envelope['message'] : envelope['code'];
    const requestId = typeof envelope['requestId'] === 'string' ? envelope['requestId'] : null;
    return new ApiError(response.status, envelope['code'], message, requestId, envelope['details']);
  }
  // A proxy in front answers 502/504 itself when the API server is down.
  if (response.status === 502 || response.status === 504)
    return new ApiError(response.status, 'NETWORK_ERROR', t('api.networkError'), null);
  return new ApiError(response.status, 'UNEXPECTED_RESPONSE', t('api.unexpected', { status: response.status }), null);
}

/** Calls the API; resolves with the parsed JSON body (undefined for 204) or throws `ApiError`. */
export async function apiRequest<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': locale === 'en-US' ? 'en' : 'zh-CN',
  };
  let body: BodyInit | undefined;
  if (options.raw) {
    headers['Content-Type'] = options.raw.contentType;
    body = options.raw.body;
  } else if (options.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.json);
  }
  if (method !== 'GET' && method !== 'HEAD' && csrfToken && !options.anonymous) headers['X-CSRF-Token'] = csrfToken;
  Object.assign(headers, options.headers);

  let response: Response;
  try {
    response = await fetch(apiUrl(path, options.query), {
      method,
      headers,
      body,
      credentials: options.anonymous ? 'omit' : 'same-origin',
      cache: 'no-store',
      signal: options.signal,
    });
  } catch (cause) {
    if (options.signal?.aborted) throw cause; // the caller gave up: not an error to show
    throw new ApiError(0, 'NETWORK_ERROR', createTranslate(locale)('api.networkError'), null);
  }

  if (!response.ok) {
    const error = await errorFrom(response);
    if (
      response.status === 401 &&
      SESSION_LOST_CODES.has(error.code) &&
      !path.startsWith('/auth/') &&
      !options.anonymous
    )
      onSessionLost?.(error);
    throw error;
  }
  if (response.status === 204) return undefined as T;
  try {
    return (await response.json()) as T;
  } catch {
    throw new ApiError(
      response.status,
      'UNEXPECTED_RESPONSE',
      createTranslate(locale)('api.unexpected', { status: response.status }),
      null,
    );
  }
}

export const api = {
  get: <T>(path: string, query?: Record<string, QueryValue>, signal?: AbortSignal) =>
    apiRequest<T>('GET', path, { query, signal }),
  post: <T>(path: string, json?: unknown) => apiRequest<T>('POST', path, { json }),
  patch: <T>(path: string, json: unknown) => apiRequest<T>('PATCH', path, { json }),
  put: <T>(path: string, json: unknown) => apiRequest<T>('PUT', path, { json }),
  delete: <T = void>(path: string) => apiRequest<T>('DELETE', path),
};

/** True when a request was aborted on purpose (component gone, newer request started). */
export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/** GETs a file (e.g. an .xlsx export) with the session; resolves with its bytes and the server's file name, or throws `ApiError`. */
export async function apiDownload(path: string): Promise<{ blob: Blob; fileName: string | null }> {
  let response: Response;
  try {
    response = await fetch(apiUrl(path), {
      headers: { 'Accept-Language': locale === 'en-US' ? 'en' : 'zh-CN' },
      credentials: 'same-origin',
      cache: 'no-store',
    });
  } catch {
    throw new ApiError(0, 'NETWORK_ERROR', createTranslate(locale)('api.networkError'), null);
  }
  if (!response.ok) {
    const error = await errorFrom(response);
    if (response.status === 401 && SESSION_LOST_CODES.has(error.code)) onSessionLost?.(error);
    throw error;
  }
  const disposition = response.headers.get('content-disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  return { blob: await response.blob(), fileName: encoded ? decodeURIComponent(encoded) : null };
}
