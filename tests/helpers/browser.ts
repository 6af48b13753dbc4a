import fs from 'node:fs';
import path from 'node:path';
import { type Browser, type BrowserContext, type BrowserContextOptions, chromium, type Page } from 'playwright-core';
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
  browser.newContext = async (options?: BrowserContextOptions) => onTestClock(await newContext(options));
  // A page of its own context, closed with it, as Browser.newPage does.
  browser.newPage = async (options?: BrowserContextOptions) => {
    const context = await browser.newContext(options);
    const page = await context.newPage();
    page.once('close', () => void context.close());
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

/** Saves a full-page screenshot to test-artifacts/<name>.png and returns its path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(artifactsDir, { recursive: true });
  const file = path.join(artifactsDir, `${name}.png`);
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
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}
