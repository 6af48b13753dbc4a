import type { App } from '../../platform/http/types.ts';
import type { ProgrammeDeps } from './programme-deps.ts';
import { registerProgrammeExcelRoutes } from './programme-excel.routes.ts';
import { registerProgrammeRoutes } from './programmes.routes.ts';
import { registerReportRoutes } from './reports.routes.ts';
import { registerTaskRoutes } from './tasks.routes.ts';

/** Every route of task lists and tables (清单 + 表格): programmes, tasks, reports and spreadsheets (topics, built on them, register their own). */
export function registerProgrammeModule(app: App, deps: ProgrammeDeps): void {
  registerProgrammeRoutes(app, deps);
  registerProgrammeExcelRoutes(app, deps);
  registerTaskRoutes(app, deps);
  registerReportRoutes(app, deps);
}
