import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { api } from '../../api/client.ts';
import { REFERENCE_STALE_MS } from '../../api/queries.ts';
import { queryKeys } from '../../api/query-keys.ts';
import type { ListPage, Unit } from '../../api/types.ts';

export interface UnitsState {
  units: Unit[];
  byId: Map<number, Unit>;
  /** True while loading (the previous list stays shown during a reload). */
  loading: boolean;
  error: unknown;
  reload: () => void;
}

const NO_UNITS: Unit[] = [];

/**
 * Every unit in the caller's scope, inactive ones included (the server's maximum is 5000): read
 * once and shared by every screen through the query cache; a write to units invalidates it.
 */
export function useUnits(): UnitsState {
  const query = useQuery({
    queryKey: queryKeys.allUnits,
    queryFn: ({ signal }) =>
      api.get<ListPage<Unit>>('/units', { limit: 5000, includeInactive: true }, signal).then((page) => page.items),
    staleTime: REFERENCE_STALE_MS,
  });
  const units = query.data ?? NO_UNITS;
  const byId = useMemo(() => new Map(units.map((unit) => [unit.id, unit])), [units]);
  const { refetch } = query;
  return {
    units,
    byId,
    loading: query.isFetching,
    error: query.error,
    reload: () => void refetch(),
  };
}
