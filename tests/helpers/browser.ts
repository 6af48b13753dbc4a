import fs from 'node:fs';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { repoRoot } from './server-process.ts';

export const chromiumPath = '/usr/bin/chromium';
export const artifactsDir = path.join(repoRoot, 'test-artifacts');

/**
 * Browser tests need Debian's Chromium. CI installs it (.ci/run) and must run them; on a
 * developer's machine without it they are skipped, with this reason printed.
 */
export const browserAvailable = fs.existsSync(chromiumPath);
export const browserSkipReason = browserAvailable ? '' : `no Chromium at ${chromiumPath} (apt-get install -y chromium)`;
if (!browserAvailable && process.env.CI) throw new Error(`CI must run the browser tests: ${browserSkipReason}`);

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** Saves a full-page screenshot to test-artifacts/<name>.png and returns its path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(artifactsDir, { recursive: true });
  const file = path.join(artifactsDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Collects console errors and uncaught page errors (a CSP violation shows up here too). */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}
