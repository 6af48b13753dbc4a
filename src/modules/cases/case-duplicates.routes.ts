import { Type } from 'typebox';
import { contextOf } from '../access/request-context.ts';
import type { App } from '../../platform/http/types.ts';
import type { CaseDeps } from './case-deps.ts';
import { findCaseDuplicates, findTextDuplicates } from './case-duplicates.service.ts';
import { Id } from '../../platform/http/schemas.ts';

const tags = ['cases'];
const errorResponses = {
  400: Type.Ref('ErrorBody'),
  401: Type.Ref('ErrorBody'),
  403: Type.Ref('ErrorBody'),
  404: Type.Ref('ErrorBody'),
};

const Candidate = Type.Object({
  id: Type.Integer(),
  trackingCode: Type.String(),
  title: Type.String(),
  status: Type.String(),
  placeUnitId: Type.Union([Type.Integer(), Type.Null()]),
  placeName: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String({ format: 'date-time' }),
  heat: Type.Integer(),
  similarity: Type.Number({ minimum: 0, maximum: 1 }),
  samePlace: Type.Boolean(),
});
const Candidates = Type.Object({ items: Type.Array(Candidate) });

export function registerCaseDuplicateRoutes(app: App, deps: CaseDeps): void {
  app.get(
    '/cases/:id/duplicates',
    {
      schema: {
        tags,
        summary: '疑似重复 Earlier cases about the same matter nearby, the most similar first',
        params: Type.Object({ id: Id() }),
        response: { 200: Candidates, ...errorResponses },
      },
    },
    async (request) => findCaseDuplicates(deps, contextOf(request), request.params.id),
  );
  app.post(
    '/cases/duplicate-check',
    {
      schema: {
        tags,
        summary: '登记查重 Cases like a text being taken in',
        body: Type.Object({
          text: Type.String({ minLength: 2, maxLength: 4000 }),
          placeUnitId: Type.Optional(Id()),
        }),
        response: { 200: Candidates, ...errorResponses },
      },
    },
    async (request) => findTextDuplicates(deps, contextOf(request), request.body),
  );
}
