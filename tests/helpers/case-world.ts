import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Kysely } from 'kysely';
import { ensureDefaultCategories } from '../../src/modules/categories/categories.service.ts';
import { demoPassword, loadDemoIfEmpty } from '../../src/modules/demo/demo.service.ts';
import { createModuleRuntime, type ModuleRuntime } from '../../src/modules/runtime.ts';
import type { Database } from '../../src/platform/db/database.ts';
import type { DB } from '../../src/platform/db/schema.ts';
import { buildApp } from '../../src/app/build-app.ts';
import type { App } from '../../src/platform/http/types.ts';
import { createLogger } from '../../src/platform/logging/logger.ts';
import { makeTestDistrict } from '../factories/district-factory.ts';
import { type HttpSession, signInAs } from './http-session.ts';
import { testConfig } from './test-app.ts';

/**
 * A district with the default categories, the real app on it, and sessions for its people: the
 * test district (tests/factories/district-factory.ts) from `createCaseWorld`, the demo district
 * (澄川区) from `createDemoWorld`.
 */
export interface CaseWorld {
  app: App;
  db: Kysely<DB>;
  runtime: ModuleRuntime;
  dataDir: string;
  /** A session for a login of the district (or a person the test made with the factories' default password). */
  as(login: string): Promise<HttpSession>;
  unitId(code: string): Promise<number>;
  /** A level-3 category whose routing the test needs: by its level-2 and level-3 names. */
  categoryId(level2: string, level3: string): Promise<number>;
  close(): Promise<void>;
}

/** The test district: a few units and one person per role, made by the factories. */
export async function createCaseWorld(database: Database, env: Record<string, string> = {}): Promise<CaseWorld> {
  const { password } = await makeTestDistrict(database.db);
  return openWorld(database, env, password);
}

/**
 * The demo district (澄川区, src/modules/demo), for tests whose subject is the demo or its data: on a
 * database that starts from the loaded demo (describeEachDatabase's `from: 'demo'`) it loads nothing,
 * on an empty one the district alone. Its people sign in with the demo password.
 */
export async function createDemoWorld(database: Database, env: Record<string, string> = {}): Promise<CaseWorld> {
  await loadDemoIfEmpty(database.db);
  return openWorld(database, env, demoPassword);
}

async function openWorld(database: Database, env: Record<string, string>, password: string): Promise<CaseWorld> {
  const db = database.db;
  await ensureDefaultCategories(db);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'luoshi-cases-'));
  const config = testConfig({ DATA_DIR: dataDir, ...env });
  const logger = createLogger(config.logLevel);
  const runtime = createModuleRuntime(config, database, logger);
  const app = await buildApp({ config, database, logger, runtime });
  const sessions = new Map<string, HttpSession>();
  return {
    app,
    db,
    runtime,
    dataDir,
    async as(login) {
      let session = sessions.get(login);
      if (!session) {
        session = await signInAs(app, login, password);
        sessions.set(login, session);
      }
      return session;
    },
    async unitId(code) {
      const row = await db.selectFrom('unit').select('id').where('code', '=', code).executeTakeFirstOrThrow();
      return Number(row.id);
    },
    async categoryId(level2, level3) {
      const row = await db
        .selectFrom('category as c')
        .innerJoin('category as p', 'p.id', 'c.parent_id')
        .select('c.id')
        .where('p.name_zh', '=', level2)
        .where('c.name_zh', '=', level3)
        .executeTakeFirstOrThrow();
      return Number(row.id);
    },
    async close() {
      await app.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
