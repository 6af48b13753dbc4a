import fs from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { sql } from 'kysely';
import { pino } from 'pino';
import { inject, vi } from 'vitest';
import { startServer } from '../../src/app/server.ts';
import { defaultTestNow, restoreTestClock, setTestClock } from './clock.ts';
import { testConfig } from './test-app.ts';

/**
 * One demo installation per run: the data folder of a server that has loaded the demo district, its
 * cases and its task lists, and indexed the cases for search, then stopped. Each browser test file
 * copies it and starts its server on the copy, as an installation restarts: nothing is loaded
 * again. Loading the demo takes a minute or more on a busy machine; a copy takes a second.
 *
 * The first file to ask prepares it (the others wait for it) in the run's folder
 * (tests/setup/demo-installation.ts). It is prepared on a clock a quarter of an hour before the
 * test instant, so that every demo record is in the past of every test file's clock.
 */
const preparedAhead = 15 * 60_000;

export async function copyOfDemoInstallation(into: string): Promise<void> {
  const folder = inject('demoInstallationFolder');
  const ready = path.join(folder, 'ready');
  const failed = path.join(folder, 'failed');
  if (claim(path.join(folder, 'claimed'))) {
    try {
      await prepare(path.join(folder, 'preparing'));
      fs.renameSync(path.join(folder, 'preparing'), ready);
    } catch (error) {
      fs.writeFileSync(failed, String(error));
      throw error;
    }
  } else {
    await vi.waitFor(
      () => {
        if (!fs.existsSync(ready) && !fs.existsSync(failed)) throw new Error('the demo installation is not ready yet');
      },
      { timeout: 570_000, interval: 500 },
    );
    if (fs.existsSync(failed))
      throw new Error(`the demo installation could not be prepared: ${fs.readFileSync(failed)}`);
  }
  fs.cpSync(ready, into, { recursive: true });
}

/** True for the one caller that creates `marker` (mkdir is atomic). */
function claim(marker: string): boolean {
  try {
    fs.mkdirSync(marker);
    return true;
  } catch {
    return false;
  }
}

async function prepare(dataDir: string): Promise<void> {
  let programmesDone: (outcome: string) => void = () => undefined;
  const programmes = new Promise<string>((resolve) => (programmesDone = resolve));
  const log = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
        const { msg, level } = JSON.parse(line) as { msg?: string; level: number };
        if (msg?.startsWith('demo task lists')) programmesDone(msg);
        else if (level >= 50) programmesDone(`error: ${msg}`);
      }
      callback();
    },
  });
  setTestClock(new Date(defaultTestNow.getTime() - preparedAhead));
  try {
    const server = await startServer(testConfig({ DATA_DIR: dataDir }), pino({ level: 'info' }, log));
    try {
      const outcome = await programmes;
      if (outcome !== 'demo task lists loaded') throw new Error(`the demo task lists did not load: ${outcome}`);
      // Every demo case searchable (the server's indexer works through the queue in small batches).
      await vi.waitFor(
        async () => {
          const queued = await sql<{ n: number }>`select count(*)::int as n from case_search_queue`.execute(
            server.database.db,
          );
          if (queued.rows[0]?.n !== 0) throw new Error(`${queued.rows[0]?.n} cases still to index`);
        },
        { timeout: 300_000, interval: 500 },
      );
    } finally {
      await server.stop();
    }
  } finally {
    restoreTestClock();
  }
}
