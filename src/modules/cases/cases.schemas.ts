import { type Static, type TSchema, Type } from 'typebox';
import {
  caseActions,
  caseChannels,
  caseStatuses,
  caseTiers,
  deadlineColours,
  satisfactions,
  urgencies,
} from '../../shared/cases.ts';
import { Id, VersionNumber } from '../../platform/http/schemas.ts';

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const DateTime = Type.String({ format: 'date-time' });
const Text = (max: number, min = 1) => Type.String({ minLength: min, maxLength: max });

/** Tokens the upload route answered (`<id>.<secret>`): only the uploader can attach a file. */
const AttachmentTokens = Type.Array(Type.String({ pattern: '^[0-9]{1,15}\\.[A-Za-z0-9_-]{16,64}$' }), { maxItems: 9 });

export const caseQueues = [
  'to_accept',
  'to_dispatch',
  'returned',
  'to_acknowledge',
  'in_progress',
  'due_soon',
  'overdue',
  'to_review',
  'to_follow_up',
  'extension_requests',
  'closed',
] as const;

export const IntakeBody = Type.Object({
  channel: Type.Optional(
    Type.Enum(caseChannels, { description: 'Staff intake only; the public form is always citizen_web' }),
  ),
  title: Type.Optional(Text(80)),
  description: Text(4000, 2),
  categoryId: Type.Optional(Id()),
  urgency: Type.Optional(Type.Enum(urgencies)),
  address: Type.Optional(Text(200)),
  lat: Type.Optional(Type.Number({ minimum: -90, maximum: 90 })),
  lng: Type.Optional(Type.Number({ minimum: -180, maximum: 180 })),
  placeUnitId: Type.Optional(Id({ description: 'The grid, village or township where the problem is, when known' })),
  reporterName: Type.Optional(Text(40)),
  reporterMobile: Type.Optional(Type.String({ pattern: '^1[3-9][0-9]{9}$' })),
  anonymous: Type.Optional(Type.Boolean()),
  extra: Type.Optional(
    Type.Record(
      Type.String({ pattern: '^[A-Za-z][A-Za-z0-9_]{0,39}$' }),
      Type.Union([Type.String({ maxLength: 500 }), Type.Number()]),
    ),
  ),
  attachments: Type.Optional(AttachmentTokens),
});
export type IntakeBody = Static<typeof IntakeBody>;

export const IdempotencyHeaders = Type.Object({
  'idempotency-key': Type.Optional(
    Type.String({
      minLength: 8,
      maxLength: 100,
      pattern: '^[A-Za-z0-9._:-]+$',
      description: 'Retries with the same key answer the case already made',
    }),
  ),
});

const UnitBrief = Type.Object({
  id: Type.Integer(),
  nameZh: Type.String(),
  nameEn: Nullable(Type.String({ description: 'The English name, when the unit has one' })),
  type: Type.String(),
});

export const CaseParty = Type.Object({
  unitId: Type.Integer(),
  unitName: Type.String(),
  unitNameEn: Nullable(Type.String({ description: 'The English name, when the unit has one' })),
  unitType: Type.String(),
  role: Type.Enum(['lead', 'support', 'summoned']),
  dueAt: Nullable(DateTime),
  acknowledgedAt: Nullable(DateTime),
  returned: Type.Boolean({
    description: 'The lead unit returned the case (退单): it no longer leads it, and the case awaits re-dispatch',
  }),
});

export const CaseEvent = Type.Object({
  id: Type.Integer(),
  at: DateTime,
  action: Type.String(),
  actorLabel: Nullable(Type.String()),
  fromStatus: Nullable(Type.String()),
  toStatus: Nullable(Type.String()),
  note: Nullable(Type.String()),
  publicText: Nullable(Type.String()),
  data: Type.Record(Type.String(), Type.Unknown()),
});

export const AttachmentInfo = Type.Object({
  id: Type.Integer(),
  fileName: Type.String(),
  contentType: Type.String(),
  size: Type.Integer(),
  url: Type.String(),
  createdAt: DateTime,
});

/** Where a search matched: a passage of the description with the matches marked. */
export const SearchMatch = Type.Object({
  text: Type.String(),
  highlights: Type.Array(Type.Tuple([Type.Integer(), Type.Integer()]), {
    description: '[start, end) of each match in text',
  }),
});

export const CaseSummary = Type.Object({
  match: Type.Optional(SearchMatch),
  id: Type.Integer(),
  trackingCode: Type.String(),
  channel: Type.Enum(caseChannels),
  title: Type.String(),
  status: Type.Enum(caseStatuses),
  tier: Nullable(Type.Enum(caseTiers)),
  urgency: Type.Enum(urgencies),
  category: Nullable(Type.Object({ id: Type.Integer(), nameZh: Type.String(), nameEn: Nullable(Type.String()) })),
  place: Nullable(UnitBrief),
  address: Nullable(Type.String()),
  leadUnit: Nullable(UnitBrief),
  responseDueAt: Nullable(DateTime),
  resolveDueAt: Nullable(DateTime),
  colour: Nullable(Type.Enum(deadlineColours)),
  escalationLevel: Type.Integer(),
  returnCount: Type.Integer(),
  reopenCount: Type.Integer(),
  heat: Type.Integer(),
  recurrenceOfId: Nullable(Type.Integer()),
  satisfaction: Nullable(Type.Enum(satisfactions)),
  createdAt: DateTime,
  updatedAt: DateTime,
  version: Type.Integer(),
});
export type CaseSummary = Static<typeof CaseSummary>;

export const ReporterContact = Type.Object({ name: Nullable(Type.String()), mobile: Nullable(Type.String()) });

/** Why intake flagged the case as a recurrence (反弹回潮): see cases/case-recurrence.ts. */
export const RecurrenceReason = Type.Object({
  caseId: Type.Integer({ description: 'The earlier, closed case' }),
  category: Type.String({ description: 'The new case’s leaf category' }),
  relatedCategory: Nullable(
    Type.String({
      description: 'The earlier case’s category when an administrator related it to this one (相关分类), else null',
    }),
  ),
  match: Type.Union([Type.Literal('distance'), Type.Literal('address'), Type.Literal('place')], {
    description:
      'within the radius (both had coordinates), the same address, or the same place unit (neither had either)',
  }),
  metres: Nullable(Type.Integer()),
  closedAt: DateTime,
  daysSinceClosed: Type.Integer(),
  withinDays: Type.Integer(),
});

export const CaseDetail = Type.Object({
  ...CaseSummary.properties,
  ...{
    description: Type.String(),
    categoryPath: Type.Array(Type.String()),
    categoryPathEn: Type.Array(Nullable(Type.String()), {
      description: 'The English names of categoryPath, level by level; null where a level has none',
    }),
    lat: Nullable(Type.Number()),
    lng: Nullable(Type.Number()),
    reporter: Type.Object({
      anonymous: Type.Boolean(),
      name: Nullable(Type.String()),
      mobile: Nullable(Type.String()),
      masked: Type.Boolean(),
      /** Masked here, but the caller may read the contact through GET /cases/{id}/reporter (audited). */
      contactable: Type.Boolean(),
    }),
    extra: Type.Record(Type.String(), Type.Unknown()),
    parties: Type.Array(CaseParty),
    warnAt: Nullable(DateTime),
    acceptedAt: Nullable(DateTime),
    dispatchedAt: Nullable(DateTime),
    acknowledgedAt: Nullable(DateTime),
    resolvedAt: Nullable(DateTime),
    closedAt: Nullable(DateTime),
    /** A deadline falls in a year whose holidays are not entered: counted from weekends alone (按常规工作日估算). */
    deadlinesEstimated: Type.Boolean(),
    pendingExtension: Nullable(Type.Object({ until: DateTime, reason: Type.String() })),
    extensionCount: Type.Integer(),
    sendBackCount: Type.Integer(),
    solved: Nullable(Type.Boolean()),
    mergedIntoId: Nullable(Type.Integer()),
    recurrenceReason: Nullable(RecurrenceReason),
    timeline: Type.Array(CaseEvent),
    attachments: Type.Array(AttachmentInfo),
    allowedActions: Type.Array(Type.Enum(caseActions), {
      description: 'Exactly the actions the server would accept from the caller now',
    }),
  },
});
export type CaseDetail = Static<typeof CaseDetail>;

/** What intake answers: the case and, for citizens, the code to follow it with. */
export const IntakeResult = Type.Object({
  id: Type.Integer(),
  trackingCode: Type.String(),
  status: Type.Enum(caseStatuses),
  replayed: Type.Boolean({ description: 'True when this answers a retry with the same Idempotency-Key' }),
});

export const CaseListQuery = Type.Object({
  queue: Type.Optional(Type.Enum(caseQueues)),
  status: Type.Optional(Type.Array(Type.Enum(caseStatuses), { maxItems: 10 })),
  categoryId: Type.Optional(Id({ description: 'This category and everything below it' })),
  leadUnitId: Type.Optional(Id()),
  placeUnitId: Type.Optional(Id({ description: 'Cases at this place or below it' })),
  tier: Type.Optional(Type.Enum(caseTiers)),
  channel: Type.Optional(Type.Enum(caseChannels)),
  createdFrom: Type.Optional(DateTime),
  createdTo: Type.Optional(DateTime),
  q: Type.Optional(
    Type.String({
      maxLength: 100,
      description:
        'A tracking code, or words to search (Chinese by characters and pairs; Traditional or Simplified); results best match first',
    }),
  ),
  cursor: Type.Optional(Type.String({ maxLength: 200, description: 'From the previous page' })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 20 })),
});
export type CaseListQuery = Static<typeof CaseListQuery>;

export const CaseList = Type.Object({
  items: Type.Array(CaseSummary),
  total: Type.Integer({ description: 'Matching cases, counted up to 10,000' }),
  totalIsExact: Type.Boolean(),
  nextCursor: Nullable(Type.String()),
  searchedSince: Type.Optional(
    Type.String({
      format: 'date-time',
      description:
        'A search without createdFrom looks back this far (the last 90 days); set createdFrom to search earlier. A search ranks its 200 newest matches and counts up to 1,000',
    }),
  ),
});

export const InboxQuery = Type.Object({
  unitId: Id(),
  cursor: Type.Optional(Type.String({ maxLength: 200 })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 20 })),
});

export const CaseIdParams = Type.Object({ id: Id() });

const Version = {
  version: Type.Optional(
    VersionNumber({ description: 'The version you read; a newer one answers 409 VERSION_CONFLICT' }),
  ),
};
const Reason = Type.Object({ ...Version, reason: Text(1000) });
const OptionalNote = Type.Object({ ...Version, note: Type.Optional(Type.String({ maxLength: 1000 })) });

/** The body of each action route. */
export const actionBodies = {
  accept: OptionalNote,
  decline: Reason,
  merge: Type.Object({ ...Version, targetId: Id() }),
  classify: Type.Object({
    ...Version,
    categoryId: Id(),
    tier: Type.Enum(caseTiers),
    urgency: Type.Optional(Type.Enum(urgencies)),
  }),
  dispatch: Type.Object({
    ...Version,
    leadUnitId: Id(),
    supportingUnitIds: Type.Optional(Type.Array(Id(), { maxItems: 10 })),
    note: Type.Optional(Type.String({ maxLength: 1000 })),
  }),
  acknowledge: Type.Object({ ...Version }),
  return: Reason,
  overrule: Type.Object({ ...Version, note: Text(1000) }),
  summon: Type.Object({
    ...Version,
    unitIds: Type.Array(Id(), { minItems: 1, maxItems: 10 }),
    note: Text(1000),
    responseHours: Type.Optional(Type.Number({ exclusiveMinimum: 0, maximum: 240 })),
  }),
  acknowledgeSummons: Type.Object({ ...Version, unitId: Id() }),
  note: Type.Object({
    ...Version,
    text: Text(2000),
    public: Type.Optional(Type.Boolean()),
    attachments: Type.Optional(AttachmentTokens),
  }),
  requestExtension: Type.Object({ ...Version, until: DateTime, reason: Text(1000) }),
  approveExtension: OptionalNote,
  denyExtension: Reason,
  resolve: Type.Object({ ...Version, result: Text(4000), attachments: Type.Optional(AttachmentTokens) }),
  approve: OptionalNote,
  sendBack: Reason,
  followUp: Type.Object({
    ...Version,
    satisfaction: Type.Enum(satisfactions),
    solved: Type.Boolean(),
    comment: Type.Optional(Type.String({ maxLength: 1000 })),
  }),
  reopen: Reason,
  close: Reason,
  urge: Type.Object({ ...Version, note: Text(1000) }),
  escalate: Type.Object({ ...Version, note: Text(1000) }),
  clearRecurrence: Type.Object({ ...Version, reason: Text(1000) }),
} as const;
export type ActionBodies = { [K in keyof typeof actionBodies]: Static<(typeof actionBodies)[K]> };

export const RatesQuery = Type.Object({
  month: Type.String({ pattern: '^\\d{4}-(0[1-9]|1[0-2])$', description: 'YYYY-MM' }),
  unitType: Type.Optional(
    Type.Enum(['township', 'subdistrict', 'department', 'village', 'community', 'grid', 'task_force']),
  ),
});

export const RateRow = Type.Object({
  unit: UnitBrief,
  dispatched: Type.Integer(),
  respondedOnTime: Type.Integer(),
  rated: Type.Integer(),
  solved: Type.Integer(),
  satisfied: Type.Integer(),
  responseRate: Nullable(Type.Number()),
  resolutionRate: Nullable(Type.Number()),
  satisfactionRate: Nullable(Type.Number()),
  score: Nullable(Type.Number({ description: 'Weighted: response 20%, resolution 40%, satisfaction 40%' })),
  rank: Nullable(Type.Integer({ description: 'Null when the unit has fewer cases than the minimum sample' })),
});
export const RatesResult = Type.Object({ month: Type.String(), minSample: Type.Integer(), items: Type.Array(RateRow) });
export type RatesResult = Static<typeof RatesResult>;

export const SuggestionResult = Type.Object({
  lead: Nullable(UnitBrief),
  supporting: Type.Array(UnitBrief),
  reason: Type.String(),
});

/** 登记时的派单建议: what the staff intake form knows before the case is saved. */
export const RoutingQuery = Type.Object({
  categoryId: Type.Optional(Id()),
  tier: Type.Optional(Type.Enum(caseTiers)),
  placeUnitId: Type.Optional(Id()),
  address: Type.Optional(Text(200)),
});
export type RoutingQuery = Static<typeof RoutingQuery>;

export const RoutingSuggestion = Type.Object({
  lead: Nullable(UnitBrief),
  supporting: Type.Array(UnitBrief),
  reason: Type.String(),
  place: Type.Union([UnitBrief, Type.Null()], { description: 'The place unit the address or the chosen unit names' }),
});
