import { Type } from 'typebox';
import { contextOf } from '../access/request-context.ts';
import type { App } from '../../platform/http/types.ts';
import { type CaseAction, caseActions } from '../../shared/cases.ts';
import { actOnCase } from './case-actions.service.ts';
import type { CaseDeps } from './case-deps.ts';
import { submitCase } from './case-intake.service.ts';
import {
  getCaseDetail,
  listCases,
  listInbox,
  revealReporter,
  suggestDispatch,
  suggestRouting,
} from './case-queries.service.ts';
import { rankUnits } from './case-rates.service.ts';
import {
  type ActionBodies,
  actionBodies,
  CaseDetail,
  CaseIdParams,
  CaseList,
  CaseListQuery,
  IdempotencyHeaders,
  InboxQuery,
  IntakeBody,
  IntakeResult,
  RatesQuery,
  RatesResult,
  ReporterContact,
  RoutingQuery,
  RoutingSuggestion,
  SuggestionResult,
} from './cases.schemas.ts';

const tags = ['cases'];
const errors = {
  400: Type.Ref('ErrorBody'),
  401: Type.Ref('ErrorBody'),
  403: Type.Ref('ErrorBody'),
  404: Type.Ref('ErrorBody'),
  409: Type.Ref('ErrorBody'),
  422: Type.Ref('ErrorBody'),
};

const actionSummaries: Record<CaseAction, string> = {
  accept: '受理 Accept',
  decline: '不予受理 Decline, with a reason',
  merge: '合并 Merge into an earlier case about the same problem',
  classify: '分类分级 Set the category, tier and urgency',
  dispatch: '派单 Dispatch to a lead unit and supporting units; deadlines are computed now',
  acknowledge: '签收 The lead unit acknowledges',
  return: '退单 The lead unit returns the case to the dispatcher, with a reason',
  overrule: '驳回退单 The dispatcher overrules a return: the same unit must handle it',
  summon: '吹哨报到 Summon departments; each must report within its limit',
  acknowledgeSummons: '报到 A summoned unit reports',
  note: '办理进展 Add a progress note (public or internal)',
  requestExtension: '延期申请 Ask for a later deadline',
  approveExtension: '同意延期 Approve the pending extension',
  denyExtension: '不同意延期 Deny the pending extension',
  resolve: '办结 Resolve with the result and evidence',
  approve: '审核通过 Approve the resolution; follow-up is next',
  sendBack: '退回重办 Send the resolution back',
  followUp: "回访 Record the citizen's rating; unsatisfied reopens the case",
  reopen: '重办 Reopen a closed case',
  close: '归档 Close without a rating (e.g. the citizen cannot be reached)',
  urge: '督办 Urge the lead unit',
  escalate: '挂牌督办 Escalate to the tier above and the supervision office',
  clearRecurrence: '清除反弹回潮标记 Clear a wrong recurrence flag, with the reason',
};

/** Routes with a path segment per action: /cases/:id/acknowledge-summons for acknowledgeSummons. */
const segmentOf = (action: CaseAction) => action.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

export function registerCaseRoutes(app: App, deps: CaseDeps): void {
  const publicLimit = { rateLimit: { max: deps.config.publicIntakePerMinute, timeWindow: 60_000 } };

  app.post(
    '/cases',
    {
      schema: {
        tags,
        summary: '登记诉求 Register a case (staff: any channel; signed-in citizens: the web channel)',
        headers: IdempotencyHeaders,
        body: IntakeBody,
        response: { 200: IntakeResult, 201: IntakeResult, ...errors },
      },
    },
    async (request, reply) => {
      const result = await submitCase(deps, contextOf(request), request.body, {
        public: false,
        idempotencyKey: request.headers['idempotency-key'],
      });
      return reply.status(result.replayed ? 200 : 201).send(result);
    },
  );
  app.post(
    '/public/cases',
    {
      config: publicLimit,
      schema: {
        tags,
        summary: '群众提交诉求 The public form: anonymous or named, answers a tracking code',
        headers: IdempotencyHeaders,
        body: IntakeBody,
        response: { 200: IntakeResult, 201: IntakeResult, ...errors },
      },
    },
    async (request, reply) => {
      const result = await submitCase(deps, contextOf(request), request.body, {
        public: true,
        idempotencyKey: request.headers['idempotency-key'],
      });
      return reply.status(result.replayed ? 200 : 201).send(result);
    },
  );
  app.get(
    '/cases',
    {
      schema: {
        tags,
        summary: '诉求列表 Cases in your scope, filtered, newest first',
        querystring: CaseListQuery,
        response: { 200: CaseList, ...errors },
      },
    },
    async (request) => listCases(deps, contextOf(request), request.query),
  );
  app.get(
    '/cases/inbox',
    {
      schema: {
        tags,
        summary: "待办 A unit's open cases, nearest deadline first",
        querystring: InboxQuery,
        response: { 200: CaseList, ...errors },
      },
    },
    async (request) => listInbox(deps, contextOf(request), request.query),
  );
  app.get(
    '/cases/rates',
    {
      schema: {
        tags,
        summary: '三率排名 Response, resolution and satisfaction rates per unit for a month',
        querystring: RatesQuery,
        response: { 200: RatesResult, ...errors },
      },
    },
    async (request) => rankUnits(deps.db, contextOf(request), request.query, deps.config.ratesMinSample),
  );
  app.get(
    '/cases/:id',
    {
      schema: {
        tags,
        summary: 'One case with its timeline and the actions you may take',
        params: CaseIdParams,
        response: { 200: CaseDetail, ...errors },
      },
    },
    async (request) => getCaseDetail(deps, contextOf(request), request.params.id),
  );
  app.get(
    '/cases/:id/reporter',
    {
      schema: {
        tags,
        summary: '查看联系方式 The reporter name and mobile, for the unit that must call back (audited)',
        params: CaseIdParams,
        response: { 200: ReporterContact, ...errors },
      },
    },
    async (request, reply) => {
      void reply.header('cache-control', 'no-store');
      return revealReporter(deps, contextOf(request), request.params.id);
    },
  );
  app.get(
    '/cases/:id/dispatch-suggestion',
    {
      schema: {
        tags,
        summary: '派单建议 Lead and supporting units from the routing rule',
        params: CaseIdParams,
        response: { 200: SuggestionResult, ...errors },
      },
    },
    async (request) => suggestDispatch(deps, contextOf(request), request.params.id),
  );

  app.post(
    '/cases/routing-suggestion',
    {
      schema: {
        tags,
        summary: '登记时的派单建议 The routing rule for a case being entered (category, tier, place)',
        body: RoutingQuery,
        response: { 200: RoutingSuggestion, ...errors },
      },
    },
    async (request) => suggestRouting(deps, contextOf(request), request.body),
  );

  for (const action of caseActions) registerAction(app, deps, action);
}

function registerAction<A extends CaseAction>(app: App, deps: CaseDeps, action: A): void {
  app.post(
    `/cases/:id/${segmentOf(action)}`,
    {
      schema: {
        tags,
        summary: actionSummaries[action],
        params: CaseIdParams,
        body: actionBodies[action],
        response: { 200: CaseDetail, ...errors },
      },
    },
    async (request) => actOnCase(deps, contextOf(request), request.params.id, action, request.body as ActionBodies[A]),
  );
}
