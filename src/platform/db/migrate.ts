import type { Kysely } from 'kysely';
import { type MigrationResult, Migrator } from 'kysely/migration';
import { migrations } from './migrations/index.ts';

export interface MigrateOutcome {
  applied: string[];
}

/**
 * Brings the schema up to date. On PostgreSQL the migrator holds a session advisory lock while it
 * runs, so two instances starting together never migrate at once; the second waits, then finds
 * nothing left to do. On PGlite a single process owns the data folder (see data-dir-lock.ts).
 */
export async function migrateToLatest(db: Kysely<any>): Promise<MigrateOutcome> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    migrationTableName: 'schema_migration',
    migrationLockTableName: 'schema_migration_lock',
    // Features add their migrations independently (0004, 0005 …); one that lands after a later
    // number was applied still runs.
    allowUnorderedMigrations: true,
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r: MigrationResult) => r.status === 'Error');
    throw new Error(
      `Migration ${failed?.migrationName ?? '(unknown)'} failed: ${String((error as Error).message ?? error)}`,
      {
        cause: error,
      },
    );
  }
  return { applied: (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName) };
}
