/** Shapes of GET /supervision/board and /supervision/board/{section} (see the server's dashboard.schemas.ts). */

export const BOARD_SECTIONS = ['overdue', 'escalated', 'returned', 'unsatisfied', 'recurrences'] as const;
export type BoardSection = (typeof BOARD_SECTIONS)[number];

export type CaseTier = 'minor' | 'general' | 'major';
export const CASE_TIERS: readonly CaseTier[] = ['minor', 'general', 'major'];

export interface UnitBrief {
  id: number;
  nameZh: string;
  type: string;
}

export interface BoardLine {
  id: number;
  trackingCode: string;
  title: string;
  status: string;
  tier: CaseTier | null;
  urgency: 'normal' | 'urgent';
  category: { id: number; nameZh: string } | null;
  place: UnitBrief | null;
  leadUnit: UnitBrief | null;
  dueAt: string | null;
  overdueDays: number | null;
  colour: 'green' | 'yellow' | 'red' | null;
  escalationLevel: number;
  returnCount: number;
  reopenCount: number;
  satisfaction: 'satisfied' | 'basically_satisfied' | 'unsatisfied' | null;
  recurrenceOfId: number | null;
  createdAt: string;
  closedAt: string | null;
  lastUrgedAt: string | null;
  urgedToday: boolean;
  canUrge: boolean;
}

export interface SectionBlock {
  total: number;
  lines: BoardLine[];
}

export interface OverdueUnitRow {
  unit: UnitBrief;
  minor: number;
  general: number;
  major: number;
  unclassified: number;
  total: number;
}

export interface Board {
  generatedAt: string;
  period: { from: string; to: string };
  overdue: SectionBlock & { byTier: Record<CaseTier | 'unclassified', number>; byUnit: OverdueUnitRow[] };
  escalated: SectionBlock;
  returned: SectionBlock;
  unsatisfied: SectionBlock;
  recurrences: SectionBlock;
}

export interface SectionPage {
  section: BoardSection;
  total: number;
  offset: number;
  items: BoardLine[];
}
