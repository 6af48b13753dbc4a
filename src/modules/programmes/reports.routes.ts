import { contextOf } from '../access/request-context.ts';
import type { App } from '../../platform/http/types.ts';
import type { ReportAction } from '../../shared/programmes.ts';
import type { ProgrammeDeps } from './programme-deps.ts';
import { errorResponses as errors, IdParams } from './programmes.schemas.ts';
import {
  type ReportActionBodies,
  reportActionBodies,
  ReportDetail,
  ReportList,
  ReportListQuery,
} from './reports.schemas.ts';
import { actOnReport, getReport, listReports } from './reports.service.ts';

const tags = ['reports'];

const actionSummaries: Record<ReportAction, string> = {
  save: '暂存 Save values without submitting (required fields may stay empty)',
  submit: '报送 Submit the report (every required field filled; late past the due moment)',
  recall: '撤回 Take a submitted report back before review',
  accept: '审核通过 Accept: the task takes its progress and target value',
  return: '退回 Return for changes, with comments',
  urge: '催报 Urge the unit past the due moment (flags the report late)',
  waive: '免报 Waive this period, with the reason',
};

export function registerReportRoutes(app: App, deps: ProgrammeDeps): void {
  app.get(
    '/reports',
    {
      schema: {
        tags,
        summary: "报送列表 Reports you may see: the review queue, a unit's reports to file, a period",
        querystring: ReportListQuery,
        response: { 200: ReportList, ...errors },
      },
    },
    async (request) => listReports(deps, contextOf(request), request.query),
  );
  app.get(
    '/reports/:id',
    {
      schema: {
        tags,
        summary: 'One report with its form fields, attachments, timeline and the actions you may take',
        params: IdParams,
        response: { 200: ReportDetail, ...errors },
      },
    },
    async (request) => getReport(deps, contextOf(request), request.params.id),
  );
  for (const action of Object.keys(reportActionBodies) as ReportAction[]) registerAction(app, deps, action);
}

function registerAction<A extends ReportAction>(app: App, deps: ProgrammeDeps, action: A): void {
  app.post(
    `/reports/:id/${action}`,
    {
      schema: {
        tags,
        summary: actionSummaries[action],
        params: IdParams,
        body: reportActionBodies[action],
        response: { 200: ReportDetail, ...errors },
      },
    },
    async (request) =>
      actOnReport(deps, contextOf(request), request.params.id, action, request.body as ReportActionBodies[A]),
  );
}
