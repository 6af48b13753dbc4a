import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/app/server.ts';
import { browserAvailable, browserSkipReason } from '../helpers/browser.ts';
import { type BrowserWorld, openBrowserWorld } from '../helpers/browser-world.ts';
import { shot, signIn } from '../helpers/workbench-browser.ts';

interface CaseBrief {
  id: number;
  leadUnit: { nameZh: string; nameEn: string | null } | null;
}

/** Switches the interface to English with the header's switch. */
async function toEnglish(page: Page): Promise<void> {
  await page.getByTestId('locale-switch').getByText('English').click();
  await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en-US');
}

// Skipped only where Chromium is absent outside CI; see helpers/browser.ts.
describe.skipIf(!browserAvailable)(`the English interface in Chromium ${browserSkipReason}`, () => {
  let server: RunningServer;
  let browser: Browser;
  let world: BrowserWorld | undefined;

  beforeAll(async () => {
    world = await openBrowserWorld('english');
    ({ server, browser } = world);
  });

  afterAll(async () => {
    await world?.close();
  });

  it('shows a case with its units in English and its timeline in English', async () => {
    const { context, page, errors } = await signIn(browser, server.address, 'dispatcher');
    await toEnglish(page);
    const response = await page.request.get(`${server.address}/api/v1/cases?status=handling&limit=20`);
    expect(response.status()).toBe(200);
    const { items } = (await response.json()) as { items: CaseBrief[] };
    const handled = items.find((c) => c.leadUnit?.nameEn);
    expect(handled).toBeDefined();
    const lead = handled!.leadUnit!;

    await page.goto(`${server.address}/cases/${handled!.id}`);
    const parties = page.getByTestId('case-parties');
    await expect.poll(() => parties.textContent()).toContain(lead.nameEn);
    expect(await parties.textContent()).not.toContain(lead.nameZh);

    const timeline = page.getByTestId('case-timeline');
    await expect
      .poll(() => timeline.textContent())
      .toContain('Public text: Your case was submitted and is waiting to be accepted.');
    expect(await timeline.textContent()).not.toContain('诉求已提交');
    expect(await timeline.textContent()).toContain('Your case was dispatched to the responsible unit.');
    await shot(page, 'english-case-page');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the audit trail with English action labels and the codes beside them', async () => {
    const { context, page, errors } = await signIn(browser, server.address, 'admin');
    await toEnglish(page);
    await page.goto(`${server.address}/admin/audit`);
    const login = page.locator('[data-testid="audit-action"][data-action="auth.login"]').first();
    await expect.poll(() => login.textContent()).toContain('Signed in');
    expect(await login.textContent()).toContain('auth.login');
    expect(await login.getAttribute('title')).toBe('auth.login');
    await shot(page, 'english-audit');
    expect(errors).toEqual([]);
    await context.close();
  });
});
