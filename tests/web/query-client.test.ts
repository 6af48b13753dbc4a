import { describe, expect, it } from 'vitest';
import { ApiError } from '../../src/web/api/client.ts';
import { shouldRetry } from '../../src/web/api/query-client.ts';
import { apiKey, queryKeys } from '../../src/web/api/query-keys.ts';

const failure = (status: number, code: string) => new ApiError(status, code, code, null);

describe('the web query cache', () => {
  it('retries network trouble and server faults, twice at most', () => {
    expect(shouldRetry(0, failure(0, 'NETWORK_ERROR'))).toBe(true);
    expect(shouldRetry(1, failure(502, 'NETWORK_ERROR'))).toBe(true);
    expect(shouldRetry(0, failure(500, 'INTERNAL'))).toBe(true);
    expect(shouldRetry(2, failure(503, 'UNAVAILABLE'))).toBe(false);
  });

  it('never retries a refusal (4xx) or an error that is not the API’s', () => {
    for (const [status, code] of [
      [400, 'VALIDATION_FAILED'],
      [401, 'UNAUTHENTICATED'],
      [403, 'FORBIDDEN'],
      [404, 'NOT_FOUND'],
      [409, 'VERSION_CONFLICT'],
    ] as const)
      expect(shouldRetry(0, failure(status, code))).toBe(false);
    expect(shouldRetry(0, new TypeError('boom'))).toBe(false);
  });

  it('keys a read by its path and query, so an area is one prefix', () => {
    expect(apiKey('/cases/12')).toEqual(['cases', '12']);
    expect(apiKey('/cases?status=open&q=', { limit: 20, cursor: undefined })).toEqual([
      'cases',
      { status: 'open', limit: '20' },
    ]);
    const prefix = queryKeys.cases;
    for (const key of [apiKey('/cases/queues'), queryKeys.case(12), apiKey('/cases', { limit: 5 })])
      expect(key.slice(0, prefix.length)).toEqual(prefix);
    expect(queryKeys.allUnits.slice(0, queryKeys.units.length)).toEqual(queryKeys.units);
  });
});
