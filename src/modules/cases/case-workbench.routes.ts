import { Type } from 'typebox';
import { sendXlsx } from '../../platform/excel/excel.ts';
import { contextOf } from '../access/request-context.ts';
import type { App } from '../../platform/http/types.ts';
import type { CaseDeps } from './case-deps.ts';
import { exportCases } from './case-export.service.ts';
import { bulkDispatch, countMyQueues, summonOptions } from './case-workbench.service.ts';
import {
  BulkDispatchBody,
  BulkDispatchResult,
  ExportQuery,
  QueueCounts,
  QueueCountsQuery,
  SummonOptions,
} from './case-workbench.schemas.ts';
import { CaseIdParams } from './cases.schemas.ts';

const tags = ['cases'];
const errors = {
  400: Type.Ref('ErrorBody'),
  401: Type.Ref('ErrorBody'),
  403: Type.Ref('ErrorBody'),
  404: Type.Ref('ErrorBody'),
  422: Type.Ref('ErrorBody'),
};

/** 我的工作: queue counts, the filtered list as .xlsx, dispatching many cases at once, and whom a case can summon. */
export function registerCaseWorkbenchRoutes(app: App, deps: CaseDeps): void {
  app.get(
    '/cases/queues',
    {
      schema: {
        tags,
        summary:
          "我的工作 Your queues (by your roles) with their counts under the list's filters, counted in one pass over the open cases (the archive is not counted)",
        querystring: QueueCountsQuery,
        response: { 200: QueueCounts, ...errors },
      },
    },
    async (request) => countMyQueues(deps, contextOf(request), request.query),
  );
  app.get(
    '/cases/export.xlsx',
    {
      schema: {
        tags,
        summary:
          "导出诉求 The filtered list as .xlsx (the list's filters; at most 50,000 cases; reporters masked without pii.read; audited)",
        querystring: ExportQuery,
        response: errors,
      },
    },
    async (request, reply) => {
      const file = await exportCases(deps, contextOf(request), request.query);
      return sendXlsx(reply, file.fileName, file.buffer);
    },
  );
  app.post(
    '/cases/bulk-dispatch',
    {
      schema: {
        tags,
        summary:
          '批量派单 Dispatch up to 100 cases to one lead unit; each goes through the ordinary dispatch and reports its own outcome',
        body: BulkDispatchBody,
        response: { 200: BulkDispatchResult, ...errors },
      },
    },
    async (request) => bulkDispatch(deps, contextOf(request), request.body),
  );
  app.get(
    '/cases/:id/summon-options',
    {
      schema: {
        tags,
        summary: '吹哨报到 The departments and task forces this case can summon (not yet part of it)',
        params: CaseIdParams,
        response: { 200: SummonOptions, ...errors },
      },
    },
    async (request) => summonOptions(deps, contextOf(request), request.params.id),
  );
}
