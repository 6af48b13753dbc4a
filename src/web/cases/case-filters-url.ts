import { workbenchQueues } from '../../shared/case-queues.ts';
import { caseChannels, caseStatuses, caseTiers } from '../../shared/cases.ts';
import type { CaseChannel, CaseStatus, CaseTier, WorkbenchQueue } from './case-types.ts';

/**
 * The case list's filters, kept in the address (/cases?queue=…&status=…&categoryId=…) under the
 * names of the list API (GET /api/v1/cases), so boards and dashboards can link straight into it.
 */
export interface CaseFilters {
  queue?: WorkbenchQueue;
  status: CaseStatus[];
  categoryId?: number;
  leadUnitId?: number;
  placeUnitId?: number;
  tier?: CaseTier;
  channel?: CaseChannel;
  /** ISO instants; createdTo is exclusive (midnight after the last day). */
  createdFrom?: string;
  createdTo?: string;
  q?: string;
}

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined =>
  value !== null && (values as readonly string[]).includes(value) ? (value as T) : undefined;
const id = (value: string | null): number | undefined =>
  value !== null && /^[1-9]\d{0,15}$/.test(value) ? Number(value) : undefined;
const instant = (value: string | null): string | undefined =>
  value && !Number.isNaN(Date.parse(value)) ? new Date(value).toISOString() : undefined;

/** Reads the filters from a query string; values the API would refuse are left out. */
export function filtersFromParams(params: URLSearchParams): CaseFilters {
  const q = params.get('q')?.trim();
  return {
    queue: oneOf(workbenchQueues, params.get('queue')),
    status: params.getAll('status').filter((s): s is CaseStatus => (caseStatuses as readonly string[]).includes(s)),
    categoryId: id(params.get('categoryId')),
    leadUnitId: id(params.get('leadUnitId')),
    placeUnitId: id(params.get('placeUnitId')),
    tier: oneOf(caseTiers, params.get('tier')),
    channel: oneOf(caseChannels, params.get('channel')),
    createdFrom: instant(params.get('createdFrom')),
    createdTo: instant(params.get('createdTo')),
    q: q ? q.slice(0, 100) : undefined,
  };
}

/** The filters as a query string, in a stable order (empty values left out). */
export function paramsFromFilters(
  filters: CaseFilters,
  extra: Record<string, string | number | undefined> = {},
): URLSearchParams {
  const params = new URLSearchParams();
  const set = (key: string, value: string | number | undefined) => {
    if (value !== undefined && value !== '') params.set(key, String(value));
  };
  set('queue', filters.queue);
  for (const status of filters.status) params.append('status', status);
  set('categoryId', filters.categoryId);
  set('leadUnitId', filters.leadUnitId);
  set('placeUnitId', filters.placeUnitId);
  set('tier', filters.tier);
  set('channel', filters.channel);
  set('createdFrom', filters.createdFrom);
  set('createdTo', filters.createdTo);
  set('q', filters.q);
  for (const [key, value] of Object.entries(extra)) set(key, value);
  return params;
}

/** True when anything but the queue narrows the list. */
export function hasFilters(filters: CaseFilters): boolean {
  const { queue: _queue, status, ...rest } = filters;
  return status.length > 0 || Object.values(rest).some((value) => value !== undefined);
}
