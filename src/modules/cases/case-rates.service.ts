import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { RequestContext } from '../access/request-context.ts';
import { requireHolds } from '../access/policy.ts';
import { listUnitRateCounters } from './case-rates.repository.ts';
import type { RatesResult } from './cases.schemas.ts';

/**
 * The three rates (三率) per unit and month, from the counters kept as cases move:
 * 响应率 = acknowledged within the response limit / dispatched; 解决率 = rated solved / rated;
 * 满意率 = satisfied or basically satisfied / rated. The score weighs them 20/40/40. Units with
 * fewer dispatched cases than the minimum sample are listed but not ranked, so two lucky cases
 * cannot top the list.
 */
export const rateWeights = { response: 0.2, resolution: 0.4, satisfaction: 0.4 } as const;

export interface RateCounts {
  dispatched: number;
  respondedOnTime: number;
  rated: number;
  solved: number;
  satisfied: number;
}

const share = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : null);

export function ratesOf(c: RateCounts) {
  const responseRate = share(c.respondedOnTime, c.dispatched);
  const resolutionRate = share(c.solved, c.rated);
  const satisfactionRate = share(c.satisfied, c.rated);
  const score =
    responseRate === null && resolutionRate === null
      ? null
      : Math.round(
          ((responseRate ?? 0) * rateWeights.response +
            (resolutionRate ?? 0) * rateWeights.resolution +
            (satisfactionRate ?? 0) * rateWeights.satisfaction) *
            10_000,
        ) / 100;
  return { responseRate, resolutionRate, satisfactionRate, score };
}

/** Ranks units: the score, then the larger sample, then the name; below the minimum sample unranked at the end. */
export function rankRows<T extends { dispatched: number; score: number | null; unit: { nameZh: string } }>(
  rows: readonly T[],
  minSample: number,
): (T & { rank: number | null })[] {
  const eligible = rows.filter((r) => r.dispatched >= minSample && r.score !== null);
  const rest = rows.filter((r) => !eligible.includes(r));
  eligible.sort(
    (a, b) =>
      (b.score ?? 0) - (a.score ?? 0) ||
      b.dispatched - a.dispatched ||
      a.unit.nameZh.localeCompare(b.unit.nameZh, 'zh'),
  );
  rest.sort((a, b) => b.dispatched - a.dispatched || a.unit.nameZh.localeCompare(b.unit.nameZh, 'zh'));
  return [...eligible.map((r, i) => ({ ...r, rank: i + 1 })), ...rest.map((r) => ({ ...r, rank: null }))];
}

export async function rankUnits(
  db: Kysely<DB>,
  ctx: RequestContext,
  query: { month: string; unitType?: string | undefined },
  minSample: number,
): Promise<RatesResult> {
  const actor = requireHolds(ctx.actor, 'case.read');
  const rows = await listUnitRateCounters(db, actor, `${query.month}-01`, query.unitType);
  const shaped = rows.map((r) => {
    const counts = {
      dispatched: r.dispatched,
      respondedOnTime: r.responded_on_time,
      rated: r.rated,
      solved: r.solved,
      satisfied: r.satisfied,
    };
    return {
      unit: { id: Number(r.id), nameZh: r.name_zh, nameEn: r.name_en, type: r.type },
      ...counts,
      ...ratesOf(counts),
    };
  });
  return { month: query.month, minSample, items: rankRows(shaped, minSample) };
}
