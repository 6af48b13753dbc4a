import { QueryClient } from '@tanstack/react-query';
import { onPersonChange } from './cache-reset.ts';
import { isApiError } from './client.ts';

/** At most this many tries after the first. */
const MAX_RETRIES = 2;

/**
 * Retries only what a second try may mend: network trouble and server faults (5xx). A refusal
 * (4xx: not signed in, not allowed, not found, invalid) answers the same every time.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_RETRIES || !isApiError(error)) return false;
  return error.code === 'NETWORK_ERROR' || error.status === 0 || error.status >= 500;
}

/**
 * The one cache of API reads. Screen reads are fresh for no time: a screen shows what it read
 * last at once and asks again when it mounts, as it always has. Lists that change seldom (units,
 * categories, the district map) say their own longer staleTime (see queries.ts).
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 0, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}

export const queryClient = createQueryClient();
onPersonChange(() => queryClient.clear());
