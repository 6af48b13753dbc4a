import { apiRequest } from '../api/client.ts';
import type { Satisfaction } from '../../shared/cases.ts';

/** The public (no sign-in) API the citizen pages use; every call is sent without cookies. */

export interface ExtraField {
  key: string;
  labelZh: string;
  labelEn: string;
  type: 'text' | 'number' | 'date' | 'choice';
  required: boolean;
  options?: string[];
}

/** One node of the category tree (分类), as GET /categories answers it. */
export interface PublicCategory {
  id: number;
  parentId: number | null;
  depth: number;
  nameZh: string;
  nameEn: string | null;
  active: boolean;
  effective: { extraFields: ExtraField[] };
}

export interface Uploaded {
  id: number;
  token: string;
  fileName: string;
  contentType: string;
  size: number;
}

export interface IntakeInput {
  description: string;
  categoryId?: number;
  address?: string;
  lat?: number;
  lng?: number;
  placeUnitId?: number;
  anonymous: boolean;
  reporterName?: string;
  reporterMobile?: string;
  extra?: Record<string, string | number>;
  attachments?: string[];
}

export interface IntakeResult {
  id: number;
  trackingCode: string;
  status: string;
  replayed: boolean;
}

export type PublicStatus =
  'submitted' | 'accepted' | 'dispatched' | 'handling' | 'awaiting_rating' | 'closed' | 'declined' | 'merged';

export interface PublicTimelineEntry {
  at: string;
  kind: string;
  label: string;
  text: string | null;
}

export interface PublicCaseView {
  trackingCode: string;
  status: PublicStatus;
  statusLabel: string;
  category: { name: string; path: string[] } | null;
  place: string | null;
  submittedAt: string;
  updatedAt: string;
  closedAt: string | null;
  timeline: PublicTimelineEntry[];
  result: string | null;
  ratingAsked: boolean;
  rating: { satisfaction: Satisfaction; solved: boolean | null } | null;
}

export interface RatingInput {
  satisfaction: Satisfaction;
  solved: boolean;
  comment?: string;
}

export interface PublicListItem {
  id: number;
  title: string;
  category: string | null;
  place: { code: string; name: string } | null;
  township: { code: string; name: string } | null;
  status: 'open' | 'closed';
  statusLabel: string;
  submittedAt: string;
  closedAt: string | null;
  lat: number | null;
  lng: number | null;
}

export interface PublicList {
  items: PublicListItem[];
  nextCursor: string | null;
}

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
