import type { AppConfig } from '../platform/config/config.ts';
import type { Database } from '../platform/db/database.ts';
import type { Logger } from '../platform/logging/logger.ts';
import type { App } from '../platform/http/types.ts';
import { registerAuditRoutes } from '../modules/audit/audit.routes.ts';
import { installAuthentication } from '../modules/auth/auth.hooks.ts';
import { registerAuthRoutes } from '../modules/auth/auth.routes.ts';
import type { AuthDeps } from '../modules/auth/auth.service.ts';
import { createLogSmsProvider, type SmsProvider } from '../modules/auth/sms-provider.ts';
import { registerNotificationRoutes } from '../modules/notifications/notifications.routes.ts';
import { deliver, notifyRoleHolders } from '../modules/notifications/notifications.service.ts';
import { registerOpen311Routes } from '../modules/open311/open311.routes.ts';
import { acceptAttachmentUploads, registerAttachmentRoutes } from '../modules/attachments/attachments.routes.ts';
import { registerCalendarRoutes } from '../modules/calendar/calendar.routes.ts';
import { calendarRecounter } from '../modules/cases/case-deadline-recompute.ts';
import { recomputeReportDeadlines } from '../modules/programmes/report-deadline-recompute.ts';
import type { DeadlineRecounter } from '../modules/calendar/calendar.service.ts';
import { canReadCase } from '../modules/cases/case-queries.service.ts';
import { registerCaseRoutes } from '../modules/cases/cases.routes.ts';
import { registerCaseWorkbenchRoutes } from '../modules/cases/case-workbench.routes.ts';
import { registerProgrammeModule } from '../modules/programmes/programmes.module.ts';
import { registerCasePublicRoutes } from '../modules/cases/case-public.routes.ts';
import { registerCategoryRoutes } from '../modules/categories/categories.routes.ts';
import { registerDashboardRoutes } from '../modules/dashboard/dashboard.routes.ts';
import { registerInsightRoutes } from '../modules/insight/insight.routes.ts';
import { createModuleRuntime, type ModuleRuntime } from '../modules/runtime.ts';
import { registerPatrolModule } from '../modules/patrols/patrols.module.ts';
import { registerPeopleRoutes } from '../modules/people/people.routes.ts';
import { registerCaseDuplicateRoutes } from '../modules/cases/case-duplicates.routes.ts';
import { registerSystemRoutes } from '../modules/system/system.routes.ts';
import { registerTextRoutes } from '../modules/text/text.routes.ts';
import { registerTokenRoutes } from '../modules/tokens/tokens.routes.ts';
import { registerTopicRoutes } from '../modules/topics/topics.routes.ts';
import { registerUnitRoutes } from '../modules/units/units.routes.ts';

/** A calendar change recounts the open cases' deadlines and the awaited reports' due moments, in its transaction. */
function deadlineRecounter(runtime: ModuleRuntime): DeadlineRecounter {
  const cases = calendarRecounter(runtime.cases);
  return async (trx, input) => {
    const moved = await cases(trx, input);
    const reports = await recomputeReportDeadlines(trx, input);
    return {
      recomputed: moved.recomputed + reports.recomputed,
      examined: moved.examined + reports.examined,
      caseIds: moved.caseIds,
      reportIds: reports.reportIds,
    };
  };
}

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
  const runtime = context.runtime ?? createModuleRuntime(config, database, context.logger);
  const authDeps: AuthDeps = {
    db,
    config: config.auth,
    sms: context.sms ?? createLogSmsProvider(context.logger),
    // Sign-in incidents reach the administrators through the notifications module.
    alertAdministrators: async (trx, alert, now) => {
      const notified = await notifyRoleHolders(trx, { kind: alert.kind, title: alert.title, body: alert.body }, now);
      return () => deliver(runtime.notifications, [notified]);
    },
  };
  installAuthentication(app, authDeps);
  await runtime.calendar.reload(db);
  await app.register(
    async (api) => {
      registerSystemRoutes(api, database);
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
      // Category writes change what intake and dispatch read from the case directory: reload it.
      registerCategoryRoutes(api, db, { onChanged: () => runtime.cases.directory.invalidate() });
      registerCalendarRoutes(api, db, runtime.calendar, { recount: deadlineRecounter(runtime) });
      registerCaseRoutes(api, runtime.cases);
      registerCaseDuplicateRoutes(api, runtime.cases);
      registerCaseWorkbenchRoutes(api, runtime.cases);
      registerProgrammeModule(api, runtime.programmes);
      registerTopicRoutes(api, runtime.programmes);
      registerPatrolModule(api, runtime.cases);
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
