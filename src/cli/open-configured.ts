import { parseConfig } from '../platform/config/config.ts';
import { type Database, openDatabase } from '../platform/db/database.ts';
import { lockDataDir } from '../platform/db/data-dir-lock.ts';
import { migrateToLatest } from '../platform/db/migrate.ts';
import { pgliteDir } from '../app/server.ts';

/** For one-shot commands: the configured database, migrated, and the function that closes it. */
export async function openConfiguredDatabase(): Promise<{ database: Database; close: () => Promise<void> }> {
  const config = parseConfig();
  const release = config.databaseUrl ? () => undefined : lockDataDir(config.dataDir);
  try {
    const database = await openDatabase(
      config.databaseUrl ? { databaseUrl: config.databaseUrl } : { dataDir: pgliteDir(config) },
    );
    await migrateToLatest(database.db);
    return {
      database,
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
