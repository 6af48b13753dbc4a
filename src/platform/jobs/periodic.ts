import type { Logger } from '../logging/logger.ts';

export interface PeriodicJob {
  name: string;
  intervalMs: number;
  run(): Promise<unknown>;
  /**
   * Work that may wait: while the server is busy the job skips its ticks, but never lets more than
   * `maxDelayMs` pass since its last run.
   */
  yieldToLoad?: { maxDelayMs: number };
}

export interface PeriodicOptions {
  /** True while a burst of requests is under way. */
  busy?: () => boolean;
  now?: () => number;
}

/**
 * Runs jobs on a timer inside the server. A run never overlaps the previous one; a failure is
 * logged and retried at the next tick. Jobs that must run on one instance only take an advisory
 * lock themselves. A job marked `yieldToLoad` waits out bursts of requests, up to its bound.
 * Returns a function that stops the timers and waits for running jobs.
 */
export function startPeriodicJobs(
  jobs: PeriodicJob[],
  logger: Logger,
  options: PeriodicOptions = {},
): () => Promise<void> {
  const running = new Set<Promise<unknown>>();
  const now = options.now ?? Date.now;
  const timers = jobs.map((job) => {
    let busy = false;
    let lastRun = now();
    const timer = setInterval(() => {
      if (busy) return;
      if (job.yieldToLoad && options.busy?.() && now() - lastRun < job.yieldToLoad.maxDelayMs) return;
      busy = true;
      lastRun = now();
      const run = job
        .run()
        .catch((error: unknown) => logger.error({ err: error, job: job.name }, 'background job failed'))
        .finally(() => {
          busy = false;
          running.delete(run);
        });
      running.add(run);
    }, job.intervalMs);
    timer.unref();
    return timer;
  });
  return async () => {
    for (const timer of timers) clearInterval(timer);
    await Promise.allSettled([...running]);
  };
}
