import type { ApiResponse } from '../api/schema.ts';

/** Shape of GET /dashboard. */
export type Dashboard = ApiResponse<'/dashboard'>;
export type Ranking = Dashboard['rates']['townships'];
export type RankedUnit = Ranking['items'][number];
export type Counted = Dashboard['categories']['level1'][number];
