/// <reference lib="dom" />
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/app/server.ts';
import { browserAvailable, browserSkipReason } from '../helpers/browser.ts';
import { type BrowserWorld, openBrowserWorld } from '../helpers/browser-world.ts';
import { NOT_SIGNED_IN, openModal, shot, signIn } from '../helpers/workbench-browser.ts';

// Skipped only where Chromium is absent outside CI; see helpers/browser.ts.
describe.skipIf(!browserAvailable)(`a recurrence flag on the case page ${browserSkipReason}`, () => {
  let server: RunningServer;
  let browser: Browser;
  let world: BrowserWorld | undefined;

  beforeAll(async () => {
    world = await openBrowserWorld('recurrence');
    ({ server, browser } = world);
  });
  afterAll(async () => {
    await world?.close();
  });

  it('shows why a case was flagged, and the dispatcher clears a wrong flag with a reason', async () => {
    const { context, page, errors } = await signIn(browser, server.address, 'dispatcher');
    // A demo case intake flagged (the demo's recurrences share the earlier case's place and address).
    const list = (await (await page.request.get(`${server.address}/api/v1/cases?limit=200`)).json()) as {
      items: { id: number; recurrenceOfId: number | null }[];
    };
    const flagged = list.items.find((c) => c.recurrenceOfId !== null);
    expect(flagged).toBeDefined();
    await page.goto(`${server.address}/cases/${flagged!.id}`);
    await expect.poll(() => page.getByTestId('case-recurrence-reason').textContent()).toMatch(/同类（.+）/);
    expect(await page.getByTestId('case-recurrence').textContent()).toContain(`#${flagged!.recurrenceOfId}`);
    await shot(page, 'recurrence-flagged');

    await page.getByTestId('action-clearRecurrence').click();
    const modal = openModal(page);
    await modal.waitFor();
    await modal.locator('textarea').first().fill('原案为井盖破损，本案为路灯不亮，不是同一问题');
    await shot(page, 'dialog-clearRecurrence', { fullPage: false });
    await modal.getByTestId('action-submit').click();
    await expect.poll(() => page.locator('.ant-modal-wrap:visible').count()).toBe(0);
    await expect.poll(() => page.getByTestId('case-recurrence').count()).toBe(0);
    await expect.poll(() => page.getByTestId('action-clearRecurrence').count()).toBe(0);
    await shot(page, 'recurrence-cleared');
    expect(errors.filter((e) => e !== NOT_SIGNED_IN)).toEqual([]);
    await context.close();
  });
});
