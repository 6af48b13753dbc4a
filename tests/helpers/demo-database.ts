import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PGliteDialect } from 'kysely';
import pg from 'pg';
import { inject, vi } from 'vitest';
import { ensureDefaultCategories } from '../../src/modules/categories/categories.service.ts';
import { loadDemoCases } from '../../src/modules/demo/demo-cases.service.ts';
import { loadDemoProgrammes } from '../../src/modules/demo/demo-programmes.service.ts';
import { loadDemoIfEmpty } from '../../src/modules/demo/demo.service.ts';
import { createModuleRuntime } from '../../src/modules/runtime.ts';
import { openDatabase, type Database } from '../../src/platform/db/database.ts';
import type { DB } from '../../src/platform/db/schema.ts';
import { createLogger } from '../../src/platform/logging/logger.ts';
import { defaultTestNow, restoreTestClock, setTestClock, testNow } from './clock.ts';
import { testConfig } from './test-app.ts';

/**
 * The demo district with its categories, its scripted cases and its task lists, loaded once per run
 * and database kind, for the test files whose subject is the demo's data (the dashboard over it, the
 * hot issues in it). Loading the demo cases takes half a minute and more per database; a copy of
 * the loaded database takes a second.
 *
 * The first file to ask prepares it, the others wait: for PGlite a saved data folder in the run's
 * snapshot folder, for PostgreSQL a template database next to the migrated one
 * (tests/setup/database-snapshots.ts makes both places and removes them). Like the browser tests'
 * demo installation, it is loaded on a clock a quarter of an hour before the test instant, so that
 * every demo record is in the past of every test file's clock.
 */
const preparedAhead = 15 * 60_000;

/** The saved PGlite data folder (a tarball) of the loaded demo. */
export async function demoPgliteSnapshot(): Promise<string> {
  const file = path.join(inject('snapshotFolder'), 'demo.tar');
  await onceInRun('pglite', async () => {
    const pglite = await PGlite.create({
      loadDataDir: new Blob([fs.readFileSync(inject('pgliteSnapshots').migrated)]),
    });
    const db = new Kysely<DB>({ dialect: new PGliteDialect({ pglite }) });
    try {
      await loadDemo({ kind: 'pglite', db, ping: async () => undefined, close: async () => undefined });
      fs.writeFileSync(file, Buffer.from(await (await pglite.dumpDataDir('none')).arrayBuffer()));
    } finally {
      await db.destroy();
    }
  });
  return file;
}

/** The name of the PostgreSQL template database that holds the loaded demo. */
export async function demoPostgresTemplate(adminUrl: string): Promise<string> {
  const migrated = inject('postgresTemplate');
  if (!migrated) throw new Error('no migrated template: the global setup did not make one');
  const name = `${migrated}_demo`;
  await onceInRun('postgres', async () => {
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE ${name} TEMPLATE ${migrated}`);
    } finally {
      await admin.end();
    }
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    const database = await openDatabase({ databaseUrl: url.toString(), poolSize: 4 });
    try {
      await loadDemo(database);
    } finally {
      // A template must have no connections while it is copied.
      await database.close();
    }
  });
  return name;
}

async function loadDemo(database: Database): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'luoshi-demo-db-'));
  setTestClock(new Date(defaultTestNow.getTime() - preparedAhead));
  try {
    const now = testNow();
    await loadDemoIfEmpty(database.db, now);
    await ensureDefaultCategories(database.db);
    const config = testConfig({ DATA_DIR: dataDir });
    const runtime = createModuleRuntime(config, database, createLogger(config.logLevel));
    await loadDemoCases(runtime.cases, now);
    const programmes = await loadDemoProgrammes(runtime.programmes, now);
    if (programmes.loaded === 0) throw new Error('the demo task lists did not load');
  } finally {
    restoreTestClock();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * Runs `prepare` in the first test file of the run to ask for `name`; the others wait until it is
 * done (or fail with its error). mkdir is atomic, so exactly one file claims it.
 */
async function onceInRun(name: string, prepare: () => Promise<void>): Promise<void> {
  const folder = path.join(inject('snapshotFolder'), `demo-${name}`);
  const ready = path.join(folder, 'ready');
  const failed = path.join(folder, 'failed');
  let claimed = true;
  try {
    fs.mkdirSync(folder);
  } catch {
    claimed = false;
  }
  if (claimed) {
    try {
      await prepare();
      fs.writeFileSync(ready, '');
    } catch (error) {
      fs.writeFileSync(failed, String(error));
      throw error;
    }
    return;
  }
  await vi.waitFor(
    () => {
      if (!fs.existsSync(ready) && !fs.existsSync(failed))
        throw new Error(`the demo database (${name}) is not ready yet`);
    },
    { timeout: 570_000, interval: 500 },
  );
  if (fs.existsSync(failed))
    throw new Error(`the demo database (${name}) could not be prepared: ${fs.readFileSync(failed)}`);
}
