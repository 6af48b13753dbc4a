import type { Kysely } from 'kysely';
import { Migrator } from 'kysely/migration';
import { migrations } from '../../src/platform/db/migrations/index.ts';

/**
 * Applies every migration named before `first` (e.g. '0013'), as an installation stood before it,
 * so a test can write the old rows a migration must carry over, then run the rest.
 */
export async function migrateBefore(db: Kysely<unknown>, first: string): Promise<void> {
  const before = Object.fromEntries(Object.entries(migrations).filter(([name]) => name < first));
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => before },
    migrationTableName: 'schema_migration',
    migrationLockTableName: 'schema_migration_lock',
    allowUnorderedMigrations: true,
  });
  const { error } = await migrator.migrateToLatest();
  if (error) throw error;
}
