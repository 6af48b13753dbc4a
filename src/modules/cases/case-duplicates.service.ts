import { AppError } from '../../platform/errors/app-error.ts';
import type { RequestContext } from '../access/request-context.ts';
import { requireHolds } from '../access/policy.ts';
import type { CaseDeps } from './case-deps.ts';
import { townshipOf } from './case-directory.ts';
import { findReadableCase } from './cases.repository.ts';
import { findDuplicateCandidates } from './case-duplicates.repository.ts';
import { anyPairQuery, marker, pairSet, textSimilarity, withMarkers } from '../search/search-text.ts';

/** How far back duplicates are looked for. */
export const DUPLICATE_WINDOW_DAYS = 60;
/** Below this text similarity a candidate is not shown. */
export const DUPLICATE_MIN_SIMILARITY = 0.2;
const CANDIDATES = 40;
const SHOWN = 5;

export interface DuplicateCandidate {
  id: number;
  trackingCode: string;
  title: string;
  status: string;
  placeUnitId: number | null;
  placeName: string | null;
  createdAt: string;
  heat: number;
  /** Text similarity, 0…1. */
  similarity: number;
  /** Reported at the very same place (grid, village or community). */
  samePlace: boolean;
}

/**
 * 重复件: earlier cases about the same matter as a text at a place — within the same township (or
 * the whole district when the place is not known), of the last DUPLICATE_WINDOW_DAYS, the most
 * similar first. Candidates come from the search index (any telling character pair), then are
 * scored by the overlap of their character pairs; at the same place a little closer.
 */
async function findSimilar(
  deps: CaseDeps,
  ctx: RequestContext,
  text: string,
  placeUnitId: number | null,
  excludeId: number | null,
): Promise<DuplicateCandidate[]> {
  const actor = requireHolds(ctx.actor, 'case.read');
  const pairs = pairSet(text);
  const query = anyPairQuery(pairs);
  if (!query) return [];
  const directory = await deps.directory.get();
  const place = placeUnitId === null ? null : (directory.units.get(placeUnitId) ?? null);
  const township = townshipOf(directory, place);
  const since = new Date(ctx.now.getTime() - DUPLICATE_WINDOW_DAYS * 86_400_000);
  // Only the window's monthly partitions are read; the GIN index narrows to the township by its marker lexeme.
  const narrowed = withMarkers(query, township ? [marker.township(township.id)] : null);
  const rows = await findDuplicateCandidates(deps.db, actor, {
    query: narrowed,
    since,
    placePrefix: township?.path ?? null,
    excludeId,
    limit: CANDIDATES,
  });
  return rows
    .map((row) => {
      const samePlace = placeUnitId !== null && Number(row.place_unit_id) === placeUnitId;
      const similarity = textSimilarity(pairs, pairSet(`${row.title} ${row.description}`));
      return {
        id: Number(row.id),
        trackingCode: row.tracking_code,
        title: row.title,
        status: row.status,
        placeUnitId: row.place_unit_id === null ? null : Number(row.place_unit_id),
        placeName: row.place_unit_id === null ? null : (directory.units.get(Number(row.place_unit_id))?.nameZh ?? null),
        createdAt: new Date(row.created_at).toISOString(),
        heat: Number(row.heat),
        similarity: Math.round(Math.min(1, similarity * (samePlace ? 1.15 : 1)) * 100) / 100,
        samePlace,
      };
    })
    .filter((c) => c.similarity >= DUPLICATE_MIN_SIMILARITY)
    .sort((a, b) => b.similarity - a.similarity || b.id - a.id)
    .slice(0, SHOWN);
}

/** Duplicates of a case (for the dispatcher, who may merge it into one of them). */
export async function findCaseDuplicates(
  deps: CaseDeps,
  ctx: RequestContext,
  caseId: number,
): Promise<{ items: DuplicateCandidate[] }> {
  const actor = requireHolds(ctx.actor, 'case.read');
  const row = await findReadableCase(deps.db, actor, caseId);
  if (!row) throw new AppError('NOT_FOUND');
  const placeUnitId = row.place_unit_id === null ? null : Number(row.place_unit_id);
  return { items: await findSimilar(deps, ctx, `${row.title} ${row.description}`, placeUnitId, caseId) };
}

/** Duplicates of a text being taken in (a hotline operator typing a call). */
export async function findTextDuplicates(
  deps: CaseDeps,
  ctx: RequestContext,
  input: { text: string; placeUnitId?: number | undefined },
): Promise<{ items: DuplicateCandidate[] }> {
  return { items: await findSimilar(deps, ctx, input.text, input.placeUnitId ?? null, null) };
}
