/**
 * How many API requests the server is taking per second, counted in whole seconds. Background jobs
 * that can wait (search indexing, audit sealing) step aside while a burst is under way, so the
 * requests people are waiting for get the CPU first.
 */
export interface LoadGauge {
  /** Counts one request. */
  hit(nowMs?: number): void;
  /** Requests in the last full second, or in the current one when that is already more. */
  perSecond(nowMs?: number): number;
}

export function createLoadGauge(): LoadGauge {
  let second = 0;
  let current = 0;
  let previous = 0;
  const roll = (nowMs: number) => {
    const s = Math.floor(nowMs / 1000);
    if (s === second) return;
    previous = s === second + 1 ? current : 0;
    current = 0;
    second = s;
  };
  return {
    hit(nowMs = Date.now()) {
      roll(nowMs);
      current += 1;
    },
    perSecond(nowMs = Date.now()) {
      roll(nowMs);
      return Math.max(previous, current);
    },
  };
}
