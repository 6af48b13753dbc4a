import type { Logger } from '../logging/logger.ts';

export interface PeriodicJob {
  name: string;
  intervalMs: number;
  run(): Promise<unknown>;
}

/**
 * Runs jobs on a timer inside the server. A run never overlaps the previous one; a failure is
 * logged and retried at the next tick. Jobs that must run on one instance only take an advisory
 * lock themselves. Returns a function that stops the timers and waits for running jobs.
 */
export function startPeriodicJobs(jobs: PeriodicJob[], logger: Logger): () => Promise<void> {
  const running = new Set<Promise<unknown>>();
  const timers = jobs.map((job) => {
    let busy = false;
    const timer = setInterval(() => {
      if (busy) return;
      busy = true;
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
