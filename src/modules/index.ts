import type { AppConfig } from '../platform/config/config.ts';
import type { Database } from '../platform/db/database.ts';
import type { Logger } from '../platform/logging/logger.ts';
import type { App } from '../platform/http/types.ts';
import { registerAuditRoutes } from './audit/audit.routes.ts';
import { installAuthentication } from './auth/auth.hooks.ts';
import { registerAuthRoutes } from './auth/auth.routes.ts';
import type { AuthDeps } from './auth/auth.service.ts';
import { createLogSmsProvider, type SmsProvider } from './auth/sms-provider.ts';
import { registerNotificationRoutes } from './notifications/notifications.routes.ts';
import { registerOpen311Routes } from './open311/open311.routes.ts';
import { acceptAttachmentUploads, registerAttachmentRoutes } from './attachments/attachments.routes.ts';
import { registerCalendarRoutes } from './calendar/calendar.routes.ts';
import { canReadCase } from './cases/case-queries.service.ts';
import { registerCaseRoutes } from './cases/cases.routes.ts';
import { registerCaseWorkbenchRoutes } from './cases/case-workbench.routes.ts';
import { registerProgrammeModule } from './programmes/programmes.module.ts';
import { registerCasePublicRoutes } from './cases/case-public.routes.ts';
import { registerCategoryRoutes } from './categories/categories.routes.ts';
import { registerDashboardRoutes } from './dashboard/dashboard.routes.ts';
import { registerInsightRoutes } from './insight/insight.routes.ts';
import { createModuleRuntime, type ModuleRuntime } from './runtime.ts';
import { registerPeopleRoutes } from './people/people.routes.ts';
import { registerCaseDuplicateRoutes } from './cases/case-duplicates.routes.ts';
import { registerSystemRoutes } from './system/system.routes.ts';
import { registerTextRoutes } from './text/text.routes.ts';
import { registerTokenRoutes } from './tokens/tokens.routes.ts';
import { registerTopicRoutes } from './topics/topics.routes.ts';
import { registerUnitRoutes } from './units/units.routes.ts';

/** What every feature module receives when it registers its routes. */
export interface ModuleContext {
  config: AppConfig;
  database: Database;
  logger: Logger;
  sms?: SmsProvider;
  /** Shared parts (notifications, calendar, case caches); created here when not given. */
  runtime?: ModuleRuntime;
}

/** Authentication for every request, then every feature module under /api/v1. Add a new module here. */
export async function registerModules(app: App, context: ModuleContext): Promise<void> {
  const { config, database } = context;
  const db = database.db;
  const authDeps: AuthDeps = { db, config: config.auth, sms: context.sms ?? createLogSmsProvider(context.logger) };
  installAuthentication(app, authDeps);
  const runtime = context.runtime ?? createModuleRuntime(config, database, context.logger);
  await runtime.calendar.reload(db);
  await app.register(
    async (api) => {
      registerSystemRoutes(api, context);
      registerAuthRoutes(api, {
        ...authDeps,
        demoData: config.demoData,
        loginRatePerMinute: config.auth.loginRatePerMinute,
      });
      // A move changes unit paths the case directory keeps in memory: reload it before the next intake copies one.
      registerUnitRoutes(api, db, { onTreeChanged: () => runtime.cases.directory.invalidate() });
      registerPeopleRoutes(api, db);
      registerTokenRoutes(api, db);
      registerAuditRoutes(api, db);
      registerNotificationRoutes(api, runtime.notifications);
      acceptAttachmentUploads(api, config.cases.attachmentMaxBytes);
      registerAttachmentRoutes(api, {
        db: runtime.cases.db,
        files: runtime.cases.files,
        config: runtime.cases.config,
        canReadCase: (actor, caseId) => canReadCase(runtime.cases, actor, caseId),
      });
      registerCategoryRoutes(api, db);
      registerCalendarRoutes(api, db, runtime.calendar);
      registerCaseRoutes(api, runtime.cases);
      registerCaseDuplicateRoutes(api, runtime.cases);
      registerCaseWorkbenchRoutes(api, runtime.cases);
      registerProgrammeModule(api, runtime.programmes);
      registerTopicRoutes(api, runtime.programmes);
      registerCasePublicRoutes(api, runtime.cases, { dataDir: config.dataDir });
      registerDashboardRoutes(api, runtime.cases);
      registerInsightRoutes(api, runtime.cases, { dataDir: config.dataDir });
      registerTextRoutes(api, db, { dataDir: config.dataDir });
    },
    { prefix: '/api/v1' },
  );
  // Open311 GeoReport v2 beside the API, for outside apps (its own error format and content types).
  await app.register(
    async (open311) =>
      registerOpen311Routes(open311, { cases: runtime.cases, auth: authDeps, publicUrl: config.publicUrl }),
    { prefix: '/open311/v2' },
  );
}
