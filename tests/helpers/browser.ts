/// <reference lib="dom" />
import fs from 'node:fs';
import path from 'node:path';
import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  chromium,
  type Locator,
  type Page,
} from 'playwright-core';
import { expect, vi } from 'vitest';
import { testClockOffsetMs } from './clock.ts';
import { repoRoot } from './server-process.ts';

export const chromiumPath = '/usr/bin/chromium';
export const artifactsDir = path.join(repoRoot, 'test-artifacts');

/**
 * Browser tests need Debian's Chromium. CI installs it (.ci/run) and must run them; on a
 * developer's machine without it they are skipped, with this reason printed.
 */
export const browserAvailable = fs.existsSync(chromiumPath);
export const browserSkipReason = browserAvailable ? '' : `no Chromium at ${chromiumPath} (apt-get install -y chromium)`;
if (!browserAvailable && process.env.CI) throw new Error(`CI must run the browser tests: ${browserSkipReason}`);

/**
 * How long a browser test waits, set once for every browser test file (each imports this module).
 * A browser test waits for conditions, never for a fixed time; these bounds are only how long a
 * condition may take on a busy machine (two shared cores, other test files, Chromium and the server
 * competing): far above what a quiet machine needs, so that load slows a test down but does not fail it.
 */
export const browserTimeouts = {
  /** A test: a whole user journey, screenshots and axe checks included. */
  test: 180_000,
  /**
   * beforeAll/afterAll: start the server on its data folder and launch Chromium; for the run's first
   * browser file, also prepare the demo installation (five minutes and more on a busy machine).
   */
  hook: 600_000,
  /** expect.poll: a condition the page or the server reaches. */
  poll: 30_000,
  /** A Playwright action or locator wait (click, fill, waitFor…). */
  action: 45_000,
  /** A navigation (goto, reload, waitForURL). */
  navigation: 60_000,
};
vi.setConfig({
  testTimeout: browserTimeouts.test,
  hookTimeout: browserTimeouts.hook,
  expect: { poll: { timeout: browserTimeouts.poll, interval: 100 } },
});

/** Chromium, whose every page runs on the test clock (see `onTestClock`). */
export async function launchBrowser(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const newContext = browser.newContext.bind(browser);
  // Pages ask for reduced motion, as a person may in their system settings: the app then opens
  // dialogs, drawers and charts without animation, so a test neither waits for one to end nor
  // clicks into one half-way. A test that is about motion passes reducedMotion: 'no-preference'.
  browser.newContext = async (options?: BrowserContextOptions) => {
    const context = await onTestClock(await newContext({ reducedMotion: 'reduce', ...options }));
    context.setDefaultTimeout(browserTimeouts.action);
    context.setDefaultNavigationTimeout(browserTimeouts.navigation);
    return context;
  };
  // A page of its own context, closed with it, as Browser.newPage does.
  browser.newPage = async (options?: BrowserContextOptions) => {
    const context = await browser.newContext(options);
    const page = await context.newPage();
    // When the browser itself is closing, its contexts go with it: closing this one then fails with
    // "Target page, context or browser has been closed", which is no test's failure.
    page.once('close', () => context.close().catch(() => undefined));
    return page;
  };
  return browser;
}

/**
 * Puts a context's pages on the test clock: their `Date` stands as far from the wall clock as the
 * test's does (tests/helpers/clock.ts), and runs on at real speed across navigations. Only `Date`
 * changes; timers, animation frames and `performance.now()` stay the browser's own.
 */
async function onTestClock(context: BrowserContext): Promise<BrowserContext> {
  const offset = testClockOffsetMs();
  await context.addInitScript(`(() => {
    const RealDate = Date;
    const offset = ${offset};
    function TestClockDate(...args) {
      if (!new.target) return new RealDate(RealDate.now() + offset).toString();
      return args.length === 0 ? new RealDate(RealDate.now() + offset) : new RealDate(...args);
    }
    TestClockDate.prototype = RealDate.prototype;
    TestClockDate.now = () => RealDate.now() + offset;
    TestClockDate.parse = RealDate.parse;
    TestClockDate.UTC = RealDate.UTC;
    globalThis.Date = TestClockDate;
  })();`);
  return context;
}

/**
 * Waits until nothing on the page moves: no antd motion under way (its elements carry classes such as
 * `ant-zoom-appear-active` or `ant-drawer-panel-motion-right-leave` while a dialog, drawer, dropdown or
 * message opens or closes) and no finite CSS animation or transition running. Spinners and other
 * endless animations do not count. For a screenshot, or a check that must see the page at rest.
 */
export async function settled(page: Page): Promise<void> {
  await expect
    .poll(() =>
      page.evaluate(() => {
        const motion = /-(appear|enter|leave)(-(prepare|start|active))?$/;
        const moving = [...document.querySelectorAll('[class]')].filter((element) =>
          [...element.classList].some((name) => motion.test(name)),
        ).length;
        const running = document
          .getAnimations()
          .filter(
            (animation) =>
              animation.playState === 'running' &&
              Number.isFinite(animation.effect?.getComputedTiming().endTime ?? Number.POSITIVE_INFINITY),
          ).length;
        return moving + running;
      }),
    )
    .toBe(0);
}

/**
 * Waits until the canvases inside `scope` (charts, maps) stop changing: their pictures are the same
 * before and after two animation frames. A chart animates its first drawing; this is its end.
 */
export async function canvasesStill(scope: Locator): Promise<void> {
  await expect
    .poll(() =>
      scope.evaluate(async (root) => {
        const pictures = () =>
          [...root.querySelectorAll('canvas')].map((canvas) => (canvas as HTMLCanvasElement).toDataURL()).join('|');
        const before = pictures();
        for (let frame = 0; frame < 2; frame++) await new Promise((resolve) => requestAnimationFrame(resolve));
        return before === pictures();
      }),
    )
    .toBe(true);
}

/**
 * Waits until the page has painted twice: whatever the last input (a tap, a key) changed in React's
 * state is on the screen. For reading the page after an input that may or may not change it.
 */
export async function painted(page: Page): Promise<void> {
  await page.evaluate(async () => {
    for (let frame = 0; frame < 2; frame++) await new Promise((resolve) => requestAnimationFrame(resolve));
  });
}

/**
 * Taps the screen at (x, y) and waits until the tap has reached `target` as a click (a phone's
 * browser makes the click after the touch ends) and the page has painted what the click changed.
 */
export async function tapAndWait(page: Page, target: Locator, x: number, y: number): Promise<void> {
  await target.evaluate((element) => {
    element.removeAttribute('data-test-tapped');
    element.addEventListener('click', () => element.setAttribute('data-test-tapped', 'yes'), {
      once: true,
      capture: true,
    });
  });
  await page.touchscreen.tap(x, y);
  await expect.poll(() => target.getAttribute('data-test-tapped')).toBe('yes');
  await painted(page);
}

/** Saves a full-page screenshot to test-artifacts/<name>.png and returns its path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(artifactsDir, { recursive: true });
  const file = path.join(artifactsDir, `${name}.png`);
  await settled(page);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

const axeScript = path.join(repoRoot, 'node_modules/axe-core/axe.min.js');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * axe-core on the page as it is, within `scope` (the whole page by default); answers the serious and
 * critical violations as short strings (none expected). Evaluated through the DevTools protocol: the
 * app's CSP (script-src 'self') rightly refuses an injected <script>.
 */
export async function axeViolations(
  page: Page,
  scope: { include?: string; exclude?: string[] } = {},
): Promise<string[]> {
  // The page at rest: no control under the pointer (a hovered button takes a lighter colour) and no
  // transition half-way. A click leaves the pointer where it clicked.
  await page.mouse.move(0, 0);
  await settled(page);
  if ((await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe)) === 'undefined')
    await page.evaluate(fs.readFileSync(axeScript, 'utf8'));
  const violations = await page.evaluate(
    async ({ include, exclude }) => {
      const axe = (
        window as unknown as {
          axe: { run: (context: object, options: object) => Promise<{ violations: AxeViolation[] }> };
        }
      ).axe;
      const context = { ...(include ? { include: [[include]] } : {}), exclude: exclude.map((selector) => [selector]) };
      return (await axe.run(context, { resultTypes: ['violations'] })).violations;
    },
    { include: scope.include ?? null, exclude: scope.exclude ?? [] },
  );
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** The sign-in code last texted to a mobile, from the server's log lines (the demo SMS provider writes there); '' until one is. */
export function smsCodeFrom(logLines: readonly string[], mobile: string): string {
  const sms = logLines
    .map((line) => (JSON.parse(line) as { sms?: { mobile: string; text: string } }).sms)
    .find((m) => m?.mobile === mobile);
  return sms ? (/(\d{6})/.exec(sms.text)?.[1] ?? '') : '';
}

/** Collects console errors and uncaught page errors (a CSP violation shows up here too). */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // A failed resource names its address beside the message, so a failure says which request it was.
    const url = message.location().url;
    errors.push(message.text());
    if (url && message.text().startsWith('Failed to load resource') && !message.text().includes('(Unauthorized)'))
      console.warn(`page error: ${message.text()} at ${url}`);
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}
