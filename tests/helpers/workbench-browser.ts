/// <reference lib="dom" />
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { axeViolations, collectPageErrors, settled } from './browser.ts';
import { repoRoot } from './server-process.ts';

/** Helpers of the staff workbench's browser tests (tests/browser/case-loop.test.ts). */

/** Every screen of the loop is kept for a person to look at (bench-results/screenshots/cases-*.png). */
const screenshotsDir = path.join(repoRoot, 'bench-results', 'screenshots');
export const phone = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  timezoneId: 'Asia/Shanghai',
  locale: 'zh-CN',
};
export const desk = { viewport: { width: 1440, height: 900 }, timezoneId: 'Asia/Shanghai', locale: 'zh-CN' };
/** The sign-in page asks who is signed in; the 401 it gets before sign-in is expected there. */
export const NOT_SIGNED_IN = 'Failed to load resource: the server responded with a status of 401 (Unauthorized)';

/** Saves a screenshot once nothing on the page moves any more (dialogs, drawers and messages have finished opening). */
export async function shot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  fs.mkdirSync(screenshotsDir, { recursive: true });
  await settled(page);
  await page.screenshot({ path: path.join(screenshotsDir, `cases-${name}.png`), fullPage: options.fullPage ?? true });
}

/**
 * axe-core on the whole page as it is (header, page, open drawers and dialogs): the serious and
 * critical violations. The frame's user menu is left to the frame's own tests.
 */
export function seriousViolations(page: Page): Promise<string[]> {
  return axeViolations(page, { exclude: ['[data-testid="user-menu"]'] });
}

/** The open antd dropdown (Select and TreeSelect popups are portalled to the body). */
export const openDropdown = (page: Page) => page.locator('.ant-select-dropdown:visible').last();
export const openModal = (page: Page) => page.locator('.ant-modal-wrap:visible').last();

/** Opens a Select or TreeSelect (by test id, inside `scope`), types a search, picks the option by its exact text. */
export async function choose(page: Page, testId: string, label: string, search = label) {
  await page.getByTestId(testId).click();
  await page.keyboard.type(search);
  const option = openDropdown(page).getByText(label, { exact: true }).first();
  await option.waitFor();
  await settled(page); // the dropdown has finished opening (a click during its animation can be lost)
  await option.click();
  await expect.poll(() => page.getByTestId(testId).textContent()).toContain(label);
}

export async function signIn(
  browser: Browser,
  address: string,
  login: string,
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext(desk);
  const page = await context.newPage();
  const errors = collectPageErrors(page);
  await page.goto(`${address}/login`);
  await page.getByTestId('login-username').fill(login);
  await page.getByTestId('login-password').fill('luoshi2026');
  await page.getByTestId('login-submit').click();
  await page.waitForURL((url) => url.pathname !== '/login');
  return { context, page, errors };
}

/** A photo as a phone would take it: a JPEG drawn on a canvas in the page. */
export async function photo(page: Page, colour: string): Promise<Buffer> {
  const dataUrl = await page.evaluate((fill) => {
    const canvas = document.createElement('canvas');
    canvas.width = 480;
    canvas.height = 360;
    const g = canvas.getContext('2d') as CanvasRenderingContext2D;
    g.fillStyle = fill;
    g.fillRect(0, 0, 480, 360);
    g.fillStyle = '#5b4a36';
    g.fillRect(0, 250, 480, 110);
    g.fillStyle = '#2f6b2f';
    for (let i = 0; i < 9; i++) g.fillRect(30 + i * 50, 200 - (i % 3) * 15, 36, 50);
    return canvas.toDataURL('image/jpeg', 0.85);
  }, colour);
  return Buffer.from(dataUrl.split(',')[1] ?? '', 'base64');
}
