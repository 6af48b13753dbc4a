import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
  type InfiniteData,
  type QueryKey,
  type UseInfiniteQueryResult,
  type UseQueryResult,
} from '@tanstack/react-query';
import { api, apiRequest, type QueryValue } from './client.ts';
import { apiKey } from './query-keys.ts';

/** How long lists that change seldom (units, categories, the district map) count as fresh. */
export const REFERENCE_STALE_MS = 5 * 60_000;

/**
 * GETs `path` with `query` through the shared cache (keyed by `apiKey`). `path` null means
 * "not now". While a new path or query loads, the last answer stays shown.
 */
export function useApiGet<T>(
  path: string | null,
  query?: Record<string, QueryValue>,
  options: { staleTime?: number } = {},
): UseQueryResult<T> {
  return useQuery({
    queryKey: apiKey(path ?? '', query),
    queryFn: ({ signal }) => api.get<T>(path ?? '', query, signal),
    enabled: path !== null,
    placeholderData: keepPreviousData,
    ...options,
  });
}

/**
 * A read the API answers to a POST because its input is long (e.g. suggestions for a case's text):
 * it changes nothing, so it goes through the cache like a GET, keyed by `path` and `body`.
 */
export function useApiPostRead<T>(
  path: string | null,
  body: Record<string, QueryValue>,
  options: { staleTime?: number } = {},
): UseQueryResult<T> {
  return useQuery({
    queryKey: [...apiKey(path ?? '', body), 'post'],
    queryFn: ({ signal }) => apiRequest<T>('POST', path ?? '', { json: body, signal }),
    enabled: path !== null,
    ...options,
  });
}

/**
 * A list read page by page, newest first ("more" appends older pages), through the shared cache:
 * `next` answers the query of the page after `last` (e.g. `{ beforeId }`), or undefined at the end.
 * Invalidating the list refetches every page shown; while a new query loads, the last answer stays shown.
 */
export function useApiPages<T>(
  path: string | null,
  query: Record<string, QueryValue>,
  next: (last: T) => Record<string, QueryValue> | undefined,
): UseInfiniteQueryResult<InfiniteData<T>> {
  return useInfiniteQuery({
    queryKey: [...apiKey(path ?? '', query), 'pages'],
    queryFn: ({ pageParam, signal }) => api.get<T>(path ?? '', { ...query, ...pageParam }, signal),
    initialPageParam: {} as Record<string, QueryValue>,
    getNextPageParam: next,
    enabled: path !== null,
    placeholderData: keepPreviousData,
  });
}

/**
 * A write: `mutationFn` calls the API; after it succeeds, every read under the `invalidates`
 * keys (see queryKeys) is refetched, so no screen keeps showing what was true before.
 */
export function useApiMutation<TVariables, TData>(
  mutationFn: (variables: TVariables) => Promise<TData>,
  invalidates: readonly QueryKey[] | ((data: TData, variables: TVariables) => readonly QueryKey[]),
) {
  const client = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (data, variables) => {
      const keys = typeof invalidates === 'function' ? invalidates(data, variables) : invalidates;
      for (const queryKey of keys) void client.invalidateQueries({ queryKey });
    },
  });
}
