import type { Kysely } from 'kysely';
import { Type } from 'typebox';
import type { DB } from '../../platform/db/schema.ts';
import { contextOf } from '../access/request-context.ts';
import type { App } from '../../platform/http/types.ts';
import { IdParams } from '../units/units.schemas.ts';
import {
  AddRelatedBody,
  Category,
  CategoryList,
  CategoryListQuery,
  CreateCategoryBody,
  RelatedCategories,
  RelatedParams,
  UpdateCategoryBody,
} from './categories.schemas.ts';
import {
  addRelated,
  createCategory,
  getCategory,
  listCategoryTree,
  listRelated,
  removeRelated,
  updateCategory,
} from './categories.service.ts';

const tags = ['categories'];
const errors = {
  400: Type.Ref('ErrorBody'),
  401: Type.Ref('ErrorBody'),
  403: Type.Ref('ErrorBody'),
  404: Type.Ref('ErrorBody'),
  409: Type.Ref('ErrorBody'),
};

export interface CategoryRouteHooks {
  /** After a write: the case directory keeps categories and their relations in memory. */
  onChanged?: () => void;
}

export function registerCategoryRoutes(app: App, db: Kysely<DB>, hooks: CategoryRouteHooks = {}): void {
  const changed = <T>(result: T): T => {
    hooks.onChanged?.();
    return result;
  };
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
    async (request, reply) =>
      reply.status(201).send(changed(await createCategory(db, contextOf(request), request.body))),
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
    async (request) => changed(await updateCategory(db, contextOf(request), request.params.id, request.body)),
  );
  app.get(
    '/categories/:id/related',
    {
      schema: {
        tags,
        summary: '相关分类 The categories related to this one for recurrences (反弹回潮)',
        params: IdParams,
        response: { 200: RelatedCategories, ...errors },
      },
    },
    async (request) => listRelated(db, contextOf(request), request.params.id),
  );
  app.post(
    '/categories/:id/related',
    {
      schema: {
        tags,
        summary: 'Mark two leaf categories as related (both ways)',
        params: IdParams,
        body: AddRelatedBody,
        response: { 200: RelatedCategories, ...errors },
      },
    },
    async (request) => changed(await addRelated(db, contextOf(request), request.params.id, request.body.categoryId)),
  );
  app.delete(
    '/categories/:id/related/:relatedId',
    {
      schema: {
        tags,
        summary: 'Unmark two related categories',
        params: RelatedParams,
        response: { 200: RelatedCategories, ...errors },
      },
    },
    async (request) =>
      changed(await removeRelated(db, contextOf(request), request.params.id, request.params.relatedId)),
  );
}
