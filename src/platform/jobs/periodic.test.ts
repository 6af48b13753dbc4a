import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { restoreTestClock } from '../../../tests/helpers/clock.ts';
import { createLogger } from '../logging/logger.ts';
import { startPeriodicJobs } from './periodic.ts';

describe('periodic jobs', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => restoreTestClock());

  it('lets a job that may wait skip its ticks during a burst, up to its bound, and keeps the others on time', async () => {
    let busy = true;
    const runs = { indexer: 0, sweeper: 0 };
    const stop = startPeriodicJobs(
      [
        {
          name: 'indexer',
          intervalMs: 100,
          yieldToLoad: { maxDelayMs: 1000 },
          run: async () => void (runs.indexer += 1),
        },
        { name: 'sweeper', intervalMs: 100, run: async () => void (runs.sweeper += 1) },
      ],
      createLogger('silent'),
      { busy: () => busy },
    );
    await vi.advanceTimersByTimeAsync(950);
    expect(runs).toEqual({ indexer: 0, sweeper: 9 });
    await vi.advanceTimersByTimeAsync(100);
    expect(runs.indexer).toBe(1); // the bound reached: it runs although the burst goes on
    await vi.advanceTimersByTimeAsync(500);
    expect(runs.indexer).toBe(1);
    busy = false;
    await vi.advanceTimersByTimeAsync(300);
    expect(runs.indexer).toBe(4);
    await stop();
  });

  it('never overlaps a run with the previous one, and keeps going after a failure', async () => {
    let active = 0;
    let most = 0;
    let calls = 0;
    const stop = startPeriodicJobs(
      [
        {
          name: 'slow',
          intervalMs: 10,
          run: async () => {
            calls += 1;
            active += 1;
            most = Math.max(most, active);
            await new Promise((resolve) => setTimeout(resolve, 35));
            active -= 1;
            if (calls === 1) throw new Error('first run fails');
          },
        },
      ],
      createLogger('silent'),
    );
    await vi.advanceTimersByTimeAsync(200);
    expect(most).toBe(1);
    expect(calls).toBeGreaterThan(2);
    const stopped = stop(); // waits for the run under way
    await vi.advanceTimersByTimeAsync(50);
    await stopped;
    expect(active).toBe(0);
  });
});
