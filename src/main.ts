import { ConfigError, parseConfig } from './platform/config/config.ts';
import { DataDirLockedError } from './platform/db/data-dir-lock.ts';
import { createLogger } from './platform/logging/logger.ts';
import { startServer } from './app/server.ts';

/** `npm start`: configuration, database, demo data, HTTP, and a clean shutdown on SIGTERM/SIGINT. */
async function main(): Promise<void> {
  let config;
  try {
    config = parseConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`luoshi cannot start: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  const started = Date.now();
  let server;
  try {
    server = await startServer(config, logger);
  } catch (error) {
    if (error instanceof DataDirLockedError || error instanceof ConfigError) {
      process.stderr.write(`luoshi cannot start: ${error.message}\n`);
      process.exit(1);
    }
    logger.fatal({ err: error }, 'start-up failed');
    process.exit(1);
  }

  const lines = [
    '',
    `  落实 luoshi is running at ${server.address}`,
    `  database: ${server.database.kind === 'pglite' ? `embedded PGlite in ${config.dataDir}` : 'PostgreSQL (DATABASE_URL)'}`,
    `  API docs: ${server.address}/docs`,
    `  ready in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  ];
  if (server.demoLogins.length > 0) {
    lines.push('  demo logins (演示账号):');
    for (const login of server.demoLogins)
      lines.push(`    ${login.role.padEnd(36)} ${login.username.padEnd(14)} ${login.password}`);
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);

  let signalled = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (signalled) {
      logger.warn({ signal }, 'second signal: exiting without waiting');
      process.exit(1);
    }
    signalled = true;
    logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => {
      logger.error('shutdown took longer than 15 s: exiting');
      process.exit(1);
    }, 15_000);
    force.unref();
    server.stop().then(
      () => {
        logger.info('stopped cleanly');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
}

await main();
