import { vi } from 'vitest';

/**
 * Every test runs on a fixed clock, never the wall clock: a test must pass on any day of any year.
 *
 * `tests/setup/fixed-clock.ts` (a Vitest setup file) starts each test file at `defaultTestNow`, a
 * Wednesday morning in China time on a working day, and lets the clock run on from there at real
 * speed, so durations and time-outs still pass. Only `Date` is faked: timers and `performance.now()`
 * stay real. The embedded database takes its `now()` from the same `Date`.
 *
 * Tests read the instant with `testNow()` and move it with `setTestClock(...)`; `new Date()` and
 * `Date.now()` are refused in test files by the lint rule `luoshi/no-wall-clock` (eslint.config.js), so the
 * dates a test depends on are visible in it. Time spans use `performance.now()`.
 */
export const defaultTestNow = new Date('2026-11-25T10:00:00+08:00');

/** An instant given as China local time, e.g. `chinaTime('2026-11-22T12:00')`. */
export function chinaTime(local: string): Date {
  const withSeconds = /T\d\d:\d\d$/.test(local) ? `${local}:00` : local;
  const date = new Date(`${withSeconds.includes('T') ? withSeconds : `${withSeconds}T00:00:00`}+08:00`);
  if (Number.isNaN(date.getTime())) throw new Error(`not a China local time: ${local}`);
  return date;
}

/** The test clock's current instant. */
export function testNow(): Date {
  return new Date(Date.now());
}

/** `testNow()` moved by a number of days (negative: earlier). */
export function daysFromNow(days: number): Date {
  return new Date(Date.now() + days * 86_400_000);
}

/**
 * Sets the test clock to `at`. By default it runs on from there; `frozen` stops it (for a test that
 * compares exact instants). Lasts until the next call, or `restoreTestClock()`.
 */
export function setTestClock(at: Date | string, options: { frozen?: boolean } = {}): void {
  vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: !options.frozen });
  vi.setSystemTime(typeof at === 'string' ? chinaTime(at) : at);
}

/** Back to the default: `defaultTestNow`, running. For a test that faked timers of its own. */
export function restoreTestClock(): void {
  setTestClock(defaultTestNow);
}

/** The environment variable through which a child process starts at the test clock (see clock-preload.ts). */
export const childClockVariable = 'LUOSHI_TEST_CLOCK';

/** `testNow()` moved by a number of milliseconds (negative: earlier). */
export function fromNow(ms: number): Date {
  return new Date(Date.now() + ms);
}

/** How far the test clock stands from the wall clock, in milliseconds: how a browser page is put on the test clock. */
export function testClockOffsetMs(): number {
  return Date.now() - vi.getRealSystemTime();
}
