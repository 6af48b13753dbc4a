import type { OverdueUnitRow, UnitBrief } from '../supervision/board-types.ts';

/** Shape of GET /dashboard (see the server's dashboard.schemas.ts). */

export interface RankedUnit {
  unit: UnitBrief;
  dispatched: number;
  respondedOnTime: number;
  rated: number;
  solved: number;
  satisfied: number;
  responseRate: number | null;
  resolutionRate: number | null;
  satisfactionRate: number | null;
  score: number | null;
  rank: number | null;
}

export interface Ranking {
  items: RankedUnit[];
  red: RankedUnit[];
  black: RankedUnit[];
}

export interface Counted {
  id: number;
  nameZh: string;
  count: number;
}

export interface Dashboard {
  generatedAt: string;
  period: { from: string; to: string };
  previous: { from: string; to: string };
  granularity: 'day' | 'week';
  totals: {
    received: number;
    previousReceived: number;
    change: number | null;
    open: number;
    overdue: number;
    satisfactionRate: number | null;
  };
  volume: { start: string; end: string; count: number; previous: number }[];
  categories: { level1: Counted[]; level2: (Counted & { parentNameZh: string })[] };
  places: { unit: UnitBrief; code: string; count: number }[];
  overdue: { total: number; byUnit: OverdueUnitRow[] };
  rates: { fromMonth: string; toMonth: string; minSample: number; townships: Ranking; departments: Ranking };
}
