import { randomUUID } from 'node:crypto';
/// <reference lib="dom" />
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/app/server.ts';
import {
  browserAvailable,
  browserSkipReason,
  canvasesStill,
  collectPageErrors,
  settled,
  tapAndWait,
} from '../helpers/browser.ts';
import { type BrowserWorld, openBrowserWorld } from '../helpers/browser-world.ts';
import { signInAs } from '../helpers/http-session.ts';
import {
  choose,
  NOT_SIGNED_IN,
  openModal,
  phone,
  photo,
  seriousViolations,
  shot,
  signIn,
} from '../helpers/workbench-browser.ts';

// Skipped only where Chromium is absent outside CI; see helpers/browser.ts.
describe.skipIf(!browserAvailable)(`the staff workbench and the case loop in Chromium ${browserSkipReason}`, () => {
  let server: RunningServer;
  let browser: Browser;
  let world: BrowserWorld | undefined;
  /** Each action dialog is photographed once, the first time it can be opened. */
  const dialogsShot = new Set<string>();

  beforeAll(async () => {
    // The demo district with its demo cases (every status, some overdue).
    world = await openBrowserWorld('case-loop');
    ({ server, browser } = world);
  });

  afterAll(async () => {
    await world?.close();
  });

  /** The case page's action buttons, as shown. */
  const shownActions = async (page: Page) =>
    (
      await page
        .getByTestId('case-actions')
        .locator('button')
        .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-testid') ?? ''))
    ).map((id) => id.replace(/^action-/, ''));

  /** Opens each shown action's dialog not photographed yet, photographs it, and cancels it. */
  async function shootDialogs(page: Page, skip: readonly string[] = []) {
    for (const action of await shownActions(page)) {
      if (dialogsShot.has(action) || skip.includes(action)) continue;
      dialogsShot.add(action);
      await page.getByTestId(`action-${action}`).click();
      const modal = openModal(page);
      await modal.waitFor();
      await shot(page, `dialog-${action}`, { fullPage: false });
      await modal.locator('.ant-modal-footer button').first().click();
      await expect.poll(() => page.locator('.ant-modal-wrap:visible').count()).toBe(0);
    }
  }

  /** Takes an action through its dialog; `fill` fills the form. Waits for the page to show the new status. */
  async function act(
    page: Page,
    action: string,
    status: string,
    fill?: (modal: ReturnType<typeof openModal>) => Promise<void>,
  ) {
    await page.getByTestId(`action-${action}`).click();
    const modal = openModal(page);
    await modal.waitFor();
    if (fill) await fill(modal);
    await modal.getByTestId('action-submit').click();
    await expect.poll(() => page.getByTestId('case-detail').getAttribute('data-status')).toBe(status);
    await expect.poll(() => page.locator('.ant-modal-wrap:visible').count()).toBe(0);
  }

  it('walks the loop: a citizen submits on a phone, the dispatcher dispatches, the township acknowledges and resolves, the dispatcher approves, the citizen rates, closed', async () => {
    // 0. The township handler is at work already: the bell will ring live when the case comes in.
    const town = await signIn(browser, server.address, 'town.handler');
    await town.page.getByTestId('my-work').waitFor();
    await expect.poll(() => town.page.getByTestId('notification-bell').getAttribute('data-unread')).toMatch(/^\d+$/);
    const unreadBefore = Number(await town.page.getByTestId('notification-bell').getAttribute('data-unread'));
    await town.page.getByTestId('nav').getByText('诉求工单').click();
    await town.page.getByTestId('case-queues').waitFor();

    // 0b. The same matter was reported a little earlier (over the API): the dispatch dialog should offer it as a duplicate.
    const earlier = await fetch(`${server.address}/api/v1/public/cases`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': `earlier-${randomUUID()}` },
      body: JSON.stringify({
        description: '南沟村村口的垃圾堆了一个多星期没人清运，气味很大。',
        address: '杏坪镇南沟村村口',
        anonymous: true,
      }),
    });
    expect(earlier.status).toBe(201);
    const earlierCode = ((await earlier.json()) as { trackingCode: string }).trackingCode;

    // 1. A citizen on a phone: description, address, a tap on the map, a photo, name and mobile.
    const citizen = await browser.newContext(phone);
    const mobile = await citizen.newPage();
    const citizenErrors = collectPageErrors(mobile);
    await mobile.goto(`${server.address}/m`);
    await mobile
      .getByTestId('citizen-description')
      .fill('南沟村村口垃圾堆放了一个多星期没人清运，天热了气味很大，还招苍蝇。');
    await mobile.getByTestId('citizen-address').fill('杏坪镇南沟村村口');
    await mobile.getByTestId('citizen-map-toggle').click();
    const canvas = mobile.getByTestId('citizen-map').locator('canvas').first();
    await canvas.waitFor();
    await canvas.scrollIntoViewIfNeeded();
    const box = await canvas.boundingBox();
    if (!box) throw new Error('the map has no size');
    // Tap until the spot lies in 杏坪镇 (the township of the address, and of the demo handler signed in above).
    let picked = '';
    for (const [fx, fy] of [0.5, 0.3, 0.7, 0.2, 0.8, 0.4, 0.6].flatMap((x) =>
      [0.5, 0.3, 0.7, 0.2, 0.8, 0.4, 0.6].map((y) => [x, y] as const),
    )) {
      // The tap picks a place, or tells that it lies outside the district.
      await tapAndWait(mobile, mobile.getByTestId('citizen-map'), box.x + box.width * fx, box.y + box.height * fy);
      const pickedNote = mobile.getByTestId('citizen-map-picked');
      picked = (await pickedNote.count()) > 0 ? ((await pickedNote.textContent()) ?? '') : '';
      if (picked.includes('杏坪镇')) break;
    }
    expect(picked).toContain('杏坪镇');
    await mobile
      .getByTestId('citizen-photo-input')
      .setInputFiles({ name: '垃圾堆.jpg', mimeType: 'image/jpeg', buffer: await photo(mobile, '#9cb8d8') });
    await expect.poll(() => mobile.locator('.citizen-photo[data-status="done"]').count()).toBe(1);
    await mobile.getByTestId('citizen-name').fill('欧阳秀梅');
    await mobile.getByTestId('citizen-mobile').fill('13912345678');
    await mobile.getByTestId('citizen-submit').click();
    await mobile.getByTestId('citizen-done').waitFor();
    const code = (await mobile.getByTestId('citizen-tracking-code').textContent())?.trim() ?? '';
    expect(code).toMatch(/^LS\d{6}-[0-9A-Z]{6}$/);
    await shot(mobile, 'citizen-submitted');

    // 2. The dispatcher: the workbench's queues, the list with the case in "to accept", then the case.
    const dispatcher = await signIn(browser, server.address, 'dispatcher');
    const page = dispatcher.page;
    await page.getByTestId('my-work').waitFor();
    await expect.poll(() => page.getByTestId('my-work-to_accept').textContent()).toMatch(/待受理\d+/);
    await shot(page, 'workbench');
    await page.getByTestId('my-work-to_accept').click();
    await page.waitForURL((url) => url.pathname === '/cases' && url.searchParams.get('queue') === 'to_accept');
    await page.getByTestId('case-table').locator('tbody tr.ant-table-row').first().waitFor();
    await expect.poll(() => page.getByTestId('queue-to_accept').textContent()).toMatch(/待受理\d+/);
    await expect.poll(() => page.getByTestId('case-table').textContent()).toContain(code);
    await shot(page, 'list');
    expect(await seriousViolations(page)).toEqual([]);

    // A search in words, partly Traditional, finds the citizen's Simplified text and marks the passage.
    await page.getByTestId('case-search').locator('input').fill('南溝村 清運');
    await page.getByTestId('case-search').locator('input').press('Enter');
    await page.waitForURL((url) => url.searchParams.get('q') === '南溝村 清運');
    const matched = page.getByTestId('case-table').locator('tbody tr.ant-table-row', { hasText: code });
    await expect
      .poll(() => matched.getByTestId('search-passage').locator('mark').allTextContents())
      .toEqual(expect.arrayContaining(['南沟村', '清运']));
    await shot(page, 'list-search');

    // Filters live in the address under the list API's names; a search by code finds the one case.
    await page.getByTestId('case-search').locator('input').fill(code);
    await page.getByTestId('case-search').locator('input').press('Enter');
    await page.waitForURL((url) => url.searchParams.get('q') === code);
    expect(new URL(page.url()).searchParams.get('queue')).toBe('to_accept');
    await expect.poll(() => page.getByTestId('case-table').locator('tbody tr.ant-table-row').count()).toBe(1);
    await expect.poll(() => page.getByTestId('case-total').textContent()).toContain('共 1 条');
    await page.getByTestId('case-link').first().click();
    await page.waitForURL((url) => /^\/cases\/\d+$/.test(url.pathname));
    const caseId = Number(new URL(page.url()).pathname.split('/').pop());
    await page.getByTestId('case-detail').waitFor();
    await page.getByTestId('case-map').locator('canvas').first().waitFor();
    await page.getByTestId('case-thumb').first().waitFor();
    expect(await page.getByTestId('case-code').textContent()).toBe(code);
    expect(await page.getByTestId('case-reporter').textContent()).toContain('欧阳秀梅'); // the dispatcher holds pii.read
    expect(await shownActions(page)).toEqual(['accept', 'decline', 'merge', 'classify', 'note']);
    await canvasesStill(page.getByTestId('case-map'));
    await shot(page, 'case-submitted');
    expect(await seriousViolations(page)).toEqual([]);
    // The photo opens in a preview.
    await page.getByTestId('case-thumb').first().click();
    await page.locator('.ant-image-preview').waitFor();
    await shot(page, 'attachment-preview', { fullPage: false });
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.ant-image-preview:visible').count()).toBe(0);
    await shootDialogs(page, ['accept', 'classify']);

    // 3. Accept, classify (validation first), dispatch with the routing rule's suggestion.
    await act(page, 'accept', 'accepted', async () => {
      await shot(page, 'dialog-accept', { fullPage: false });
    });
    dialogsShot.add('accept');
    await page.getByTestId('action-classify').click();
    await page.getByTestId('classify-category').waitFor();
    await settled(page); // the dialog has opened
    await openModal(page).getByTestId('action-submit').click();
    await expect.poll(() => openModal(page).textContent()).toContain('请选择分类');
    await choose(page, 'classify-category', '环境卫生');
    await choose(page, 'classify-tier', '较大（镇街+部门）', '较大');
    await shot(page, 'dialog-classify', { fullPage: false });
    dialogsShot.add('classify');
    await openModal(page).getByTestId('action-submit').click();
    await expect.poll(() => page.getByTestId('case-fields').textContent()).toContain('城市建设和市政管理 / 环境卫生');
    await expect.poll(() => page.locator('.ant-modal-wrap:visible').count()).toBe(0);
    expect(await shownActions(page)).toContain('dispatch');

    await page.getByTestId('action-dispatch').click();
    await expect.poll(() => page.getByTestId('dispatch-suggested-lead').textContent()).toContain('杏坪镇');
    await expect.poll(() => page.getByTestId('dispatch-lead').textContent()).toContain('杏坪镇');
    expect((await page.getByTestId('dispatch-suggestion-reason').textContent())?.length).toBeGreaterThan(4);
    // The classifier's top three with their confidence, and the earlier report of the same matter.
    await expect
      .poll(() => page.getByTestId('category-suggestions').locator('.text-aid-row').count())
      .toBeGreaterThan(0);
    expect(await page.getByTestId('category-suggestions').locator('.text-aid-row').count()).toBeLessThanOrEqual(3);
    await expect.poll(() => page.getByTestId('duplicate-candidates').textContent()).toContain(earlierCode);
    expect(await page.getByTestId('duplicate-candidate').filter({ hasText: earlierCode }).textContent()).toMatch(
      /\d+%/,
    );
    await page.getByTestId('dispatch-note').fill('请今天内清运，并查明堆放来源');
    await shot(page, 'dialog-dispatch', { fullPage: false });
    dialogsShot.add('dispatch');
    await openModal(page).getByTestId('action-submit').click();
    await expect.poll(() => page.getByTestId('case-detail').getAttribute('data-status')).toBe('dispatched');
    await expect.poll(() => page.getByTestId('case-parties').textContent()).toContain('杏坪镇');
    expect(await page.getByTestId('deadline-tag').getAttribute('data-colour')).toBe('green');

    // 4. The township: the bell rang live; the drawer opens the case; acknowledge, then resolve with evidence.
    await expect
      .poll(() => town.page.getByTestId('notification-bell').getAttribute('data-unread'))
      .toBe(String(unreadBefore + 1));
    await town.page.getByTestId('notification-bell').click();
    const drawerItem = town.page.getByTestId('notify-item').filter({ hasText: '新派单' }).first();
    await drawerItem.waitFor();
    await shot(town.page, 'notifications', { fullPage: false });
    expect(await seriousViolations(town.page)).toEqual([]);
    await drawerItem.locator('button').first().click();
    await town.page.waitForURL((url) => url.pathname === `/cases/${caseId}`);
    await town.page.getByTestId('case-detail').waitFor();
    await expect
      .poll(() => town.page.getByTestId('notification-bell').getAttribute('data-unread'))
      .toBe(String(unreadBefore));
    expect(await shownActions(town.page)).toEqual(expect.arrayContaining(['acknowledge', 'return', 'summon', 'note']));
    await shot(town.page, 'case-dispatched-township');
    await shootDialogs(town.page, ['acknowledge']);
    await act(town.page, 'acknowledge', 'handling', async () => {
      await shot(town.page, 'dialog-acknowledge', { fullPage: false });
    });
    dialogsShot.add('acknowledge');
    // The township calls the citizen back: the reporter is masked until it asks (audited), then shown.
    expect(await town.page.getByTestId('case-reporter').textContent()).not.toContain('欧阳秀梅');
    await town.page.getByTestId('case-reveal').click();
    await expect.poll(() => town.page.getByTestId('case-contact').textContent()).toContain('13912345678');
    expect(await town.page.getByTestId('case-contact').textContent()).toContain('欧阳秀梅');
    await shot(town.page, 'case-contact-revealed', { fullPage: false });
    await shootDialogs(town.page, ['resolve']);
    await act(town.page, 'resolve', 'resolved', async (modal) => {
      await modal.getByTestId('action-submit').click();
      await expect.poll(() => modal.textContent()).toContain('请填写办理结果');
      await modal
        .getByTestId('field-result')
        .fill('已组织保洁人员清运垃圾 3 车，设置临时垃圾桶两个，并安排网格员每日巡查。');
      await modal
        .locator('input[type=file]')
        .setInputFiles({ name: '清运后.jpg', mimeType: 'image/jpeg', buffer: await photo(town.page, '#b9d3a8') });
      await expect.poll(() => modal.locator('.ant-upload-list-item').count()).toBe(1);
      await expect.poll(() => modal.locator('.ant-upload-list-item-done').count()).toBe(1);
      await expect.poll(() => modal.locator('.ant-form-item-explain-error').count()).toBe(0);
      await shot(town.page, 'dialog-resolve', { fullPage: false });
    });
    dialogsShot.add('resolve');
    await expect.poll(() => town.page.getByTestId('case-thumb').count()).toBe(2);
    expect(await town.page.getByTestId('case-timeline').textContent()).toContain('已组织保洁人员清运垃圾');

    // 5. The dispatcher approves the resolution (the other choice, sending it back, photographed).
    await page.reload();
    await page.getByTestId('case-detail').waitFor();
    expect(await page.getByTestId('case-detail').getAttribute('data-status')).toBe('resolved');
    await shootDialogs(page, ['approve']);
    await act(page, 'approve', 'follow_up', async () => {
      await shot(page, 'dialog-approve', { fullPage: false });
    });
    dialogsShot.add('approve');
    await shootDialogs(page);

    // 6. The citizen rates it on the tracking page; the case is closed.
    await mobile.goto(`${server.address}/m/track`);
    await mobile.getByTestId('citizen-track-code').fill(code);
    await mobile.getByTestId('citizen-track-mobile').fill('13912345678');
    await mobile.getByTestId('citizen-track-submit').click();
    await mobile.getByTestId('citizen-rating').waitFor();
    await mobile.getByTestId('citizen-rating-satisfaction').getByText('满意', { exact: true }).click();
    await mobile.getByTestId('citizen-rating-solved').getByText('已解决', { exact: true }).click();
    await mobile.getByTestId('citizen-rating-submit').click();
    await expect.poll(() => mobile.getByTestId('citizen-case-status').textContent()).toBe('已办结');
    await shot(mobile, 'citizen-rated');
    expect(citizenErrors).toEqual([]);

    await page.getByTestId('case-detail').getByRole('button', { name: '重新加载' }).click();
    await expect.poll(() => page.getByTestId('case-detail').getAttribute('data-status')).toBe('closed');
    await expect.poll(() => page.getByTestId('case-timeline').textContent()).toContain('评价：满意，已解决');
    const actions = (await page
      .getByTestId('case-timeline')
      .getByTestId('case-event')
      .evaluateAll((events) => events.map((e) => e.getAttribute('data-action')))) as string[];
    expect(actions).toEqual([
      'submit',
      'accept',
      'classify',
      'dispatch',
      'acknowledge',
      'resolve',
      'approve',
      'followUp',
    ]);
    await canvasesStill(page.getByTestId('case-detail'));
    await shot(page, 'case-closed');
    expect(await seriousViolations(page)).toEqual([]);

    expect(dispatcher.errors.filter((e) => e !== NOT_SIGNED_IN)).toEqual([]);
    expect(town.errors.filter((e) => e !== NOT_SIGNED_IN)).toEqual([]);
    await citizen.close();
    await town.context.close();
    await dispatcher.context.close();
  }, 300_000);

  it("keeps another township's case from a township handler", async () => {
    // A case placed in 桑峪镇 (D01-T02) with no part for 杏坪镇 (the handler's township).
    const db = server.database.db;
    const t02 = await db.selectFrom('unit').select('path').where('code', '=', 'D01-T02').executeTakeFirstOrThrow();
    const candidates = await db
      .selectFrom('case_record')
      .select(['id', 'tracking_code'])
      .where('place_path', 'like', `${t02.path}%`)
      .orderBy('id')
      .limit(20)
      .execute();
    const handler = await signInAs(server.app, 'town.handler', 'luoshi2026');
    let other: { id: number; code: string } | null = null;
    for (const c of candidates) {
      const res = await server.app.inject({ url: `/api/v1/cases/${c.id}`, headers: handler.headers() });
      if (res.statusCode === 404) {
        other = { id: Number(c.id), code: c.tracking_code };
        break;
      }
    }
    if (!other) throw new Error('no case outside the township in the demo data');

    const { context, page } = await signIn(browser, server.address, 'town.handler');
    await page.goto(`${server.address}/cases/${other.id}`);
    await page.getByTestId('case-not-found').waitFor();
    expect(await page.getByTestId('case-not-found').textContent()).toContain('不在您的查看范围内');
    await shot(page, 'not-found-other-township');
    expect(await seriousViolations(page)).toEqual([]);
    // Nor does the list find it; the handler's queues are the handling ones.
    await page.goto(`${server.address}/cases?q=${other.code}`);
    await page.getByTestId('case-table').locator('.ant-empty').waitFor();
    expect(await page.getByTestId('case-queues').textContent()).not.toContain('待受理');
    expect(await page.getByTestId('case-queues').textContent()).toContain('待签收');
    await shot(page, 'list-township-empty');
    await context.close();
  });

  it('dispatches several cases at once, exports the filtered list, and speaks English', async () => {
    const { context, page, errors } = await signIn(browser, server.address, 'dispatcher');
    await page.goto(`${server.address}/cases?queue=to_dispatch&tier=general`);
    const rows = page.getByTestId('case-table').locator('tbody tr.ant-table-row');
    await rows.first().waitFor();
    expect(new URL(page.url()).searchParams.get('tier')).toBe('general');
    await expect.poll(() => page.getByTestId('filter-tier').textContent()).toContain('较大');
    const selectable = page
      .getByTestId('case-table')
      .locator('tbody tr.ant-table-row input[type=checkbox]:not([disabled])');
    const count = Math.min(2, await selectable.count());
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) await selectable.nth(i).check();
    await page.getByTestId('bulk-open').click();
    await choose(page, 'bulk-lead', '杏坪镇');
    await shot(page, 'dialog-bulk-dispatch', { fullPage: false });
    await openModal(page).getByTestId('bulk-submit').click();
    await page.getByTestId('bulk-result').waitFor();
    expect(await page.getByTestId('bulk-result').locator('li').count()).toBe(count);
    await shot(page, 'dialog-bulk-result', { fullPage: false });
    expect(await seriousViolations(page)).toEqual([]);
    await openModal(page).getByTestId('bulk-submit').click();

    // Someone else changes a case while a dialog is open: the dialog says so and offers to reload.
    await page.goto(`${server.address}/cases?queue=to_accept`);
    await page.getByTestId('case-link').first().click();
    await page.getByTestId('case-detail').waitFor();
    const changedId = Number(new URL(page.url()).pathname.split('/').pop());
    await page.getByTestId('action-note').click();
    await openModal(page).getByTestId('field-text').fill('已电话联系反映人，核实情况');
    const colleague = await signInAs(server.app, 'dispatcher', 'luoshi2026');
    const meanwhile = await server.app.inject({
      method: 'POST',
      url: `/api/v1/cases/${changedId}/note`,
      payload: { text: '另一位派单员补充的说明' },
      headers: colleague.headers(),
    });
    expect(meanwhile.statusCode, meanwhile.body).toBe(200);
    await openModal(page).getByTestId('action-submit').click();
    await openModal(page).getByTestId('case-conflict').waitFor();
    expect(await openModal(page).getByTestId('case-conflict').textContent()).toContain('该诉求已被他人修改');
    await shot(page, 'dialog-conflict', { fullPage: false });
    await page.getByTestId('case-conflict-reload').click();
    await expect.poll(() => page.locator('.ant-modal-wrap:visible').count()).toBe(0);
    await expect.poll(() => page.getByTestId('case-timeline').textContent()).toContain('另一位派单员补充的说明');
    expect(await page.getByTestId('case-timeline').textContent()).not.toContain('已电话联系反映人');

    // Export of the filtered list: an .xlsx with Chinese headers and as many rows as the list counts.
    await page.goto(`${server.address}/cases?queue=in_progress`);
    await page.getByTestId('case-table').locator('tbody tr.ant-table-row').first().waitFor();
    const total = Number(/共 (\d+) 条/.exec((await page.getByTestId('case-total').textContent()) ?? '')?.[1]);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('case-export').click()]);
    expect(download.suggestedFilename()).toMatch(/^诉求-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    const sheet = workbook.worksheets[0];
    expect(sheet?.getRow(1).getCell(1).value).toBe('查询码');
    expect((sheet?.actualRowCount ?? 0) - 1).toBe(total);

    // Keyset paging: the next page, and back.
    await page.goto(`${server.address}/cases`);
    await page.getByTestId('case-table').locator('tbody tr.ant-table-row').first().waitFor();
    const firstCode = await page.getByTestId('case-link').first().textContent();
    await page.getByTestId('case-next').click();
    await expect.poll(() => page.getByTestId('case-total').textContent()).toContain('第 2 页');
    expect(await page.getByTestId('case-link').first().textContent()).not.toBe(firstCode);
    await page.getByTestId('case-prev').click();
    await expect.poll(() => page.getByTestId('case-link').first().textContent()).toBe(firstCode);

    // English, on the list and on a case.
    await page.getByTestId('locale-switch').getByText('English').click();
    await expect.poll(() => page.getByTestId('case-queues').textContent()).toContain('To accept');
    await shot(page, 'list-en');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByTestId('case-link').first().click();
    await page.getByTestId('case-detail').waitFor();
    await expect.poll(() => page.getByTestId('case-detail').textContent()).toContain('Timeline');
    await page.locator('[data-testid="case-map"] canvas, .case-map-none').first().waitFor();
    await canvasesStill(page.getByTestId('case-detail'));
    await shot(page, 'case-en');
    // The browser logs the refused request of the conflict above; nothing else may fail.
    expect(errors.filter((e) => e !== NOT_SIGNED_IN && !e.includes('status of 409 (Conflict)'))).toEqual([]);
    await context.close();
  });
});
