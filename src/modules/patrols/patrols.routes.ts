import { Type } from 'typebox';
import type { App } from '../../platform/http/types.ts';
import { contextOf } from '../access/request-context.ts';
import {
  myDuePatrols,
  createDutyRule,
  deleteDutyRule,
  listDutyRules,
  listThresholds,
  putThresholds,
  updateDutyRule,
} from './patrol-duties.service.ts';
import type { PatrolDeps } from './patrol-deps.ts';
import { patrolBoard } from './patrols-board.service.ts';
import { getPublicObject } from './patrols-public.service.ts';
import {
  AppointBody,
  AppointmentList,
  AppointmentQuery,
  Board,
  BoardQuery,
  Chief,
  CreateObjectBody,
  DueList,
  DutyRuleBody,
  DutyRuleList,
  DutyRuleView,
  EndAppointmentBody,
  errorResponses as errors,
  FindingBody,
  FindingView,
  IdParams,
  ObjectList,
  ObjectListQuery,
  ObjectView,
  PatrolList,
  PatrolListQuery,
  PatrolView,
  PhotoBody,
  PointsBody,
  PointsResult,
  PublicObject,
  PublicObjectParams,
  ReviewBody,
  SignOffBody,
  StartPatrolBody,
  StopBody,
  ThresholdBody,
  ThresholdList,
  ThresholdOverrideView,
  ThresholdParams,
  UpdateDutyRuleBody,
  UpdateObjectBody,
  VersionBody,
} from './patrols.schemas.ts';
import {
  addFinding,
  addPhoto,
  appendPoints,
  getPatrol,
  listPatrols,
  openFindingCase,
  reviewPatrol,
  signOffFinding,
  startPatrol,
  stopPatrol,
} from './patrols.service.ts';
import {
  appoint,
  createObject,
  endAppointment,
  getObject,
  listObjectAppointments,
  listObjects,
  retireObject,
  updateObject,
} from './responsibility-objects.service.ts';

const tags = ['patrols'];

/** A batch of 5,000 points is about 400 KB of JSON; the route takes up to 1 MB whatever BODY_LIMIT says. */
const pointsBodyLimit = 1_048_576;

export function registerPatrolRoutes(app: App, deps: PatrolDeps): void {
  // Responsibility objects (责任对象) and appointments (任命)
  app.get(
    '/responsibility-objects',
    {
      schema: {
        tags,
        summary:
          '责任对象列表 Responsibility objects in your scope (river segments, lakes, grids, enterprises, projects, streets)',
        querystring: ObjectListQuery,
        response: { 200: ObjectList, ...errors },
      },
    },
    async (request) => listObjects(deps, contextOf(request), request.query),
  );
  app.post(
    '/responsibility-objects',
    {
      schema: {
        tags,
        summary: '新建责任对象 Draw an object: GeoJSON geometry (WGS-84), management range, unit, checklist',
        body: CreateObjectBody,
        response: { 201: ObjectView, ...errors },
      },
    },
    async (request, reply) => reply.status(201).send(await createObject(deps, contextOf(request), request.body)),
  );
  app.get(
    '/responsibility-objects/:id',
    {
      schema: {
        tags,
        summary: '责任对象详情 One object with its geometry, checklist and current chiefs',
        params: IdParams,
        response: { 200: ObjectView, ...errors },
      },
    },
    async (request) => getObject(deps, contextOf(request), request.params.id),
  );
  app.patch(
    '/responsibility-objects/:id',
    {
      schema: {
        tags,
        summary: '修改责任对象 Change an object (the river office)',
        params: IdParams,
        body: UpdateObjectBody,
        response: { 200: ObjectView, ...errors },
      },
    },
    async (request) => updateObject(deps, contextOf(request), request.params.id, request.body),
  );
  app.post(
    '/responsibility-objects/:id/retire',
    {
      schema: {
        tags,
        summary: '撤销责任对象 Retire an object: its history stays, its current appointments end today',
        params: IdParams,
        body: VersionBody,
        response: { 200: ObjectView, ...errors },
      },
    },
    async (request) => retireObject(deps, contextOf(request), request.params.id, request.body.version),
  );
  app.get(
    '/responsibility-objects/:id/appointments',
    {
      schema: {
        tags,
        summary: '任命记录 The appointments of an object: the whole history, or who held it on a date (?on=)',
        params: IdParams,
        querystring: AppointmentQuery,
        response: { 200: AppointmentList, ...errors },
      },
    },
    async (request) => listObjectAppointments(deps, contextOf(request), request.params.id, request.query.on),
  );
  app.post(
    '/responsibility-objects/:id/appointments',
    {
      schema: {
        tags,
        summary: '任命河长 Appoint a person at a level from a day (a chief replaces the current one, whose row closes)',
        params: IdParams,
        body: AppointBody,
        response: { 201: Chief, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await appoint(deps, contextOf(request), request.params.id, request.body)),
  );
  app.post(
    '/responsibility-appointments/:id/end',
    {
      schema: {
        tags,
        summary: '免职 End an appointment (toDate: the first day it no longer holds)',
        params: IdParams,
        body: EndAppointmentBody,
        response: { 200: Chief, ...errors },
      },
    },
    async (request) => endAppointment(deps, contextOf(request), request.params.id, request.body.toDate),
  );

  // Duties and thresholds (巡查频次、研判阈值)
  app.get(
    '/patrol-duty-rules',
    {
      schema: {
        tags,
        summary: '巡查频次规则 Duty rules of the jurisdictions in your scope',
        response: { 200: DutyRuleList, ...errors },
      },
    },
    async (request) => listDutyRules(deps, contextOf(request)),
  );
  app.post(
    '/patrol-duty-rules',
    {
      schema: {
        tags,
        summary: '新建频次规则 A duty rule for a jurisdiction and level (the most specific rule wins)',
        body: DutyRuleBody,
        response: { 201: DutyRuleView, ...errors },
      },
    },
    async (request, reply) => reply.status(201).send(await createDutyRule(deps, contextOf(request), request.body)),
  );
  app.patch(
    '/patrol-duty-rules/:id',
    {
      schema: {
        tags,
        summary: '修改频次规则 Change a duty rule',
        params: IdParams,
        body: UpdateDutyRuleBody,
        response: { 200: DutyRuleView, ...errors },
      },
    },
    async (request) => updateDutyRule(deps, contextOf(request), request.params.id, request.body),
  );
  app.delete(
    '/patrol-duty-rules/:id',
    {
      schema: {
        tags,
        summary: '删除频次规则 Delete a duty rule (the next most specific, or the default, then applies)',
        params: IdParams,
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (request, reply) => {
      await deleteDutyRule(deps, contextOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
  app.get(
    '/patrol-thresholds',
    {
      schema: {
        tags,
        summary: '研判阈值 The default thresholds per level and the overrides of the jurisdictions in your scope',
        response: { 200: ThresholdList, ...errors },
      },
    },
    async (request) => listThresholds(deps, contextOf(request)),
  );
  app.put(
    '/patrol-thresholds/:unitId/:level',
    {
      schema: {
        tags,
        summary: '设置研判阈值 Set a jurisdiction’s thresholds for a level (those given override the defaults)',
        params: ThresholdParams,
        body: ThresholdBody,
        response: { 200: ThresholdOverrideView, ...errors },
      },
    },
    async (request) =>
      putThresholds(deps, contextOf(request), request.params.unitId, request.params.level, request.body),
  );

  // Patrols (巡河、巡查)
  app.get(
    '/patrols/due',
    {
      schema: {
        tags,
        summary:
          '我的巡查任务 My due patrols: each object I hold, its duty, this period’s count, the next due date, missed periods',
        response: { 200: DueList, ...errors },
      },
    },
    async (request) => myDuePatrols(deps, contextOf(request)),
  );
  app.get(
    '/patrols/board',
    {
      schema: {
        tags,
        summary: '巡查看板 Patrols per unit and level over a period: verdicts, findings, findings per km, signed off',
        querystring: BoardQuery,
        response: { 200: Board, ...errors },
      },
    },
    async (request) => patrolBoard(deps, contextOf(request), request.query),
  );
  app.get(
    '/patrols',
    {
      schema: {
        tags,
        summary: '巡查记录 Patrols in your scope (and your own)',
        querystring: PatrolListQuery,
        response: { 200: PatrolList, ...errors },
      },
    },
    async (request) => listPatrols(deps, contextOf(request), request.query),
  );
  app.post(
    '/patrols',
    {
      schema: {
        tags,
        summary: '开始巡查 Start a patrol of an object you hold (a repeated client id answers the same patrol)',
        body: StartPatrolBody,
        response: { 200: PatrolView, 201: PatrolView, ...errors },
      },
    },
    async (request, reply) => {
      const { patrol, created } = await startPatrol(deps, contextOf(request), request.body);
      return reply.status(created ? 201 : 200).send(patrol);
    },
  );
  app.get(
    '/patrols/:id',
    {
      schema: {
        tags,
        summary:
          '巡查详情 One patrol: verdict with reasons, figures, the track in pieces (gaps as gaps), photos, findings',
        params: IdParams,
        response: { 200: PatrolView, ...errors },
      },
    },
    async (request) => getPatrol(deps, contextOf(request), request.params.id),
  );
  app.put(
    '/patrols/:id/points',
    {
      bodyLimit: pointsBodyLimit,
      schema: {
        tags,
        summary: '上传轨迹 A batch of track points from fromSeq (checked whole; a re-sent batch changes nothing)',
        params: IdParams,
        body: PointsBody,
        response: { 200: PointsResult, ...errors },
      },
    },
    async (request) => appendPoints(deps, contextOf(request), request.params.id, request.body),
  );
  app.post(
    '/patrols/:id/photos',
    {
      schema: {
        tags,
        summary: '巡查照片 Add a photo (its upload token) with the time and place it was taken',
        params: IdParams,
        body: PhotoBody,
        response: { 200: PatrolView, ...errors },
      },
    },
    async (request) => addPhoto(deps, contextOf(request), request.params.id, request.body),
  );
  app.post(
    '/patrols/:id/findings',
    {
      schema: {
        tags,
        summary: '发现问题 Record a finding: a checklist item (四乱 …), a note, the place, photos of this patrol',
        params: IdParams,
        body: FindingBody,
        response: { 200: PatrolView, ...errors },
      },
    },
    async (request) => addFinding(deps, contextOf(request), request.params.id, request.body),
  );
  app.post(
    '/patrols/:id/stop',
    {
      schema: {
        tags,
        summary:
          '结束巡查 Stop: the patrol is judged (valid / doubtful / invalid, with reasons); findings become cases',
        params: IdParams,
        body: StopBody,
        response: { 200: PatrolView, ...errors },
      },
    },
    async (request) => stopPatrol(deps, contextOf(request), request.params.id, request.body),
  );
  app.post(
    '/patrols/:id/review',
    {
      schema: {
        tags,
        summary: '复核 Confirm or overrule the verdict with a note (the river office; 409 on a stale version)',
        params: IdParams,
        body: ReviewBody,
        response: { 200: PatrolView, ...errors },
      },
    },
    async (request) => reviewPatrol(deps, contextOf(request), request.params.id, request.body),
  );
  app.post(
    '/patrol-findings/:id/case',
    {
      schema: {
        tags,
        summary: '问题转办 Open a case for a finding through the ordinary intake (channel patrol)',
        params: IdParams,
        response: { 200: FindingView, ...errors },
      },
    },
    async (request) => openFindingCase(deps, contextOf(request), request.params.id),
  );
  app.post(
    '/patrol-findings/:id/sign-off',
    {
      schema: {
        tags,
        summary: '销号 Sign off a finding whose case is closed',
        params: IdParams,
        body: SignOffBody,
        response: { 200: FindingView, ...errors },
      },
    },
    async (request) => signOffFinding(deps, contextOf(request), request.params.id, request.body.version),
  );

  // The sign's QR code (公示牌), for anyone
  app.get(
    '/public/objects/:slug',
    {
      config: { rateLimit: { max: 120, timeWindow: 60_000 } },
      schema: {
        tags: ['public'],
        summary:
          '河长公示牌 The public page of an object: its chiefs (office phones only), recent patrols, the complaint link',
        params: PublicObjectParams,
        response: { 200: PublicObject, ...errors },
      },
    },
    async (request) => getPublicObject(deps, contextOf(request), request.params.slug),
  );
}
