import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createPostgresDatabase } from '../../../tests/helpers/test-databases.ts';
import { openDatabase } from './database.ts';
import { migrateToLatest } from './migrate.ts';
import { migrations } from './migrations/index.ts';

// Two instances migrating at once is a PostgreSQL concern: PGlite has a single owner per folder.
describe.runIf(Boolean(process.env.TEST_DATABASE_URL))('migrations on PostgreSQL', () => {
  it('run once when several instances start together (advisory lock)', async () => {
    const { url, drop } = await createPostgresDatabase();
    const instances = await Promise.all(
      Array.from({ length: 4 }, () => openDatabase({ databaseUrl: url, poolSize: 2 })),
    );
    try {
      const outcomes = await Promise.all(instances.map((instance) => migrateToLatest(instance.db)));
      const applied = outcomes.flatMap((o) => o.applied);
      expect(applied.sort()).toEqual(Object.keys(migrations).sort());
      const { rows } = await sql<{ n: number }>`select count(*)::int as n from schema_migration`.execute(
        instances[0]!.db,
      );
      expect(rows[0]?.n).toBe(Object.keys(migrations).length);
    } finally {
      await Promise.all(instances.map((instance) => instance.close()));
      await drop();
    }
  });
});
