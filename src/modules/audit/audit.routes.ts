import { Type } from 'typebox';
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { contextOf } from '../access/request-context.ts';
import type { App } from '../../platform/http/types.ts';
import { can, requireActor } from '../access/policy.ts';
import { browseAudit, presentAudit, verifyAuditChain } from './audit.service.ts';
import { Id } from '../../platform/http/schemas.ts';

const tags = ['audit'];

const AuditEntry = Type.Object({
  id: Type.Integer(),
  seq: Type.Union([Type.Integer(), Type.Null()]),
  at: Type.String({ format: 'date-time' }),
  actorId: Type.Union([Type.Integer(), Type.Null()]),
  actorLabel: Type.Union([Type.String(), Type.Null()]),
  action: Type.String(),
  entityType: Type.String(),
  entityId: Type.Union([Type.String(), Type.Null()]),
  before: Type.Unknown(),
  after: Type.Unknown(),
  requestId: Type.Union([Type.String(), Type.Null()]),
  ip: Type.Union([Type.String(), Type.Null()]),
});

const AuditQuery = Type.Object({
  entityType: Type.Optional(Type.String({ maxLength: 50 })),
  entityId: Type.Optional(Type.String({ maxLength: 100 })),
  actorId: Type.Optional(Id()),
  action: Type.Optional(Type.String({ maxLength: 100, description: 'Action or its prefix, e.g. unit. or auth.login' })),
  from: Type.Optional(Type.String({ format: 'date-time' })),
  to: Type.Optional(Type.String({ format: 'date-time' })),
  beforeId: Type.Optional(Id({ description: 'Next page: entries older than this id' })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })),
});

/** The audit trail is not in the tree: only those who read it district-wide may browse it. */
function requireAuditReader(request: Parameters<typeof contextOf>[0]) {
  const ctx = contextOf(request);
  if (!can(requireActor(ctx.actor), 'audit.read', null)) throw new AppError('FORBIDDEN');
  return ctx;
}

export function registerAuditRoutes(app: App, db: Kysely<DB>): void {
  app.get(
    '/audit',
    {
      schema: {
        tags,
        summary: '审计日志 Browse the audit trail, newest first',
        querystring: AuditQuery,
        response: {
          200: Type.Object({ items: Type.Array(AuditEntry), nextBeforeId: Type.Union([Type.Integer(), Type.Null()]) }),
        },
      },
    },
    async (request) => {
      const ctx = requireAuditReader(request);
      const q = request.query;
      const limit = q.limit ?? 100;
      const rows = await browseAudit(
        db,
        {
          entityType: q.entityType,
          entityId: q.entityId,
          actorId: q.actorId,
          action: q.action,
          from: q.from ? new Date(q.from) : undefined,
          to: q.to ? new Date(q.to) : undefined,
        },
        { limit, beforeId: q.beforeId },
      );
      return {
        items: await presentAudit(db, ctx, rows, q),
        nextBeforeId: rows.length === limit ? Number(rows[rows.length - 1]!.id) : null,
      };
    },
  );

  app.get(
    '/audit/verify',
    {
      schema: {
        tags,
        summary: 'Check the hash chain of the audit trail',
        response: {
          200: Type.Object({
            ok: Type.Boolean(),
            checked: Type.Integer(),
            unsealed: Type.Integer(),
            problem: Type.Optional(Type.Object({ seq: Type.Integer(), reason: Type.String() })),
          }),
        },
      },
    },
    async (request) => {
      requireAuditReader(request);
      return verifyAuditChain(db);
    },
  );
}
