import { Type } from 'typebox';
import { contextOf } from '../access/request-context.ts';
import type { App } from '../../platform/http/types.ts';
import type { CaseDeps } from '../cases/case-deps.ts';
import { getHotIssues } from './hot-issues.service.ts';
import { HotIssuesQuery, HotIssuesResult, ReplyCheckResult } from './insight.schemas.ts';
import { getReplyCheck } from './reply-check.service.ts';
import { Id } from '../../platform/http/schemas.ts';

const errors = {
  400: Type.Ref('ErrorBody'),
  401: Type.Ref('ErrorBody'),
  403: Type.Ref('ErrorBody'),
  404: Type.Ref('ErrorBody'),
};

/** 热点 and 答复质量: read-only views over cases and public topics. */
export function registerInsightRoutes(app: App, deps: CaseDeps, options: { dataDir?: string } = {}): void {
  app.get(
    '/hot-issues',
    {
      schema: {
        tags: ['dashboard'],
        summary:
          '热点 Hot issues of a period: cases and public topics about the same matter at the same place, the hottest first',
        querystring: HotIssuesQuery,
        response: { 200: HotIssuesResult, ...errors },
      },
    },
    async (request) => getHotIssues(deps, contextOf(request), request.query),
  );
  app.get(
    '/cases/:id/reply-check',
    {
      schema: {
        tags: ['cases'],
        summary: '答复质量 The latest resolution reply checked for relevance, concreteness and stock phrases',
        params: Type.Object({ id: Id() }),
        response: { 200: ReplyCheckResult, ...errors },
      },
    },
    async (request) => getReplyCheck(deps, contextOf(request), request.params.id, options),
  );
}
