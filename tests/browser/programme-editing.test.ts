/// <reference lib="dom" />
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/app/server.ts';
import { browserAvailable, browserSkipReason, settled } from '../helpers/browser.ts';
import { type BrowserWorld, openBrowserWorld } from '../helpers/browser-world.ts';
import { repoRoot } from '../helpers/server-process.ts';
import {
  choose,
  NOT_SIGNED_IN,
  openDropdown,
  openModal,
  photo,
  seriousViolations,
  signIn,
} from '../helpers/workbench-browser.ts';
import { testNow } from '../helpers/clock.ts';

/** The programme office builds a task list in the browser; the lead unit proves and reaches a milestone. */

const screenshotsDir = path.join(repoRoot, 'bench-results', 'screenshots');

async function shot(page: Page, name: string) {
  fs.mkdirSync(screenshotsDir, { recursive: true });
  await settled(page); // dialogs and messages have finished their animations
  await page.screenshot({ path: path.join(screenshotsDir, `programmes-edit-${name}.png`), fullPage: true });
}

/** Types a date into an antd DatePicker (by its input's test id) and confirms it. */
async function typeDate(page: Page, testId: string, value: string) {
  const input = page.getByTestId(testId);
  await input.click();
  await input.fill(value);
  await input.press('Enter');
  await poll(() => input.inputValue()).toBe(value);
}

/** Picks an option of a plain Select (no search) by its text. */
async function pick(page: Page, testId: string, label: string) {
  await page.getByTestId(testId).click();
  const option = openDropdown(page).locator(`.ant-select-item-option[title="${label}"]`);
  await option.waitFor();
  await settled(page); // the dropdown has opened
  await option.click();
  await poll(() => page.getByTestId(testId).textContent()).toContain(label);
}

/** Waits for what the server answers (the browser tests' timeout: a request may take seconds on a busy machine). */
const poll = <T>(read: () => Promise<T> | T) => expect.poll(read);

const modalOpen = async (page: Page, testId: string) => {
  await page.getByTestId(testId).waitFor();
  await settled(page); // the dialog has opened
};
const modalGone = (page: Page) => poll(() => page.locator('.ant-modal-wrap:visible').count()).toBe(0);

/** axe-core's serious findings, with the pointer parked (a hovered button is not what the page shows). */
async function axe(page: Page) {
  await page.mouse.move(1, 1);
  await settled(page); // the hover colour's transition has ended
  return seriousViolations(page);
}

/** A tiny PDF; the server checks uploads by their content. */
const pdf = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n', 'latin1');

describe.skipIf(!browserAvailable)(`editing task lists and tables in Chromium ${browserSkipReason}`, () => {
  let server: RunningServer;
  let browser: Browser;
  let world: BrowserWorld | undefined;
  const year = testNow().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' }).slice(0, 4);

  beforeAll(async () => {
    world = await openBrowserWorld('programme-editing');
    ({ server, browser } = world);
  });

  afterAll(async () => {
    await world?.close();
  });

  it('creates a programme with phases, a report form and a task, starts it; the lead unit proves and reaches the milestone', async () => {
    const office = await signIn(browser, server.address, 'office');
    const page = office.page;
    const title = '浏览器测试：老旧小区改造攻坚行动';

    // 新建清单 with three phases.
    await page.goto(`${server.address}/programmes`);
    await page.getByTestId('programme-create').waitFor();
    await shot(page, 'list');
    expect(await axe(page)).toEqual([]);
    await page.getByTestId('programme-create').click();
    await modalOpen(page, 'programme-form-title');
    await page.getByTestId('programme-form-submit').click();
    await poll(() => openModal(page).locator('.ant-form-item-explain-error').count()).toBeGreaterThan(0);
    await page.getByTestId('programme-form-title').fill(title);
    await pick(page, 'programme-form-kind', '重点项目');
    await poll(() => page.getByTestId('programme-form-owner').textContent()).toContain('澄川区');
    await typeDate(page, 'programme-form-start', `${year}-01-01`);
    await typeDate(page, 'programme-form-end', `${year}-12-31`);
    const phases = [
      ['重点攻坚', '01-01', '04-30'],
      ['更大突破', '05-01', '08-31'],
      ['系统提升', '09-01', '12-31'],
    ] as const;
    for (const [index, [name, from, to]] of phases.entries()) {
      await page.getByTestId('phase-add').click();
      await page.getByTestId(`phase-name-${index}`).fill(name);
      await typeDate(page, `phase-start-${index}`, `${year}-${from}`);
      await typeDate(page, `phase-end-${index}`, `${year}-${to}`);
    }
    await openModal(page).getByLabel('向社会公开').check();
    await shot(page, 'programme-form');
    expect(await axe(page)).toEqual([]);
    await page.getByTestId('programme-form-submit').click();
    await page.waitForURL((url) => /^\/programmes\/\d+$/.test(url.pathname));
    await poll(() => page.getByTestId('programme-title').textContent()).toBe(title);
    expect(await page.getByTestId('programme-phases').textContent()).toContain('更大突破');
    const programmeId = Number(new URL(page.url()).pathname.split('/').pop());

    // Someone else edits it meanwhile: saving the stale copy asks to reload.
    await page.getByTestId('programme-edit').click();
    await modalOpen(page, 'programme-form-title');
    const me = (await (await page.request.get(`${server.address}/api/v1/auth/me`)).json()) as { csrfToken: string };
    const current = (await (await page.request.get(`${server.address}/api/v1/programmes/${programmeId}`)).json()) as {
      version: number;
    };
    const meanwhile = await page.request.patch(`${server.address}/api/v1/programmes/${programmeId}`, {
      headers: { 'x-csrf-token': me.csrfToken },
      data: { version: current.version, description: '由办公室另一位同事补充的说明。' },
    });
    expect(meanwhile.status()).toBe(200);
    await page.getByTestId('programme-form-description').fill('全区老旧小区改造。');
    await page.getByTestId('programme-form-submit').click();
    const conflict = page.locator('.ant-modal-confirm');
    await poll(() => conflict.textContent()).toContain('重新加载');
    await shot(page, 'conflict');
    await conflict.getByRole('button', { name: '重新加载' }).click();
    await modalGone(page);

    // 报送表格: monthly, one required percentage; a bad limit is refused before sending.
    await page.getByTestId('report-form-create').click();
    await modalOpen(page, 'report-form-name');
    await page.getByTestId('report-form-name').fill('月度改造进展表');
    await page.getByTestId('form-field-add').click();
    await page.getByTestId('form-field-label-0').fill('改造完成率');
    await pick(page, 'form-field-type-0', '百分比');
    expect(await page.getByTestId('form-field-required-0').isChecked()).toBe(true);
    await page.getByTestId('form-field-min-0').fill('80');
    await page.getByTestId('form-field-max-0').fill('20');
    await page.getByTestId('report-form-submit').click();
    await poll(() => openModal(page).locator('.ant-form-item-explain-error').textContent()).toContain(
      '上限不能小于下限',
    );
    await page.getByTestId('form-field-min-0').fill('0');
    await page.getByTestId('form-field-max-0').fill('100');
    await page.getByTestId('report-form-due').fill('3');
    await page.getByTestId('report-form-remind').fill('2');
    await shot(page, 'report-form');
    expect(await axe(page)).toEqual([]);
    await page.getByTestId('report-form-submit').click();
    await modalGone(page);
    await poll(() => page.getByTestId('report-forms').textContent()).toContain('每期结束后第 3 个工作日报送');
    expect(await page.getByTestId('report-forms').textContent()).toContain('改造完成率（百分比，必填）');
    // Stopping a form is confirmed first; it can be resumed.
    await page.getByTestId('report-form-stop').click();
    await page.getByTestId('report-form-stop-ok').waitFor();
    await shot(page, 'form-stop-confirm');
    expect(await axe(page)).toEqual([]);
    await page.getByTestId('report-form-stop-ok').click();
    await page.getByTestId('report-form-resume').click();
    await page.getByTestId('report-form-stop').waitFor();

    // 新增任务 with a milestone.
    const taskTitle = '城东片区 12 个小区管网改造';
    await page.getByTestId('task-create').click();
    await modalOpen(page, 'task-form-title');
    await page.getByTestId('task-form-title').fill(taskTitle);
    await choose(page, 'task-form-lead', '区水务局', '水务');
    await page.getByTestId('task-form-leader').fill('王建国');
    await page.getByTestId('task-form-owner').fill('陈立');
    await typeDate(page, 'task-form-start', `${year}-01-01`);
    await typeDate(page, 'task-form-due', `${year}-12-31`);
    await page.getByTestId('task-form-target-text').fill('管网改造完成率达到 100%');
    await page.getByTestId('task-form-target-value').fill('100');
    await page.getByTestId('task-form-target-unit').fill('%');
    await page.getByTestId('task-form-milestone-add').click();
    await page.getByTestId('task-form-milestone-title-0').fill('完成管网施工');
    await typeDate(page, 'task-form-milestone-due-0', `${year}-12-15`);
    await shot(page, 'task-form');
    expect(await axe(page)).toEqual([]);
    await page.getByTestId('task-form-submit').click();
    await modalGone(page);
    const taskLink = page.getByTestId('task-table').getByRole('link', { name: taskTitle });
    await taskLink.waitFor();

    // 启动, confirmed first.
    await page.getByTestId('programme-activate').click();
    await page.getByTestId('programme-confirm-ok').waitFor();
    await shot(page, 'activate-confirm');
    expect(await axe(page)).toEqual([]);
    await page.getByTestId('programme-confirm-ok').click();
    await poll(() => page.getByTestId('programme-activate').count()).toBe(0);
    await page.getByTestId('programme-close').waitFor();
    await shot(page, 'board');
    expect(await axe(page)).toEqual([]);
    const taskHref = (await taskLink.getAttribute('href')) ?? '';

    // The office adds a milestone on the task page and deletes it again.
    await page.goto(`${server.address}${taskHref}`);
    await page.getByTestId('milestone-add').click();
    await modalOpen(page, 'milestone-title');
    await page.getByTestId('milestone-title').fill('竣工验收');
    await typeDate(page, 'milestone-due', `${year}-12-20`);
    await page.getByTestId('milestone-submit').click();
    await modalGone(page);
    await poll(() => page.getByTestId('milestone-item').count()).toBe(2);
    await page.getByTestId('milestone-item').filter({ hasText: '竣工验收' }).getByTestId('milestone-delete').click();
    await page.getByTestId('milestone-delete-ok').click();
    await poll(() => page.getByTestId('milestone-item').count()).toBe(1);

    // The lead unit's handler uploads evidence, then reaches the milestone with a note and a photo.
    const unit = await signIn(browser, server.address, 'dept.handler');
    const up = unit.page;
    await up.goto(`${server.address}${taskHref}`);
    await up.getByTestId('milestone-complete').waitFor();
    expect(await up.getByTestId('milestone-add').count()).toBe(0);
    expect(await up.getByTestId('milestone-edit').count()).toBe(0);
    expect(await up.getByTestId('task-edit').count()).toBe(0);
    await up.getByTestId('evidence-add').click();
    await modalOpen(up, 'evidence-note');
    const evidenceModal = openModal(up);
    await evidenceModal.locator('input[type=file]').setInputFiles([
      { name: '施工现场.jpg', mimeType: 'image/jpeg', buffer: await photo(up, '#9cb8d8') },
      { name: '施工方案.pdf', mimeType: 'application/pdf', buffer: pdf },
    ]);
    await poll(() => evidenceModal.locator('.ant-upload-list-item-done').count()).toBe(2);
    await up.getByTestId('evidence-note').fill('施工方案和开工现场照片。');
    await shot(up, 'evidence-upload');
    expect(await axe(up)).toEqual([]);
    await up.getByTestId('evidence-submit').click();
    await modalGone(up);
    const evidence = up.getByTestId('task-evidence');
    await poll(() => evidence.locator('img').count()).toBe(1);
    expect(await evidence.getByRole('link', { name: '施工方案.pdf' }).getAttribute('href')).toMatch(
      /^\/api\/v1\/tasks\/\d+\/attachments\/\d+$/,
    );
    await poll(() => evidence.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);

    await up.getByTestId('milestone-complete').click();
    await modalOpen(up, 'milestone-note');
    await up.getByTestId('milestone-note').fill('12 个小区管网全部完工。');
    await openModal(up)
      .locator('input[type=file]')
      .setInputFiles({ name: '完工照片.jpg', mimeType: 'image/jpeg', buffer: await photo(up, '#b9d3a8') });
    await poll(() => openModal(up).locator('.ant-upload-list-item-done').count()).toBe(1);
    await shot(up, 'milestone-complete');
    expect(await axe(up)).toEqual([]);
    await up.getByTestId('milestone-submit').click();
    await modalGone(up);
    await poll(() => up.getByTestId('milestone-item').first().getAttribute('data-done')).toBe('true');
    await poll(() => evidence.locator('img').count()).toBe(2);
    expect(await up.getByTestId('task-timeline').textContent()).toContain('完成节点');
    await shot(up, 'task-page');
    expect(await axe(up)).toEqual([]);

    // The office reopens it, with the reason.
    await page.reload();
    await page.getByTestId('milestone-reopen').click();
    await modalOpen(page, 'milestone-reason');
    await page.getByTestId('milestone-reason').fill('缺少竣工验收资料，请补充。');
    await page.getByTestId('milestone-submit').click();
    await modalGone(page);
    await poll(() => page.getByTestId('milestone-item').first().getAttribute('data-done')).toBe('false');

    const conflictLogged = 'Failed to load resource: the server responded with a status of 409 (Conflict)';
    expect(office.errors.filter((e) => e !== NOT_SIGNED_IN && e !== conflictLogged)).toEqual([]);
    expect(unit.errors.filter((e) => e !== NOT_SIGNED_IN)).toEqual([]);
    await office.context.close();
    await unit.context.close();
  }, 400_000);
});
