import { type AppConfig, parseConfig } from '../platform/config/config.ts';
import { type AuditKey, loadAuditKey } from '../modules/audit/audit-key.ts';
import { configureAuditKeeping } from '../modules/audit/audit.service.ts';
import { type Database, openDatabase } from '../platform/db/database.ts';
import { lockDataDir } from '../platform/db/data-dir-lock.ts';
import { migrateToLatest } from '../platform/db/migrate.ts';
import { pgliteDir } from '../app/server.ts';

/**
 * For one-shot commands: the configured database, migrated, and the function that closes it; the
 * audit key the server uses, installed, when there is one (a command never makes a key).
 */
export async function openConfiguredDatabase(): Promise<{
  database: Database;
  config: AppConfig;
  auditKey: AuditKey | undefined;
  close: () => Promise<void>;
}> {
  const config = parseConfig();
  const auditKey = loadAuditKey(config, undefined, { generate: false })?.key;
  if (auditKey) configureAuditKeeping({ key: auditKey, checkpointDir: config.audit.checkpointDir });
  const release = config.databaseUrl ? () => undefined : lockDataDir(config.dataDir);
  try {
    const database = await openDatabase(
      config.databaseUrl ? { databaseUrl: config.databaseUrl } : { dataDir: pgliteDir(config) },
    );
    await migrateToLatest(database.db);
    return {
      database,
      config,
      auditKey,
      close: async () => {
        await database.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}
