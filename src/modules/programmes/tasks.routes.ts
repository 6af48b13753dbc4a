import { Type } from 'typebox';
import { contextOf } from '../access/request-context.ts';
import type { App } from '../../platform/http/types.ts';
import type { ProgrammeDeps } from './programme-deps.ts';
import { errorResponses as errors, IdParams } from './programmes.schemas.ts';
import { ReportDetail } from './reports.schemas.ts';
import { openReport } from './reports.service.ts';
import {
  actOnTask,
  addEvidence,
  addMilestone,
  completeMilestone,
  deleteMilestone,
  reopenMilestone,
  updateMilestone,
} from './task-actions.service.ts';
import {
  AttachmentParams,
  CompleteMilestoneBody,
  CreateTaskBody,
  EvidenceBody,
  MilestoneInput,
  MilestoneParams,
  OpenReportBody,
  ReasonBody,
  type TaskActionBodies,
  taskActionBodies,
  TaskDetail,
  TaskList,
  TaskListQuery,
  UpdateMilestoneBody,
  UpdateTaskBody,
} from './tasks.schemas.ts';
import { createTask, getTaskDetail, listTasks, readTaskAttachment, updateTask } from './tasks.service.ts';
import { VersionNumber } from '../../platform/http/schemas.ts';

const tags = ['tasks'];

const actionSummaries: Record<keyof TaskActionBodies, string> = {
  claimDone: '申请销号 The lead unit reports the task done (every milestone reached, every sub-task signed off)',
  verify: '核验销号 Verify and sign off a finished task: the only way a task closes',
  reject: '核验不通过 Send a claimed task back to work, with the reason',
  moveToRoutine: '转入常态化 Move the task to routine handling',
  resume: '恢复重点推进 Back from routine handling to focused work',
  withdraw: '撤销 Withdraw a task nothing was reported on',
  comment: '督导意见 A supervision comment',
  urge: '督办 Urge the lead unit',
};

const segmentOf = (action: string) => action.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

export function registerTaskRoutes(app: App, deps: ProgrammeDeps): void {
  app.get(
    '/tasks',
    {
      schema: {
        tags,
        summary: '任务列表 Tasks you may see: by programme, status, unit',
        querystring: TaskListQuery,
        response: { 200: TaskList, ...errors },
      },
    },
    async (request) => listTasks(deps, contextOf(request), request.query),
  );
  app.post(
    '/programmes/:id/tasks',
    {
      schema: {
        tags,
        summary: '新增任务 Add a task (or a sub-task) to a programme',
        params: IdParams,
        body: CreateTaskBody,
        response: { 201: TaskDetail, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createTask(deps, contextOf(request), request.params.id, request.body)),
  );
  app.get(
    '/tasks/:id',
    {
      schema: {
        tags,
        summary:
          'One task: milestones, sub-tasks, timeline, comments, evidence, latest reports, and the actions you may take',
        params: IdParams,
        response: { 200: TaskDetail, ...errors },
      },
    },
    async (request) => getTaskDetail(deps, contextOf(request), request.params.id),
  );
  app.patch(
    '/tasks/:id',
    {
      schema: {
        tags,
        summary: '编辑任务 Edit a task (the programme office)',
        params: IdParams,
        body: UpdateTaskBody,
        response: { 200: TaskDetail, ...errors },
      },
    },
    async (request) => updateTask(deps, contextOf(request), request.params.id, request.body),
  );
  app.post(
    '/tasks/:id/milestones',
    {
      schema: {
        tags,
        summary: '新增节点 Add a milestone',
        params: IdParams,
        body: Type.Object({ ...MilestoneInput.properties, version: Type.Optional(VersionNumber()) }),
        response: { 200: TaskDetail, ...errors },
      },
    },
    async (request) => addMilestone(deps, contextOf(request), request.params.id, request.body),
  );
  app.patch(
    '/tasks/:id/milestones/:milestoneId',
    {
      schema: {
        tags,
        summary: '编辑节点 Edit a milestone',
        params: MilestoneParams,
        body: UpdateMilestoneBody,
        response: { 200: TaskDetail, ...errors },
      },
    },
    async (request) =>
      updateMilestone(deps, contextOf(request), request.params.id, request.params.milestoneId, request.body),
  );
  app.delete(
    '/tasks/:id/milestones/:milestoneId',
    {
      schema: {
        tags,
        summary: '删除节点 Delete an open milestone',
        params: MilestoneParams,
        response: { 200: TaskDetail, ...errors },
      },
    },
    async (request) => deleteMilestone(deps, contextOf(request), request.params.id, request.params.milestoneId),
  );
  app.post(
    '/tasks/:id/milestones/:milestoneId/complete',
    {
      schema: {
        tags,
        summary: '完成节点 Mark a milestone reached, with a note and evidence',
        params: MilestoneParams,
        body: CompleteMilestoneBody,
        response: { 200: TaskDetail, ...errors },
      },
    },
    async (request) =>
      completeMilestone(deps, contextOf(request), request.params.id, request.params.milestoneId, request.body),
  );
  app.post(
    '/tasks/:id/milestones/:milestoneId/reopen',
    {
      schema: {
        tags,
        summary: '撤回节点完成 Reopen a milestone, with the reason',
        params: MilestoneParams,
        body: ReasonBody,
        response: { 200: TaskDetail, ...errors },
      },
    },
    async (request) =>
      reopenMilestone(deps, contextOf(request), request.params.id, request.params.milestoneId, request.body),
  );
  app.post(
    '/tasks/:id/evidence',
    {
      schema: {
        tags,
        summary: '上传佐证材料 Attach uploaded files (tokens from POST /attachments) as evidence',
        params: IdParams,
        body: EvidenceBody,
        response: { 200: TaskDetail, ...errors },
      },
    },
    async (request) => addEvidence(deps, contextOf(request), request.params.id, request.body),
  );
  app.get(
    '/tasks/:id/attachments/:attachmentId',
    { schema: { tags, summary: 'Download a file of a task you may see', params: AttachmentParams } },
    async (request, reply) => {
      const file = await readTaskAttachment(deps, contextOf(request), request.params.id, request.params.attachmentId);
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
        .header('x-content-type-options', 'nosniff')
        .header('content-security-policy', "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox")
        .header('cache-control', 'private, max-age=3600')
        .send(file.bytes);
    },
  );
  app.post(
    '/tasks/:id/reports',
    {
      schema: {
        tags,
        summary: '填报 Open (or find) the report of a period for this task: the current one by default',
        params: IdParams,
        body: OpenReportBody,
        response: { 200: ReportDetail, ...errors },
      },
    },
    async (request) => openReport(deps, contextOf(request), request.params.id, request.body),
  );
  for (const action of Object.keys(taskActionBodies) as (keyof TaskActionBodies)[]) registerAction(app, deps, action);
}

function registerAction<A extends keyof TaskActionBodies>(app: App, deps: ProgrammeDeps, action: A): void {
  app.post(
    `/tasks/:id/${segmentOf(action)}`,
    {
      schema: {
        tags,
        summary: actionSummaries[action],
        params: IdParams,
        body: taskActionBodies[action],
        response: { 200: TaskDetail, ...errors },
      },
    },
    async (request) =>
      actOnTask(deps, contextOf(request), request.params.id, action, request.body as TaskActionBodies[A]),
  );
}
