/// <reference lib="dom" />
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/app/server.ts';
import {
  axeViolations,
  browserAvailable,
  browserSkipReason,
  canvasesStill,
  collectPageErrors,
  saveScreenshot,
} from '../helpers/browser.ts';
import { type BrowserWorld, openBrowserWorld } from '../helpers/browser-world.ts';

/** The sign-in page asks who is signed in; the 401 it gets before sign-in is expected there. */
const NOT_SIGNED_IN = 'Failed to load resource: the server responded with a status of 401 (Unauthorized)';

async function signIn(browser: Browser, address: string, login: string, width: number) {
  const context = await browser.newContext({
    viewport: { width, height: 900 },
    timezoneId: 'Asia/Shanghai',
    locale: 'zh-CN',
  });
  const page = await context.newPage();
  const errors = collectPageErrors(page);
  await page.goto(`${address}/login`);
  await page.getByTestId('login-username').fill(login);
  await page.getByTestId('login-password').fill('luoshi2026');
  await page.getByTestId('login-submit').click();
  await page.waitForURL((url) => url.pathname !== '/login');
  return { page, errors };
}

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  expect(found).not.toBeNull();
  return found!;
}

/** `inner` lies wholly inside `outer`, left and right edges included (half a pixel of rounding allowed). */
async function expectInside(inner: Locator, outer: Locator, what: string) {
  const a = await box(inner);
  const b = await box(outer);
  expect(a.x, `${what}: left edge`).toBeGreaterThanOrEqual(b.x - 0.5);
  expect(a.x + a.width, `${what}: right edge`).toBeLessThanOrEqual(b.x + b.width + 0.5);
}

/** A full-page screenshot from the top (the frame's header is fixed: scrolled, it would show mid-page). */
async function shot(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await saveScreenshot(page, name);
}

async function showTable(card: Locator) {
  await card.getByText('表格', { exact: true }).click();
  await card.locator('table').first().waitFor();
}

// Skipped only where Chromium is absent outside CI; see helpers/browser.ts.
describe.skipIf(!browserAvailable)(`the leader dashboard at desktop widths in Chromium ${browserSkipReason}`, () => {
  let server: RunningServer;
  let browser: Browser;
  let world: BrowserWorld | undefined;

  beforeAll(async () => {
    world = await openBrowserWorld('dashboard-layout');
    ({ server, browser } = world);
  });

  afterAll(async () => {
    await world?.close();
  });

  const openDashboard = async (page: Page) => {
    await page.goto(`${server.address}/dashboard`);
    await page.getByTestId('dash-kpis').waitFor();
    for (const chart of ['dash-volume', 'dash-categories', 'dash-channels', 'dash-overdue', 'dash-rates'])
      await page.getByTestId(chart).locator('canvas').first().waitFor();
    await canvasesStill(page.locator('#main-content'));
  };

  it('shows the whole 红黑榜 table, 综合得分 included, at 1280, 1440 and 1920 px', async () => {
    const { page, errors } = await signIn(browser, server.address, 'leader', 1280);
    await openDashboard(page);
    await shot(page, 'dashboard-1280');
    const rates = page.getByTestId('dash-rates');
    await showTable(rates);
    for (const width of [1280, 1440, 1920]) {
      await page.setViewportSize({ width, height: 900 });
      const score = rates.locator('th', { hasText: '综合得分' });
      await score.waitFor();
      await expectInside(score, rates, `综合得分 in its card at ${width} px`);
      await expectInside(score, rates.locator('.ant-table').first(), `综合得分 in its table at ${width} px`);
      // Its cells too: the first ranked unit's score.
      const cell = rates.locator('tbody tr.ant-table-row').first().locator('td').last();
      await expectInside(cell, rates.locator('.ant-table').first(), `a score cell at ${width} px`);
    }
    await shot(page, 'dashboard-1920-rates-table');
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.getByTestId('dash-rates').getByText('图表', { exact: true }).click();
    await canvasesStill(page.locator('#main-content'));
    await shot(page, 'dashboard-1920');
    expect(errors.filter((e) => e !== NOT_SIGNED_IN)).toEqual([]);
    await page.context().close();
  });

  it('names the township card for what it shows and counts cases per intake channel in a card of their own', async () => {
    const { page, errors } = await signIn(browser, server.address, 'leader', 1280);
    const answer = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/v1/dashboard' && r.ok());
    await openDashboard(page);
    const dash = (await (await answer).json()) as { channels: { channel: string; count: number }[] };
    expect(await page.getByTestId('dash-places').locator('.chart-card-title').textContent()).toBe('诉求属地分布');
    const channels = page.getByTestId('dash-channels');
    expect(await channels.locator('.chart-card-title').textContent()).toBe('诉求渠道分布');
    expect(await page.locator('#main-content').textContent()).not.toContain('诉求来源分布');

    // The table: every channel in the API's order, with the API's counts; a channel opens its cases.
    await showTable(channels);
    const rows = channels.locator('tbody tr.ant-table-row');
    expect(await rows.count()).toBe(dash.channels.length);
    const hotline = dash.channels.find((c) => c.channel === 'hotline');
    expect(hotline?.count).toBeGreaterThan(0);
    const hotlineRow = rows.filter({ hasText: '12345热线' });
    expect(await hotlineRow.locator('td').nth(1).textContent()).toBe(String(hotline?.count));
    expect(await rows.first().locator('td').nth(1).textContent()).toBe(String(dash.channels[0]?.count));
    expect(await axeViolations(page, { include: '#main-content' })).toEqual([]);
    await hotlineRow.getByRole('link').click();
    await page.waitForURL((url) => url.pathname === '/cases');
    expect(new URL(page.url()).searchParams.get('channel')).toBe('hotline');
    expect(errors.filter((e) => e !== NOT_SIGNED_IN)).toEqual([]);
    await page.context().close();
  });
});
