import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startServerProcess } from '../helpers/server-process.ts';
import { createPostgresDatabase } from '../helpers/test-databases.ts';

async function json(url: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(url);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

describe('the server process on the embedded database', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'luoshi-proc-'));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('starts, refuses a second process on the same data folder, stops cleanly on SIGTERM, and keeps its data', async () => {
    // The demo district loads (it is part of starting); its scripted cases are left out to keep this
    // quick (the browser tests' demo installation starts with them).
    const first = startServerProcess({ DATA_DIR: dataDir, DEMO_CASES: 'false' });
    const address = await first.ready;
    expect(first.output()).toContain('embedded PGlite');
    // The audit key is made at first start, readable by the owner only, with a warning to back it up.
    const keyFile = path.join(dataDir, 'audit.key');
    expect(fs.statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(Buffer.from(fs.readFileSync(keyFile, 'utf8').trim(), 'base64')).toHaveLength(32);
    expect(first.output()).toMatch(/"level":40.*audit key generated at .*audit\.key: BACK IT UP/);
    expect((await json(`${address}/readyz`)).body).toEqual({ status: 'ready', database: 'pglite' });
    const { body: info } = await json(`${address}/api/v1/system/info`);
    expect(fs.readFileSync(path.join(dataDir, 'luoshi.lock'), 'utf8').trim()).toBe(String(first.child.pid));

    const second = startServerProcess({ DATA_DIR: dataDir, DEMO_CASES: 'false' });
    expect(await second.exited).toBe(1);
    expect(second.output()).toMatch(
      new RegExp(`already in use by another luoshi process \\(pid ${first.child.pid}\\)`),
    );

    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(fs.existsSync(path.join(dataDir, 'luoshi.lock'))).toBe(false);
    // Stopping sealed the demo's audit rows and checkpointed the head outside the database.
    expect(JSON.parse(fs.readFileSync(path.join(dataDir, 'audit-checkpoint.json'), 'utf8'))).toMatchObject({
      seq: expect.any(Number),
      instance: info.instanceId,
    });

    const again = startServerProcess({ DATA_DIR: dataDir, DEMO_CASES: 'false' });
    const againAddress = await again.ready;
    const { body: infoAgain } = await json(`${againAddress}/api/v1/system/info`);
    expect(infoAgain.instanceId).toBe(info.instanceId);
    expect(again.output()).not.toContain('audit key generated');
    again.child.kill('SIGINT');
    expect(await again.exited).toBe(0);
  }, 180_000);

  it('lists every bad variable and exits 1', async () => {
    const bad = startServerProcess({ DATA_DIR: dataDir, PORT: 'abc', LOG_LEVEL: 'loud', DATABASE_URL: 'mysql://x' });
    expect(await bad.exited).toBe(1);
    const output = bad.output();
    for (const name of ['PORT', 'LOG_LEVEL', 'DATABASE_URL']) expect(output).toContain(name);
  });

  it('refuses to start in production on PostgreSQL without an audit key', async () => {
    const emptyDir = fs.mkdtempSync(path.join(os.tmpdir(), 'luoshi-proc-prod-'));
    const refused = startServerProcess({
      DATA_DIR: emptyDir,
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://luoshi@127.0.0.1:1/none',
    });
    expect(await refused.exited).toBe(1);
    expect(refused.output()).toMatch(/cannot start[\s\S]*AUDIT_KEY or AUDIT_KEY_FILE must be set in production/);
    expect(fs.existsSync(path.join(emptyDir, 'audit.key'))).toBe(false);
    fs.rmSync(emptyDir, { recursive: true, force: true });
  });
});

describe.runIf(Boolean(process.env.TEST_DATABASE_URL))('the server process on PostgreSQL (DATABASE_URL)', () => {
  it('migrates, serves, and stops cleanly', async () => {
    const { url, drop } = await createPostgresDatabase();
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'luoshi-proc-pg-'));
    try {
      // The demo district loads (it is part of starting); its scripted cases are left out to keep this quick.
      const server = startServerProcess({ DATA_DIR: dataDir, DATABASE_URL: url, DEMO_CASES: 'false' });
      const address = await server.ready;
      expect(server.output()).toContain('PostgreSQL');
      expect((await json(`${address}/readyz`)).body).toEqual({ status: 'ready', database: 'postgres' });
      // No embedded database or lock is made when PostgreSQL is used.
      expect(fs.existsSync(path.join(dataDir, 'pglite'))).toBe(false);
      server.child.kill('SIGTERM');
      expect(await server.exited).toBe(0);
    } finally {
      await drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});
