import { Type } from 'typebox';
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import { contextOf } from '../access/request-context.ts';
import type { App } from '../../platform/http/types.ts';
import { IdParams } from '../units/units.schemas.ts';
import { ApiToken, CreateTokenBody, IssuedToken } from './tokens.schemas.ts';
import { issueToken, listTokens, revokeToken } from './tokens.service.ts';

const tags = ['tokens'];
const errors = {
  400: Type.Ref('ErrorBody'),
  401: Type.Ref('ErrorBody'),
  403: Type.Ref('ErrorBody'),
  404: Type.Ref('ErrorBody'),
};

export function registerTokenRoutes(app: App, db: Kysely<DB>): void {
  app.get(
    '/tokens',
    { schema: { tags, summary: '接口令牌 API tokens', response: { 200: Type.Array(ApiToken), ...errors } } },
    async (request) => listTokens(db, contextOf(request)),
  );
  app.post(
    '/tokens',
    {
      schema: {
        tags,
        summary: 'Issue a token (its secret is shown once)',
        body: CreateTokenBody,
        response: { 201: IssuedToken, ...errors },
      },
    },
    async (request, reply) => reply.status(201).send(await issueToken(db, contextOf(request), request.body)),
  );
  app.delete(
    '/tokens/:id',
    { schema: { tags, summary: 'Revoke a token', params: IdParams, response: { 204: Type.Null(), ...errors } } },
    async (request, reply) => {
      await revokeToken(db, contextOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
}
