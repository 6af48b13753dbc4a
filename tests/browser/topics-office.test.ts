/// <reference lib="dom" />
import fs from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
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
import { choose, NOT_SIGNED_IN, openModal, phone, seriousViolations, signIn } from '../helpers/workbench-browser.ts';
import { fromNow } from '../helpers/clock.ts';

/**
 * 群众点题 end to end: a citizen proposes on the phone, the programme office (led there by its
 * notification) publishes it, the citizen supports it, the office makes it a task and opens the
 * task; the office also moves and closes the call for topics.
 */

const screenshotsDir = path.join(repoRoot, 'bench-results', 'screenshots');

async function shot(page: Page, name: string) {
  fs.mkdirSync(screenshotsDir, { recursive: true });
  await settled(page); // dialogs, drawers and messages have finished their animations
  await page.screenshot({ path: path.join(screenshotsDir, `programmes-topics-${name}.png`), fullPage: true });
}

/** Every line the server logs (the demo's SMS provider writes sign-in codes there). */
const logLines: string[] = [];
const logStream = new Writable({
  write(chunk: Buffer, _encoding, callback) {
    logLines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    callback();
  },
});

async function apiGet<T>(page: Page, url: string): Promise<T> {
  const response = await page.request.get(url);
  expect(response.ok(), `${url}: ${response.status()}`).toBe(true);
  return (await response.json()) as T;
}

const supportsOf = async (page: Page, title: string) =>
  Number(
    /\d+/.exec(
      (await page.getByTestId('topic-item').filter({ hasText: title }).getByTestId('topic-supports').textContent()) ??
        '',
    )?.[0],
  );

/** "2026-05-01 08:30" in China time, `days` from now. */
function chinaTime(days: number): string {
  const at = fromNow(days * 86_400_000 + 8 * 3_600_000);
  return at.toISOString().slice(0, 16).replace('T', ' ');
}

describe.skipIf(!browserAvailable)(
  `topics chosen by the public, the office's page, in Chromium ${browserSkipReason}`,
  () => {
    let server: RunningServer;
    let browser: Browser;
    let world: BrowserWorld | undefined;

    beforeAll(async () => {
      world = await openBrowserWorld('topics-office', pino({ level: 'info' }, logStream));
      ({ server, browser } = world);
    });

    afterAll(async () => {
      await world?.close();
    });

    it('a citizen proposes, the office publishes, the citizen supports, the office selects it into a task and opens the task', async () => {
      const office = await signIn(browser, server.address, 'office');
      const page = office.page;
      // The demo programmes load in the background after the server listens.
      let programme: { id: number; title: string; endsOn: string } | undefined;
      await expect
        .poll(
          async () => {
            const list = await apiGet<{
              items: {
                id: number;
                title: string;
                endsOn: string;
                visibility: string;
                topicWindow: { open: boolean };
              }[];
            }>(page, `${server.address}/api/v1/programmes?limit=100`);
            programme = list.items.find((p) => p.visibility === 'public' && p.topicWindow.open);
            return programme !== undefined;
          },
          { timeout: 180_000, interval: 2000 },
        )
        .toBe(true);
      const pid = programme!.id;

      // The citizen signs in by SMS on the phone and proposes a topic.
      const citizenContext = await browser.newContext(phone);
      const citizen = await citizenContext.newPage();
      const citizenErrors = collectPageErrors(citizen);
      // Signed out, 我的消息 says what it is for and offers the sign-in.
      await citizen.goto(`${server.address}/m/messages`);
      await citizen.getByTestId('topics-signin').waitFor();
      await shot(citizen, 'citizen-messages-signed-out');
      await citizen.getByTestId('citizen-nav-topics').click();
      await citizen.getByTestId('topic-item').first().waitFor({ timeout: 120_000 });
      const mobile = '13700002222';
      await citizen.getByTestId('topics-mobile').fill(mobile);
      await citizen.getByTestId('topics-send-code').click();
      await citizen.getByTestId('topics-code').waitFor();
      await expect.poll(() => smsCodeFrom(logLines, mobile)).not.toBe('');
      const code = smsCodeFrom(logLines, mobile);
      await citizen.getByTestId('topics-code').fill(code);
      await citizen.getByTestId('topics-signin-submit').click();
      await citizen.getByTestId('topic-propose').waitFor();
      const title = '滨河小区增设电动车充电棚';
      await citizen.getByTestId('topic-title').fill(title);
      await citizen
        .getByTestId('topic-description')
        .fill('滨河小区没有电动车充电棚，居民只能飞线充电，存在火灾隐患，建议增设集中充电设施。');
      await citizen.getByTestId('topic-propose').click();
      await citizen.getByTestId('topics-mine').waitFor();
      expect(await citizen.getByTestId('topics-mine').textContent()).toContain(title);

      // The office is told; the notification leads to the topic on the office's page.
      await page.goto(`${server.address}/programmes/${pid}`);
      await page.getByTestId('programme-topics-entry').waitFor();
      await shot(page, 'board-entry');
      await page.getByTestId('notification-bell').click();
      const notice = page.getByTestId('notify-item').filter({ hasText: title }).first();
      await notice.waitFor();
      await notice.locator('.notify-open').click();
      await page.waitForURL((url) => url.pathname === `/programmes/${pid}/topics` && url.searchParams.has('topic'));
      const drawer = page.getByRole('dialog').filter({ has: page.getByTestId('topic-related-cases') });
      await drawer.getByTestId('topic-status').waitFor();
      expect(await drawer.getByTestId('topic-status').getAttribute('data-status')).toBe('pending');
      expect(await drawer.locator('.ant-drawer-title').textContent()).toBe(title);
      await shot(page, 'pending-drawer');
      expect(await seriousViolations(page)).toEqual([]);

      // 审核发布 with a keyword that finds related cases.
      await drawer.getByTestId('topic-action-publish').click();
      const publish = openModal(page);
      await publish.getByTestId('topic-publish-form').waitFor();
      await settled(page); // the dialog has opened
      await publish.getByTestId('topic-publish-keywords').click();
      await page.keyboard.type('充电');
      await page.keyboard.press('Enter');
      await expect.poll(() => publish.locator('.ant-select-selection-item').allTextContents()).toEqual(['充电']);
      await shot(page, 'publish-dialog');
      expect(await seriousViolations(page)).toEqual([]);
      await page.getByTestId('topic-publish-submit').click();
      await expect.poll(() => drawer.getByTestId('topic-status').getAttribute('data-status')).toBe('published');

      // The tabs and the list: the pending tab no longer holds it, the published one does.
      await page.goto(`${server.address}/programmes/${pid}/topics`);
      await page.getByTestId('topic-table').waitFor();
      await expect.poll(() => page.getByTestId('topic-tab-pending').textContent()).toMatch(/（\d+）/);
      expect(await page.getByTestId('topic-table').textContent()).not.toContain(title);
      await shot(page, 'pending');
      expect(await seriousViolations(page)).toEqual([]);

      // The citizen finds the news under 我的消息, unread, and taps it to open the topic's page.
      await citizen.getByTestId('citizen-nav-messages').click();
      const news = citizen.getByTestId('citizen-message').filter({ hasText: `您的点题已公开：${title}` });
      await news.waitFor();
      await expect
        .poll(() => citizen.getByTestId('citizen-messages-unread').textContent())
        .toMatch(/^[1-9]\d* 条未读$/);
      await shot(citizen, 'citizen-messages');
      expect(await axeViolations(citizen)).toEqual([]);
      await news.getByRole('button').click();
      await citizen.waitForURL((url) => /^\/m\/topics\/\d+$/.test(url.pathname));
      await citizen.getByText(title).first().waitFor();
      await citizen.getByTestId('citizen-nav-messages').click();
      await expect.poll(() => citizen.getByTestId('citizen-messages-unread').textContent()).toBe('0 条未读');
      expect(await citizen.getByTestId('citizen-messages-read-all').isDisabled()).toBe(true);

      // The citizen supports it.
      await citizen.goto(`${server.address}/m/topics`);
      const item = citizen.getByTestId('topic-item').filter({ hasText: title });
      await item.getByTestId('topic-support').waitFor();
      const before = await supportsOf(citizen, title);
      await item.getByTestId('topic-support').click();
      await expect.poll(() => supportsOf(citizen, title)).toBe(before + 1);

      // Ranked by supports, then by related cases.
      await page.getByTestId('topic-tab-published').click();
      const row = page.getByTestId('topic-row').filter({ hasText: title });
      await row.waitFor();
      expect(await row.getByTestId('topic-supports').textContent()).toBe('1');
      const supportsColumn = async () => (await page.getByTestId('topic-supports').allTextContents()).map(Number);
      const bySupport = await supportsColumn();
      expect(bySupport).toEqual([...bySupport].sort((a, b) => b - a));
      await page.getByTestId('topic-sort').getByText('按相关诉求').click();
      await expect.poll(() => new URL(page.url()).searchParams.get('sort')).toBe('cases');
      await expect
        .poll(async () => {
          const related = (await page.getByTestId('topic-related').allTextContents()).map(Number);
          return related.length > 0 && related.every((n, i) => i === 0 || related[i - 1]! >= n);
        })
        .toBe(true);
      await shot(page, 'published');

      // 选为任务: the dialog creates the task, prefilled with the topic's title.
      const units = await apiGet<{ items: { code: string; nameZh: string }[] }>(
        page,
        `${server.address}/api/v1/units?limit=5000`,
      );
      const lead = units.items.find((u) => u.code === 'D01-DEPT-HOUSING')!.nameZh;
      await page.getByTestId('topic-row').filter({ hasText: title }).getByTestId('topic-action-select').click();
      const select = openModal(page);
      await select.getByTestId('topic-select-form').waitFor();
      await settled(page); // the dialog has opened
      expect(await select.getByTestId('topic-select-title').inputValue()).toBe(title);
      await page.getByTestId('topic-select-submit').click();
      await expect
        .poll(() => select.locator('.ant-form-item-explain-error').allTextContents())
        .toContain('请选择牵头单位');
      await choose(page, 'topic-select-lead', lead);
      await select.locator('#targetText').fill('建成集中充电棚 3 处');
      await select.getByTestId('topic-select-add-milestone').click();
      await select.getByTestId('topic-select-milestone-title').fill('完成选址');
      await select.locator('#milestones_0_dueOn').click();
      await page.keyboard.type(programme!.endsOn);
      await page.keyboard.press('Enter');
      await shot(page, 'select-dialog');
      expect(await seriousViolations(page)).toEqual([]);
      await page.getByTestId('topic-select-submit').click();

      // The drawer shows the new task; its link opens the task page.
      const taskLink = page.getByTestId('topic-drawer-task').getByRole('link');
      await taskLink.waitFor();
      expect(await taskLink.textContent()).toBe(title);
      await expect.poll(() => page.getByTestId('topic-tab-selected').textContent()).toMatch(/已选题（[1-9]\d*）/);
      await shot(page, 'selected');
      expect(await seriousViolations(page)).toEqual([]);
      await taskLink.click();
      await page.waitForURL((url) => /^\/tasks\/\d+$/.test(url.pathname));
      await page.getByTestId('task-status').first().waitFor();
      expect(await page.getByTestId('task-title').textContent()).toContain(title);
      await shot(page, 'task');

      // The citizen's topic now follows the task.
      await citizen.reload();
      const followed = citizen.getByTestId('topic-item').filter({ hasText: title });
      await followed.getByRole('link', { name: '查看进展' }).waitFor();
      expect(await followed.textContent()).toContain('已选为年度实事');
      expect(citizenErrors.filter((e) => e !== NOT_SIGNED_IN)).toEqual([]);
      await citizenContext.close();

      // The call for topics: moved (its dates checked first), then closed after a confirmation.
      await page.goto(`${server.address}/programmes/${pid}/topics`);
      await page.getByTestId('topic-window-edit').click();
      const windowForm = openModal(page);
      await windowForm.getByTestId('topic-window-form').waitFor();
      await settled(page); // the dialog has opened
      await windowForm.locator('#closesAt').click();
      await page.keyboard.press('Control+A');
      await page.keyboard.type('2020-01-01 00:00');
      await page.keyboard.press('Enter');
      await page.getByTestId('topic-window-submit').click();
      await expect
        .poll(() => windowForm.locator('.ant-form-item-explain-error').allTextContents())
        .toContain('截止时间须晚于开始时间');
      await shot(page, 'window-invalid');
      expect(await seriousViolations(page)).toEqual([]);
      await windowForm.locator('#closesAt').click();
      await page.keyboard.press('Control+A');
      await page.keyboard.type(chinaTime(60));
      await page.keyboard.press('Enter');
      await windowForm.locator('#supportLimit').fill('6');
      await page.getByTestId('topic-window-submit').click();
      await expect.poll(() => page.getByTestId('topic-window').textContent()).toContain('6 项');
      expect(await page.getByTestId('topic-window').textContent()).toContain(chinaTime(60).slice(0, 10));
      expect(await page.getByTestId('topic-window-state').getAttribute('data-status')).toBe('open');

      await page.getByTestId('topic-window-close').click();
      await page.getByTestId('topic-window-close-confirm').waitFor();
      await shot(page, 'window-close-confirm');
      expect(await seriousViolations(page)).toEqual([]);
      await page.getByTestId('topic-window-close-confirm').click();
      await expect.poll(() => page.getByTestId('topic-window-state').getAttribute('data-status')).toBe('ended');
      expect(await page.getByTestId('topic-window-close').count()).toBe(0);
      await shot(page, 'window-closed');
      expect(await seriousViolations(page)).toEqual([]);

      expect(office.errors.filter((e) => e !== NOT_SIGNED_IN)).toEqual([]);
      await office.context.close();
    }, 400_000);
  },
);
