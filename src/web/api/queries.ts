import {
  keepPreviousData,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryKey,
  type UseQueryResult,
} from '@tanstack/react-query';
import { api, type QueryValue } from './client.ts';
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
