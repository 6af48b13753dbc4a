/// <reference lib="dom" />
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/app/server.ts';
import {
  axeViolations,
  browserAvailable,
  browserSkipReason,
  canvasesStill,
  collectPageErrors,
  settled,
} from '../helpers/browser.ts';
import { type BrowserWorld, openBrowserWorld } from '../helpers/browser-world.ts';
import { repoRoot } from '../helpers/server-process.ts';

/** The sign-in page asks who is signed in; the 401 it gets before sign-in is expected there. */
const NOT_SIGNED_IN = 'Failed to load resource: the server responded with a status of 401 (Unauthorized)';
const screenshotsDir = path.join(repoRoot, 'bench-results', 'screenshots');

async function shot(page: Page, name: string) {
  fs.mkdirSync(screenshotsDir, { recursive: true });
  await settled(page); // dialogs and messages have finished their animations
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(screenshotsDir, `${name}.png`), fullPage: true });
}

/** axe-core on the page's main content (the frame's header is checked by the frame's own tests). */
const seriousViolations = (page: Page, include = '#main-content') => axeViolations(page, { include });

async function signIn(browser: Browser, address: string, login: string) {
  // China time, as the district's people see it.
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
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

// Skipped only where Chromium is absent outside CI; see helpers/browser.ts.
describe.skipIf(!browserAvailable)(
  `the supervision board and the leader dashboard in Chromium ${browserSkipReason}`,
  () => {
    let server: RunningServer;
    let browser: Browser;
    let world: BrowserWorld | undefined;

    beforeAll(async () => {
      // The demo district with its demo cases (some overdue, escalated, recurring).
      world = await openBrowserWorld('supervision');
      ({ server, browser } = world);
    });

    afterAll(async () => {
      await world?.close();
    });

    it('shows the supervisor the overdue cases in red, urges one, and opens a case from its line', async () => {
      const { page, errors } = await signIn(browser, server.address, 'supervisor');
      await page.goto(`${server.address}/supervision`);
      const overdue = page.getByTestId('board-section-overdue');
      await overdue.locator('tbody tr.board-row').first().waitFor();
      await expect.poll(() => page.getByTestId('page-title').textContent()).toContain('督查督办');

      // The most overdue case first, marked red.
      const firstRow = overdue.locator('tbody tr.board-row').first();
      const tag = firstRow.getByTestId('overdue-tag');
      expect(await tag.textContent()).toMatch(/^超期 (\d+ 天|不足 1 天)$/);
      expect(await tag.getAttribute('data-colour')).toBe('red');
      expect(await tag.evaluate((el) => getComputedStyle(el).color)).toMatch(
        /^rgb\((1[6-9]\d|2\d\d), \d{1,2}, \d{1,2}\)$/,
      );
      expect(await firstRow.getAttribute('class')).toContain('board-row-red');
      expect(
        Number(await page.getByTestId('board-stat-overdue').locator('.board-stat-value').textContent()),
      ).toBeGreaterThan(0);
      await page.getByTestId('board-overdue-by-unit-chart').locator('canvas').first().waitFor();
      await shot(page, 'supervision-board');
      expect(await seriousViolations(page)).toEqual([]);

      // 督办 from the board: the instruction goes out and the line says it was urged today.
      const rows = overdue.locator('tbody tr.board-row');
      let row = rows.first();
      for (let i = 0; i < (await rows.count()); i++) {
        if (await rows.nth(i).getByTestId('board-urge').isEnabled()) {
          row = rows.nth(i);
          break;
        }
      }
      const code = (await row.getByTestId('board-case-link').textContent()) ?? '';
      await row.getByTestId('board-urge').click();
      await page.getByTestId('urge-note').waitFor();
      await settled(page); // the dialog has opened
      expect(await page.getByTestId('urge-note').inputValue()).toContain('请单位负责人督促立即办理');
      await shot(page, 'supervision-urge');
      expect(await seriousViolations(page, '.ant-modal')).toEqual([]);
      // An empty instruction is refused beside the field, and nothing else goes wrong on the page.
      const errorsBefore = errors.length;
      await page.getByTestId('urge-note').fill('');
      await page.getByTestId('urge-submit').click();
      await expect.poll(() => page.locator('.ant-modal .ant-form-item-explain-error').count()).toBeGreaterThan(0);
      await settled(page); // the message has shown, and nothing else came of the refused submit
      expect(errors.slice(errorsBefore)).toEqual([]);
      await page.getByTestId('urge-note').fill('请单位负责人督促立即办理，今天内回复');
      await page.getByTestId('urge-submit').click();
      await expect.poll(() => page.locator('.ant-message').textContent()).toContain('已督办');
      const urgedRow = rows.filter({ hasText: code });
      await expect.poll(() => urgedRow.getByTestId('board-urge').isDisabled()).toBe(true);

      // Other sections, then a line opens its case.
      await page.getByTestId('board-stat-recurrences').click();
      const recurrences = page.getByTestId('board-section-recurrences');
      await recurrences.locator('tbody tr.board-row').first().waitFor();
      await shot(page, 'supervision-recurrences');
      const link = recurrences.getByTestId('board-case-link').first();
      const id = (await link.getAttribute('href'))?.split('/').pop();
      await link.click();
      await page.waitForURL((url) => url.pathname.startsWith('/cases/'));
      expect(new URL(page.url()).pathname).toBe(`/cases/${id}`);
      expect(errors.filter((e) => e !== NOT_SIGNED_IN)).toEqual([]);
      await page.context().close();
    });

    it('shows the leader the dashboard: trend, categories, map, overdue, red and black lists; each drills into the case list', async () => {
      const { page, errors } = await signIn(browser, server.address, 'leader');
      await page.goto(`${server.address}/dashboard`);
      await page.getByTestId('dash-kpis').waitFor();
      await expect.poll(() => page.getByTestId('page-title').textContent()).toContain('领导驾驶舱');
      for (const chart of ['dash-volume', 'dash-categories', 'dash-places', 'dash-overdue', 'dash-rates']) {
        await page.getByTestId(chart).locator('canvas').first().waitFor();
      }
      expect(
        Number(await page.getByTestId('dash-kpi-overdue').locator('.dash-kpi-value').textContent()),
      ).toBeGreaterThan(0);
      expect(await page.getByTestId('dash-red-list').textContent()).toContain('红榜');
      expect(await page.getByTestId('nav').textContent()).toContain('领导驾驶舱');
      await canvasesStill(page.locator('#main-content')); // the charts have finished drawing
      await shot(page, 'leader-dashboard');
      expect(await seriousViolations(page)).toEqual([]);

      // Each chart has a table with links: the top category opens its cases for the period.
      const categories = page.getByTestId('dash-categories');
      await categories.getByText('表格', { exact: true }).click();
      const first = categories.locator('tbody a').first();
      await first.waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await first.click();
      await page.waitForURL((url) => url.pathname === '/cases');
      const params = new URL(page.url()).searchParams;
      expect(params.get('categoryId')).toMatch(/^\d+$/);
      expect(params.get('createdFrom')).toMatch(/T16:00:00\.000Z$/); // midnight in China
      expect(params.get('createdTo')).toMatch(/T16:00:00\.000Z$/);

      // The overdue figure opens the overdue queue.
      await page.goBack();
      await page.getByTestId('dash-kpi-overdue').click();
      await page.waitForURL((url) => url.pathname === '/cases');
      expect(new URL(page.url()).searchParams.get('queue')).toBe('overdue');

      // English.
      await page.goto(`${server.address}/dashboard`);
      await page.getByTestId('locale-switch').getByText('English').click();
      await expect.poll(() => page.getByTestId('dash-kpis').textContent()).toContain('Overdue now');
      await page.getByTestId('dash-rates').locator('canvas').first().waitFor();
      await canvasesStill(page.locator('#main-content'));
      await shot(page, 'leader-dashboard-en');
      expect(errors.filter((e) => e !== NOT_SIGNED_IN)).toEqual([]);
      await page.context().close();
    });

    it('keeps both pages from a township handler', async () => {
      const { page } = await signIn(browser, server.address, 'town.handler');
      expect(await page.getByTestId('nav').textContent()).not.toContain('领导驾驶舱');
      await page.goto(`${server.address}/supervision`);
      await page.getByTestId('forbidden').waitFor();
      await page.goto(`${server.address}/dashboard`);
      await page.getByTestId('forbidden').waitFor();
      expect(await page.getByTestId('forbidden').textContent()).toContain('返回工作台');
      await page.context().close();
    });
  },
);
