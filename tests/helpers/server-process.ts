import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { childClockVariable, testNow } from './clock.ts';

export const repoRoot = path.resolve(import.meta.dirname, '../..');
const mainScript = path.join(repoRoot, 'src/main.ts');
const clockPreload = path.join(repoRoot, 'tests/helpers/clock-preload.ts');

export interface ServerProcess {
  child: ChildProcess;
  /** Everything the process wrote to stdout and stderr so far. */
  output(): string;
  /** Resolves with the address printed at start, or rejects if the process exits first. */
  ready: Promise<string>;
  /** Resolves with the exit code (or the signal's name). */
  exited: Promise<number | string>;
}

/**
 * Starts `src/main.ts` as its own process, exactly as `npm start` does after building, but on the
 * test clock: the process's `Date` starts at the test's current instant (clock-preload.ts).
 */
export function startServerProcess(env: Record<string, string>): ServerProcess {
  const child = spawn(process.execPath, ['--import', clockPreload, mainScript], {
    cwd: repoRoot,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      PORT: '0',
      LOG_LEVEL: 'warn',
      [childClockVariable]: testNow().toISOString(),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | string>((resolve) => {
    child.on('exit', (code, signal) => resolve(code ?? signal ?? 'unknown'));
  });
  const ready = new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /running at (http:\/\/\S+)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    void exited.then((code) => reject(new Error(`server exited (${code}) before it was ready:\n${output}`)));
  });
  // A rejection nobody awaits must not fail the run; tests await `ready` when they need it.
  ready.catch(() => undefined);
  return { child, output: () => output, ready, exited };
}
