import { type Static, type TSchema, Type } from 'typebox';
import {
  caseChannels,
  caseStatuses,
  caseTiers,
  deadlineColours,
  satisfactions,
  urgencies,
} from '../../shared/cases.ts';

/** Request and response shapes of the supervision board (督查) and the leader dashboard (领导驾驶舱). */

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const DateTime = Type.String({ format: 'date-time' });
const UnitBrief = Type.Object({
  id: Type.Integer(),
  nameZh: Type.String(),
  nameEn: Nullable(Type.String({ description: 'The English name, when the unit has one' })),
  type: Type.String(),
});

/** The board's sections: overdue now, escalated now, and three kinds of trouble over a period. */
export const boardSections = ['overdue', 'escalated', 'returned', 'unsatisfied', 'recurrences'] as const;
export type BoardSection = (typeof boardSections)[number];

const Period = {
  from: Type.Optional(
    Type.String({
      format: 'date-time',
      description: 'Start of the period (default: 90 days before `to` on the board, 30 days on the dashboard)',
    }),
  ),
  to: Type.Optional(Type.String({ format: 'date-time', description: 'End of the period, exclusive (default: now)' })),
};

export const BoardQuery = Type.Object({
  ...Period,
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50, default: 10, description: 'Lines per section' })),
});
export type BoardQuery = Static<typeof BoardQuery>;

export const SectionParams = Type.Object({ section: Type.Enum(boardSections) });
export const SectionQuery = Type.Object({
  ...Period,
  offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 10_000, default: 0 })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
});
export type SectionQuery = Static<typeof SectionQuery>;

/** One case on the board; each opens the case. */
export const BoardLine = Type.Object({
  id: Type.Integer(),
  trackingCode: Type.String(),
  title: Type.String(),
  status: Type.Enum(caseStatuses),
  tier: Nullable(Type.Enum(caseTiers)),
  urgency: Type.Enum(urgencies),
  category: Nullable(Type.Object({ id: Type.Integer(), nameZh: Type.String(), nameEn: Nullable(Type.String()) })),
  place: Nullable(UnitBrief),
  leadUnit: Nullable(UnitBrief),
  dueAt: Nullable(
    Type.String({
      format: 'date-time',
      description: 'The deadline of the current phase (response while dispatched, resolution otherwise)',
    }),
  ),
  overdueDays: Nullable(
    Type.Integer({
      description: 'Whole natural days past the deadline; 0 when less than a day; null when not overdue',
    }),
  ),
  colour: Nullable(Type.Enum(deadlineColours)),
  escalationLevel: Type.Integer(),
  returnCount: Type.Integer(),
  reopenCount: Type.Integer(),
  satisfaction: Nullable(Type.Enum(satisfactions)),
  recurrenceOfId: Nullable(Type.Integer()),
  createdAt: DateTime,
  closedAt: Nullable(DateTime),
  lastUrgedAt: Nullable(
    Type.String({
      format: 'date-time',
      description: "The last urge (督办) a person gave; the sweeper's automatic ones are not counted",
    }),
  ),
  urgedToday: Type.Boolean({
    description: 'A person already urged it today (China time): another urge today answers 409 CASE_URGED_TODAY',
  }),
  canUrge: Type.Boolean({ description: 'The caller may urge it now (status, role and the once-a-day rule)' }),
});
export type BoardLine = Static<typeof BoardLine>;

const SectionBlock = Type.Object({ total: Type.Integer(), lines: Type.Array(BoardLine) });

export const OverdueUnitRow = Type.Object({
  unit: UnitBrief,
  minor: Type.Integer(),
  general: Type.Integer(),
  major: Type.Integer(),
  unclassified: Type.Integer(),
  total: Type.Integer(),
});
export type OverdueUnitRow = Static<typeof OverdueUnitRow>;

const TierCounts = Type.Object({
  minor: Type.Integer(),
  general: Type.Integer(),
  major: Type.Integer(),
  unclassified: Type.Integer(),
});

export const BoardResult = Type.Object({
  generatedAt: DateTime,
  period: Type.Object({ from: DateTime, to: DateTime }),
  overdue: Type.Object({
    ...SectionBlock.properties,
    byTier: TierCounts,
    byUnit: Type.Array(OverdueUnitRow, { description: 'Every lead unit with overdue cases, the most first' }),
  }),
  escalated: SectionBlock,
  returned: SectionBlock,
  unsatisfied: SectionBlock,
  recurrences: SectionBlock,
});
export type BoardResult = Static<typeof BoardResult>;

export const SectionResult = Type.Object({
  section: Type.Enum(boardSections),
  total: Type.Integer(),
  offset: Type.Integer(),
  items: Type.Array(BoardLine),
});
export type SectionResult = Static<typeof SectionResult>;

export const DashboardQuery = Type.Object({ ...Period });
export type DashboardQuery = Static<typeof DashboardQuery>;

const Rate = Nullable(Type.Number());
export const RankedUnit = Type.Object({
  unit: UnitBrief,
  dispatched: Type.Integer(),
  respondedOnTime: Type.Integer(),
  rated: Type.Integer(),
  solved: Type.Integer(),
  satisfied: Type.Integer(),
  responseRate: Rate,
  resolutionRate: Rate,
  satisfactionRate: Rate,
  score: Rate,
  rank: Nullable(Type.Integer()),
});
export type RankedUnit = Static<typeof RankedUnit>;

const Ranking = Type.Object({
  items: Type.Array(RankedUnit),
  red: Type.Array(RankedUnit, { description: '红榜: the best ranked units' }),
  black: Type.Array(RankedUnit, { description: '黑榜: the worst ranked units, the worst first' }),
});

const Counted = Type.Object({
  id: Type.Integer(),
  nameZh: Type.String(),
  nameEn: Nullable(Type.String()),
  count: Type.Integer(),
});

export const DashboardResult = Type.Object({
  generatedAt: DateTime,
  period: Type.Object({ from: DateTime, to: DateTime }),
  previous: Type.Object({ from: DateTime, to: DateTime }),
  granularity: Type.Enum(['day', 'week']),
  totals: Type.Object({
    received: Type.Integer({ description: 'Cases registered in the period' }),
    previousReceived: Type.Integer({ description: 'Cases registered in the period before, of the same length' }),
    change: Nullable(Type.Number({ description: '(received − previous) / previous' })),
    open: Type.Integer({ description: 'Open now' }),
    overdue: Type.Integer({ description: 'Overdue now' }),
    satisfactionRate: Rate,
  }),
  volume: Type.Array(
    Type.Object({
      start: Type.String({ description: 'YYYY-MM-DD, China time' }),
      end: Type.String({ description: 'YYYY-MM-DD, exclusive' }),
      count: Type.Integer(),
      previous: Type.Integer({ description: 'The same bucket one period earlier' }),
    }),
  ),
  categories: Type.Object({
    level1: Type.Array(Counted),
    level2: Type.Array(
      Type.Object({ ...Counted.properties, parentNameZh: Type.String(), parentNameEn: Nullable(Type.String()) }),
    ),
  }),
  places: Type.Array(
    Type.Object({
      unit: UnitBrief,
      code: Type.String({ description: 'The unit code, as on the district map' }),
      count: Type.Integer(),
    }),
    { description: 'Cases per township or subdistrict where the problem is' },
  ),
  channels: Type.Array(Type.Object({ channel: Type.Enum(caseChannels), count: Type.Integer() }), {
    description:
      'Cases per intake channel (12345 hotline, online, grid patrol, letter…), every channel, the most first',
  }),
  overdue: Type.Object({ total: Type.Integer(), byUnit: Type.Array(OverdueUnitRow) }),
  rates: Type.Object({
    fromMonth: Type.String(),
    toMonth: Type.String(),
    minSample: Type.Integer(),
    townships: Ranking,
    departments: Ranking,
  }),
});
export type DashboardResult = Static<typeof DashboardResult>;
