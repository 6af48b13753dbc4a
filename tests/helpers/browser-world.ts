import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { defaultWebRoot, type RunningServer, startServer } from '../../src/app/server.ts';
import { createLogger, type Logger } from '../../src/platform/logging/logger.ts';
import { launchBrowser } from './browser.ts';
import { copyOfDemoInstallation } from './demo-installation.ts';
import { testConfig } from './test-app.ts';

/** What a browser test file drives: the real server on the demo district, in a data folder of its own, and a Chromium. */
export interface BrowserWorld {
  server: RunningServer;
  browser: Browser;
  close(): Promise<void>;
}

/**
 * Starts the server (the built web app from dist/web) in a data folder of its own named after `name`,
 * a copy of the run's prepared demo installation (tests/helpers/demo-installation.ts), and launches
 * Chromium. `logger` receives the server's log (the demo SMS provider writes sign-in codes there).
 */
export async function openBrowserWorld(name: string, logger: Logger = createLogger('silent')): Promise<BrowserWorld> {
  if (!fs.existsSync(path.join(defaultWebRoot, 'index.html')))
    throw new Error('dist/web is not built: npm test builds it first (node scripts/build-web.ts)');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `luoshi-${name}-`));
  const removeData = () => fs.rmSync(dataDir, { recursive: true, force: true });
  let server: RunningServer | undefined;
  try {
    await copyOfDemoInstallation(dataDir);
    server = await startServer(testConfig({ DATA_DIR: dataDir }), logger);
    const browser = await launchBrowser();
    const running = server;
    return {
      server: running,
      browser,
      close: async () => {
        await browser.close();
        await running.stop();
        removeData();
      },
    };
  } catch (error) {
    await server?.stop();
    removeData();
    throw error;
  }
}
