import { type AuditKeeping, sealAuditLog } from '../modules/audit/audit.service.ts';
import { sendToRoleHolders } from '../modules/notifications/notifications.service.ts';
import { auditPath } from '../shared/app-paths.ts';
import { removeExpiredSessions } from '../modules/auth/auth.service.ts';
import { createLogSmsProvider } from '../modules/auth/sms-provider.ts';
import { sweepCases } from '../modules/cases/case-sweeper.ts';
import type { BackgroundLoad } from '../modules/demo/demo-programmes.service.ts';
import { sweepReports } from '../modules/programmes/report-sweeper.ts';
import type { ModuleRuntime } from '../modules/runtime.ts';
import { indexQueuedCases } from '../modules/cases/case-search-indexer.ts';
import type { AppConfig } from '../platform/config/config.ts';
import type { Database } from '../platform/db/database.ts';
import type { LoadGauge } from '../platform/http/load-gauge.ts';
import { startPeriodicJobs } from '../platform/jobs/periodic.ts';
import type { Logger } from '../platform/logging/logger.ts';

/** API requests per second from which the server counts as busy (background work that may wait then does). */
const BUSY_REQUESTS_PER_SECOND = 50;

export interface JobDeps {
  config: AppConfig;
  database: Database;
  logger: Logger;
  runtime: ModuleRuntime;
  loadGauge: LoadGauge;
  /** The demo task lists loading in the background, if they are; the report sweeper waits for them. */
  demoProgrammes: BackgroundLoad | null;
}

/** How the audit sealer raises its alarm: an error in the log and a notification to administrators. */
export function auditKeeping(runtime: ModuleRuntime, logger: Logger): AuditKeeping {
  return {
    logger,
    alarm: (message) =>
      sendToRoleHolders(runtime.notifications, { kind: 'audit.tampered', ...message, link: auditPath() }, new Date()),
  };
}

/** Starts the server's background jobs; the returned function stops them and waits for any run in progress. */
export function startBackgroundJobs(deps: JobDeps): () => Promise<void> {
  const { config, database, logger, runtime, loadGauge, demoProgrammes } = deps;
  const sms = createLogSmsProvider(logger);
  return startPeriodicJobs(
    [
      {
        name: 'audit-sealer',
        intervalMs: 2000,
        yieldToLoad: { maxDelayMs: 10_000 },
        run: () => sealAuditLog(database.db, auditKeeping(runtime, logger)),
      },
      {
        name: 'session-cleanup',
        intervalMs: 15 * 60_000,
        run: () => removeExpiredSessions({ db: database.db, config: config.auth, sms }, new Date()),
      },
      {
        name: 'case-sweeper',
        intervalMs: config.cases.sweepIntervalSeconds * 1000,
        run: () => sweepCases(runtime.cases),
      },
      // PGlite has one connection: small batches let requests in between them.
      {
        name: 'search-indexer',
        intervalMs: 1000,
        yieldToLoad: { maxDelayMs: 10_000 },
        run: () => indexQueuedCases(runtime.cases, database.kind === 'pglite' ? 50 : 500),
      },
      {
        name: 'report-sweeper',
        intervalMs: config.cases.sweepIntervalSeconds * 1000,
        run: async () => (demoProgrammes?.running() ? undefined : sweepReports(runtime.programmes)),
      },
      { name: 'calendar-reload', intervalMs: 60_000, run: () => runtime.calendar.reload(database.db) },
    ],
    logger,
    // During a burst (intake at rush hour, say) cases become searchable and audit rows sealed up to 10 s later.
    { busy: () => loadGauge.perSecond() >= BUSY_REQUESTS_PER_SECOND },
  );
}
