import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDemoIfEmpty, type DemoLogin } from '../modules/demo/demo.service.ts';
import { loadAuditKey } from '../modules/audit/audit-key.ts';
import { configureAuditKeeping, sealAuditLog } from '../modules/audit/audit.service.ts';
import { ensureInstanceId } from '../modules/system/system.service.ts';
import { ensureDefaultCategories } from '../modules/categories/categories.service.ts';
import { createModuleRuntime } from '../modules/runtime.ts';
import { loadDemoCases } from '../modules/demo/demo-cases.service.ts';
import { loadDemoProgrammesInBackground } from '../modules/demo/demo-programmes.service.ts';
import { createLoadGauge } from '../platform/http/load-gauge.ts';
import type { AppConfig } from '../platform/config/config.ts';
import { type Database, openDatabase } from '../platform/db/database.ts';
import { lockDataDir } from '../platform/db/data-dir-lock.ts';
import { migrateToLatest } from '../platform/db/migrate.ts';
import type { Logger } from '../platform/logging/logger.ts';
import { type App, buildApp } from './build-app.ts';
import { auditKeeping, startBackgroundJobs } from './jobs.ts';

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
    // The audit key before any write (the demo records audit rows); made at first start if none is given.
    const audit = loadAuditKey(config, logger, { generate: true });
    if (!audit) throw new Error('no audit key');
    configureAuditKeeping({ key: audit.key, checkpointDir: config.audit.checkpointDir });
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

/** The composition root: a prepared database, the app with every module, listening, and the background jobs. */
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
  // The demo task lists load while the server already answers; the report sweeper waits for them.
  const demoProgrammes =
    config.demoData && config.demoCases && demoLogins.length > 0
      ? loadDemoProgrammesInBackground(runtime.programmes, logger)
      : null;
  const stopJobs = startBackgroundJobs({ config, database, logger, runtime, loadGauge, demoProgrammes });
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      try {
        await app.close();
        await demoProgrammes?.stop();
        await stopJobs();
        await sealAuditLog(database.db, auditKeeping(runtime, logger));
      } finally {
        await database.close();
        release();
      }
    })());
  return { app, database, address, demoLogins, stop };
}
