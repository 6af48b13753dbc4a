/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/app/server.ts';
import { browserAvailable, browserSkipReason } from '../helpers/browser.ts';
import { type BrowserWorld, openBrowserWorld } from '../helpers/browser-world.ts';
import { NOT_SIGNED_IN, openDropdown, seriousViolations, shot, signIn } from '../helpers/workbench-browser.ts';

/** The test id of the element that has the keyboard focus. */
const focused = (page: Page) =>
  page.evaluate(() => document.activeElement?.closest('[data-testid]')?.getAttribute('data-testid') ?? null);

/** Presses Tab until the focus is in `testId` (at most `max` presses): the operator's way through the form. */
async function tabTo(page: Page, testId: string, max = 12): Promise<number> {
  for (let presses = 0; presses <= max; presses++) {
    if ((await focused(page)) === testId) return presses;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${testId}; the focus is on ${await focused(page)}`);
}

// Skipped only where Chromium is absent outside CI; see helpers/browser.ts.
describe.skipIf(!browserAvailable)(`the staff intake form (登记诉求) ${browserSkipReason}`, () => {
  let server: RunningServer;
  let browser: Browser;
  let world: BrowserWorld | undefined;

  beforeAll(async () => {
    world = await openBrowserWorld('staff-intake');
    ({ server, browser } = world);
  });
  afterAll(async () => {
    await world?.close();
  });

  it('takes a phone call and dispatches it without the mouse, then stands ready for the next call', async () => {
    const { context, page, errors } = await signIn(browser, server.address, 'dispatcher');
    await page.goto(`${server.address}/cases`);
    await page.getByTestId('intake-open').waitFor();
    // From here on, only the keyboard.
    await page.getByTestId('intake-open').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/cases/new');
    await expect.poll(() => focused(page)).toBe('intake-caller-name');
    await page.keyboard.type('王建国');
    await tabTo(page, 'intake-caller-phone');
    await page.keyboard.type('13812345678');
    await tabTo(page, 'intake-description');
    await page.keyboard.type('南沟村村口的路灯坏了一个星期，晚上一片漆黑，老人出门不方便，希望尽快修好。');
    await tabTo(page, 'intake-address');
    await page.keyboard.type('南沟村');
    await openDropdown(page).locator('.ant-select-item-option').first().waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('intake-form').textContent()).toMatch(/所在区域：.*南沟村/);
    await page.keyboard.type('村口');
    await tabTo(page, 'intake-category');
    await page.keyboard.type('公共设施');
    await openDropdown(page).locator('.ant-select-item-option').first().waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('intake-category').textContent()).toMatch(/城市公共设施/);

    await page.keyboard.press('Alt+KeyD');
    await page.getByTestId('intake-dispatch').waitFor();
    await expect.poll(() => page.getByTestId('intake-routing').textContent()).toMatch(/建议牵头：/);
    await expect.poll(() => page.getByTestId('intake-lead').textContent()).not.toBe('');
    await expect.poll(() => page.getByTestId('intake-duplicates').textContent()).not.toMatch(/自动查重/);
    await shot(page, 'staff-intake-filled');
    expect(await seriousViolations(page)).toEqual([]);

    await page.keyboard.press('Control+Enter');
    const result = page.getByTestId('intake-result');
    await expect.poll(() => result.textContent(), { timeout: 20_000 }).toMatch(/已登记 LS\d{6}-\w{6}，已派给/);
    const code = /LS\d{6}-\w{6}/.exec((await result.textContent()) ?? '')?.[0];

    // Ready for the next call: an empty form, the focus back on the caller's name.
    await expect.poll(() => focused(page)).toBe('intake-caller-name');
    expect(await page.getByTestId('intake-description').inputValue()).toBe('');
    expect(await page.getByTestId('intake-caller-name').inputValue()).toBe('');
    await shot(page, 'staff-intake-saved');

    const found = (await (await page.request.get(`${server.address}/api/v1/cases?q=${code}`)).json()) as {
      items: { id: number; status: string; channel: string; leadUnit: { nameZh: string } | null }[];
    };
    expect(found.items).toHaveLength(1);
    expect(found.items[0]).toMatchObject({ status: 'dispatched', channel: 'hotline' });
    const detail = (await (await page.request.get(`${server.address}/api/v1/cases/${found.items[0]!.id}`)).json()) as {
      place: { nameZh: string } | null;
      category: { nameZh: string } | null;
      reporterName: string | null;
    };
    expect(detail.place?.nameZh).toBe('南沟村');
    expect(detail.category?.nameZh).toBe('城市公共设施');
    expect(errors.filter((e) => e !== NOT_SIGNED_IN)).toEqual([]);
    await context.close();
  });

  it('keeps a landline caller and an anonymous walk-in apart, and keeps the typing when saving fails', async () => {
    const { context, page, errors } = await signIn(browser, server.address, 'dispatcher');
    await page.goto(`${server.address}/cases/new`);
    await expect.poll(() => focused(page)).toBe('intake-caller-name');
    await page.keyboard.type('赵敏');
    await tabTo(page, 'intake-caller-phone');
    await page.keyboard.type('12345');
    await tabTo(page, 'intake-description');
    await page.keyboard.type('桃园社区5号楼楼道灯不亮');
    await page.keyboard.press('Control+Enter');
    // A phone number that is neither a mobile nor a landline stops the save, and nothing typed is lost.
    await expect
      .poll(() => page.getByTestId('intake-form').textContent())
      .toMatch(/请填写11位手机号或带区号的固定电话/);
    expect(await page.getByTestId('intake-description').inputValue()).toBe('桃园社区5号楼楼道灯不亮');
    await page.getByTestId('intake-caller-phone').fill('028-8765 4321');
    await page.getByTestId('intake-address').fill('桃园社区5号楼');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => page.getByTestId('intake-result').textContent()).toMatch(/已登记 LS/);
    await shot(page, 'staff-intake-landline');
    expect(errors.filter((e) => e !== NOT_SIGNED_IN)).toEqual([]);
    await context.close();
  });
});
