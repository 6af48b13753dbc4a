import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import { REFERENCE_STALE_MS } from '../api/queries.ts';
import { queryKeys } from '../api/query-keys.ts';
import type { CategoryNode } from './case-types.ts';

const NO_CATEGORIES: CategoryNode[] = [];

/** The category tree (GET /categories), read once and shared by every form and filter through the query cache. */
export function useCategories(): { categories: CategoryNode[]; loading: boolean; error: unknown } {
  const query = useQuery({
    queryKey: queryKeys.categories,
    queryFn: ({ signal }) =>
      api.get<{ items: CategoryNode[] }>('/categories', undefined, signal).then((page) => page.items),
    staleTime: REFERENCE_STALE_MS,
  });
  return { categories: query.data ?? NO_CATEGORIES, loading: query.isPending, error: query.error };
}
