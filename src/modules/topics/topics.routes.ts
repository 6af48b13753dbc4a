import { Type } from 'typebox';
import { contextOf } from '../access/request-context.ts';
import type { App } from '../../platform/http/types.ts';
import type { ProgrammeDeps } from '../programmes/programme-deps.ts';
import { errorResponses as errors, IdParams } from '../programmes/programmes.schemas.ts';
import {
  getPublicProgramme,
  listPublicProgrammes,
  PublicProgrammeDetail,
  PublicProgrammeList,
} from '../programmes/public-programmes.service.ts';
import {
  PublishBody,
  ProposeBody,
  RelatedCaseList,
  PublicTopic,
  PublicTopicList,
  PublicTopicQuery,
  RejectBody,
  SelectBody,
  SupportResult,
  TopicList,
  TopicListQuery,
  TopicView,
} from './topics.schemas.ts';
import {
  getPublicTopic,
  listMyTopics,
  listPublicTopics,
  proposeTopic,
  supportTopic,
  withdrawSupport,
} from './topics-public.service.ts';
import {
  getTopic,
  listTopicRelatedCases,
  listTopicsForOffice,
  publishTopic,
  rejectTopic,
  selectTopic,
} from './topics.service.ts';

const tags = ['topics'];
const publicTags = ['public'];

export function registerTopicRoutes(app: App, deps: ProgrammeDeps): void {
  // The programme office (审核、排序、选题)
  app.get(
    '/topics',
    {
      schema: {
        tags,
        summary:
          "点题审核与排序 A programme's topics for its office: the moderation queue, ranked by supports or by related cases (热点)",
        querystring: TopicListQuery,
        response: { 200: TopicList, ...errors },
      },
    },
    async (request) => listTopicsForOffice(deps, contextOf(request), request.query),
  );
  app.get(
    '/topics/:id',
    {
      schema: {
        tags,
        summary: 'One topic for its office, with the proposer (masked without pii.read) and related cases',
        params: IdParams,
        response: { 200: TopicView, ...errors },
      },
    },
    async (request) => getTopic(deps, contextOf(request), request.params.id),
  );
  app.get(
    '/topics/:id/related-cases',
    {
      schema: {
        tags,
        summary:
          '相关诉求 The newest cases about the same matter as the topic (热点) that you may open, and how many there are',
        params: IdParams,
        response: { 200: RelatedCaseList, ...errors },
      },
    },
    async (request) => listTopicRelatedCases(deps, contextOf(request), request.params.id),
  );
  app.post(
    '/topics/:id/publish',
    {
      schema: {
        tags,
        summary: '审核通过 Publish a proposal (keywords and category help find related cases)',
        params: IdParams,
        body: PublishBody,
        response: { 200: TopicView, ...errors },
      },
    },
    async (request) => publishTopic(deps, contextOf(request), request.params.id, request.body),
  );
  app.post(
    '/topics/:id/reject',
    {
      schema: {
        tags,
        summary: '不予采纳 Reject a proposal or take a published topic down, with the reason',
        params: IdParams,
        body: RejectBody,
        response: { 200: TopicView, ...errors },
      },
    },
    async (request) => rejectTopic(deps, contextOf(request), request.params.id, request.body),
  );
  app.post(
    '/topics/:id/select',
    {
      schema: {
        tags,
        summary: '选题 Make the topic a task of its programme; proposer and supporters then follow its progress',
        params: IdParams,
        body: SelectBody,
        response: { 200: TopicView, ...errors },
      },
    },
    async (request) => selectTopic(deps, contextOf(request), request.params.id, request.body),
  );

  // The public (群众): reading needs no sign-in; proposing and supporting need a signed-in citizen.
  const proposals = { rateLimit: { max: 30, timeWindow: 60_000 } };
  const supports = { rateLimit: { max: 300, timeWindow: 60_000 } };
  app.get(
    '/public/programmes',
    {
      schema: {
        tags: publicTags,
        summary: '公开清单 Public programmes with their progress and topic windows',
        response: { 200: PublicProgrammeList },
      },
    },
    async (request) => listPublicProgrammes(deps, contextOf(request)),
  );
  app.get(
    '/public/programmes/:id',
    {
      schema: {
        tags: publicTags,
        summary: 'A public programme with the progress of each task',
        params: IdParams,
        response: { 200: PublicProgrammeDetail, 404: Type.Ref('ErrorBody') },
      },
    },
    async (request) => getPublicProgramme(deps, contextOf(request), request.params.id),
  );
  app.get(
    '/public/topics',
    {
      schema: {
        tags: publicTags,
        summary: '群众点题 Published topics, by supports or newest',
        querystring: PublicTopicQuery,
        response: { 200: PublicTopicList, ...errors },
      },
    },
    async (request) => listPublicTopics(deps, contextOf(request), request.query),
  );
  app.get(
    '/public/topics/mine',
    {
      schema: {
        tags: publicTags,
        summary: 'My proposals (signed-in citizen), with their moderation status',
        response: { 200: PublicTopicList, ...errors },
      },
    },
    async (request) => listMyTopics(deps, contextOf(request)),
  );
  app.get(
    '/public/topics/:id',
    {
      schema: {
        tags: publicTags,
        summary: 'One topic with the public progress of its task',
        params: IdParams,
        response: { 200: PublicTopic, ...errors },
      },
    },
    async (request) => getPublicTopic(deps, contextOf(request), request.params.id),
  );
  app.post(
    '/public/topics',
    {
      config: proposals,
      schema: {
        tags: publicTags,
        summary: '我要点题 Propose a topic (signed-in citizen; published after moderation)',
        body: ProposeBody,
        response: { 201: PublicTopic, ...errors },
      },
    },
    async (request, reply) => reply.status(201).send(await proposeTopic(deps, contextOf(request), request.body)),
  );
  app.post(
    '/public/topics/:id/support',
    {
      config: supports,
      schema: {
        tags: publicTags,
        summary:
          '支持 Support a topic: once per person (409 TOPIC_ALREADY_SUPPORTED), within your limit for the window',
        params: IdParams,
        response: { 201: SupportResult, ...errors },
      },
    },
    async (request, reply) => reply.status(201).send(await supportTopic(deps, contextOf(request), request.params.id)),
  );
  app.delete(
    '/public/topics/:id/support',
    {
      schema: {
        tags: publicTags,
        summary: '取消支持 Withdraw your support while the window is open',
        params: IdParams,
        response: { 200: SupportResult, ...errors },
      },
    },
    async (request) => withdrawSupport(deps, contextOf(request), request.params.id),
  );
}
