/** Shapes of GET /supervision/board and /supervision/board/{section}, named from the generated OpenAPI types. */
import type { ApiResponse } from '../api/schema.ts';

export const BOARD_SECTIONS = ['overdue', 'escalated', 'returned', 'unsatisfied', 'recurrences'] as const;
export type BoardSection = (typeof BOARD_SECTIONS)[number];

export type CaseTier = 'minor' | 'general' | 'major';
export const CASE_TIERS: readonly CaseTier[] = ['minor', 'general', 'major'];

export type Board = ApiResponse<'/supervision/board'>;
export type SectionBlock = Board['escalated'];
export type BoardLine = SectionBlock['lines'][number];
export type OverdueUnitRow = Board['overdue']['byUnit'][number];
export type UnitBrief = OverdueUnitRow['unit'];
export type SectionPage = ApiResponse<'/supervision/board/{section}'>;
