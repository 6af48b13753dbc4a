import { Type } from 'typebox';
import { requireFile, sendXlsx, xlsxContentType } from '../../platform/excel/excel.ts';
import { contextOf } from '../access/request-context.ts';
import type { App } from '../../platform/http/types.ts';
import type { ProgrammeDeps } from './programme-deps.ts';
import { exportMeetingTable, exportReportHistory } from './programme-export.service.ts';
import { importTasks, taskTemplate } from './programme-import.service.ts';
import { errorResponses as errors, IdParams, ImportResult } from './programmes.schemas.ts';

const tags = ['programmes'];

export function registerProgrammeExcelRoutes(app: App, deps: ProgrammeDeps): void {
  app.get(
    '/programmes/:id/tasks/import-template.xlsx',
    { schema: { tags, summary: '任务清单导入模板 The .xlsx template for importing a task list', params: IdParams } },
    async (_request, reply) => sendXlsx(reply, '任务清单导入模板.xlsx', await taskTemplate()),
  );
  app.post(
    '/programmes/:id/tasks/import',
    {
      schema: {
        tags,
        summary:
          '导入任务清单 Import tasks from .xlsx: all rows or none; tasks are updated by their 编号; every bad row is answered with its number and reason (422 IMPORT_FAILED, details.rows)',
        params: IdParams,
        consumes: [xlsxContentType],
        response: { 200: ImportResult, ...errors, 415: Type.Ref('ErrorBody') },
      },
    },
    async (request) => importTasks(deps, contextOf(request), request.params.id, requireFile(request.body)),
  );
  app.get(
    '/programmes/:id/export/tasks.xlsx',
    {
      schema: {
        tags,
        summary: '导出调度表 The meeting table: every task you may see with its status and the latest report',
        params: IdParams,
      },
    },
    async (request, reply) => {
      const file = await exportMeetingTable(deps, contextOf(request), request.params.id);
      return sendXlsx(reply, file.fileName, file.buffer);
    },
  );
  app.get(
    '/programmes/:id/export/reports.xlsx',
    { schema: { tags, summary: '导出报送记录 The full report history of the tasks you may see', params: IdParams } },
    async (request, reply) => {
      const file = await exportReportHistory(deps, contextOf(request), request.params.id);
      return sendXlsx(reply, file.fileName, file.buffer);
    },
  );
}
