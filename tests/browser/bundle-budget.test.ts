import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultWebRoot, type RunningServer } from '../../src/app/server.ts';
import { browserAvailable, browserSkipReason, collectPageErrors } from '../helpers/browser.ts';
import { type BrowserWorld, openBrowserWorld } from '../helpers/browser-world.ts';

/** Compressed JavaScript the first screen of /login may download (brotli or gzip, as the server sends it). */
const LOGIN_SCRIPT_BUDGET = 200 * 1024;

/**
 * The built chunks that hold ECharts code: `__ec_` prefixes ECharts' inner properties, so it is in
 * every chunk with any of the library and in none without.
 */
function echartsChunks(): Set<string> {
  const assets = path.join(defaultWebRoot, 'assets');
  return new Set(
    fs
      .readdirSync(assets)
      .filter((name) => name.endsWith('.js') && fs.readFileSync(path.join(assets, name), 'utf8').includes('__ec_')),
  );
}

interface ScriptLoad {
  file: string;
  encoding: string;
  /** Bytes of the body as sent, before decoding. */
  bytes: number;
}

/** Records every script the page loads, with the bytes that crossed the network. */
function recordScripts(page: Page): () => Promise<ScriptLoad[]> {
  const loads: Promise<ScriptLoad>[] = [];
  page.on('requestfinished', (request: Request) => {
    if (request.resourceType() !== 'script') return;
    loads.push(
      (async () => {
        const response = await request.response();
        const sizes = await request.sizes();
        return {
          file: new URL(request.url()).pathname.replace(/^\/assets\//, ''),
          encoding: (await response?.headerValue('content-encoding')) ?? 'identity',
          bytes: sizes.responseBodySize,
        };
      })(),
    );
  });
  return () => Promise.all(loads);
}

function describeLoads(loads: ScriptLoad[]): string {
  return loads
    .toSorted((a, b) => b.bytes - a.bytes)
    .map((load) => `${(load.bytes / 1024).toFixed(1).padStart(6)} KB ${load.encoding.padEnd(8)} ${load.file}`)
    .join('\n');
}

// Skipped only where Chromium is absent outside CI; see helpers/browser.ts.
describe.skipIf(!browserAvailable)(`the size of the first screens in Chromium ${browserSkipReason}`, () => {
  let server: RunningServer;
  let browser: Browser;
  let world: BrowserWorld | undefined;

  beforeAll(async () => {
    world = await openBrowserWorld('bundle');
    ({ server, browser } = world);
  });

  afterAll(async () => {
    await world?.close();
  });

  it('loads the sign-in page with less than 200 KB of compressed scripts, compressed, and without ECharts', async () => {
    const charts = echartsChunks();
    expect(charts.size).toBeGreaterThan(0);

    const page = await browser.newPage({ viewport: { width: 1366, height: 800 } });
    const errors = collectPageErrors(page);
    const scripts = recordScripts(page);
    await page.goto(`${server.address}/login`);
    // The first screen: the form, and the demo accounts (the demo installation has them).
    await page.getByTestId('login-submit').waitFor();
    await page.getByTestId('demo-logins').waitFor();
    await page.waitForLoadState('networkidle');
    const loads = await scripts();
    await page.close();

    const report = describeLoads(loads);
    expect(loads.length, report).toBeGreaterThan(0);
    // The server sends its precompressed files; only a file too small to be worth it goes as it is.
    for (const load of loads) {
      if (load.bytes >= 1024) expect(['br', 'gzip'], `${load.file}\n${report}`).toContain(load.encoding);
    }
    const total = loads.reduce((sum, load) => sum + load.bytes, 0);
    expect(total, `${(total / 1024).toFixed(1)} KB in all:\n${report}`).toBeLessThan(LOGIN_SCRIPT_BUDGET);
    expect(
      loads.filter((load) => charts.has(load.file)),
      report,
    ).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("loads the citizen's report page (/m) without ECharts until a map is opened", async () => {
    const charts = echartsChunks();
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const errors = collectPageErrors(page);
    const scripts = recordScripts(page);
    await page.goto(`${server.address}/m`);
    await page.getByTestId('citizen-nav-submit').waitFor();
    await page.getByTestId('citizen-form').waitFor();
    await page.waitForLoadState('networkidle');
    const loads = await scripts();
    await page.close();

    expect(loads.length).toBeGreaterThan(0);
    expect(
      loads.filter((load) => charts.has(load.file)),
      describeLoads(loads),
    ).toEqual([]);
    expect(errors).toEqual([]);
  });
});
