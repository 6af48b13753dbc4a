import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDemoIfEmpty, type DemoLogin } from '../modules/demo/demo.service.ts';
import { sealAuditLog } from '../modules/audit/audit.service.ts';
import { removeExpiredSessions } from '../modules/auth/auth.service.ts';
import { createLogSmsProvider } from '../modules/auth/sms-provider.ts';
import { ensureInstanceId } from '../modules/system/system.service.ts';
import { sweepCases } from '../modules/cases/case-sweeper.ts';
import { indexQueuedCases } from '../modules/cases/case-search-indexer.ts';
import { sweepReports } from '../modules/programmes/report-sweeper.ts';
import { ensureDefaultCategories } from '../modules/categories/categories.service.ts';
import { createModuleRuntime } from '../modules/runtime.ts';
import { loadDemoCases } from '../modules/demo/demo-cases.service.ts';
import { loadDemoProgrammesInBackground } from '../modules/demo/demo-programmes.service.ts';
import { createLoadGauge } from './http/load-gauge.ts';
import { startPeriodicJobs } from './jobs/periodic.ts';
import type { AppConfig } from './config/config.ts';
import { type Database, openDatabase } from './db/database.ts';
import { lockDataDir } from './db/data-dir-lock.ts';
import { migrateToLatest } from './db/migrate.ts';
import { type App, buildApp } from './http/app.ts';
import type { Logger } from './logging/logger.ts';

/** API requests per second from which the server counts as busy (background work that may wait then does). */
const BUSY_REQUESTS_PER_SECOND = 50;

export const defaultWebRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/web');

export interface RunningServer {
  app: App;
  database: Database;
  address: string;
  demoLogins: DemoLogin[];
  /** Stops taking requests, finishes those in flight, flushes and closes the database. Safe to call twice. */
  stop(): Promise<void>;
}

/** Where the embedded database keeps its files inside DATA_DIR. */
export function pgliteDir(config: AppConfig): string {
  return path.join(config.dataDir, 'pglite');
}

/** Opens the database (taking the data-folder lock for PGlite), migrates it and loads the demo. */
export async function prepareDatabase(
  config: AppConfig,
  logger: Logger,
): Promise<{ database: Database; release: () => void; demoLogins: DemoLogin[] }> {
  const release = config.databaseUrl ? () => undefined : lockDataDir(config.dataDir);
  let database: Database | undefined;
  try {
    database = await openDatabase(
      config.databaseUrl ? { databaseUrl: config.databaseUrl } : { dataDir: pgliteDir(config) },
    );
    const { applied } = await migrateToLatest(database.db);
    if (applied.length > 0) logger.info({ applied }, 'database migrated');
    await ensureInstanceId(database.db);
    const categories = await ensureDefaultCategories(database.db);
    if (categories > 0) logger.info({ categories }, 'default category tree loaded');
    const demo = config.demoData ? await loadDemoIfEmpty(database.db) : { loadedNow: false, logins: [] };
    if (demo.loadedNow) logger.info('demo district loaded');
    return { database, release, demoLogins: demo.logins };
  } catch (error) {
    await database?.close().catch(() => undefined);
    release();
    throw error;
  }
}

export async function startServer(config: AppConfig, logger: Logger, webRoot = defaultWebRoot): Promise<RunningServer> {
  const { database, release, demoLogins } = await prepareDatabase(config, logger);
  const runtime = createModuleRuntime(config, database, logger);
  const loadGauge = createLoadGauge();
  let app: App;
  try {
    if (config.demoData && config.demoCases && demoLogins.length > 0) {
      const started = Date.now();
      const { loaded } = await loadDemoCases(runtime.cases);
      if (loaded > 0) logger.info({ cases: loaded, ms: Date.now() - started }, 'demo cases loaded');
    }
    app = await buildApp({ config, database, logger, webRoot, runtime, loadGauge });
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    await database.close().catch(() => undefined);
    release();
    throw error;
  }
  const bound = app.server.address();
  const port = typeof bound === 'object' && bound ? bound.port : config.port;
  const address = config.port === 0 ? config.publicUrl.replace(/:0$/, `:${port}`) : config.publicUrl;
  const sms = createLogSmsProvider(logger);
  // The demo task lists load while the server already answers; the report sweeper waits for them.
  const demoProgrammes =
    config.demoData && config.demoCases && demoLogins.length > 0
      ? loadDemoProgrammesInBackground(runtime.programmes, logger)
      : null;
  const stopJobs = startPeriodicJobs(
    [
      {
        name: 'audit-sealer',
        intervalMs: 2000,
        yieldToLoad: { maxDelayMs: 10_000 },
        run: () => sealAuditLog(database.db),
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
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      try {
        await app.close();
        await demoProgrammes?.stop();
        await stopJobs();
        await sealAuditLog(database.db);
      } finally {
        await database.close();
        release();
      }
    })());
  return { app, database, address, demoLogins, stop };
}
