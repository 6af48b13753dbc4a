import { ConfigError, parseConfig } from '../platform/config/config.ts';
import { openDatabase } from '../platform/db/database.ts';
import { lockDataDir } from '../platform/db/data-dir-lock.ts';
import { migrateToLatest } from '../platform/db/migrate.ts';
import { pgliteDir } from '../platform/server.ts';

/** `npm run migrate`: brings the configured database's schema up to date, then exits. */
try {
  const config = parseConfig();
  const release = config.databaseUrl ? () => undefined : lockDataDir(config.dataDir);
  const database = await openDatabase(config.databaseUrl ? { databaseUrl: config.databaseUrl } : { dataDir: pgliteDir(config) });
  try {
    const { applied } = await migrateToLatest(database.db);
    process.stdout.write(applied.length ? `applied: ${applied.join(', ')}\n` : 'the schema is up to date\n');
  } finally {
    await database.close();
    release();
  }
} catch (error) {
  process.stderr.write(`migration failed: ${error instanceof ConfigError ? error.message : String((error as Error).message ?? error)}\n`);
  process.exitCode = 1;
}
