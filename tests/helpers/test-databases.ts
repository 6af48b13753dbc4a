import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import pg from 'pg';
import { afterAll, beforeAll, describe, inject } from 'vitest';
import { type Database, openDatabase } from '../../src/platform/db/database.ts';
import { migrateToLatest } from '../../src/platform/db/migrate.ts';
import { demoPgliteSnapshot, demoPostgresTemplate } from './demo-database.ts';

export type DatabaseTargetName = 'pglite' | 'postgres';

/** The databases tests run on: PGlite always, PostgreSQL too when TEST_DATABASE_URL is set. */
export function databaseTargets(): DatabaseTargetName[] {
  return process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
}

function adminUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set');
  return url;
}

/**
 * A fresh PostgreSQL database (C.UTF-8 character classes) and the means to drop it: empty, or with
 * `migrated` a copy of the run's migrated template (tests/setup/database-snapshots.ts).
 */
export async function createPostgresDatabase(
  options: { migrated?: boolean; template?: string } = {},
): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `luoshi_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const template = options.template ?? (options.migrated ? inject('postgresTemplate') : null);
  if (options.migrated && !template) throw new Error('no migrated template: the global setup did not make one');
  const admin = new pg.Client({ connectionString: adminUrl() });
  await admin.connect();
  try {
    await admin.query(
      template
        ? `CREATE DATABASE ${name} TEMPLATE ${template}`
        : `CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'`,
    );
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: adminUrl() });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

export interface TestDatabase {
  database: Database;
  /** Set for PostgreSQL: the address of this test's own database. */
  url?: string;
  dispose(): Promise<void>;
}

/**
 * Opens a fresh database of the given kind; migrated unless told otherwise. Each starts from the
 * run's snapshots (a saved PGlite data folder, a PostgreSQL template) rather than from scratch: see
 * tests/setup/database-snapshots.ts. Migrating it again is a check that finds nothing to do.
 */
export async function openTestDatabase(
  target: DatabaseTargetName,
  options: { migrate?: boolean; from?: DatabaseStart } = {},
): Promise<TestDatabase> {
  const migrate = options.migrate !== false;
  const demo = options.from === 'demo';
  if (target === 'pglite') {
    const snapshots = inject('pgliteSnapshots');
    const file = demo ? await demoPgliteSnapshot() : migrate ? snapshots.migrated : snapshots.empty;
    const snapshot = new Blob([fs.readFileSync(file)]);
    const database = await openDatabase({ snapshot });
    if (migrate) await migrateToLatest(database.db);
    return { database, dispose: () => database.close() };
  }
  const { url, drop } = await createPostgresDatabase(
    demo ? { template: await demoPostgresTemplate(adminUrl()) } : { migrated: migrate },
  );
  const database = await openDatabase({ databaseUrl: url, poolSize: 20 });
  if (migrate) await migrateToLatest(database.db);
  return {
    database,
    url,
    dispose: async () => {
      await database.close();
      await drop();
    },
  };
}

/**
 * What a test database holds when it opens: the latest schema and nothing else, or also the demo
 * district with its categories, cases and task lists (for files whose subject is the demo's data;
 * tests/helpers/demo-database.ts).
 */
export type DatabaseStart = 'migrated' | 'demo';

/**
 * Runs the suite once per database target, each with a fresh migrated database made before its
 * tests and dropped after them (with `from: 'demo'`, one holding the demo). `context.database` is
 * valid inside tests and hooks.
 */
export function describeEachDatabase(
  title: string,
  suite: (context: {
    readonly database: Database;
    readonly target: DatabaseTargetName;
    readonly url: string | undefined;
  }) => void,
  options: { from?: DatabaseStart } = {},
): void {
  for (const target of databaseTargets()) {
    describe(`${title} [${target}]`, () => {
      let current: TestDatabase | undefined;
      beforeAll(
        async () => {
          current = await openTestDatabase(target, options);
        },
        // The first file to ask for the demo loads it (minutes on a busy machine).
        options.from === 'demo' ? 600_000 : 60_000,
      );
      afterAll(async () => {
        await current?.dispose();
      });
      suite({
        get database() {
          if (!current) throw new Error('the test database is not open yet (use it inside tests or hooks)');
          return current.database;
        },
        target,
        get url() {
          return current?.url;
        },
      });
    });
  }
}
