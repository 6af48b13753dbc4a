import type { Kysely } from 'kysely';
import { Type } from 'typebox';
import type { DB } from '../../platform/db/schema.ts';
import { contextOf } from '../access/request-context.ts';
import type { App } from '../../platform/http/types.ts';
import { IdParams } from '../units/units.schemas.ts';
import {
  Category,
  CategoryList,
  CategoryListQuery,
  CreateCategoryBody,
  UpdateCategoryBody,
} from './categories.schemas.ts';
import { createCategory, getCategory, listCategoryTree, updateCategory } from './categories.service.ts';

const tags = ['categories'];
const errors = {
  400: Type.Ref('ErrorBody'),
  401: Type.Ref('ErrorBody'),
  403: Type.Ref('ErrorBody'),
  404: Type.Ref('ErrorBody'),
  409: Type.Ref('ErrorBody'),
};

export function registerCategoryRoutes(app: App, db: Kysely<DB>): void {
  app.get(
    '/categories',
    {
      schema: {
        tags,
        summary: '诉求分类 The category tree with routing, limits and intake fields',
        querystring: CategoryListQuery,
        response: { 200: CategoryList },
      },
    },
    async (request) => listCategoryTree(db, contextOf(request), request.query),
  );
  app.get(
    '/categories/:id',
    { schema: { tags, summary: 'One category', params: IdParams, response: { 200: Category, ...errors } } },
    async (request) => getCategory(db, contextOf(request), request.params.id),
  );
  app.post(
    '/categories',
    {
      schema: {
        tags,
        summary: '新增分类 Add a category',
        body: CreateCategoryBody,
        response: { 201: Category, ...errors },
      },
    },
    async (request, reply) => reply.status(201).send(await createCategory(db, contextOf(request), request.body)),
  );
  app.patch(
    '/categories/:id',
    {
      schema: {
        tags,
        summary: 'Edit a category: names, routing rule, limits, intake fields, active',
        params: IdParams,
        body: UpdateCategoryBody,
        response: { 200: Category, ...errors },
      },
    },
    async (request) => updateCategory(db, contextOf(request), request.params.id, request.body),
  );
}
