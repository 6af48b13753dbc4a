import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    exclude: ['node_modules/**', 'dist/**', 'src/web/**'],
    environment: 'node',
    // Every test file starts on the fixed test clock, never the wall clock (tests/helpers/clock.ts),
    // with the test audit key installed (tests/setup/audit-key.ts).
    setupFiles: ['tests/setup/fixed-clock.ts', 'tests/setup/audit-key.ts'],
    // The databases every test file starts from, made once per run; the folder of the demo
    // installation that browser test files copy (prepared by the first of them).
    globalSetup: ['tests/setup/database-snapshots.ts', 'tests/setup/demo-installation.ts'],
    pool: 'forks',
    // Vitest's default is one file at a time on a two-core machine (cores - 1); much of a file's time
    // is spent waiting on PostgreSQL, a child server or Chromium, so two files run side by side.
    maxWorkers: Math.max(2, availableParallelism()),
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // expect.poll waits for a condition; on a busy machine a page or a background job may take
    // seconds to get there (the default, 1 s, fails such tests under load). Browser tests wait longer
    // still (tests/helpers/browser.ts).
    expect: { poll: { timeout: 15_000 } },
    reporters: ['default'],
  },
});
