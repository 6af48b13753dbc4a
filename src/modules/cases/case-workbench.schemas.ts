import { type Static, Type } from 'typebox';
import { workbenchQueues } from '../../shared/case-queues.ts';
import { caseStatuses } from '../../shared/cases.ts';
import { CaseListQuery } from './cases.schemas.ts';
import { Id } from '../../platform/http/schemas.ts';

/** The list's filters without the queue and the paging: what the queue counts are counted under. */
export const QueueCountsQuery = Type.Omit(CaseListQuery, ['queue', 'cursor', 'limit']);
export type QueueCountsQuery = Static<typeof QueueCountsQuery>;

export const QueueCounts = Type.Object({
  items: Type.Array(
    Type.Object({
      queue: Type.Enum(workbenchQueues),
      count: Type.Integer({ description: 'Cases in the queue under the filters, shown up to `cap`' }),
      exact: Type.Boolean({ description: 'False when there are more than `cap`' }),
    }),
    {
      description:
        "The open queues that make sense for the caller's roles, in workbench order (the closed queue is not counted)",
    },
  ),
  cap: Type.Integer(),
});
export type QueueCounts = Static<typeof QueueCounts>;

/** The list's filters (queue included) without the paging: the export takes every matching case. */
export const ExportQuery = Type.Omit(CaseListQuery, ['cursor', 'limit']);
export type ExportQuery = Static<typeof ExportQuery>;

export const BulkDispatchBody = Type.Object({
  caseIds: Type.Array(Id(), { minItems: 1, maxItems: 100, uniqueItems: true }),
  leadUnitId: Id(),
  supportingUnitIds: Type.Optional(Type.Array(Id(), { maxItems: 10 })),
  note: Type.Optional(Type.String({ maxLength: 1000 })),
});
export type BulkDispatchBody = Static<typeof BulkDispatchBody>;

export const BulkDispatchOutcome = Type.Object({
  id: Type.Integer(),
  ok: Type.Boolean(),
  trackingCode: Type.Union([Type.String(), Type.Null()], {
    description: 'Null when the case is not one the caller may read',
  }),
  status: Type.Union([Type.Enum(caseStatuses), Type.Null()], { description: "The case's status after the attempt" }),
  error: Type.Union([Type.Object({ code: Type.String(), message: Type.String() }), Type.Null()]),
});

export const BulkDispatchResult = Type.Object({
  items: Type.Array(BulkDispatchOutcome, { description: 'One outcome per case, in the order given' }),
  dispatched: Type.Integer(),
  failed: Type.Integer(),
});
export type BulkDispatchResult = Static<typeof BulkDispatchResult>;

export const SummonOptions = Type.Object({
  items: Type.Array(
    Type.Object({
      id: Type.Integer(),
      nameZh: Type.String(),
      nameEn: Type.Union([Type.String(), Type.Null()]),
      type: Type.String(),
    }),
    {
      description: 'Departments and task forces of the district not yet part of the case, by name',
    },
  ),
});
export type SummonOptions = Static<typeof SummonOptions>;
