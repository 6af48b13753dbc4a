import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/app/server.ts';
import { browserAvailable, browserSkipReason, collectPageErrors, saveScreenshot } from '../helpers/browser.ts';
import { type BrowserWorld, openBrowserWorld } from '../helpers/browser-world.ts';

/**
 * The frame needs a session: sign in through the API, then give the browser the session cookie.
 * Playwright's request client runs in the test process, on the test clock, and would store the
 * cookie with an expiry weeks behind the browser's clock, so Chromium would drop it as expired: the
 * cookie from the answer's Set-Cookie is added as a session cookie instead.
 */
async function signInAsAdmin(page: Page, address: string): Promise<void> {
  const response = await page.request.post(`${address}/api/v1/auth/login`, {
    data: { login: 'admin', password: 'luoshi2026' },
  });
  expect(response.status()).toBe(200);
  const cookies = response
    .headersArray()
    .filter((header) => header.name.toLowerCase() === 'set-cookie')
    .map((header) => {
      const [pair = '', ...attributes] = header.value.split(';');
      const at = pair.indexOf('=');
      const httpOnly = attributes.some((attribute) => attribute.trim().toLowerCase() === 'httponly');
      return { name: pair.slice(0, at).trim(), value: pair.slice(at + 1).trim(), url: address, httpOnly };
    });
  expect(cookies.length).toBeGreaterThan(0);
  await page.context().addCookies(cookies);
}

// Skipped only where Chromium is absent outside CI; see helpers/browser.ts.
describe.skipIf(!browserAvailable)(`the web shell in Chromium ${browserSkipReason}`, () => {
  let server: RunningServer;
  let browser: Browser;
  let world: BrowserWorld | undefined;

  beforeAll(async () => {
    world = await openBrowserWorld('web');
    ({ server, browser } = world);
  });

  afterAll(async () => {
    await world?.close();
  });

  it('shows the Chinese frame, reports the database, and switches to English', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 800 } });
    const errors = collectPageErrors(page);
    await signInAsAdmin(page, server.address);
    await page.goto(server.address);
    await expect.poll(() => page.getByTestId('app-title').textContent()).toContain('落实');
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    const nav = page.getByTestId('nav');
    for (const label of ['工作台', '诉求工单', '清单任务', '督查督办', '系统管理'])
      await expect.poll(() => nav.textContent()).toContain(label);
    await expect.poll(() => page.getByTestId('db-status').textContent()).toContain('PGlite');
    await saveScreenshot(page, 'web-shell-zh');

    await page.getByTestId('locale-switch').getByText('English').click();
    await expect.poll(() => nav.textContent()).toContain('Workbench');
    expect(await page.locator('html').getAttribute('lang')).toBe('en-US');
    await saveScreenshot(page, 'web-shell-en');
    expect(errors).toEqual([]);
    await page.close();
  });

  it("follows the person's motion setting: a clicked button ripples, and none does when the system asks for less motion", async () => {
    const ripples = async (reducedMotion: 'reduce' | 'no-preference') => {
      const page = await browser.newPage({ viewport: { width: 1366, height: 800 }, reducedMotion });
      await page.goto(`${server.address}/login`);
      // Sign-in with empty fields: the form only shows what is missing, the button stays.
      await page.getByTestId('login-submit').click();
      await page.locator('.ant-form-item-explain-error').first().waitFor();
      // The ripple (antd's wave) is added on the click and lasts about two seconds.
      const found = await page.evaluate(() => document.querySelectorAll('.ant-wave').length);
      await page.close();
      return found;
    };
    expect(await ripples('no-preference')).toBeGreaterThan(0);
    expect(await ripples('reduce')).toBe(0);
  });

  it('shows the API docs page without errors', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
    const errors = collectPageErrors(page);
    await page.goto(`${server.address}/docs`);
    await expect.poll(() => page.textContent('body')).toContain('/api/v1/system/info');
    await saveScreenshot(page, 'api-docs');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens a deep link served by the same server', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const errors = collectPageErrors(page);
    await signInAsAdmin(page, server.address);
    await page.goto(`${server.address}/cases`);
    await expect.poll(() => page.getByTestId('page-title').textContent()).toContain('诉求工单');
    await page.getByTestId('case-table').locator('tbody tr.ant-table-row').first().waitFor(); // the case list (诉求工单)
    await saveScreenshot(page, 'web-shell-phone-cases');
    expect(errors).toEqual([]);
    await page.close();
  });
});
