import { useCallback, useEffect, useState } from 'react';
import {
  PROBE_TIMEOUT_SECONDS,
  probeHealth,
  probeReadiness,
  type HealthResult,
  type ReadinessResult,
} from './probe.ts';

export type SystemStatus =
  { phase: 'loading' } | { phase: 'done'; health: HealthResult; readiness: ReadinessResult; checkedAt: Date };

/** Checks `/healthz` and `/readyz` on mount and whenever `refresh()` is called. */
export function useSystemStatus(): { status: SystemStatus; refresh: () => void } {
  const [status, setStatus] = useState<SystemStatus>({ phase: 'loading' });
  const [round, setRound] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    const timer = window.setTimeout(() => controller.abort('timeout'), PROBE_TIMEOUT_SECONDS * 1000);
    void Promise.all([probeHealth(controller.signal), probeReadiness(controller.signal)]).then(
      ([health, readiness]) => {
        window.clearTimeout(timer);
        if (controller.signal.aborted && controller.signal.reason !== 'timeout') return; // superseded or unmounted
        setStatus({ phase: 'done', health, readiness, checkedAt: new Date() });
      },
    );
    return () => {
      window.clearTimeout(timer);
      controller.abort('superseded');
    };
  }, [round]);

  const refresh = useCallback(() => {
    setStatus({ phase: 'loading' });
    setRound((value) => value + 1);
  }, []);

  return { status, refresh };
}
