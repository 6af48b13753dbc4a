import { type Static, Type } from 'typebox';
import { Id, VersionNumber } from '../../platform/http/schemas.ts';
import {
  dutyPeriods,
  findingActions,
  objectActions,
  objectKinds,
  patrolActions,
  patrolLevels,
  patrolStatuses,
  patrolVerdicts,
} from '../../shared/patrols.ts';
import { DateTime, LocalDate, Nullable, Text, UnitBrief } from '../programmes/programmes.schemas.ts';

export { errorResponses, IdParams } from '../programmes/programmes.schemas.ts';

const Level = Type.Enum(patrolLevels, { description: '区级 district, 乡镇级 township, 村级 village, 巡河员, 助理' });
const Kind = Type.Enum(objectKinds);
const Lng = Type.Number({ minimum: -180, maximum: 180 });
const Lat = Type.Number({ minimum: -90, maximum: 90 });

export const GeometryInput = Type.Object(
  {
    type: Type.Enum(['LineString', 'MultiLineString', 'Polygon', 'MultiPolygon']),
    coordinates: Type.Array(Type.Unknown(), { maxItems: 20_000 }),
  },
  { description: 'GeoJSON geometry, WGS-84 [lng, lat]; at most 20,000 positions, rings closed, inside China' },
);

export const ChecklistItem = Type.Object({
  code: Type.String({ minLength: 1, maxLength: 40, pattern: '^[A-Za-z0-9_.-]+$' }),
  label: Text(40),
  categoryId: Nullable(Id({ description: 'The case category a finding of this item opens' })),
});
export type ChecklistItem = Static<typeof ChecklistItem>;

export const Chief = Type.Object({
  appointmentId: Type.Integer(),
  personId: Type.Integer(),
  name: Type.String(),
  level: Level,
  fromDate: LocalDate,
  toDate: Nullable(LocalDate),
  officePhone: Nullable(Type.String()),
});
export type Chief = Static<typeof Chief>;

export const ObjectSummary = Type.Object({
  id: Type.Integer(),
  kind: Kind,
  name: Type.String(),
  code: Nullable(Type.String()),
  riverName: Nullable(Type.String()),
  rangeMetres: Type.Number(),
  lengthMetres: Type.Number(),
  bbox: Type.Array(Type.Number(), { description: '[minLng, minLat, maxLng, maxLat]' }),
  unit: UnitBrief,
  publicSlug: Type.String(),
  active: Type.Boolean(),
  openFindings: Type.Integer({ description: 'Findings not yet signed off (未销号)' }),
  version: Type.Integer(),
  allowedActions: Type.Array(Type.Enum(objectActions)),
});
export type ObjectSummary = Static<typeof ObjectSummary>;

export const ObjectView = Type.Object({
  ...ObjectSummary.properties,
  geometry: Type.Unknown({ description: 'GeoJSON geometry, WGS-84 [lng, lat]' }),
  parentObjectId: Nullable(Type.Integer()),
  publicPhone: Nullable(Type.String()),
  checklist: Type.Array(ChecklistItem),
  chiefs: Type.Array(Chief, { description: 'Current appointments' }),
  retiredAt: Nullable(DateTime),
  createdAt: DateTime,
});
export type ObjectView = Static<typeof ObjectView>;

export const ObjectList = Type.Object({ items: Type.Array(ObjectSummary), nextOffset: Nullable(Type.Integer()) });

export const ObjectListQuery = Type.Object({
  kind: Type.Optional(Kind),
  unitId: Type.Optional(Id({ description: 'Objects in this unit or below' })),
  q: Type.Optional(Type.String({ maxLength: 50 })),
  active: Type.Optional(Type.Boolean()),
  minLng: Type.Optional(Lng),
  minLat: Type.Optional(Lat),
  maxLng: Type.Optional(Lng),
  maxLat: Type.Optional(Lat),
  offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 100_000 })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })),
});
export type ObjectListQuery = Static<typeof ObjectListQuery>;

export const CreateObjectBody = Type.Object({
  kind: Kind,
  name: Text(100),
  code: Type.Optional(Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9][A-Za-z0-9._-]*$' })),
  riverName: Type.Optional(Text(100)),
  parentObjectId: Type.Optional(Id()),
  geometry: GeometryInput,
  rangeMetres: Type.Optional(
    Type.Number({ minimum: 0, maximum: 5000, description: '管理范围: metres beyond the line' }),
  ),
  unitId: Id({ description: 'The township or village the object lies in (its scope)' }),
  publicPhone: Type.Optional(Type.String({ maxLength: 30, pattern: '^[0-9+() -]*$' })),
  checklist: Type.Optional(Type.Array(ChecklistItem, { maxItems: 40 })),
});
export type CreateObjectBody = Static<typeof CreateObjectBody>;

export const UpdateObjectBody = Type.Object({
  version: Type.Optional(VersionNumber()),
  name: Type.Optional(Text(100)),
  riverName: Type.Optional(Nullable(Text(100))),
  geometry: Type.Optional(GeometryInput),
  rangeMetres: Type.Optional(Type.Number({ minimum: 0, maximum: 5000 })),
  unitId: Type.Optional(Id()),
  publicPhone: Type.Optional(Nullable(Type.String({ maxLength: 30, pattern: '^[0-9+() -]*$' }))),
  checklist: Type.Optional(Type.Array(ChecklistItem, { maxItems: 40 })),
});
export type UpdateObjectBody = Static<typeof UpdateObjectBody>;

export const VersionBody = Type.Object({ version: Type.Optional(VersionNumber()) });

export const AppointmentQuery = Type.Object({
  on: Type.Optional(LocalDate),
});
export const AppointmentList = Type.Object({
  items: Type.Array(Chief),
  on: Nullable(LocalDate),
});

export const AppointBody = Type.Object({
  personId: Id(),
  level: Level,
  fromDate: LocalDate,
  officePhone: Type.Optional(Type.String({ maxLength: 30, pattern: '^[0-9+() -]*$' })),
});
export type AppointBody = Static<typeof AppointBody>;
export const EndAppointmentBody = Type.Object({ toDate: LocalDate });

// Duty rules and thresholds
export const DutyRuleView = Type.Object({
  id: Type.Integer(),
  unit: UnitBrief,
  level: Level,
  objectKind: Nullable(Kind),
  times: Type.Integer(),
  period: Type.Enum(dutyPeriods),
  seasonMonths: Nullable(Type.Array(Type.Integer())),
  raisedTimes: Nullable(Type.Integer()),
  note: Nullable(Type.String()),
  version: Type.Integer(),
});
export type DutyRuleView = Static<typeof DutyRuleView>;
export const DutyRuleList = Type.Object({ items: Type.Array(DutyRuleView) });
export const DutyRuleBody = Type.Object({
  unitId: Id({ description: 'The jurisdiction: this unit and everything below it' }),
  level: Level,
  objectKind: Type.Optional(Nullable(Kind)),
  times: Type.Integer({ minimum: 1, maximum: 100 }),
  period: Type.Enum(dutyPeriods),
  seasonMonths: Type.Optional(
    Nullable(Type.Array(Type.Integer({ minimum: 1, maximum: 12 }), { minItems: 1, maxItems: 12, uniqueItems: true })),
  ),
  raisedTimes: Type.Optional(Nullable(Type.Integer({ minimum: 1, maximum: 100 }))),
  note: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
});
export type DutyRuleBody = Static<typeof DutyRuleBody>;
export const UpdateDutyRuleBody = Type.Object({
  version: Type.Optional(VersionNumber()),
  ...Type.Partial(Type.Omit(DutyRuleBody, ['unitId'])).properties,
});
export type UpdateDutyRuleBody = Static<typeof UpdateDutyRuleBody>;

export const ThresholdValues = Type.Record(Type.String({ maxLength: 40 }), Type.Number(), {
  description: 'Thresholds to override (minDurationMinutes, minDistanceMetres, maxSpeedKmh, …), each within its bounds',
  maxProperties: 40,
});
export const ThresholdOverrideView = Type.Object({
  id: Type.Integer(),
  unit: UnitBrief,
  level: Level,
  overrides: Type.Record(Type.String(), Type.Number()),
  effective: Type.Record(Type.String(), Type.Number(), { description: 'The defaults with the overrides merged' }),
  version: Type.Integer(),
});
export type ThresholdOverrideView = Static<typeof ThresholdOverrideView>;
export const ThresholdList = Type.Object({
  defaults: Type.Record(Type.String(), Type.Record(Type.String(), Type.Number()), {
    description: 'The published defaults per level',
  }),
  items: Type.Array(ThresholdOverrideView),
});
export const ThresholdParams = Type.Object({ unitId: Id(), level: Level });
export const ThresholdBody = Type.Object({ version: Type.Optional(VersionNumber()), overrides: ThresholdValues });

// My duties
export const DueItem = Type.Object({
  object: Type.Object({ id: Type.Integer(), name: Type.String(), kind: Kind, unit: UnitBrief }),
  level: Level,
  rule: Type.Object({
    times: Type.Integer(),
    period: Type.Enum(dutyPeriods),
    seasonMonths: Nullable(Type.Array(Type.Integer())),
    raisedTimes: Nullable(Type.Integer()),
    source: Type.Enum(['rule', 'default'], { description: 'A configured rule, or the published default' }),
  }),
  current: Type.Object({
    key: Type.String(),
    start: DateTime,
    end: DateTime,
    required: Type.Integer(),
    done: Type.Integer(),
    state: Type.Enum(['done', 'due', 'missed', 'off_season']),
    raised: Type.Boolean({ description: 'Raised frequency while the object has open findings' }),
  }),
  nextDueDate: Nullable(LocalDate),
  missedPeriods: Type.Array(Type.String(), { description: 'Earlier periods of this appointment that ended short' }),
});
export type DueItem = Static<typeof DueItem>;
export const DueList = Type.Object({ items: Type.Array(DueItem) });

// Patrols
const Reason = Type.Object({
  code: Type.String(),
  severity: Type.Enum(['doubtful', 'invalid']),
  measured: Type.Number(),
  threshold: Type.Number(),
  zh: Type.String(),
  en: Type.String(),
});
const Figures = Type.Record(Type.String(), Type.Number());

export const PatrolSummary = Type.Object({
  id: Type.Integer(),
  object: Type.Object({ id: Type.Integer(), name: Type.String(), kind: Kind }),
  unit: UnitBrief,
  person: Type.Object({ id: Type.Integer(), name: Type.String() }),
  level: Level,
  status: Type.Enum(patrolStatuses),
  startedAt: DateTime,
  endedAt: Nullable(DateTime),
  pointCount: Type.Integer(),
  verdict: Nullable(Type.Enum(patrolVerdicts, { description: "The judge's verdict" })),
  effectiveVerdict: Nullable(Type.Enum(patrolVerdicts, { description: 'After review (overruled or confirmed)' })),
  review: Nullable(Type.Enum(['confirmed', 'overruled'])),
  version: Type.Integer(),
  allowedActions: Type.Array(Type.Enum(patrolActions)),
});
export type PatrolSummary = Static<typeof PatrolSummary>;

export const FindingView = Type.Object({
  id: Type.Integer(),
  patrolId: Type.Integer(),
  objectId: Type.Integer(),
  itemCode: Type.String(),
  itemLabel: Type.String(),
  note: Type.String(),
  lat: Nullable(Type.Number()),
  lng: Nullable(Type.Number()),
  photoIds: Type.Array(Type.Integer()),
  caseId: Nullable(Type.Integer()),
  caseStatus: Nullable(Type.String()),
  signedOffAt: Nullable(DateTime),
  createdAt: DateTime,
  version: Type.Integer(),
  allowedActions: Type.Array(Type.Enum(findingActions)),
});
export type FindingView = Static<typeof FindingView>;

export const PatrolView = Type.Object({
  ...PatrolSummary.properties,
  clientId: Type.String(),
  reasons: Type.Array(Reason),
  figures: Nullable(Figures),
  pieces: Type.Array(Type.Array(Type.Array(Type.Number())), {
    description: 'The kept track split at gaps, [lng, lat] WGS-84: draw each piece as its own line',
  }),
  reviewNote: Nullable(Type.String()),
  reviewedAt: Nullable(DateTime),
  photos: Type.Array(
    Type.Object({
      id: Type.Integer(),
      attachmentId: Type.Integer(),
      t: Type.Number(),
      lat: Nullable(Type.Number()),
      lng: Nullable(Type.Number()),
    }),
  ),
  findings: Type.Array(FindingView),
});
export type PatrolView = Static<typeof PatrolView>;

export const PatrolList = Type.Object({ items: Type.Array(PatrolSummary), nextOffset: Nullable(Type.Integer()) });
export const PatrolListQuery = Type.Object({
  objectId: Type.Optional(Id()),
  personId: Type.Optional(Id()),
  verdict: Type.Optional(Type.Enum(patrolVerdicts)),
  status: Type.Optional(Type.Enum(patrolStatuses)),
  from: Type.Optional(LocalDate),
  to: Type.Optional(LocalDate),
  offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 100_000 })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
});
export type PatrolListQuery = Static<typeof PatrolListQuery>;

export const StartPatrolBody = Type.Object({
  objectId: Id(),
  clientId: Type.String({
    minLength: 8,
    maxLength: 64,
    pattern: '^[A-Za-z0-9_-]+$',
    description: 'Made by the phone: a repeated start with the same id answers the same patrol',
  }),
  level: Type.Optional(Level),
  startedAt: Type.Optional(DateTime),
});
export type StartPatrolBody = Static<typeof StartPatrolBody>;

export const pointsPerBatch = 5_000;
export const PointsBody = Type.Object({
  fromSeq: Type.Integer({ minimum: 0, maximum: 1_000_000, description: 'The sequence number of the first point' }),
  points: Type.Array(
    Type.Object({
      t: Type.Number({ description: 'ms since the epoch' }),
      lat: Type.Number(),
      lng: Type.Number(),
      accuracy: Type.Number({ description: 'metres' }),
    }),
    { maxItems: pointsPerBatch },
  ),
});
export type PointsBody = Static<typeof PointsBody>;
export const PointsResult = Type.Object({
  pointCount: Type.Integer({ description: 'Points stored so far; the next batch starts here' }),
  stored: Type.Integer({ description: 'Points of this batch newly stored (a re-sent batch stores none)' }),
});

export const PhotoBody = Type.Object({
  attachment: Type.String({ minLength: 3, maxLength: 200, description: 'The token from POST /attachments' }),
  t: Type.Number({ description: 'When the photo was taken, ms since the epoch' }),
  lat: Type.Optional(Nullable(Type.Number({ minimum: -90, maximum: 90 }))),
  lng: Type.Optional(Nullable(Type.Number({ minimum: -180, maximum: 180 }))),
});
export type PhotoBody = Static<typeof PhotoBody>;

export const FindingBody = Type.Object({
  itemCode: Type.String({ minLength: 1, maxLength: 40 }),
  note: Type.Optional(Type.String({ maxLength: 2000 })),
  lat: Type.Optional(Nullable(Type.Number({ minimum: -90, maximum: 90 }))),
  lng: Type.Optional(Nullable(Type.Number({ minimum: -180, maximum: 180 }))),
  photoIds: Type.Optional(Type.Array(Id(), { maxItems: 9, description: 'Attachment ids of photos of this patrol' })),
});
export type FindingBody = Static<typeof FindingBody>;

export const StopBody = Type.Object({
  version: Type.Optional(VersionNumber()),
  endedAt: Type.Optional(DateTime),
  openCases: Type.Optional(Type.Boolean({ description: 'Open a case for each finding now (default true)' })),
});
export type StopBody = Static<typeof StopBody>;

export const ReviewBody = Type.Object({
  version: VersionNumber(),
  decision: Type.Enum(['confirm', 'overrule']),
  verdict: Type.Optional(Type.Enum(patrolVerdicts, { description: 'The verdict that stands after overruling' })),
  note: Text(1000),
});
export type ReviewBody = Static<typeof ReviewBody>;

export const SignOffBody = Type.Object({ version: Type.Optional(VersionNumber()) });

// The public page of the sign (公示牌)
export const PublicObjectParams = Type.Object({
  slug: Type.String({ minLength: 4, maxLength: 40, pattern: '^[A-Za-z0-9_-]+$' }),
});
export const PublicObject = Type.Object({
  name: Type.String(),
  kind: Kind,
  riverName: Nullable(Type.String()),
  lengthMetres: Type.Number(),
  rangeMetres: Type.Number(),
  unit: Type.String({ description: 'The township or village it lies in' }),
  chiefs: Type.Array(
    Type.Object({
      name: Type.String(),
      level: Level,
      officePhone: Nullable(Type.String({ description: 'An office phone, never a mobile' })),
    }),
  ),
  recentPatrols: Type.Integer({ description: 'Patrols of the last 30 days' }),
  openFindings: Type.Integer(),
  intake: Type.Object(
    { placeUnitId: Type.Integer(), objectSlug: Type.String(), title: Type.String() },
    { description: 'What the complaint link pre-fills in the citizen intake' },
  ),
});
export type PublicObject = Static<typeof PublicObject>;

// Board
export const BoardQuery = Type.Object({
  from: Type.Optional(LocalDate),
  to: Type.Optional(LocalDate),
  level: Type.Optional(Level),
});
export const BoardRow = Type.Object({
  unit: UnitBrief,
  level: Level,
  patrols: Type.Integer(),
  valid: Type.Integer(),
  doubtful: Type.Integer(),
  invalid: Type.Integer(),
  findings: Type.Integer(),
  lengthKm: Type.Number(),
  findingsPerKm: Nullable(Type.Number()),
  signedOff: Type.Integer(),
});
export const Board = Type.Object({ from: LocalDate, to: LocalDate, rows: Type.Array(BoardRow) });
