import { Type } from 'typebox';
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import { contextOf } from '../access/request-context.ts';
import type { App } from '../../platform/http/types.ts';
import { requireFile, sendXlsx } from '../../platform/excel/excel.ts';
import { IdParams, ImportResult } from '../units/units.schemas.ts';
import { exportPeople, importPeople, personTemplate } from './people-excel.service.ts';
import {
  CreatePersonBody,
  Person,
  PersonList,
  PersonListQuery,
  ResetPasswordBody,
  RevealQuery,
  SetMembershipsBody,
  UpdatePersonBody,
} from './people.schemas.ts';
import {
  createPerson,
  getPerson,
  listPeople,
  resetPassword,
  setMemberships,
  unlockPerson,
  updatePerson,
} from './people.service.ts';

const tags = ['people'];
const errors = {
  400: Type.Ref('ErrorBody'),
  401: Type.Ref('ErrorBody'),
  403: Type.Ref('ErrorBody'),
  404: Type.Ref('ErrorBody'),
  409: Type.Ref('ErrorBody'),
};

export function registerPeopleRoutes(app: App, db: Kysely<DB>): void {
  app.get(
    '/people',
    {
      schema: {
        tags,
        summary: '人员列表 People in your scope (personal data masked)',
        querystring: PersonListQuery,
        response: { 200: PersonList },
      },
    },
    async (request) => listPeople(db, contextOf(request), request.query),
  );
  app.get(
    '/people/export.xlsx',
    { schema: { tags, summary: '导出人员 Export staff in your scope as .xlsx' } },
    async (request, reply) => sendXlsx(reply, '人员.xlsx', await exportPeople(db, contextOf(request))),
  );
  app.get(
    '/people/import-template.xlsx',
    { schema: { tags, summary: 'The .xlsx template for importing people' } },
    async (_request, reply) => sendXlsx(reply, '人员导入模板.xlsx', await personTemplate()),
  );
  app.post(
    '/people/import',
    {
      schema: {
        tags,
        summary: '导入人员 Import staff from .xlsx (all rows or none)',
        consumes: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
        response: { 200: ImportResult, 422: Type.Ref('ErrorBody') },
      },
    },
    async (request) => importPeople(db, contextOf(request), requireFile(request.body)),
  );
  app.get(
    '/people/:id',
    {
      schema: {
        tags,
        summary: 'One person; reveal=true unmasks personal data (audited)',
        params: IdParams,
        querystring: RevealQuery,
        response: { 200: Person, ...errors },
      },
    },
    async (request) => getPerson(db, contextOf(request), request.params.id, request.query.reveal === true),
  );
  app.post(
    '/people',
    {
      schema: {
        tags,
        summary: '新增人员 Create a staff account',
        body: CreatePersonBody,
        response: { 201: Person, ...errors },
      },
    },
    async (request, reply) => reply.status(201).send(await createPerson(db, contextOf(request), request.body)),
  );
  app.patch(
    '/people/:id',
    {
      schema: {
        tags,
        summary: 'Edit, disable or enable a person',
        params: IdParams,
        body: UpdatePersonBody,
        response: { 200: Person, ...errors },
      },
    },
    async (request) => updatePerson(db, contextOf(request), request.params.id, request.body),
  );
  app.put(
    '/people/:id/memberships',
    {
      schema: {
        tags,
        summary: '分配角色 Set units and roles',
        params: IdParams,
        body: SetMembershipsBody,
        response: { 200: Person, ...errors },
      },
    },
    async (request) => setMemberships(db, contextOf(request), request.params.id, request.body),
  );
  app.post(
    '/people/:id/password',
    {
      schema: {
        tags,
        summary: 'Reset a password (ends their sessions)',
        params: IdParams,
        body: ResetPasswordBody,
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (request, reply) => {
      await resetPassword(db, contextOf(request), request.params.id, request.body.newPassword);
      return reply.status(204).send(null);
    },
  );
  app.post(
    '/people/:id/unlock',
    {
      schema: {
        tags,
        summary: 'Lift a temporary sign-in lock',
        params: IdParams,
        response: { 200: Person, ...errors },
      },
    },
    async (request) => unlockPerson(db, contextOf(request), request.params.id),
  );
}
