import type { Kysely } from 'kysely';
import type { CaseConfig } from '../../platform/config/config.ts';
import type { DB } from '../../platform/db/schema.ts';
import type { WriteBatcher } from '../../platform/db/write-batcher.ts';
import type { FileStore } from '../attachments/file-store.ts';
import type { NotificationDeps } from '../notifications/notifications.service.ts';
import type { CaseClock } from './case-clock.ts';
import type { InsertedCase, IntakeRow } from './case-intake.repository.ts';
import type { DirectoryCache } from './case-directory.ts';
import type { WorkflowLimits } from './case-workflow.ts';

/** What the case services need besides the request: the database, settings, the clock, caches, files, notifications. */
export interface CaseDeps {
  db: Kysely<DB>;
  config: CaseConfig;
  /** The current calendar and office hours (replaced when holidays are entered). */
  clock(): CaseClock;
  directory: DirectoryCache;
  files: FileStore;
  notifications: NotificationDeps;
  limits: WorkflowLimits;
  /** Intake writes, grouped under load into one statement and one commit (see write-batcher.ts). */
  intakeWriter: WriteBatcher<IntakeRow, InsertedCase | undefined>;
}
