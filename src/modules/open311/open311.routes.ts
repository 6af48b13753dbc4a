import type { App } from '../../platform/http/types.ts';
import { IdempotencyHeaders } from '../cases/cases.schemas.ts';
import { formatOf, installOpen311Http, open311Context, postedFiles, sendDocument } from './open311-http.ts';
import {
  Discovery,
  FormatParams,
  JurisdictionQuery,
  Open311Errors,
  PostedRequests,
  PostedUpdates,
  RequestBody,
  RequestIdParams,
  RequestsQuery,
  RequestUpdates,
  UpdatesQuery,
  ServiceCodeParams,
  ServiceDefinition,
  ServiceList,
  ServiceRequests,
  TokenAnswer,
  TokenParams,
  UpdateBody,
} from './open311.schemas.ts';
import {
  getDiscovery,
  getRequest,
  getServiceDefinition,
  getToken,
  listRequests,
  listRequestUpdates,
  listServices,
  type Open311Deps,
  postRequestUpdate,
  submitRequest,
} from './open311.service.ts';

const tags = ['open311'];
const errors = {
  400: Open311Errors,
  401: Open311Errors,
  403: Open311Errors,
  404: Open311Errors,
  413: Open311Errors,
  415: Open311Errors,
  422: Open311Errors,
  429: Open311Errors,
};
const publicReads = { rateLimit: { max: 120, timeWindow: 60_000 } };
const formats = 'Add `.json` or `.xml`.';

/** GeoReport v2, mounted at /open311/v2 (see src/app/register-modules.ts). */
export async function registerOpen311Routes(app: App, deps: Open311Deps): Promise<void> {
  await installOpen311Http(app, { fileBytes: deps.cases.config.attachmentMaxBytes });

  app.get(
    '/discovery.:format',
    {
      schema: {
        tags,
        summary: `Open311 服务发现 Discovery. ${formats}`,
        params: FormatParams,
        response: { 200: Discovery, ...errors },
      },
    },
    async (request, reply) => {
      const format = formatOf(request.params.format);
      return sendDocument(reply, format, 'discovery', await getDiscovery(deps, open311Context(request)));
    },
  );

  app.get(
    '/services.:format',
    {
      schema: {
        tags,
        summary: `Open311 服务列表 Services: one per active leaf category. ${formats}`,
        params: FormatParams,
        querystring: JurisdictionQuery,
        response: { 200: ServiceList, ...errors },
      },
    },
    async (request, reply) => {
      const format = formatOf(request.params.format);
      return sendDocument(reply, format, 'services', await listServices(deps));
    },
  );

  app.get(
    '/services/:code.:format',
    {
      schema: {
        tags,
        summary: `Open311 服务定义 A service's attributes (the category's intake fields). ${formats}`,
        params: ServiceCodeParams,
        querystring: JurisdictionQuery,
        response: { 200: ServiceDefinition, ...errors },
      },
    },
    async (request, reply) => {
      const format = formatOf(request.params.format);
      return sendDocument(
        reply,
        format,
        'service_definition',
        await getServiceDefinition(deps, open311Context(request), request.params.code),
      );
    },
  );

  app.post(
    '/requests.:format',
    {
      schema: {
        tags,
        summary: `Open311 提交诉求 Post a service request with an api_key (form-encoded, multipart with photos as \`media\` file parts, or JSON). ${formats}`,
        consumes: ['application/x-www-form-urlencoded', 'multipart/form-data', 'application/json'],
        params: FormatParams,
        headers: IdempotencyHeaders,
        body: RequestBody,
        response: { 200: PostedRequests, 201: PostedRequests, ...errors },
      },
    },
    async (request, reply) => {
      const format = formatOf(request.params.format);
      const result = await submitRequest(deps, open311Context(request), request.body, {
        idempotencyKey: request.headers['idempotency-key'],
        files: postedFiles(request),
      });
      return sendDocument(reply, format, 'service_requests', result.answer, result.replayed ? 200 : 201);
    },
  );

  app.get(
    '/requests.:format',
    {
      config: publicReads,
      schema: {
        tags,
        summary: `Open311 诉求列表 Public, anonymised requests, newest first, at most 1,000. ${formats}`,
        params: FormatParams,
        querystring: RequestsQuery,
        response: { 200: ServiceRequests, ...errors },
      },
    },
    async (request, reply) => {
      const format = formatOf(request.params.format);
      return sendDocument(
        reply,
        format,
        'service_requests',
        await listRequests(deps, open311Context(request), request.query),
      );
    },
  );

  app.get(
    '/requests/:id.:format',
    {
      config: publicReads,
      schema: {
        tags,
        summary: `Open311 单个诉求 One request by its tracking code. ${formats}`,
        params: RequestIdParams,
        querystring: JurisdictionQuery,
        response: { 200: ServiceRequests, ...errors },
      },
    },
    async (request, reply) => {
      const format = formatOf(request.params.format);
      return sendDocument(
        reply,
        format,
        'service_requests',
        await getRequest(deps, open311Context(request), request.params.id),
      );
    },
  );

  app.get(
    '/servicerequestupdates.:format',
    {
      config: publicReads,
      schema: {
        tags,
        summary: `Open311 诉求进展 Public steps of every request in a window, oldest first (FixMyStreet's servicerequestupdates). ${formats}`,
        params: FormatParams,
        querystring: UpdatesQuery,
        response: { 200: RequestUpdates, ...errors },
      },
    },
    async (request, reply) => {
      const format = formatOf(request.params.format);
      return sendDocument(
        reply,
        format,
        'service_request_updates',
        await listRequestUpdates(deps, open311Context(request), request.query),
      );
    },
  );

  app.post(
    '/servicerequestupdates.:format',
    {
      schema: {
        tags,
        summary: `Open311 群众补充 Post the reporter's comment on a request with an api_key (FixMyStreet's servicerequestupdates: form-encoded, or multipart with photos as \`media\` file parts). A status is noted with the comment, never applied. ${formats}`,
        consumes: ['application/x-www-form-urlencoded', 'multipart/form-data', 'application/json'],
        params: FormatParams,
        body: UpdateBody,
        response: { 200: PostedUpdates, 201: PostedUpdates, ...errors },
      },
    },
    async (request, reply) => {
      const format = formatOf(request.params.format);
      const result = await postRequestUpdate(deps, open311Context(request), request.body, postedFiles(request));
      return sendDocument(reply, format, 'service_request_updates', result.answer, result.replayed ? 200 : 201);
    },
  );

  app.get(
    '/tokens/:token.:format',
    {
      config: publicReads,
      schema: {
        tags,
        summary: `Open311 令牌 Requests are made at once: a token is its service_request_id. ${formats}`,
        params: TokenParams,
        querystring: JurisdictionQuery,
        response: { 200: TokenAnswer, ...errors },
      },
    },
    async (request, reply) => {
      const format = formatOf(request.params.format);
      return sendDocument(
        reply,
        format,
        'service_requests',
        await getToken(deps, open311Context(request), request.params.token),
      );
    },
  );
}
