import { contextOf } from '../access/request-context.ts';
import type { App } from '../../platform/http/types.ts';
import type { ProgrammeDeps } from './programme-deps.ts';
import {
  CreateProgrammeBody,
  errorResponses as errors,
  FormBody,
  FormParams,
  IdParams,
  ProgrammeDetail,
  ProgrammeList,
  ProgrammeListQuery,
  ReportFormView,
  TopicWindowBody,
  UpdateFormBody,
  UpdateProgrammeBody,
  VersionBody,
} from './programmes.schemas.ts';
import {
  changeProgrammeStatus,
  closeTopicWindow,
  createProgramme,
  getProgramme,
  listProgrammes,
  openTopicWindow,
  updateProgramme,
} from './programmes.service.ts';
import { createForm, updateForm } from './report-forms.service.ts';

const tags = ['programmes'];

export function registerProgrammeRoutes(app: App, deps: ProgrammeDeps): void {
  app.get(
    '/programmes',
    {
      schema: {
        tags,
        summary: '清单列表 Programmes you may see, newest first, with task counts by status',
        querystring: ProgrammeListQuery,
        response: { 200: ProgrammeList, ...errors },
      },
    },
    async (request) => listProgrammes(deps, contextOf(request), request.query),
  );
  app.post(
    '/programmes',
    {
      schema: {
        tags,
        summary: '新建清单 Create a programme (a draft until activated)',
        body: CreateProgrammeBody,
        response: { 201: ProgrammeDetail, ...errors },
      },
    },
    async (request, reply) => reply.status(201).send(await createProgramme(deps, contextOf(request), request.body)),
  );
  app.get(
    '/programmes/:id',
    {
      schema: {
        tags,
        summary: 'One programme: phases, report forms, task counts, topic window, and the actions you may take',
        params: IdParams,
        response: { 200: ProgrammeDetail, ...errors },
      },
    },
    async (request) => getProgramme(deps, contextOf(request), request.params.id),
  );
  app.patch(
    '/programmes/:id',
    {
      schema: {
        tags,
        summary: '编辑清单 Edit a programme and its phases',
        params: IdParams,
        body: UpdateProgrammeBody,
        response: { 200: ProgrammeDetail, ...errors },
      },
    },
    async (request) => updateProgramme(deps, contextOf(request), request.params.id, request.body),
  );
  for (const action of ['activate', 'close', 'reopen'] as const) {
    const summary = {
      activate: '启动 Start a draft programme: units see their tasks and reports open',
      close: '结束 Close a programme',
      reopen: '重新启动 Reopen a closed programme',
    }[action];
    app.post(
      `/programmes/:id/${action}`,
      { schema: { tags, summary, params: IdParams, body: VersionBody, response: { 200: ProgrammeDetail, ...errors } } },
      async (request) =>
        changeProgrammeStatus(deps, contextOf(request), request.params.id, action, request.body.version),
    );
  }
  app.put(
    '/programmes/:id/topic-window',
    {
      schema: {
        tags,
        summary: '开启群众点题 Open (or move) the window for public topic proposals and supports',
        params: IdParams,
        body: TopicWindowBody,
        response: { 200: ProgrammeDetail, ...errors },
      },
    },
    async (request) => openTopicWindow(deps, contextOf(request), request.params.id, request.body),
  );
  app.post(
    '/programmes/:id/topic-window/close',
    {
      schema: {
        tags,
        summary: '结束群众点题 Close the topic window now',
        params: IdParams,
        body: VersionBody,
        response: { 200: ProgrammeDetail, ...errors },
      },
    },
    async (request) => closeTopicWindow(deps, contextOf(request), request.params.id, request.body.version),
  );
  app.post(
    '/programmes/:id/forms',
    {
      schema: {
        tags,
        summary: '新建报送表格 Define a report form: fields and cycle',
        params: IdParams,
        body: FormBody,
        response: { 201: ReportFormView, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createForm(deps, contextOf(request), request.params.id, request.body)),
  );
  app.patch(
    '/programmes/:id/forms/:formId',
    {
      schema: {
        tags,
        summary: '编辑报送表格 Edit a form (fields, due day, reminder) or stop it (active: false)',
        params: FormParams,
        body: UpdateFormBody,
        response: { 200: ReportFormView, ...errors },
      },
    },
    async (request) => updateForm(deps, contextOf(request), request.params.id, request.params.formId, request.body),
  );
}
