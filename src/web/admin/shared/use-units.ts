import { useCallback, useEffect, useMemo, useState } from 'react';
import { api, isAbort } from '../../api/client.ts';
import type { ListPage, Unit } from '../../api/types.ts';

export interface UnitsState {
  units: Unit[];
  byId: Map<number, Unit>;
  /** True while loading (the previous list stays shown during a reload). */
  loading: boolean;
  error: unknown;
  reload: () => void;
}

/** Every unit in the caller's scope, inactive ones included (the server's maximum is 5000). */
export function useUnits(): UnitsState {
  const [units, setUnits] = useState<Unit[]>([]);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const [round, setRound] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    api.get<ListPage<Unit>>('/units', { limit: 5000, includeInactive: true }, controller.signal).then(
      (page) => {
        setUnits(page.items);
        setError(null);
        setLoading(false);
      },
      (caught: unknown) => {
        if (isAbort(caught)) return;
        setError(caught);
        setLoading(false);
      },
    );
    return () => controller.abort();
  }, [round]);

  const reload = useCallback(() => {
    setLoading(true);
    setRound((value) => value + 1);
  }, []);

  const byId = useMemo(() => new Map(units.map((unit) => [unit.id, unit])), [units]);
  return { units, byId, loading, error, reload };
}
