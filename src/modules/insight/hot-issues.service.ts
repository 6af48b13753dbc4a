import { maskFreeText } from '../privacy/personal-data.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import type { RequestContext } from '../access/request-context.ts';
import { type Actor, grantedPrefixes } from '../access/actor.ts';
import { holds, isRootPrefix, requireActor } from '../access/policy.ts';
import type { CaseDeps } from '../cases/case-deps.ts';
import type { Directory, UnitInfo } from '../cases/case-directory.ts';
import { periodOf } from '../dashboard/period.ts';
import type { HotCluster, HotItem } from './hot-issues.ts';
import { clusterHotIssues } from './hot-issues-runner.ts';
import type { HotIssuesQuery, HotIssuesResult } from './insight.schemas.ts';
import * as repo from './insight.repository.ts';

/**
 * Hot issues (热点) of a period for the leader dashboard, the monthly topic (每月一题) and the
 * programme office's topic ranking: the period's cases the actor may read (declined ones left out)
 * and the public topics proposed in it, clustered by hot-issues.ts. A case merged into another that
 * is also in the period is not a separate item: its target's heat already counts its reports. The
 * place of a case is its village or community (a grid counts as its village), else its township.
 */

/** At most this many cases, the most recent, are clustered (a few seconds of work). */
export const MAX_CASES = 20_000;
const MAX_TOPICS = 2_000;
const MEMBERS_SHOWN = 20;
const DEFAULT_DAYS = 30;
const CACHE_MS = 60_000;
const CACHE_ENTRIES = 32;

/** Staff who see across the district: holders of case.supervise, or of case.read over a whole tree. */
function requireHotIssueReader(actor: Actor | null): Actor {
  const who = requireActor(actor);
  if (who.kind === 'staff' && (holds(who, 'case.supervise') || grantedPrefixes(who, 'case.read').some(isRootPrefix)))
    return who;
  throw new AppError('FORBIDDEN');
}

/** The place a case is clustered at: its village or community (grids roll up), else its township or subdistrict. */
export function placeOfUnit(directory: Directory, unitId: number | null): UnitInfo | null {
  let unit = unitId === null ? undefined : directory.units.get(unitId);
  while (unit) {
    if (['village', 'community', 'township', 'subdistrict'].includes(unit.type)) return unit;
    if (unit.type !== 'grid' || unit.parentId === null) return null;
    unit = directory.units.get(unit.parentId);
  }
  return null;
}

function placeNames(directory: Directory): string[] {
  return [...directory.units.values()]
    .filter((u) => ['district', 'township', 'subdistrict', 'village', 'community'].includes(u.type))
    .map((u) => u.nameZh);
}

function itemsOf(
  directory: Directory,
  cases: readonly repo.PeriodCaseRow[],
  topics: readonly repo.PeriodTopicRow[],
): HotItem[] {
  const loaded = new Set(cases.map((c) => c.id));
  const items: HotItem[] = [];
  for (const c of cases) {
    if (c.merged_into_id !== null && loaded.has(c.merged_into_id)) continue;
    const place = placeOfUnit(directory, c.place_unit_id);
    items.push({
      id: `case:${c.id}`,
      kind: 'case',
      title: c.title,
      text: c.description,
      time: new Date(c.created_at),
      place: place ? String(place.id) : null,
      placeName: place?.nameZh ?? null,
      reports: Math.max(1, c.heat),
    });
  }
  for (const t of topics)
    items.push({
      id: `topic:${t.id}`,
      kind: 'topic',
      // A proposer's own words: hot issues read them masked, as every reader without pii.read.
      title: maskFreeText(t.title) ?? '',
      text: maskFreeText(t.description) ?? '',
      time: new Date(t.created_at),
      supports: t.support_count,
    });
  return items;
}

function present(cluster: HotCluster): HotIssuesResult['clusters'][number] {
  const placeUnitId = cluster.placeKey === null ? null : Number(cluster.placeKey);
  return {
    title: cluster.title,
    place: cluster.place,
    placeUnitId,
    from: cluster.from,
    to: cluster.to,
    size: cluster.size,
    reports: cluster.reports,
    supports: cluster.supports,
    heat: cluster.heat,
    keywords: cluster.keywords,
    members: cluster.members.map((m) => {
      const [kind, id] = m.id.split(':');
      return {
        kind: kind === 'topic' ? ('topic' as const) : ('case' as const),
        id: Number(id),
        title: m.title,
        time: m.time,
        place: m.place,
      };
    }),
  };
}

const cache = new Map<string, { at: number; result: Promise<HotIssuesResult> }>();

/** The period: the query's, else the last 30 days up to now, with `to` rounded down to the minute so repeated loads share a result. */
function periodFor(query: HotIssuesQuery, now: Date) {
  const minute = new Date(Math.floor(now.getTime() / 60_000) * 60_000 + 60_000);
  return periodOf(query, query.to ? now : minute, DEFAULT_DAYS);
}

export async function getHotIssues(
  deps: CaseDeps,
  ctx: RequestContext,
  query: HotIssuesQuery,
): Promise<HotIssuesResult> {
  const actor = requireHotIssueReader(ctx.actor);
  const period = periodFor(query, ctx.now);
  const limit = query.limit ?? 10;
  // Who sees what depends on the memberships (and a token's scopes); the same person and period share a result for a minute.
  const key = JSON.stringify([actor.personId, actor.tokenScopes, actor.memberships, period.from, period.to, limit]);
  const hit = cache.get(key);
  if (hit && ctx.now.getTime() - hit.at < CACHE_MS) return hit.result;
  const result = computeHotIssues(deps, actor, period, limit, ctx.now);
  cache.set(key, { at: ctx.now.getTime(), result });
  result.catch(() => cache.delete(key));
  while (cache.size > CACHE_ENTRIES) cache.delete(cache.keys().next().value as string);
  return result;
}

async function computeHotIssues(
  deps: CaseDeps,
  actor: Actor,
  period: { from: Date; to: Date },
  limit: number,
  now: Date,
): Promise<HotIssuesResult> {
  const directory = await deps.directory.get();
  const [cases, topics] = await Promise.all([
    repo.listPeriodCases(deps.db, actor, period, MAX_CASES),
    repo.listPeriodTopics(deps.db, actor, period, MAX_TOPICS),
  ]);
  const items = itemsOf(directory, cases, topics);
  const clusters = await clusterHotIssues(items, {
    now: period.to,
    limit,
    memberLimit: MEMBERS_SHOWN,
    placeWords: placeNames(directory),
  });
  return {
    from: period.from.toISOString(),
    to: period.to.toISOString(),
    generatedAt: now.toISOString(),
    cases: cases.length,
    topics: topics.length,
    truncated: cases.length >= MAX_CASES,
    clusters: clusters.map(present),
  };
}
