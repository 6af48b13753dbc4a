/// <reference lib="dom" />
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/app/server.ts';
import { signInAs } from '../helpers/http-session.ts';
import { repoRoot } from '../helpers/server-process.ts';
import { axeViolations, browserAvailable, browserSkipReason, collectPageErrors, settled } from '../helpers/browser.ts';
import { type BrowserWorld, openBrowserWorld } from '../helpers/browser-world.ts';

/** Every citizen page is kept for a person to look at (bench-results/screenshots/citizen-*.png). */
const screenshotsDir = path.join(repoRoot, 'bench-results/screenshots');
const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

async function shot(page: Page, name: string, fullPage = true): Promise<void> {
  fs.mkdirSync(screenshotsDir, { recursive: true });
  await settled(page);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(screenshotsDir, `${name}.png`), fullPage });
}

/** A photo as a phone would take it: a JPEG drawn on a canvas in the page. */
async function cameraPhoto(page: Page): Promise<Buffer> {
  const dataUrl = await page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 640;
    canvas.height = 480;
    const g = canvas.getContext('2d') as CanvasRenderingContext2D;
    const sky = g.createLinearGradient(0, 0, 0, 480);
    sky.addColorStop(0, '#8fb8de');
    sky.addColorStop(1, '#d9e4c4');
    g.fillStyle = sky;
    g.fillRect(0, 0, 640, 480);
    g.fillStyle = '#6b5a45';
    g.fillRect(0, 330, 640, 150);
    g.fillStyle = '#3f3f3f';
    for (let i = 0; i < 14; i++) g.fillRect(60 + i * 38, 300 - (i % 4) * 12, 30, 40 + (i % 3) * 10);
    return canvas.toDataURL('image/jpeg', 0.85);
  });
  return Buffer.from(dataUrl.split(',')[1] ?? '', 'base64');
}

// Skipped only where Chromium is absent outside CI; see helpers/browser.ts.
describe.skipIf(!browserAvailable)(`the citizen's phone pages in Chromium ${browserSkipReason}`, () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let world: BrowserWorld | undefined;

  beforeAll(async () => {
    world = await openBrowserWorld('citizen');
    ({ server, browser } = world);
    context = await browser.newContext(phone);
  });

  afterAll(async () => {
    await context?.close();
    await world?.close();
  });

  /** Staff carry the case to the follow-up step through the API, as the dispatcher and the township would. */
  async function carryToFollowUp(trackingCode: string): Promise<void> {
    const db = server.database.db;
    const row = await db
      .selectFrom('case_record')
      .select(['id', 'category_id'])
      .where('tracking_code', '=', trackingCode)
      .executeTakeFirstOrThrow();
    const dispatcher = await signInAs(server.app, 'dispatcher', 'luoshi2026');
    const town = await signInAs(server.app, 'town.handler', 'luoshi2026');
    const act = async (who: typeof dispatcher, action: string, payload: object) => {
      const res = await server.app.inject({
        method: 'POST',
        url: `/api/v1/cases/${row.id}/${action}`,
        payload,
        headers: who.headers(),
      });
      expect(res.statusCode, `${action}: ${res.body}`).toBe(200);
    };
    const lead = await db.selectFrom('unit').select('id').where('code', '=', 'D01-T01').executeTakeFirstOrThrow();
    await act(dispatcher, 'accept', {});
    await act(dispatcher, 'classify', { categoryId: Number(row.category_id), tier: 'general' });
    await act(dispatcher, 'dispatch', { leadUnitId: Number(lead.id), note: '内部：请尽快核实' });
    await act(town, 'acknowledge', {});
    await act(town, 'note', { text: '已联系施工方，要求夜间停止施工', public: true });
    await act(town, 'resolve', { result: '施工方已承诺晚十点后停工，城管每晚巡查一周' });
    await act(dispatcher, 'approve', {});
  }

  it('submits a case with a photo at a phone size, shows the tracking code, follows it and rates it; every page passes axe', async () => {
    const page = await context.newPage();
    const errors = collectPageErrors(page);

    // 1. 我要反映: the empty form, then what an empty submission says.
    await page.goto(`${server.address}/m`);
    await page.getByTestId('citizen-description').waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    await expect.poll(() => page.title()).toContain('反映问题');
    await expect.poll(() => page.getByTestId('citizen-category').textContent()).toContain('选择问题类型');
    await shot(page, 'citizen-submit');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByTestId('citizen-submit').click();
    await expect.poll(() => page.getByTestId('citizen-form').textContent()).toContain('请描述您遇到的问题');
    expect(await page.getByTestId('citizen-form').textContent()).toContain('请填写问题发生的地点，或在地图上选点');
    expect(await page.getByTestId('citizen-form').textContent()).toContain('请填写手机号，或选择匿名提交');
    await shot(page, 'citizen-submit-errors');
    expect(await axeViolations(page)).toEqual([]);

    // 2. The category by search; its extra intake field appears.
    await page.getByTestId('citizen-category').click();
    await page.getByTestId('citizen-category-search').locator('input').fill('噪音');
    await page.getByTestId('citizen-category-results').waitFor();
    // The sheet slides up: take its picture once it has stopped moving.
    await expect
      .poll(() => page.locator('.ant-drawer-content-wrapper').evaluate((el) => getComputedStyle(el).transform))
      .toMatch(/^(none|matrix\(1, 0, 0, 1, 0, 0\))$/);
    await expect
      .poll(() => page.locator('.ant-drawer-content-wrapper').evaluate((el) => getComputedStyle(el).opacity))
      .toBe('1');
    await shot(page, 'citizen-submit-category', false); // the sheet covers the screen: the screen is the picture
    expect(await axeViolations(page)).toEqual([]);
    await page.getByTestId('citizen-category-results').getByText('噪音污染').click();
    await expect
      .poll(() => page.getByTestId('citizen-category').textContent())
      .toContain('环境保护 / 环境污染 / 噪音污染');
    await page.getByTestId('citizen-extra').getByText('夜间').click();
    await page
      .getByTestId('citizen-description')
      .fill('南沟村村口的工地每天晚上十一点以后还在施工，噪音很大，影响休息。');

    // 3. A photo: uploaded at once and shown as a thumbnail; a file that is not a picture is refused in words.
    await page
      .getByTestId('citizen-photo-input')
      .setInputFiles({ name: '现场照片.jpg', mimeType: 'image/jpeg', buffer: await cameraPhoto(page) });
    await expect.poll(() => page.locator('.citizen-photo[data-status="done"]').count()).toBe(1);
    await page
      .getByTestId('citizen-photo-input')
      .setInputFiles({ name: '说明.txt', mimeType: 'text/plain', buffer: Buffer.from('not a picture') });
    await expect
      .poll(() => page.getByTestId('citizen-photos').locator('xpath=..').textContent())
      .toContain('“说明.txt”不是图片');

    // 4. The place: an address, and a tap on the district map.
    await page.getByTestId('citizen-address').fill('杏坪镇南沟村村口');
    await page.getByTestId('citizen-map-toggle').click();
    const canvas = page.getByTestId('citizen-map').locator('canvas').first();
    await canvas.waitFor();
    await canvas.scrollIntoViewIfNeeded();
    const box = await canvas.boundingBox();
    if (!box) throw new Error('the map has no size');
    await page.touchscreen.tap(box.x + box.width * 0.45, box.y + box.height * 0.55);
    await expect.poll(() => page.getByTestId('citizen-map-picked').textContent()).toContain('已在地图上选择');
    // "已在地图上选择：枣园镇 李家村": the tapped spot decides the place (it is more exact than the typed address).
    const [pickedTown = '', pickedVillage = ''] = ((await page.getByTestId('citizen-map-picked').textContent()) ?? '')
      .replace(/^.*：/, '')
      .split(/\s+/);
    expect(pickedVillage).toMatch(/(村|社区)$/);

    // 5. A named case: name and mobile.
    await page.getByTestId('citizen-name').fill('欧阳秀梅');
    await page.getByTestId('citizen-mobile').fill('13912345678');
    await expect.poll(() => page.locator('.ant-form-item-explain-error').count()).toBe(0);
    await shot(page, 'citizen-submit-filled');
    expect(await axeViolations(page)).toEqual([]);

    // 6. Submit with a double tap: one case, and its tracking code, big and copyable.
    await page.getByTestId('citizen-submit').dblclick();
    await page.getByTestId('citizen-done').waitFor();
    const trackingCode = (await page.getByTestId('citizen-tracking-code').textContent())?.trim() ?? '';
    expect(trackingCode).toMatch(/^LS\d{6}-[0-9A-Z]{6}$/);
    await shot(page, 'citizen-submit-done');
    expect(await axeViolations(page)).toEqual([]);
    const stored = await server.database.db
      .selectFrom('case_record')
      .select(['reporter_mobile', 'place_unit_id', 'lat', 'extra'])
      .where('tracking_code', '=', trackingCode)
      .executeTakeFirstOrThrow();
    expect(stored.reporter_mobile).toBe('13912345678');
    const made = await server.database.db
      .selectFrom('case_record')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('reporter_mobile', '=', '13912345678')
      .executeTakeFirstOrThrow();
    expect(Number(made.n)).toBe(1);
    expect(stored.lat).not.toBeNull();
    expect(stored.extra).toMatchObject({ timeOfDay: '夜间' });
    const photos = await server.database.db
      .selectFrom('attachment as a')
      .innerJoin('case_record as c', 'c.id', 'a.case_id')
      .select('a.content_type')
      .where('c.tracking_code', '=', trackingCode)
      .execute();
    expect(photos.map((p) => p.content_type)).toEqual(['image/jpeg']);

    // 7. Follow it: the public timeline, in public wording.
    await page.getByTestId('citizen-follow-link').click();
    await page.getByTestId('citizen-case').waitFor();
    expect(new URL(page.url()).pathname).toBe('/m/track');
    await expect.poll(() => page.getByTestId('citizen-timeline').textContent()).toContain('诉求已提交，等待受理');
    expect(await page.getByTestId('citizen-case-status').textContent()).toBe('待受理');
    await shot(page, 'citizen-track');
    expect(await axeViolations(page)).toEqual([]);

    // 8. Once resolved and approved, the citizen rates it on the same page (after a fresh look-up).
    await carryToFollowUp(trackingCode);
    await page.goto(`${server.address}/m/track`);
    await page.getByTestId('citizen-track-code').fill(trackingCode.toLowerCase()); // typed in lower case: the field raises it
    await page.getByTestId('citizen-track-mobile').fill('13912345678');
    await page.getByTestId('citizen-track-submit').click();
    await page.getByTestId('citizen-rating').waitFor();
    const timeline = (await page.getByTestId('citizen-timeline').textContent()) ?? '';
    for (const text of ['已派发至杏坪镇办理', '承办单位已签收，正在办理', '已联系施工方，要求夜间停止施工', '已办结'])
      expect(timeline).toContain(text);
    expect(await page.getByTestId('citizen-case').textContent()).not.toContain('内部');
    expect(await page.getByTestId('citizen-case').textContent()).toContain(pickedVillage);
    expect(await page.getByTestId('citizen-case-result').textContent()).toContain('施工方已承诺');
    await shot(page, 'citizen-track-rating');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByTestId('citizen-rating-satisfaction').getByText('基本满意').click();
    await page.getByTestId('citizen-rating-solved').getByText('已解决').click();
    await page.getByTestId('citizen-rating-submit').click();
    await expect.poll(() => page.getByTestId('citizen-case-status').textContent()).toBe('已办结');
    expect(await page.getByTestId('citizen-rating').count()).toBe(0);
    expect(await page.getByTestId('citizen-timeline').textContent()).toContain('您的评价：基本满意，问题已解决');
    await shot(page, 'citizen-track-rated');

    // 9. 公开诉求: the list and the map by township, nothing personal.
    await page.getByTestId('citizen-nav-cases').click();
    await expect.poll(() => page.getByTestId('citizen-case-list').locator('li').count()).toBeGreaterThan(0);
    await page.getByTestId('citizen-cases-map').locator('canvas').first().waitFor();
    await shot(page, 'citizen-cases');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByTestId('citizen-area').click();
    await page.locator('.ant-select-dropdown:visible').getByText(pickedTown, { exact: true }).click();
    await page.getByTestId('citizen-status').getByText('已办结').click();
    await expect
      .poll(async () => (await page.getByTestId('citizen-case-list').textContent()) ?? '')
      .toContain('噪音污染');
    const listed = (await page.getByTestId('citizen-case-list').textContent()) ?? '';
    for (const secret of ['欧阳秀梅', '13912345678', '村口', '施工方']) expect(listed).not.toContain(secret);
    await shot(page, 'citizen-cases-township');

    // 10. The English switch.
    await page.getByTestId('citizen-nav-submit').click();
    await page.getByTestId('locale-switch').getByText('English').click();
    await expect.poll(() => page.locator('h1').first().textContent()).toBe('Report a problem');
    expect(await page.locator('html').getAttribute('lang')).toBe('en-US');
    await shot(page, 'citizen-submit-en');
    expect(await axeViolations(page)).toEqual([]);

    expect(errors).toEqual([]);
    await page.close();
  });

  it('says plainly when a code is unknown or the mobile does not match', async () => {
    const fresh = await browser.newContext(phone);
    const page = await fresh.newPage();
    await page.goto(`${server.address}/m/track?code=LS000000-ZZZZZZ`);
    await page.getByTestId('citizen-track-error').waitFor();
    expect(await page.getByTestId('citizen-track-error').textContent()).toContain('未找到该查询码对应的诉求');
    await shot(page, 'citizen-track-not-found');
    expect(await axeViolations(page)).toEqual([]);
    await fresh.close();
  });

  it('is also fine on a desktop screen', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = collectPageErrors(page);
    await page.goto(`${server.address}/m/cases`);
    await expect.poll(() => page.getByTestId('citizen-case-list').locator('li').count()).toBeGreaterThan(0);
    await page.getByTestId('citizen-cases-map').locator('canvas').first().waitFor();
    const width = await page.locator('#citizen-main').evaluate((main) => main.getBoundingClientRect().width);
    expect(width).toBeLessThanOrEqual(640); // one readable column, centred
    await shot(page, 'citizen-cases-desktop', false);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
