import type { Kysely } from 'kysely';
import { Type } from 'typebox';
import type { DB } from '../../platform/db/schema.ts';
import { contextOf } from '../access/request-context.ts';
import type { App } from '../../platform/http/types.ts';
import { suggestCategoriesFor } from './category-suggestions.service.ts';
import { CategorySuggestionsBody, CategorySuggestionsResponse } from './text.schemas.ts';

const tags = ['text'];
const errors = { 400: Type.Ref('ErrorBody'), 401: Type.Ref('ErrorBody'), 403: Type.Ref('ErrorBody') };

export function registerTextRoutes(app: App, db: Kysely<DB>, options: { dataDir: string }): void {
  app.post(
    '/text/category-suggestions',
    {
      schema: {
        tags,
        summary: '分类建议 The three most likely level-1 categories of a message',
        body: CategorySuggestionsBody,
        response: { 200: CategorySuggestionsResponse, ...errors },
      },
    },
    async (request) => ({
      suggestions: await suggestCategoriesFor(db, contextOf(request), request.body.text, { dataDir: options.dataDir }),
    }),
  );
}
