/// <reference lib="dom" />
import fs from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { pino } from 'pino';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/app/server.ts';
import {
  axeViolations,
  browserAvailable,
  browserSkipReason,
  collectPageErrors,
  settled,
  smsCodeFrom,
} from '../helpers/browser.ts';
import { type BrowserWorld, openBrowserWorld } from '../helpers/browser-world.ts';
import { repoRoot } from '../helpers/server-process.ts';

const NOT_SIGNED_IN = 'Failed to load resource: the server responded with a status of 401 (Unauthorized)';
const screenshotsDir = path.join(repoRoot, 'bench-results', 'screenshots');

async function shot(page: Page, name: string) {
  fs.mkdirSync(screenshotsDir, { recursive: true });
  await settled(page); // dialogs and messages have finished their animations
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(screenshotsDir, `programmes-${name}.png`), fullPage: true });
}

/** axe-core on the page's main content (the frame's header is checked by the frame's own tests). */
const seriousViolations = (page: Page, include = '#main-content') => axeViolations(page, { include });

/** Every line the server logs (the demo's SMS provider writes sign-in codes there). */
const logLines: string[] = [];
const logStream = new Writable({
  write(chunk: Buffer, _encoding, callback) {
    logLines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    callback();
  },
});

async function signIn(browser: Browser, address: string, login: string, password: string) {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    timezoneId: 'Asia/Shanghai',
    locale: 'zh-CN',
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const errors = collectPageErrors(page);
  await page.goto(`${address}/login`);
  await page.getByTestId('login-username').fill(login);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.waitForURL((url) => url.pathname !== '/login');
  return { page, errors };
}

async function apiGet<T>(page: Page, url: string): Promise<T> {
  const response = await page.request.get(url);
  expect(response.ok(), `${url}: ${response.status()}`).toBe(true);
  return (await response.json()) as T;
}

interface ProgrammeBrief {
  id: number;
  title: string;
  status: string;
  allowedActions: string[];
  forms?: { id: number; active: boolean }[];
}

describe.skipIf(!browserAvailable)(`task lists and tables in Chromium ${browserSkipReason}`, () => {
  let server: RunningServer;
  let browser: Browser;
  let password = 'luoshi2026';
  let world: BrowserWorld | undefined;

  beforeAll(async () => {
    world = await openBrowserWorld('programmes', pino({ level: 'info' }, logStream));
    ({ server, browser } = world);
    const logins = (await (await fetch(`${server.address}/api/v1/auth/demo-logins`)).json()) as {
      username: string;
      password: string;
    }[];
    password = logins.find((l) => l.username === 'office')?.password ?? password;
  });

  afterAll(async () => {
    await world?.close();
  });

  it('imports a task list, runs a report through return and acceptance, and signs the task off', async () => {
    const office = await signIn(browser, server.address, 'office', password);
    const page = office.page;
    // The demo programmes load in the background after the server listens.
    let programme: ProgrammeBrief | undefined;
    await expect
      .poll(
        async () => {
          const list = await apiGet<{ items: ProgrammeBrief[] }>(page, `${server.address}/api/v1/programmes?limit=100`);
          programme = list.items.find((p) => p.title.includes('民生实事') && p.allowedActions.includes('importTasks'));
          return programme !== undefined;
        },
        { timeout: 180_000, interval: 2000 },
      )
      .toBe(true);
    const pid = programme!.id;

    await page.goto(`${server.address}/programmes`);
    await page.getByTestId('programme-card').first().waitFor();
    await shot(page, 'list');

    await page.goto(`${server.address}/programmes/${pid}`);
    await page.getByTestId('task-table').locator('tbody tr.ant-table-row').first().waitFor();
    await page.getByTestId('status-counts').waitFor();

    // A bad file first: every refused row with its number, nothing imported.
    const template = await page.request.get(`${server.address}/api/v1/programmes/${pid}/tasks/import-template.xlsx`);
    expect(template.ok()).toBe(true);
    const build = async (rows: Record<string, string>[]) => {
      const book = new ExcelJS.Workbook();
      await book.xlsx.load((await template.body()) as unknown as ArrayBuffer);
      const sheet = book.worksheets[0]!;
      const headerRow = sheet.getRow(1);
      const headers = Array.from({ length: headerRow.cellCount + 1 }, (_, c) =>
        c === 0 ? '' : headerRow.getCell(c).text.replace(/[*＊\s]/g, ''),
      );
      // Our rows only, from row 2: every cell of the template's example rows is overwritten or cleared.
      const last = Math.max(sheet.rowCount, rows.length + 1);
      for (let r = 2; r <= last; r++) {
        const values = rows[r - 2] ?? {};
        const row = sheet.getRow(r);
        for (let c = 1; c < headers.length; c++) row.getCell(c).value = null;
        for (const [label, value] of Object.entries(values)) {
          const col = headers.findIndex((h) => h === label || h.startsWith(label));
          expect(col, label).toBeGreaterThan(0);
          row.getCell(col).value = value;
        }
        row.commit();
      }
      return Buffer.from(await book.xlsx.writeBuffer());
    };
    const upload = page.getByTestId('programme-excel').locator('input[type=file]');
    const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    await upload.setInputFiles({
      name: 'bad.xlsx',
      mimeType: xlsxType,
      buffer: await build([{ 编号: 'BT-1', 任务名称: '浏览器测试任务', 牵头单位: '没有这个单位' }]),
    });
    await page.getByTestId('import-errors').waitFor();
    await settled(page);
    expect(await page.getByTestId('import-errors').textContent()).toContain('2');
    await shot(page, 'import-errors');
    await page.locator('.ant-modal-footer .ant-btn-primary').click();

    const title = '浏览器测试：社区助餐点建设';
    await upload.setInputFiles({
      name: 'tasks.xlsx',
      mimeType: xlsxType,
      buffer: await build([{ 编号: 'BT-1', 任务名称: title, 牵头单位: 'D01-DEPT-WATER', 分管领导: '测试' }]),
    });
    await expect.poll(() => page.locator('.ant-modal-confirm').textContent()).toContain('1');
    await page.locator('.ant-modal-confirm .ant-btn-primary').click();
    const taskLink = page.getByTestId('task-table').getByRole('link', { name: title });
    await taskLink.waitFor();
    await shot(page, 'board');
    expect(await seriousViolations(page)).toEqual([]);
    const taskHref = (await taskLink.getAttribute('href')) ?? '';
    const taskId = Number(taskHref.split('/').pop());

    // The lead unit files the report of the current period.
    const unit = await signIn(browser, server.address, 'dept.handler', password);
    const up = unit.page;
    await up.goto(`${server.address}${taskHref}`);
    await up.getByTestId('task-file-report').first().click();
    await up.waitForURL((url) => url.pathname.startsWith('/reports/'));
    const reportPath = new URL(up.url()).pathname;
    await up.getByTestId('report-form').waitFor();
    await up.getByTestId('report-submit').click();
    await expect.poll(() => up.locator('.ant-form-item-explain-error').count()).toBeGreaterThan(0);
    await shot(up, 'report-required');
    // Every numeric field of the programme's form, whatever its definition.
    const reportId = reportPath.split('/').pop();
    const detail = await apiGet<{ fields: { key: string; type: string }[] }>(
      up,
      `${server.address}/api/v1/reports/${reportId}`,
    );
    const numeric = detail.fields.filter((f) => ['number', 'percent', 'money'].includes(f.type));
    expect(numeric.length).toBeGreaterThan(0);
    for (const field of numeric) await up.getByTestId(`report-field-${field.key}`).fill('40');
    await up.getByTestId('report-progress').fill('40');
    await up.getByTestId('report-summary').fill('已完成选址和方案设计。');
    await up.getByTestId('report-submit').click();
    await expect.poll(() => up.getByTestId('report-status').getAttribute('data-status')).toBe('submitted');
    await shot(up, 'report-submitted');

    // The office returns it with a comment…
    await page.goto(`${server.address}/reports`);
    await page.getByTestId('report-table').getByRole('link', { name: title }).waitFor();
    await shot(page, 'review-queue');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByTestId('report-table').getByRole('link', { name: title }).click();
    await page.getByTestId('report-return').click();
    await page.getByTestId('review-text').waitFor();
    await settled(page); // the dialog has opened
    await page.getByTestId('review-text').fill('请补充资金到位情况。');
    await page.getByTestId('review-submit').click();
    await expect.poll(() => page.getByTestId('report-status').getAttribute('data-status')).toBe('returned');

    // …the unit refiles, the office accepts.
    await up.goto(`${server.address}${reportPath}`);
    await up.getByTestId('report-review-note').waitFor();
    expect(await up.getByTestId('report-review-note').textContent()).toContain('请补充资金到位情况');
    await up.getByTestId('report-summary').fill('已完成选址和方案设计，资金 120.5 万元已到位。');
    await up.getByTestId('report-progress').fill('100');
    await up.getByTestId('report-submit').click();
    await expect.poll(() => up.getByTestId('report-status').getAttribute('data-status')).toBe('submitted');

    await page.reload();
    await page.getByTestId('report-accept').click();
    await page.getByTestId('review-text').waitFor();
    await settled(page); // the dialog has opened
    await page.getByTestId('review-submit').click();
    await expect.poll(() => page.getByTestId('report-status').getAttribute('data-status')).toBe('accepted');
    await shot(page, 'report-accepted');

    // The unit claims it done (申请销号); the office verifies and signs off (核验销号).
    await up.goto(`${server.address}${taskHref}`);
    await up.getByTestId('task-action-claimDone').click();
    await up.getByTestId('task-action-text').waitFor();
    await settled(up); // the dialog has opened
    await up.getByTestId('task-action-text').fill('各项工作已完成。');
    await up.getByTestId('task-action-submit').click();
    await expect.poll(() => up.getByTestId('task-status').first().getAttribute('data-status')).toBe('done');

    await page.goto(`${server.address}/programmes/${pid}/tasks/${taskId}`);
    await page.getByTestId('task-action-comment').click();
    await page.getByTestId('task-action-text').waitFor();
    await settled(page); // the dialog has opened
    await page.getByTestId('task-action-text').fill('资料齐全，同意销号。');
    await page.getByTestId('task-action-submit').click();
    await expect.poll(() => page.getByTestId('task-comments').textContent()).toContain('同意销号');
    await page.getByTestId('task-action-verify').click();
    await page.getByTestId('task-action-text').waitFor();
    await settled(page); // the dialog has opened
    await page.getByTestId('task-action-text').fill('核验通过。');
    await page.getByTestId('task-action-submit').click();
    await expect.poll(() => page.getByTestId('task-status').first().getAttribute('data-status')).toBe('verified');
    await shot(page, 'task-verified');
    expect(await seriousViolations(page)).toEqual([]);

    // The refused import answers 422 on purpose.
    const refusedImport = 'Failed to load resource: the server responded with a status of 422 (Unprocessable Entity)';
    expect(office.errors.filter((e) => e !== NOT_SIGNED_IN && e !== refusedImport)).toEqual([]);
    expect(unit.errors.filter((e) => e !== NOT_SIGNED_IN)).toEqual([]);
    await page.context().close();
    await up.context().close();
  }, 400_000);

  it('lets a citizen sign in by SMS on the phone, propose and support a topic, and follow a selected one', async () => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      timezoneId: 'Asia/Shanghai',
      locale: 'zh-CN',
    });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(`${server.address}/m/topics`);
    await page.getByTestId('topic-item').first().waitFor({ timeout: 120_000 });
    await shot(page, 'topics');
    expect(await seriousViolations(page, '#citizen-main')).toEqual([]);

    const mobile = '13700001111';
    await page.getByTestId('topics-mobile').fill(mobile);
    await page.getByTestId('topics-send-code').click();
    await page.getByTestId('topics-code').waitFor();
    await expect.poll(() => smsCodeFrom(logLines, mobile)).not.toBe('');
    const code = smsCodeFrom(logLines, mobile);
    await page.getByTestId('topics-code').fill(code);
    await page.getByTestId('topics-signin-submit').click();
    await page.getByTestId('topic-propose').waitFor();

    const item = page
      .getByTestId('topic-item')
      .filter({ has: page.getByTestId('topic-support') })
      .last();
    const before = Number(/\d+/.exec((await item.getByTestId('topic-supports').textContent()) ?? '')?.[0]);
    await item.getByTestId('topic-support').click();
    await expect
      .poll(async () => Number(/\d+/.exec((await item.getByTestId('topic-supports').textContent()) ?? '')?.[0]))
      .toBe(before + 1);
    await item.getByTestId('topic-notice').waitFor();

    await page.getByTestId('topic-title').fill('河滨步道增设照明');
    await page
      .getByTestId('topic-description')
      .fill('河滨步道晚上没有路灯，散步的老人和孩子很不安全，建议增设照明设施。');
    await page.getByTestId('topic-propose').click();
    await page.getByTestId('topics-mine').waitFor();
    expect(await page.getByTestId('topics-mine').textContent()).toContain('审核中');
    await shot(page, 'topics-signed-in');

    const progressLink = page.getByRole('link', { name: '查看进展' }).first();
    await progressLink.click();
    await page.getByTestId('topic-progress').locator('.ant-progress').waitFor();
    await shot(page, 'topic-progress');
    expect(await seriousViolations(page, '#citizen-main')).toEqual([]);
    expect(errors.filter((e) => e !== NOT_SIGNED_IN)).toEqual([]);
    await context.close();
  }, 200_000);
});
