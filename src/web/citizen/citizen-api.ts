import { apiRequest } from '../api/client.ts';
import type { ApiBody, ApiItem, ApiResponse } from '../api/schema.ts';

/** The public (no sign-in) API the citizen pages use; every call is sent without cookies. */

/** One node of the category tree (分类), as GET /categories answers it. */
export type PublicCategory = ApiItem<'/categories'>;
export type ExtraField = PublicCategory['effective']['extraFields'][number];
export type Uploaded = ApiResponse<'/attachments', 'post'>;
export type IntakeInput = ApiBody<'/public/cases', 'post'>;
export type IntakeResult = ApiResponse<'/public/cases', 'post'>;
export type PublicCaseView = ApiResponse<'/public/cases/{trackingCode}'>;
export type PublicStatus = PublicCaseView['status'];
export type PublicTimelineEntry = PublicCaseView['timeline'][number];
export type RatingInput = Omit<ApiBody<'/public/cases/{trackingCode}/rating', 'post'>, 'mobile'>;
export type PublicList = ApiResponse<'/public/cases'>;
export type PublicListItem = PublicList['items'][number];

const mobileHeader = (mobile: string | undefined): Record<string, string> =>
  mobile ? { 'X-Reporter-Mobile': mobile } : {};

export const citizenApi = {
  categories: (signal?: AbortSignal) =>
    apiRequest<{ items: PublicCategory[] }>('GET', '/categories', { anonymous: true, signal }),
  upload: (file: File) =>
    apiRequest<Uploaded>('POST', '/attachments', {
      anonymous: true,
      query: { name: file.name },
      raw: { body: file, contentType: file.type || 'application/octet-stream' },
    }),
  submit: (input: IntakeInput, idempotencyKey: string) =>
    apiRequest<IntakeResult>('POST', '/public/cases', {
      anonymous: true,
      json: input,
      headers: { 'Idempotency-Key': idempotencyKey },
    }),
  track: (code: string, mobile: string | undefined, signal?: AbortSignal) =>
    apiRequest<PublicCaseView>('GET', `/public/cases/${encodeURIComponent(code)}`, {
      anonymous: true,
      headers: mobileHeader(mobile),
      signal,
    }),
  rate: (code: string, mobile: string | undefined, rating: RatingInput) =>
    apiRequest<PublicCaseView>('POST', `/public/cases/${encodeURIComponent(code)}/rating`, {
      anonymous: true,
      headers: mobileHeader(mobile),
      json: rating,
    }),
  list: (query: { unit?: string; status: 'open' | 'closed'; cursor?: string }, signal?: AbortSignal) =>
    apiRequest<PublicList>('GET', '/public/cases', { anonymous: true, query: { ...query, limit: 20 }, signal }),
};

/** A fresh Idempotency-Key (works on plain-http installations, where crypto.randomUUID is missing). */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `m-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** Tracking codes submitted from this device, newest first (codes only: no personal data is kept). */
const RECENT_KEY = 'luoshi.citizen.codes';

export function recentCodes(): string[] {
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(RECENT_KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((c): c is string => typeof c === 'string').slice(0, 10) : [];
  } catch {
    return [];
  }
}

export function rememberCode(code: string): void {
  try {
    window.localStorage.setItem(
      RECENT_KEY,
      JSON.stringify([code, ...recentCodes().filter((c) => c !== code)].slice(0, 10)),
    );
  } catch {
    // storage disabled: the code is still shown on screen
  }
}
