import type { Kysely } from 'kysely';
import type { BusinessCalendar } from '../../platform/calendar/business-calendar.ts';
import type { DB } from '../../platform/db/schema.ts';
import type { FileStore } from '../attachments/file-store.ts';
import type { NotificationDeps } from '../notifications/notifications.service.ts';

/** What the task-list services need besides the request: the database, the working calendar, files, notifications. */
export interface ProgrammeDeps {
  db: Kysely<DB>;
  /** The current working calendar (replaced when holidays are entered). */
  calendar(): BusinessCalendar;
  files: FileStore;
  notifications: NotificationDeps;
}
