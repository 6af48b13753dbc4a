import { Type } from 'typebox';
import { contextOf } from '../access/request-context.ts';
import type { App } from '../../platform/http/types.ts';
import type { CaseDeps } from './case-deps.ts';
import { createDistrictMapSource } from './case-public-map.ts';
import {
  DistrictMap,
  PublicCaseView,
  PublicList,
  PublicListQuery,
  RatingBody,
  TrackingHeaders,
  TrackingParams,
  TrackingQuery,
} from './case-public.schemas.ts';
import { getPublicCase, listPublicCases, rateCase } from './case-public.service.ts';

const tags = ['public'];
const errors = {
  400: Type.Ref('ErrorBody'),
  404: Type.Ref('ErrorBody'),
  409: Type.Ref('ErrorBody'),
  429: Type.Ref('ErrorBody'),
};

/** The citizen's routes, no sign-in: follow and rate a case by its code, the public list, the district map. */
export function registerCasePublicRoutes(app: App, deps: CaseDeps, options: { dataDir: string }): void {
  // Following and rating are limited like the public form, so tracking codes cannot be tried in bulk.
  const perCode = { rateLimit: { max: deps.config.publicIntakePerMinute, timeWindow: 60_000 } };
  const browsing = { rateLimit: { max: Math.max(120, deps.config.publicIntakePerMinute), timeWindow: 60_000 } };
  const maps = createDistrictMapSource(options.dataDir);

  app.get(
    '/public/cases/:trackingCode',
    {
      config: perCode,
      schema: {
        tags,
        summary: '诉求查询 Follow a case by its tracking code (named cases: with the mobile given)',
        params: TrackingParams,
        querystring: TrackingQuery,
        headers: TrackingHeaders,
        response: { 200: PublicCaseView, ...errors },
      },
    },
    async (request) =>
      getPublicCase(
        deps,
        contextOf(request),
        request.params.trackingCode,
        request.headers['x-reporter-mobile'] ?? request.query.mobile,
      ),
  );
  app.post(
    '/public/cases/:trackingCode/rating',
    {
      config: perCode,
      schema: {
        tags,
        summary: '群众评价 Rate the result (回访): satisfied / basically satisfied / unsatisfied, solved or not',
        params: TrackingParams,
        headers: TrackingHeaders,
        body: RatingBody,
        response: { 200: PublicCaseView, ...errors },
      },
    },
    async (request) =>
      rateCase(
        deps,
        contextOf(request),
        request.params.trackingCode,
        request.body,
        request.headers['x-reporter-mobile'],
      ),
  );
  app.get(
    '/public/cases',
    {
      config: browsing,
      schema: {
        tags,
        summary: '公开诉求 Anonymised cases of an area, open or closed, newest first',
        querystring: PublicListQuery,
        response: { 200: PublicList, ...errors },
      },
    },
    async (request) => listPublicCases(deps, contextOf(request), request.query),
  );
  app.get(
    '/public/district-map',
    {
      config: browsing,
      schema: {
        tags,
        summary: "区域边界 The district's township and village boundaries (GeoJSON) with unit ids",
        response: { 200: DistrictMap, 429: Type.Ref('ErrorBody') },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'public, max-age=300');
      return maps.get(await deps.directory.get());
    },
  );
}
