import { Type } from 'typebox';
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import { contextOf } from '../access/request-context.ts';
import type { App } from '../../platform/http/types.ts';
import { requireFile, sendXlsx } from '../../platform/excel/excel.ts';
import { exportUnits, importUnits, unitTemplate } from './units-excel.service.ts';
import {
  CreateUnitBody,
  IdParams,
  ImportResult,
  MoveUnitBody,
  Unit,
  UnitList,
  UnitListQuery,
  UpdateUnitBody,
} from './units.schemas.ts';
import {
  createUnit,
  deleteUnit,
  getUnit,
  listUnits,
  moveUnit,
  type TreeChangedListener,
  updateUnit,
} from './units.service.ts';

const tags = ['units'];
const errors = {
  400: Type.Ref('ErrorBody'),
  401: Type.Ref('ErrorBody'),
  403: Type.Ref('ErrorBody'),
  404: Type.Ref('ErrorBody'),
  409: Type.Ref('ErrorBody'),
};

/** `onTreeChanged` is told after a move, an import or a township type change has committed (e.g. to drop a cache of unit paths). */
export function registerUnitRoutes(
  app: App,
  db: Kysely<DB>,
  options: { onTreeChanged?: TreeChangedListener } = {},
): void {
  app.get(
    '/units',
    {
      schema: {
        tags,
        summary: '单位列表 Units in your scope',
        querystring: UnitListQuery,
        response: { 200: UnitList },
      },
    },
    async (request) => listUnits(db, contextOf(request), request.query),
  );
  app.get(
    '/units/export.xlsx',
    { schema: { tags, summary: '导出单位 Export units in your scope as .xlsx' } },
    async (request, reply) => sendXlsx(reply, '单位.xlsx', await exportUnits(db, contextOf(request))),
  );
  app.get(
    '/units/import-template.xlsx',
    { schema: { tags, summary: 'The .xlsx template for importing units' } },
    async (_request, reply) => sendXlsx(reply, '单位导入模板.xlsx', await unitTemplate()),
  );
  app.post(
    '/units/import',
    {
      schema: {
        tags,
        summary: '导入单位 Import units from .xlsx (all rows or none)',
        consumes: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
        response: { 200: ImportResult, 422: Type.Ref('ErrorBody') },
      },
    },
    async (request) => importUnits(db, contextOf(request), requireFile(request.body), options.onTreeChanged),
  );
  app.get(
    '/units/:id',
    { schema: { tags, summary: 'One unit', params: IdParams, response: { 200: Unit, ...errors } } },
    async (request) => getUnit(db, contextOf(request), request.params.id),
  );
  app.post(
    '/units',
    { schema: { tags, summary: '新增单位 Create a unit', body: CreateUnitBody, response: { 201: Unit, ...errors } } },
    async (request, reply) => reply.status(201).send(await createUnit(db, contextOf(request), request.body)),
  );
  app.patch(
    '/units/:id',
    {
      schema: {
        tags,
        summary: 'Edit, deactivate or reactivate a unit',
        params: IdParams,
        body: UpdateUnitBody,
        response: { 200: Unit, ...errors },
      },
    },
    async (request) => updateUnit(db, contextOf(request), request.params.id, request.body, options.onTreeChanged),
  );
  app.post(
    '/units/:id/move',
    {
      schema: {
        tags,
        summary: 'Move a unit and its subtree under another parent',
        params: IdParams,
        body: MoveUnitBody,
        response: { 200: Unit, ...errors },
      },
    },
    async (request) => moveUnit(db, contextOf(request), request.params.id, request.body, options.onTreeChanged),
  );
  app.delete(
    '/units/:id',
    {
      schema: {
        tags,
        summary: 'Delete a unit nothing refers to',
        params: IdParams,
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (request, reply) => {
      await deleteUnit(db, contextOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
}
