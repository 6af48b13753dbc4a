import { AppError } from '../../platform/errors/app-error.ts';
import { chinaDate, chinaDayStart, startOfChinaMonth } from '../../shared/china-time.ts';
import type { PatrolLevelName } from '../../shared/patrols.ts';
import { requireHolds } from '../access/policy.ts';
import type { RequestContext } from '../access/request-context.ts';
import type { PatrolDeps } from './patrol-deps.ts';
import * as repo from './patrols.repository.ts';

/**
 * The patrol board (巡河看板) per unit and level over a period of China days: patrols, their verdicts
 * (after review), findings, findings per km of the unit's objects and findings signed off. Only the
 * objects in the reader's scope count (the scope is in the query).
 */
export async function patrolBoard(
  deps: PatrolDeps,
  ctx: RequestContext,
  query: { from?: string | undefined; to?: string | undefined; level?: PatrolLevelName | undefined },
) {
  const actor = requireHolds(ctx.actor, 'patrol.read');
  // The current month by default.
  const fromDate = query.from ?? chinaDate(startOfChinaMonth(ctx.now));
  const toDate = query.to ?? chinaDate(ctx.now);
  const from = chinaDayStart(fromDate);
  const to = chinaDayStart(toDate);
  if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime()) || to.getTime() < from.getTime())
    throw new AppError('VALIDATION_FAILED', {
      details: [{ in: 'querystring', path: '/to', message: 'a period of days, from before to' }],
    });
  if (to.getTime() - from.getTime() > 400 * 86_400_000)
    throw new AppError('VALIDATION_FAILED', {
      details: [{ in: 'querystring', path: '/to', message: 'at most 400 days' }],
    });
  const rows = await repo.boardFigures(deps.db, actor, from, new Date(to.getTime() + 86_400_000), query.level ?? null);
  return {
    from: fromDate,
    to: toDate,
    rows: rows.map((r) => {
      const lengthKm = Math.round(Number(r.length_metres) / 100) / 10;
      return {
        unit: { id: Number(r.unit_id), nameZh: r.unit_name, nameEn: r.unit_name_en },
        level: r.level as PatrolLevelName,
        patrols: Number(r.patrols),
        valid: Number(r.valid),
        doubtful: Number(r.doubtful),
        invalid: Number(r.invalid),
        findings: Number(r.findings),
        lengthKm,
        findingsPerKm: lengthKm > 0 ? Math.round((Number(r.findings) / lengthKm) * 100) / 100 : null,
        signedOff: Number(r.signed_off),
      };
    }),
  };
}
