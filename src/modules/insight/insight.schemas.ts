import { type Static, type TSchema, Type } from 'typebox';

/** Request and response shapes of hot issues (热点) and the reply check (答复质量). */

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const DateTime = Type.String({ format: 'date-time' });

export const HotIssuesQuery = Type.Object({
  from: Type.Optional(
    Type.String({ format: 'date-time', description: 'Start of the period (default: 30 days before `to`)' }),
  ),
  to: Type.Optional(Type.String({ format: 'date-time', description: 'End of the period, exclusive (default: now)' })),
  limit: Type.Optional(
    Type.Integer({ minimum: 1, maximum: 100, default: 10, description: 'How many hot issues, the hottest first' }),
  ),
});
export type HotIssuesQuery = Static<typeof HotIssuesQuery>;

const HotMember = Type.Object({
  kind: Type.Union([Type.Literal('case'), Type.Literal('topic')]),
  id: Type.Integer(),
  title: Type.String(),
  time: DateTime,
  place: Nullable(Type.String()),
});

export const HotIssue = Type.Object({
  title: Type.String(),
  place: Nullable(Type.String({ description: 'The village, community or township' })),
  placeUnitId: Nullable(Type.Integer()),
  from: DateTime,
  to: DateTime,
  size: Type.Integer({ description: 'Cases and topics in the cluster' }),
  reports: Type.Integer({ description: 'Reports, cases merged into another counted' }),
  supports: Type.Integer({ description: 'Supports of the public topics in it' }),
  heat: Type.Number(),
  keywords: Type.Array(Type.String()),
  members: Type.Array(HotMember, { description: 'At most 20, in time order' }),
});

export const HotIssuesResult = Type.Object({
  from: DateTime,
  to: DateTime,
  generatedAt: DateTime,
  cases: Type.Integer({ description: 'Cases read' }),
  topics: Type.Integer({ description: 'Public topics read' }),
  truncated: Type.Boolean({ description: 'Only the most recent 20,000 cases were read' }),
  clusters: Type.Array(HotIssue),
});
export type HotIssuesResult = Static<typeof HotIssuesResult>;

export const WeakPoint = Type.Object({ code: Type.String(), zh: Type.String(), en: Type.String() });

export const ReplyCheckResult = Type.Object({
  caseId: Type.Integer(),
  resolvedAt: DateTime,
  score: Type.Integer({ minimum: 0, maximum: 100 }),
  relevance: Type.Number({ minimum: 0, maximum: 1 }),
  concreteness: Type.Number({ minimum: 0, maximum: 1 }),
  boilerplate: Type.Number({ minimum: 0, maximum: 1 }),
  found: Type.Object({
    actions: Type.Array(Type.String()),
    times: Type.Array(Type.String()),
    actors: Type.Array(Type.String()),
    bases: Type.Array(Type.String()),
    stockPhrases: Type.Array(Type.String()),
  }),
  weakPoints: Type.Array(WeakPoint),
});
export type ReplyCheckResult = Static<typeof ReplyCheckResult>;
