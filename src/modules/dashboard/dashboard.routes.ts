import { Type } from 'typebox';
import { contextOf } from '../access/request-context.ts';
import type { App } from '../../platform/http/types.ts';
import type { CaseDeps } from '../cases/case-deps.ts';
import {
  BoardQuery,
  BoardResult,
  DashboardQuery,
  DashboardResult,
  SectionParams,
  SectionQuery,
  SectionResult,
} from './dashboard.schemas.ts';
import { getLeaderDashboard } from './leader-dashboard.service.ts';
import { getBoardSection, getSupervisionBoard } from './supervision-board.service.ts';

const errors = { 400: Type.Ref('ErrorBody'), 401: Type.Ref('ErrorBody'), 403: Type.Ref('ErrorBody') };

/**
 * 督查 and 驾驶舱: read-only views for holders of case.supervise (supervisors, the discipline
 * commission, leaders). Urging a line goes through the case's own action, POST /cases/{id}/urge.
 */
export function registerDashboardRoutes(app: App, deps: CaseDeps): void {
  app.get(
    '/supervision/board',
    {
      schema: {
        tags: ['supervision'],
        summary: '督查看板 Overdue by unit and tier, escalations, repeated returns, unsatisfied closures, recurrences',
        querystring: BoardQuery,
        response: { 200: BoardResult, ...errors },
      },
    },
    async (request) => getSupervisionBoard(deps, contextOf(request), request.query),
  );
  app.get(
    '/supervision/board/:section',
    {
      schema: {
        tags: ['supervision'],
        summary: '督查看板分项 One section of the board, a page at a time',
        params: SectionParams,
        querystring: SectionQuery,
        response: { 200: SectionResult, ...errors },
      },
    },
    async (request) => getBoardSection(deps, contextOf(request), request.params.section, request.query),
  );
  app.get(
    '/dashboard',
    {
      schema: {
        tags: ['dashboard'],
        summary:
          '领导驾驶舱 Volume and trend, top categories, places, overdue, the three-rates ranking with red and black lists',
        querystring: DashboardQuery,
        response: { 200: DashboardResult, ...errors },
      },
    },
    async (request) => getLeaderDashboard(deps, contextOf(request), request.query),
  );
}
