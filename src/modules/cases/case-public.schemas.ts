import { type Static, type TSchema, Type } from 'typebox';
import { satisfactions } from '../../shared/cases.ts';

/** Schemas of the public (no sign-in) case routes: follow a case, rate it, the public list, the map. */

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const DateTime = Type.String({ format: 'date-time' });
const Mobile = Type.String({ pattern: '^1[3-9][0-9]{9}$' });

/** 群众可见的状态: internal steps (review, returns) are folded into the nearest public one. */
export const publicStatuses = [
  'submitted',
  'accepted',
  'dispatched',
  'handling',
  'awaiting_rating',
  'closed',
  'declined',
  'merged',
] as const;
export type PublicStatus = (typeof publicStatuses)[number];

/** What a citizen's timeline may show; every other event (internal notes, returns, summons, urges…) is left out. */
export const publicEventKinds = [
  'submitted',
  'accepted',
  'declined',
  'merged',
  'dispatched',
  'redispatched',
  'handling',
  'progress',
  'extended',
  'resolved',
  'rated',
  'reopened',
  'closed',
] as const;
export type PublicEventKind = (typeof publicEventKinds)[number];

export const TrackingParams = Type.Object({
  trackingCode: Type.String({ pattern: '^[A-Za-z0-9-]{6,32}$', description: '查询码, e.g. LS261122-7KQ3M9' }),
});

export const TrackingHeaders = Type.Object({
  'x-reporter-mobile': Type.Optional({
    ...Mobile,
    description: 'The mobile given with a named case (preferred over the query parameter: it stays out of logs)',
  }),
});

export const TrackingQuery = Type.Object({
  mobile: Type.Optional({
    ...Mobile,
    description: 'The mobile given with a named case; anonymous cases need only the code',
  }),
});

export const PublicTimelineEntry = Type.Object({
  at: DateTime,
  kind: Type.Enum(publicEventKinds),
  /** The entry in public wording, in the caller's language. */
  label: Type.String(),
  /** Text written for the citizen: the result, a public progress note, the reason for declining. */
  text: Nullable(Type.String()),
});

export const PublicRating = Type.Object({ satisfaction: Type.Enum(satisfactions), solved: Nullable(Type.Boolean()) });

export const PublicCaseView = Type.Object({
  trackingCode: Type.String(),
  status: Type.Enum(publicStatuses),
  statusLabel: Type.String(),
  category: Nullable(Type.Object({ name: Type.String(), path: Type.Array(Type.String()) })),
  /** The village or community (or township) the case is about; never the address. */
  place: Nullable(Type.String()),
  submittedAt: DateTime,
  updatedAt: DateTime,
  closedAt: Nullable(DateTime),
  timeline: Type.Array(PublicTimelineEntry),
  result: Nullable(Type.String({ description: 'The approved result (办理结果)' })),
  ratingAsked: Type.Boolean({ description: "True while the case waits for the citizen's rating (回访)" }),
  rating: Nullable(PublicRating),
});
export type PublicCaseView = Static<typeof PublicCaseView>;

export const RatingBody = Type.Object({
  satisfaction: Type.Enum(satisfactions, {
    description: 'satisfied 满意 / basically_satisfied 基本满意 / unsatisfied 不满意',
  }),
  solved: Type.Boolean({ description: '问题是否已实际解决' }),
  comment: Type.Optional(Type.String({ maxLength: 500 })),
  mobile: Type.Optional({ ...Mobile, description: 'For named cases, unless given in X-Reporter-Mobile' }),
});
export type RatingBody = Static<typeof RatingBody>;

export const PublicListQuery = Type.Object({
  unit: Type.Optional(
    Type.String({
      pattern: '^[A-Za-z0-9._-]{1,64}$',
      description: 'A township/subdistrict (or village/community) unit code',
    }),
  ),
  status: Type.Optional(Type.Enum(['open', 'closed'], { default: 'open' })),
  cursor: Type.Optional(Type.String({ maxLength: 200 })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50, default: 20 })),
});
export type PublicListQuery = Static<typeof PublicListQuery>;

const PlaceRef = Type.Object({ code: Type.String(), name: Type.String() });

export const PublicListItem = Type.Object({
  id: Type.Integer(),
  /** Place and category, never the citizen's own words. */
  title: Type.String(),
  category: Nullable(Type.String()),
  /** At village/community level at most (a grid is shown as its village). */
  place: Nullable(PlaceRef),
  township: Nullable(PlaceRef),
  status: Type.Enum(['open', 'closed']),
  statusLabel: Type.String(),
  submittedAt: DateTime,
  closedAt: Nullable(DateTime),
  /** Coordinates rounded to 0.01° (about 1 km), or null: use the place's polygon centre. */
  lat: Nullable(Type.Number()),
  lng: Nullable(Type.Number()),
});
export type PublicListItem = Static<typeof PublicListItem>;

export const PublicList = Type.Object({ items: Type.Array(PublicListItem), nextCursor: Nullable(Type.String()) });
export type PublicList = Static<typeof PublicList>;

/** GeoJSON as served: geometry is passed through as it is stored. */
export const DistrictMap = Type.Object({
  type: Type.Literal('FeatureCollection'),
  name: Type.Optional(Type.String()),
  features: Type.Array(
    Type.Object({
      type: Type.Literal('Feature'),
      properties: Type.Object({
        code: Type.String(),
        name: Type.String(),
        nameEn: Type.Optional(Type.String()),
        level: Type.Enum(['township', 'village']),
        parentCode: Type.Optional(Type.String()),
        unitId: Nullable(Type.Integer()),
      }),
      geometry: Type.Unknown(),
    }),
  ),
});
