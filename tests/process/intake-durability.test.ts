import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/platform/db/database.ts';
import { startServerProcess } from '../helpers/server-process.ts';
import { createPostgresDatabase } from '../helpers/test-databases.ts';

/**
 * Kill -9 while clients submit cases, restart, and check that every submission the server
 * acknowledged exists exactly once: a retry of each with its Idempotency-Key answers the same case,
 * and the database holds one row per key.
 */

interface Submission {
  key: string;
  n: number;
  ackedId: number | null;
}

async function submit(address: string, key: string, n: number): Promise<number | null> {
  try {
    const res = await fetch(`${address}/api/v1/public/cases`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': key },
      body: JSON.stringify({ description: `杏坪镇南沟村第${n}号路灯不亮`, address: '杏坪镇南沟村', anonymous: true }),
    });
    if (res.status !== 201 && res.status !== 200) return null;
    return ((await res.json()) as { id: number }).id;
  } catch {
    return null; // the connection died with the server: not acknowledged
  }
}

async function hammerThenKill(address: string, kill: () => void, clients = 8): Promise<Submission[]> {
  const submissions: Submission[] = [];
  let stop = false;
  let counter = 0;
  const loops = Array.from({ length: clients }, async (_, c) => {
    while (!stop) {
      const n = counter++;
      const key = `kill-test-${c}-${n}-${Math.random().toString(36).slice(2, 8)}`;
      const entry: Submission = { key, n, ackedId: null };
      submissions.push(entry);
      entry.ackedId = await submit(address, key, n);
      if (entry.ackedId === null && stop) break;
    }
  });
  // Let acknowledged submissions pile up, then kill the server in the middle of the traffic.
  await new Promise((resolve) => setTimeout(resolve, 2500));
  kill();
  stop = true;
  await Promise.all(loops);
  return submissions;
}

async function checkAfterRestart(address: string, submissions: Submission[]): Promise<void> {
  const acked = submissions.filter((s) => s.ackedId !== null);
  expect(acked.length).toBeGreaterThan(20);
  for (const s of submissions) {
    const id = await submit(address, s.key, s.n);
    expect(id, `retry of ${s.key}`).not.toBeNull();
    if (s.ackedId !== null) expect(id, s.key).toBe(s.ackedId);
  }
}

async function countByKey(open: () => ReturnType<typeof openDatabase>, keys: string[]): Promise<Map<string, number>> {
  const database = await open();
  try {
    const rows = await database.db
      .selectFrom('case_record')
      .select(['idempotency_key'])
      .where('idempotency_key', 'in', keys)
      .execute();
    const counts = new Map<string, number>();
    for (const row of rows) counts.set(row.idempotency_key ?? '', (counts.get(row.idempotency_key ?? '') ?? 0) + 1);
    return counts;
  } finally {
    await database.close();
  }
}

function runKillTest(
  label: string,
  env: () => Promise<{
    env: Record<string, string>;
    open: () => ReturnType<typeof openDatabase>;
    cleanup: () => Promise<void>;
  }>,
) {
  it(`${label}: every acknowledged submission exists exactly once after kill -9`, async () => {
    const { env: serverEnv, open, cleanup } = await env();
    try {
      const first = startServerProcess({ ...serverEnv, PUBLIC_INTAKE_PER_MINUTE: '1000000', DEMO_CASES: 'false' });
      const address = await first.ready;
      const submissions = await hammerThenKill(address, () => first.child.kill('SIGKILL'));
      expect(await first.exited).toBe('SIGKILL');
      const second = startServerProcess({ ...serverEnv, PUBLIC_INTAKE_PER_MINUTE: '1000000', DEMO_CASES: 'false' });
      const again = await second.ready;
      await checkAfterRestart(again, submissions);
      second.child.kill('SIGTERM');
      expect(await second.exited).toBe(0);
      const counts = await countByKey(
        open,
        submissions.map((s) => s.key),
      );
      for (const s of submissions) expect(counts.get(s.key), s.key).toBe(1);
    } finally {
      await cleanup();
    }
  }, 180_000);
}

describe('intake survives kill -9', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
  });

  runKillTest('PGlite', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'luoshi-kill-'));
    dirs.push(dataDir);
    return {
      env: { DATA_DIR: dataDir },
      open: () => openDatabase({ dataDir: path.join(dataDir, 'pglite') }),
      cleanup: async () => undefined,
    };
  });

  if (process.env.TEST_DATABASE_URL) {
    runKillTest('PostgreSQL', async () => {
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'luoshi-kill-'));
      dirs.push(dataDir);
      const { url, drop } = await createPostgresDatabase();
      return {
        env: { DATA_DIR: dataDir, DATABASE_URL: url },
        open: () => openDatabase({ databaseUrl: url }),
        cleanup: drop,
      };
    });
  }
});
