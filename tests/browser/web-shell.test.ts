import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/app/server.ts';
import { browserAvailable, browserSkipReason, collectPageErrors, saveScreenshot } from '../helpers/browser.ts';
import { type BrowserWorld, openBrowserWorld } from '../helpers/browser-world.ts';
import { signInAs } from '../helpers/http-session.ts';
import { photo, signIn } from '../helpers/workbench-browser.ts';

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
    for (const label of ['工作台', '诉求工单', '清单任务', '系统管理'])
      await expect.poll(() => nav.textContent()).toContain(label);
    // The administrator does not supervise cases: 督查督办 would only answer that it may not.
    expect(await nav.textContent()).not.toContain('督查督办');
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

  it('signs in without a failed request, and lands each person where their permissions lead', async () => {
    // The sign-in page asks who is signed in and is told "nobody" without a 401 in the console.
    const grid = await signIn(browser, server.address, 'grid');
    await grid.page.getByTestId('nav').waitFor();
    const nav = async () => (await grid.page.getByTestId('nav').textContent()) ?? '';
    await expect.poll(nav).toContain('诉求工单');
    // A grid worker is offered what it can open: not 督查督办 nor the cockpit; nobody the modules not built yet.
    for (const label of ['督查督办', '领导驾驶舱', '指标', '简报', '系统管理'])
      expect(await nav()).not.toContain(label);
    await saveScreenshot(grid.page, 'web-shell-grid-nav');
    expect(grid.errors).toEqual([]);
    await grid.context.close();

    // The citizen signing in at /login lands on their phone pages, not in the staff workbench.
    const citizen = await signIn(browser, server.address, 'citizen');
    await citizen.page.waitForURL((url) => url.pathname === '/m');
    await citizen.page.getByTestId('citizen-description').waitFor();
    expect(citizen.errors).toEqual([]);
    await citizen.context.close();
  });

  it('shows a returned case as returned by its unit, and photos filling their tiles', async () => {
    const db = server.database.db;
    const returned = await db
      .selectFrom('case_record')
      .select('id')
      .where('status', '=', 'returned')
      .orderBy('id')
      .executeTakeFirstOrThrow();
    const { context, page, errors } = await signIn(browser, server.address, 'dispatcher');
    await page.goto(`${server.address}/cases/${returned.id}`);
    const parties = page.getByTestId('case-parties');
    await parties.waitFor();
    const returning = parties.locator('li[data-returned]');
    await expect.poll(() => returning.textContent()).toContain('已退回');
    expect(await returning.textContent()).toContain('退单');
    expect(await parties.textContent()).not.toContain('未签收');
    await saveScreenshot(page, 'web-shell-case-returned');

    // A case with a photo: the picture fills its tile.
    const dispatcher = await signInAs(server.app, 'dispatcher', 'luoshi2026');
    const upload = await server.app.inject({
      method: 'POST',
      url: '/api/v1/attachments?name=photo.jpg',
      payload: await photo(page, '#9cb8d8'),
      headers: { ...dispatcher.headers(), 'content-type': 'image/jpeg' },
    });
    expect(upload.statusCode, upload.body).toBe(201);
    const made = await server.app.inject({
      method: 'POST',
      url: '/api/v1/cases',
      payload: {
        description: '杏坪镇南沟村路口井盖缺失',
        address: '杏坪镇南沟村路口',
        anonymous: true,
        attachments: [upload.json().token],
      },
      headers: dispatcher.headers(),
    });
    expect(made.statusCode, made.body).toBe(201);
    await page.goto(`${server.address}/cases/${made.json().id}`);
    const thumb = page.getByTestId('case-attachments').locator('img').first();
    await expect.poll(() => thumb.evaluate((img) => (img as HTMLImageElement).complete)).toBe(true);
    const boxes = await page.getByTestId('case-attachments').evaluate((root) => {
      const img = root.querySelector('img') as HTMLImageElement;
      const tile = root.querySelector('.case-thumb-tile, .ant-image') as HTMLElement;
      const box = (el: Element) => el.getBoundingClientRect();
      return { img: [box(img).width, box(img).height], tile: [box(tile).width, box(tile).height] };
    });
    expect(boxes.tile[0]).toBeGreaterThanOrEqual(80);
    expect(boxes.img).toEqual(boxes.tile);
    await saveScreenshot(page, 'web-shell-case-photo');
    // And on a phone.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByTestId('case-attachments').scrollIntoViewIfNeeded();
    const phoneBoxes = await page.getByTestId('case-attachments').evaluate((root) => {
      const box = (el: Element) => [el.getBoundingClientRect().width, el.getBoundingClientRect().height];
      return { img: box(root.querySelector('img') as Element), tile: box(root.querySelector('.ant-image') as Element) };
    });
    expect(phoneBoxes.img).toEqual(phoneBoxes.tile);
    await saveScreenshot(page, 'web-shell-case-photo-phone');
    expect(errors).toEqual([]);
    await context.close();
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
