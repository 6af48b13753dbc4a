import type { RequestContext } from '../access/request-context.ts';
import { caseChannels } from '../../shared/cases.ts';
import { chinaDate, startOfChinaDay, startOfChinaWeek } from '../../shared/china-time.ts';
import { can } from '../access/policy.ts';
import type { CaseDeps } from '../cases/case-deps.ts';
import type { Directory } from '../cases/case-directory.ts';
import { monthOf } from '../cases/case-effects.ts';
import { rankRows, ratesOf } from '../cases/case-rates.service.ts';
import type { DashboardQuery, DashboardResult, RankedUnit } from './dashboard.schemas.ts';
import * as repo from './leader-dashboard.repository.ts';
import { type Period, periodOf } from './period.ts';
import { overdueByUnit, supervisionScope } from './supervision-board.service.ts';

/**
 * The leader dashboard (领导驾驶舱): volume and its trend against the period before, the top
 * categories, where the problems are (per township), the channels cases came in by (12345, online,
 * patrol…), open and overdue work now, and the three-rates ranking of townships and of departments
 * with its red and black lists (红黑榜).
 */

const dayMs = 86_400_000;
const weekMs = 7 * dayMs;
const topCount = 10;
const listLength = 3;

/** The default period: the last 30 days, today included. */
function defaultPeriod(query: DashboardQuery, now: Date): Period {
  if (query.from) return periodOf(query, now, 30);
  const to = query.to ? new Date(query.to) : now;
  return periodOf({ from: new Date(startOfChinaDay(to).getTime() - 29 * dayMs).toISOString(), to: query.to }, now, 30);
}

interface Bucket {
  start: Date;
  end: Date;
}

function bucketsOf(period: Period, granularity: 'day' | 'week'): Bucket[] {
  const step = granularity === 'day' ? dayMs : weekMs;
  const out: Bucket[] = [];
  for (
    let start = granularity === 'day' ? startOfChinaDay(period.from) : startOfChinaWeek(period.from);
    start < period.to;
    start = new Date(start.getTime() + step)
  ) {
    out.push({ start, end: new Date(start.getTime() + step) });
  }
  return out;
}

function rankingOf(rows: repo.UnitCounters[], minSample: number) {
  const shaped = rows.map((r) => {
    const counts = {
      dispatched: r.dispatched,
      respondedOnTime: r.respondedOnTime,
      rated: r.rated,
      solved: r.solved,
      satisfied: r.satisfied,
    };
    return { unit: { id: r.id, nameZh: r.nameZh, nameEn: r.nameEn, type: r.type }, ...counts, ...ratesOf(counts) };
  });
  const items: RankedUnit[] = rankRows(shaped, minSample);
  const ranked = items.filter((r) => r.rank !== null);
  const red = ranked.slice(0, listLength);
  const black = ranked.slice(red.length).reverse().slice(0, listLength);
  return { items, red, black };
}

function topCategories(directory: Directory, byCategory: Map<number, number>) {
  const level1 = new Map<number, number>();
  const level2 = new Map<number, number>();
  for (const [id, n] of byCategory) {
    const [, first, second] = (directory.categories.get(id)?.path ?? '').split('/');
    if (first) level1.set(Number(first), (level1.get(Number(first)) ?? 0) + n);
    if (second) level2.set(Number(second), (level2.get(Number(second)) ?? 0) + n);
  }
  const named = (counts: Map<number, number>) =>
    [...counts]
      .map(([id, count]) => {
        const category = directory.categories.get(id);
        return { id, nameZh: category?.nameZh ?? `#${id}`, nameEn: category?.nameEn ?? null, count };
      })
      .sort((a, b) => b.count - a.count || a.id - b.id)
      .slice(0, topCount);
  return {
    level1: named(level1),
    level2: named(level2).map((c) => {
      const category = directory.categories.get(c.id);
      return { ...c, parentNameZh: category?.pathNames[0] ?? '', parentNameEn: category?.pathNamesEn[0] ?? null };
    }),
  };
}

function placesOf(directory: Directory, byTown: Map<string, number>, inScope: (path: string) => boolean) {
  return [...directory.units.values()]
    .filter((u) => (u.type === 'township' || u.type === 'subdistrict') && inScope(u.path))
    .map((u) => ({
      unit: { id: u.id, nameZh: u.nameZh, nameEn: u.nameEn, type: u.type },
      code: u.code,
      count: byTown.get(u.path) ?? 0,
    }))
    .sort((a, b) => b.count - a.count || a.unit.nameZh.localeCompare(b.unit.nameZh, 'zh'));
}

/** Every intake channel with its count, the most first (ties in the channels' own order). */
function channelsOf(byChannel: Map<string, number>) {
  return caseChannels
    .map((channel, order) => ({ channel, count: byChannel.get(channel) ?? 0, order }))
    .sort((a, b) => b.count - a.count || a.order - b.order)
    .map(({ channel, count }) => ({ channel, count }));
}

/** GET /dashboard */
export async function getLeaderDashboard(
  deps: CaseDeps,
  ctx: RequestContext,
  query: DashboardQuery,
): Promise<DashboardResult> {
  const scope = await supervisionScope(deps, ctx);
  const period = defaultPeriod(query, ctx.now);
  const span = period.to.getTime() - period.from.getTime();
  const granularity = span <= 62 * dayMs ? 'day' : 'week';
  const step = granularity === 'day' ? dayMs : weekMs;
  const shift = Math.ceil(span / step) * step;
  const previous = { from: new Date(period.from.getTime() - shift), to: new Date(period.to.getTime() - shift) };
  const fromMonth = monthOf(period.from);
  const toMonth = monthOf(new Date(period.to.getTime() - 1));
  const directory = await deps.directory.get();
  const minSample = deps.config.ratesMinSample;

  const [current, before, breakdown, open, overdue, townships, departments, all] = await Promise.all([
    repo.countByBucket(deps.db, scope, period, granularity),
    repo.countByBucket(deps.db, scope, previous, granularity),
    repo.countBreakdown(deps.db, scope, period),
    repo.countOpen(deps.db, scope),
    overdueByUnit(deps, scope, directory, ctx.now),
    repo.sumRateCounters(deps.db, scope, fromMonth, toMonth, ['township', 'subdistrict']),
    repo.sumRateCounters(deps.db, scope, fromMonth, toMonth, ['department']),
    repo.sumRateCounters(deps.db, scope, fromMonth, toMonth, null),
  ]);

  const volume = bucketsOf(period, granularity).map((b) => ({
    start: chinaDate(b.start),
    end: chinaDate(b.end),
    count: current.get(b.start.getTime()) ?? 0,
    previous: before.get(b.start.getTime() - shift) ?? 0,
  }));
  const received = [...current.values()].reduce((a, b) => a + b, 0);
  const previousReceived = [...before.values()].reduce((a, b) => a + b, 0);
  const totalRates = all[0] ? ratesOf(all[0]) : null;
  const inScope = (path: string) => can(scope.actor, 'case.supervise', path);

  return {
    generatedAt: ctx.now.toISOString(),
    period: { from: period.from.toISOString(), to: period.to.toISOString() },
    previous: { from: previous.from.toISOString(), to: previous.to.toISOString() },
    granularity,
    totals: {
      received,
      previousReceived,
      change:
        previousReceived > 0 ? Math.round(((received - previousReceived) / previousReceived) * 10_000) / 10_000 : null,
      open,
      overdue: overdue.total,
      satisfactionRate: totalRates?.satisfactionRate ?? null,
    },
    volume,
    categories: topCategories(directory, breakdown.byCategory),
    places: placesOf(directory, breakdown.byTown, inScope),
    channels: channelsOf(breakdown.byChannel),
    overdue: { total: overdue.total, byUnit: overdue.byUnit.slice(0, topCount) },
    rates: {
      fromMonth: fromMonth.slice(0, 7),
      toMonth: toMonth.slice(0, 7),
      minSample,
      townships: rankingOf(townships, minSample),
      departments: rankingOf(departments, minSample),
    },
  };
}
