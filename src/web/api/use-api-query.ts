import { useCallback, useEffect, useState } from 'react';
import { api, isAbort, type QueryValue } from './client.ts';

export interface ApiQuery<T> {
  /** The latest answer (kept while a newer request is under way). */
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload: () => void;
}

/**
 * GETs `path` with `query` whenever either changes (or `reload()` is called); stale answers are
 * dropped. `path` null means "not now".
 */
export function useApiQuery<T>(path: string | null, query?: Record<string, QueryValue>): ApiQuery<T> {
  const [round, setRound] = useState(0);
  const key = path === null ? null : JSON.stringify([path, query ?? {}, round]);
  const [state, setState] = useState<{ key: string | null; data?: T; error?: unknown }>({ key: null });

  useEffect(() => {
    if (key === null) return;
    const [requestPath, requestQuery] = JSON.parse(key) as [string, Record<string, QueryValue>];
    const controller = new AbortController();
    api.get<T>(requestPath, requestQuery, controller.signal).then(
      (data) => setState({ key, data }),
      (error: unknown) => {
        if (!isAbort(error)) setState((previous) => ({ key, data: previous.data, error }));
      },
    );
    return () => controller.abort();
  }, [key]);

  const reload = useCallback(() => setRound((value) => value + 1), []);
  return {
    data: state.data,
    error: state.key === key ? state.error : null,
    loading: key !== null && state.key !== key,
    reload,
  };
}
