/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/app/server.ts';
import { chinaWallClock } from '../../src/shared/china-time.ts';
import { browserAvailable, browserSkipReason, collectPageErrors, saveScreenshot } from '../helpers/browser.ts';
import { type BrowserWorld, openBrowserWorld } from '../helpers/browser-world.ts';

/** The sign-in page asks who is signed in; the 401 it gets before sign-in is expected there. */
const NOT_SIGNED_IN = 'Failed to load resource: the server responded with a status of 401 (Unauthorized)';

interface ReportBrief {
  id: number;
  dueAt: string;
  allowedActions: string[];
}
interface ReportDetail extends ReportBrief {
  fields: { key: string; label: string; required: boolean }[];
}

async function signIn(browser: Browser, address: string, login: string) {
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

async function apiGet<T>(page: Page, url: string): Promise<T> {
  const response = await page.request.get(url);
  expect(response.ok(), `${url}: ${response.status()}`).toBe(true);
  return (await response.json()) as T;
}

/**
 * A deadline as the case page writes it (YYYY-MM-DD HH:mm, China time); one at midnight is the end of
 * the day before (24:00), the way a report due "by the 5th" is stored as the 6th's first instant.
 */
function deadlineText(iso: string): string {
  const wall = chinaWallClock(new Date(iso));
  if (wall.getUTCHours() === 0 && wall.getUTCMinutes() === 0)
    return `${chinaWallClock(new Date(Date.parse(iso) - 1))
      .toISOString()
      .slice(0, 10)} 24:00`;
  return wall.toISOString().slice(0, 16).replace('T', ' ');
}

// Skipped only where Chromium is absent outside CI; see helpers/browser.ts.
describe.skipIf(!browserAvailable)(`a unit's report form in Chromium ${browserSkipReason}`, () => {
  let server: RunningServer;
  let browser: Browser;
  let world: BrowserWorld | undefined;

  beforeAll(async () => {
    world = await openBrowserWorld('report-form');
    ({ server, browser } = world);
  });

  afterAll(async () => {
    await world?.close();
  });

  it('marks the required fields from the first render, and reads the due day as the day it ends', async () => {
    const { page, errors } = await signIn(browser, server.address, 'dept.handler');
    // A report the unit may file whose form has required fields (the demo's task lists).
    let report: ReportDetail | undefined;
    const list = await apiGet<{ items: ReportBrief[] }>(page, `${server.address}/api/v1/reports?limit=500`);
    for (const item of list.items.filter((r) => r.allowedActions.includes('submit'))) {
      const detail = await apiGet<ReportDetail>(page, `${server.address}/api/v1/reports/${item.id}`);
      if (detail.fields.some((f) => f.required) && detail.fields.some((f) => !f.required)) {
        report = detail;
        break;
      }
    }
    expect(report, 'a fillable report with required and optional fields').toBeDefined();
    const { id, fields, dueAt } = report!;

    await page.goto(`${server.address}/reports/${id}`);
    const form = page.getByTestId('report-form');
    await form.waitFor();
    await page.getByTestId(`report-field-${fields[0]!.key}`).waitFor();
    await saveScreenshot(page, 'report-form-before-submit');
    // Nothing submitted yet: no error shown, and each required field already carries antd's mark.
    expect(await form.locator('.ant-form-item-explain-error').count()).toBe(0);
    for (const field of fields) {
      const label = form.locator(`label[for="${field.key}"]`);
      expect(await label.getAttribute('class'), field.label).toMatch(
        field.required ? /ant-form-item-required/ : /^(?!.*ant-form-item-required)/,
      );
    }
    // The due moment reads as on the case page, the end of its day rather than the next midnight.
    const head = page.getByTestId('report-due');
    expect(await head.textContent()).toContain(deadlineText(dueAt));
    expect(await page.getByTestId('report-page').textContent()).not.toMatch(/\d{4}\/\d{1,2}\/\d{1,2}/);

    // Submitting the empty form names every required field, and only those.
    await page.getByTestId('report-submit').click();
    await expect
      .poll(() => form.locator('.ant-form-item-explain-error').count())
      .toBe(fields.filter((f) => f.required).length);
    expect(errors.filter((e) => e !== NOT_SIGNED_IN)).toEqual([]);
    await page.context().close();
  });
});
