import { parseConfig, type AppConfig } from '../../src/platform/config/config.ts';
import type { Database } from '../../src/platform/db/database.ts';
import { type App, buildApp } from '../../src/app/build-app.ts';
import { createLogger } from '../../src/platform/logging/logger.ts';

export function testConfig(overrides: Record<string, string> = {}): AppConfig {
  return parseConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', PORT: '0', ...overrides });
}

/** The real application on a test database; use app.inject() to call it. */
export async function createTestApp(
  database: Database,
  options: { webRoot?: string; env?: Record<string, string> } = {},
): Promise<App> {
  const config = testConfig(options.env);
  return buildApp({
    config,
    database,
    logger: createLogger(config.logLevel),
    ...(options.webRoot ? { webRoot: options.webRoot } : {}),
  });
}
