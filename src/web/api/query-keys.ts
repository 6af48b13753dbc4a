import type { QueryKey } from '@tanstack/react-query';
import type { QueryValue } from './client.ts';

/**
 * The cache key of a GET: the path's segments, then its query (empty values left out), so
 * `['cases']` is a prefix of every case read (`/cases?…`, `/cases/12`, `/cases/queues`) and one
 * invalidation refreshes a whole area.
 */
export function apiKey(path: string, query?: Record<string, QueryValue>): QueryKey {
  const [pathname = '', search = ''] = path.split('?');
  const params: Record<string, string> = {};
  for (const [key, value] of [...new URLSearchParams(search), ...Object.entries(query ?? {})]) {
    if (value === undefined || value === null || value === '') continue;
    params[key] = String(value);
  }
  const segments = pathname.split('/').filter(Boolean);
  return Object.keys(params).length > 0 ? [...segments, params] : segments;
}

/** The areas a write invalidates, and the few shared reads, each named once. */
export const queryKeys = {
  session: apiKey('/auth/session'),
  audit: apiKey('/audit'),
  people: apiKey('/people'),
  tokens: apiKey('/tokens'),
  calendar: apiKey('/calendar'),
  units: apiKey('/units'),
  allUnits: apiKey('/units', { limit: 5000, includeInactive: true }),
  categories: apiKey('/categories'),
  districtMap: apiKey('/public/district-map'),
  cases: apiKey('/cases'),
  case: (id: number) => apiKey(`/cases/${id}`),
  supervision: apiKey('/supervision'),
  dashboard: apiKey('/dashboard'),
  hotIssues: apiKey('/hot-issues'),
  programmes: apiKey('/programmes'),
  programme: (id: number) => apiKey(`/programmes/${id}`),
  tasks: apiKey('/tasks'),
  task: (id: number) => apiKey(`/tasks/${id}`),
  reports: apiKey('/reports'),
  report: (id: number) => apiKey(`/reports/${id}`),
  topics: apiKey('/topics'),
  publicTopics: apiKey('/public/topics'),
  publicProgrammes: apiKey('/public/programmes'),
  notifications: apiKey('/notifications'),
} as const;
