import path from 'node:path';
import type { AppConfig } from '../platform/config/config.ts';
import type { Database } from '../platform/db/database.ts';
import { createWriteBatcher } from '../platform/db/write-batcher.ts';
import type { Logger } from '../platform/logging/logger.ts';
import { createFileStore } from './attachments/file-store.ts';
import { type CalendarHolder, createCalendarHolder } from './calendar/calendar.service.ts';
import { createCaseClock } from './cases/case-clock.ts';
import type { CaseDeps } from './cases/case-deps.ts';
import { insertIntakes } from './cases/case-intake.repository.ts';
import { createDirectoryCache } from './cases/case-directory.ts';
import { createNotificationDeps, type NotificationDeps } from './notifications/notifications.service.ts';
import type { ProgrammeDeps } from './programmes/programme-deps.ts';

/**
 * The long-lived parts modules share inside one server process: the notification hub and channels,
 * the working calendar, the case services' caches and file store. The server makes one and hands it
 * to the HTTP app and to the background jobs; tests may make their own.
 */
export interface ModuleRuntime {
  notifications: NotificationDeps;
  calendar: CalendarHolder;
  cases: CaseDeps;
  /** Task lists and tables (清单 + 表格). */
  programmes: ProgrammeDeps;
}

export function createModuleRuntime(
  config: AppConfig,
  database: Database,
  logger: Logger,
  options: { notifications?: NotificationDeps } = {},
): ModuleRuntime {
  const db = database.db;
  const notifications = options.notifications ?? createNotificationDeps(db, logger);
  const calendar = createCalendarHolder();
  const cases: CaseDeps = {
    db,
    config: config.cases,
    clock: () => createCaseClockCached(),
    directory: createDirectoryCache(db),
    files: createFileStore(path.join(config.dataDir, 'attachments')),
    notifications,
    limits: { maxReopens: config.cases.maxReopens, maxExtensions: 2 },
    // PGlite has one connection: one batch at a time. PostgreSQL: a few batches in flight, the rest
    // of the pool left to reads and actions.
    intakeWriter: createWriteBatcher({
      flush: (rows) => insertIntakes(db, rows),
      maxBatch: 64,
      concurrency: database.kind === 'pglite' ? 1 : 3,
    }),
  };
  // The clock is rebuilt only when the calendar changes.
  let cachedFor = calendar.get();
  let cachedClock = createCaseClock(config.cases, cachedFor);
  function createCaseClockCached() {
    const current = calendar.get();
    if (current !== cachedFor) {
      cachedFor = current;
      cachedClock = createCaseClock(config.cases, current);
    }
    return cachedClock;
  }
  const programmes: ProgrammeDeps = { db, calendar: () => calendar.get(), files: cases.files, notifications };
  return { notifications, calendar, cases, programmes };
}
