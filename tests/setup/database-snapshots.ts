import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PGliteDialect, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { migrateToLatest } from '../../src/platform/db/migrate.ts';
import type { DB } from '../../src/platform/db/schema.ts';

/**
 * Vitest global setup: the databases every test file starts from, made once per run.
 *
 * Creating an embedded database runs initdb, which takes 20 s and more on a busy machine; loading a
 * saved data folder takes a quarter of that. So the run makes two PGlite snapshots (an empty cluster
 * and one migrated to the latest schema) and, with TEST_DATABASE_URL, a migrated PostgreSQL template
 * database; each test file then loads or copies its own (tests/helpers/test-databases.ts).
 */
declare module 'vitest' {
  export interface ProvidedContext {
    /** Tarballs of PGlite data folders: freshly initialised, and migrated. */
    pgliteSnapshots: { empty: string; migrated: string };
    /** A migrated PostgreSQL database to copy (CREATE DATABASE … TEMPLATE), when TEST_DATABASE_URL is set. */
    postgresTemplate: string | null;
    /** This run's folder for snapshots made later, by the first test file that needs one (tests/helpers/demo-database.ts). */
    snapshotFolder: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'luoshi-test-snapshots-'));
  const [pgliteSnapshots, template] = await Promise.all([makePgliteSnapshots(folder), makePostgresTemplate()]);
  project.provide('pgliteSnapshots', pgliteSnapshots);
  project.provide('postgresTemplate', template?.name ?? null);
  project.provide('snapshotFolder', folder);
  return async () => {
    fs.rmSync(folder, { recursive: true, force: true });
    await template?.drop();
  };
}

async function makePgliteSnapshots(folder: string): Promise<{ empty: string; migrated: string }> {
  const pglite = await PGlite.create({});
  const save = async (name: string) => {
    const file = path.join(folder, `${name}.tar`);
    fs.writeFileSync(file, Buffer.from(await (await pglite.dumpDataDir('none')).arrayBuffer()));
    return file;
  };
  const empty = await save('empty');
  const db = new Kysely<DB>({ dialect: new PGliteDialect({ pglite }) });
  await migrateToLatest(db);
  const migrated = await save('migrated');
  await db.destroy();
  return { empty, migrated };
}

async function makePostgresTemplate(): Promise<{ name: string; drop: () => Promise<void> } | null> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) return null;
  const name = `luoshi_test_template_${process.pid}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  // The demo's template (tests/helpers/demo-database.ts), made from this one when a file asks.
  const drop = async () => {
    await admin(`DROP DATABASE IF EXISTS ${name}_demo WITH (FORCE)`);
    await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  };
  await drop();
  await admin(`CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const pool = new pg.Pool({ connectionString: url.toString(), max: 2 });
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  try {
    await migrateToLatest(db);
  } finally {
    // A template must have no connections while it is copied.
    await db.destroy();
  }
  return { name, drop };
}
