import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { prepareDatabase } from '../../src/app/server.ts';
import { installAuditKey } from '../../src/modules/audit/audit-key.ts';
import { configureAuditKeeping, recordAudit, sealAuditLog } from '../../src/modules/audit/audit.service.ts';
import { systemContext } from '../../src/modules/access/request-context.ts';
import { upsertMeta } from '../../src/modules/system/system.repository.ts';
import type { Database } from '../../src/platform/db/database.ts';
import { createLogger } from '../../src/platform/logging/logger.ts';
import { testAuditKey, testAuditKeyHex } from '../helpers/audit-key.ts';
import { repoRoot } from '../helpers/server-process.ts';
import { testConfig } from '../helpers/test-app.ts';
import { databaseTargets, openTestDatabase } from '../helpers/test-databases.ts';

/** `npm run audit:verify` as its own process: what it prints, and its exit code. */
function runVerify(env: Record<string, string>, args: string[] = []): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [path.join(repoRoot, 'src/cli/audit-verify.ts'), ...args],
      { cwd: repoRoot, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, out: `${stdout}${stderr}` }),
    );
  });
}

/** A database the command can open on its own: an embedded one in DATA_DIR, or a PostgreSQL test database. */
async function installation(
  target: string,
  dataDir: string,
): Promise<{
  env: Record<string, string>;
  open: () => Promise<{ database: Database; close: () => Promise<void> }>;
  dispose?: () => Promise<void>;
}> {
  if (target === 'pglite') {
    const config = testConfig({ DATA_DIR: dataDir, DEMO_DATA: 'false' });
    const open = async () => {
      const { database, release } = await prepareDatabase(config, createLogger('silent'));
      return { database, close: async () => (await database.close(), release()) };
    };
    return { env: { DATA_DIR: dataDir }, open };
  }
  const test = await openTestDatabase('postgres');
  configureAuditKeeping({ key: testAuditKey, checkpointDir: dataDir });
  return {
    env: { DATA_DIR: dataDir, DATABASE_URL: test.url!, AUDIT_KEY: testAuditKeyHex },
    open: async () => ({ database: test.database, close: async () => undefined }),
    dispose: () => test.dispose(),
  };
}

for (const target of databaseTargets()) {
  describe(`npm run audit:verify [${target}]`, () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'luoshi-verify-'));
    let dispose: (() => Promise<void>) | undefined;
    afterEach(async () => {
      await dispose?.();
      installAuditKey(testAuditKey);
      configureAuditKeeping({ key: testAuditKey, checkpointDir: null });
      fs.rmSync(dataDir, { recursive: true, force: true });
    });

    it('passes an intact trail, then names rows cut from the end, in words and in JSON, and a missing key', async () => {
      const made = await installation(target, dataDir);
      dispose = made.dispose;
      const write = async (database: Database) => {
        for (let i = 0; i < 6; i++)
          await recordAudit(database.db, systemContext('test-cli'), {
            action: 'unit.update',
            entityType: 'unit',
            entityId: i,
          });
        await sealAuditLog(database.db, { checkpointDir: dataDir });
      };
      let opened = await made.open();
      await write(opened.database);
      await opened.close();

      const intact = await runVerify(made.env);
      expect(intact.out).toContain('audit trail intact');
      expect(intact.out).toContain('checkpoint: row 6');
      expect(intact.code).toBe(0);

      opened = await made.open();
      const db = opened.database.db;
      await sql`alter table audit_log disable trigger audit_log_append_only`.execute(db);
      await sql`delete from audit_log where seq > 3`.execute(db);
      await sql`alter table audit_log enable trigger audit_log_append_only`.execute(db);
      const three = await db.selectFrom('audit_log').select('hash').where('seq', '=', 3).executeTakeFirstOrThrow();
      await upsertMeta(db, 'audit_chain_head', { seq: 3, hash: three.hash });
      await opened.close();

      const words = await runVerify(made.env);
      expect(words.code).toBe(1);
      expect(words.out).toContain('AUDIT TRAIL TAMPERED WITH');
      expect(words.out).toMatch(/truncated \(seq 4\): the chain ends at 3 but was checkpointed at 6/);
      expect(words.out).toMatch(/head-rolled-back \(seq 3\)/);
      const asJson = await runVerify(made.env, ['--json']);
      expect(asJson.code).toBe(1);
      const report = JSON.parse(asJson.out) as { ok: boolean; problems: { kind: string; seq?: number }[] };
      expect(report.ok).toBe(false);
      expect(report.problems.map((p) => [p.kind, p.seq])).toEqual([
        ['truncated', 4],
        ['head-rolled-back', 3],
      ]);

      // Without the key nothing can be vouched for.
      const { AUDIT_KEY: _key, ...withoutKey } = made.env;
      fs.rmSync(path.join(dataDir, 'audit.key'), { force: true });
      const keyless = await runVerify(withoutKey, ['--json']);
      expect(keyless.code).toBe(1);
      expect((JSON.parse(keyless.out) as { problems: { kind: string }[] }).problems[0]?.kind).toBe('missing-key');
    }, 120_000);
  });
}
