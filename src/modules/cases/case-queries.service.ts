import { startOfChinaMonth } from '../../shared/china-time.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import type { RequestContext } from '../access/request-context.ts';
import { can, requireActor, requireHolds } from '../access/policy.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { listCaseAttachments } from '../attachments/attachments.service.ts';
import type { CaseDeps } from './case-deps.ts';
import { type Directory, placeFromAddress, suggestUnits } from './case-directory.ts';
import { descriptionFor } from './case-privacy.ts';
import { caseActorOf, stateOf } from './case-state.ts';
import { mayContactReporter, presentDetail, presentSummary, seesReporter } from './case-view.ts';
import { queueConditions, inboxStatuses } from './case-queues.ts';
import { allowedActions } from './case-workflow.ts';
import { monthlyPeriods } from '../search/search-months.ts';
import { queryTerms, searchQuery, snippetOf } from '../search/search-text.ts';
import type { Actor } from '../access/actor.ts';
import * as repo from './cases.repository.ts';
import type { CaseDetail, CaseListQuery, CaseSummary, RoutingQuery } from './cases.schemas.ts';

/** Whether the person may read the case (what a case's attachments and other records follow). */
export async function canReadCase(deps: Pick<CaseDeps, 'db'>, actor: Actor, id: number): Promise<boolean> {
  return (await repo.findReadableCase(deps.db, actor, id)) !== undefined;
}

/**
 * One case with its parties, timeline, attachments and the actions the caller may take. Opening a
 * case that shows the reporter unmasked is audited (每次查看留痕); the answer to the caller's own
 * action on the case is not a new look and is not audited again.
 */
export async function getCaseDetail(
  deps: CaseDeps,
  ctx: RequestContext,
  id: number,
  options: { auditReporterView?: boolean } = {},
): Promise<CaseDetail> {
  const actor = requireActor(ctx.actor);
  const row = await repo.findReadableCase(deps.db, actor, id);
  if (!row) throw new AppError('NOT_FOUND');
  const [parties, events, attachments, directory] = await Promise.all([
    repo.listParties(deps.db, [id]),
    repo.listEvents(deps.db, id),
    listCaseAttachments(deps.db, id),
    deps.directory.get(),
  ]);
  const unmasked = seesReporter(actor, row);
  if (unmasked && actor.kind === 'staff' && options.auditReporterView !== false) {
    await recordAudit(deps.db, ctx, {
      action: 'pii.read',
      entityType: 'case',
      entityId: id,
      after: { fields: ['reporterName', 'reporterMobile', 'description', 'address', 'extra'] },
    });
  }
  const who = caseActorOf(actor, row, parties);
  const actions = allowedActions(stateOf(row, parties), who, deps.limits);
  return presentDetail(
    {
      row,
      parties,
      events,
      attachments,
      allowedActions: actions,
      unmasked,
      contactable: mayContactReporter(actor, row, parties),
    },
    directory,
    deps.clock(),
    ctx.now,
  );
}

/**
 * 查看联系方式: the reporter's name and mobile for one who must phone them back (the lead unit's
 * handler while the case is with it) or holds pii.read. Each read is audited.
 */
export async function revealReporter(
  deps: CaseDeps,
  ctx: RequestContext,
  id: number,
): Promise<{ name: string | null; mobile: string | null }> {
  const actor = requireActor(ctx.actor);
  const row = await repo.findReadableCase(deps.db, actor, id);
  if (!row) throw new AppError('NOT_FOUND');
  const parties = await repo.listParties(deps.db, [id]);
  if (!mayContactReporter(actor, row, parties)) throw new AppError('FORBIDDEN');
  await recordAudit(deps.db, ctx, {
    action: 'pii.read',
    entityType: 'case',
    entityId: id,
    after: { fields: ['reporterName', 'reporterMobile'], reason: 'contact' },
  });
  return { name: row.reporter_name, mobile: row.reporter_mobile };
}

function encodeCursor(parts: (string | number)[]): string {
  return Buffer.from(parts.join('|')).toString('base64url');
}

function decodeCursor(cursor: string | undefined): [Date, number] | undefined {
  if (!cursor) return undefined;
  const [when = '', id = ''] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const date = new Date(when);
  if (Number.isNaN(date.getTime()) || !/^\d+$/.test(id))
    throw new AppError('VALIDATION_FAILED', {
      details: [{ in: 'querystring', path: '/cursor', message: 'not a cursor this list gave' }],
    });
  return [date, Number(id)];
}

/** How far back a search looks when the person set no start date (so its cost does not grow with the years). */
export const SEARCH_WINDOW_DAYS = 90;

/** The start of a search's default window: the China-time month that began at least SEARCH_WINDOW_DAYS ago. */
function searchWindowStart(now: Date): Date {
  return startOfChinaMonth(new Date(now.getTime() - SEARCH_WINDOW_DAYS * 86_400_000));
}
const TRACKING_CODE = /^[a-z]{1,4}\d{0,6}-[0-9a-z]{4,10}$/i;
/** The beginning of a tracking code as read out: LS and part of its date, or the date and part of the random characters. */
const TRACKING_CODE_START = /^LS(\d{4,6}|\d{6}-[0-9A-Z]{0,5})$/;
/**
 * The six random characters of a tracking code (newTrackingCode's alphabet). Only with a digit in
 * them: six such letters could be a word someone searches for (STREET).
 */
const TRACKING_CODE_END = /^(?=.*\d)[0-9A-HJKMNP-TV-Z]{6}$/;

/** A tracking code, or the part of one `q` looks like (see cases.repository CaseFilter.trackingCode). */
function trackingCodeOf(q: string | undefined): repo.CaseFilter['trackingCode'] {
  if (!q) return undefined;
  const upper = q.toUpperCase();
  if (TRACKING_CODE_START.test(upper)) return { start: upper };
  if (TRACKING_CODE.test(q)) return { exact: upper };
  if (TRACKING_CODE_END.test(upper)) return { end: upper };
  return undefined;
}

/**
 * The list's query string as a repository filter: categories and places with everything below them;
 * `q` is a tracking code or its beginning or its six random characters, or words searched over the last SEARCH_WINDOW_DAYS (or since createdFrom).
 * When `q` held nothing searchable (only punctuation, say), nothing matches.
 */
export function caseFilterOf(
  query: Omit<CaseListQuery, 'cursor' | 'limit'>,
  directory: Directory,
  now: Date = new Date(),
): repo.CaseFilter {
  const category = query.categoryId === undefined ? undefined : directory.categories.get(query.categoryId);
  const place = query.placeUnitId === undefined ? undefined : directory.units.get(query.placeUnitId);
  const q = query.q?.trim() || undefined;
  const trackingCode = trackingCodeOf(q);
  const createdFrom = query.createdFrom ? new Date(query.createdFrom) : undefined;
  const tsquery = q && !trackingCode ? searchQuery(q) : null;
  return {
    queue: query.queue === undefined ? undefined : queueConditions[query.queue],
    statuses: query.status,
    categoryPath: query.categoryId === undefined ? undefined : (category?.path ?? '/0/'),
    leadUnitId: query.leadUnitId,
    placePath: query.placeUnitId === undefined ? undefined : (place?.path ?? '/0/'),
    tier: query.tier,
    channel: query.channel,
    createdFrom,
    createdTo: query.createdTo ? new Date(query.createdTo) : undefined,
    trackingCode,
    search: tsquery ? { query: tsquery, since: createdFrom ?? searchWindowStart(now) } : undefined,
    matchesNothing: q !== undefined && !trackingCode && !tsquery,
  };
}

/**
 * A search's newest matches (at most SEARCH_RANK_POOL, to rank) and how many there are, counted up
 * to `cap` + 1: the period is searched a month at a time, newest first, and the search stops once it
 * has counted past the cap, so a common word costs the same whatever the years of history behind it.
 */
async function findSearchPool(
  deps: CaseDeps,
  actor: Actor,
  filter: repo.CaseFilter,
  search: { since: Date; query: string },
  now: Date,
  cap: number,
): Promise<{ pool: number[]; total: number }> {
  const periods = monthlyPeriods(search.since, filter.createdTo ?? now);
  const pool: number[] = [];
  let total = 0;
  for (const [index, period] of periods.entries()) {
    // The newest part keeps the person's own end (none: up to now and anything later).
    const part = {
      ...filter,
      createdTo: index === 0 ? filter.createdTo : period.to,
      search: { query: search.query, since: period.from },
    };
    const ids = await repo.findSearchMatches(deps.db, actor, part, now, cap + 1 - total);
    total += ids.length;
    pool.push(...ids.slice(0, repo.SEARCH_RANK_POOL - pool.length));
    if (total > cap) break;
  }
  return { pool, total };
}

function decodeOffset(cursor: string | undefined): number {
  if (!cursor) return 0;
  const match = /^o(\d{1,6})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match)
    throw new AppError('VALIDATION_FAILED', {
      details: [{ in: 'querystring', path: '/cursor', message: 'not a cursor this list gave' }],
    });
  return Number(match[1]);
}

type CaseListAnswer = {
  items: CaseSummary[];
  total: number;
  totalIsExact: boolean;
  nextCursor: string | null;
  searchedSince?: string;
};

/**
 * Cases in the caller's scope, filtered, a page at a time: newest first, or with `q` (words, not a
 * tracking code) the best match first among the newest SEARCH_RANK_POOL matches, searched over the
 * last SEARCH_WINDOW_DAYS unless createdFrom says otherwise; a search counts its matches up to 1,000.
 */
export async function listCases(deps: CaseDeps, ctx: RequestContext, query: CaseListQuery): Promise<CaseListAnswer> {
  const actor = requireActor(ctx.actor);
  if (actor.kind !== 'citizen') requireHolds(actor, 'case.read');
  const directory = await deps.directory.get();
  const limit = query.limit ?? 20;
  const filter = caseFilterOf(query, directory, ctx.now);
  const cap = 10_000;
  const present = (row: repo.CaseRow) => presentSummary(row, directory, deps.clock(), ctx.now);
  if (filter.matchesNothing) return { items: [], total: 0, totalIsExact: true, nextCursor: null };
  if (filter.search) {
    const search = filter.search;
    const offset = decodeOffset(query.cursor);
    const searchCap = 1_000;
    const { pool, total } = await findSearchPool(deps, actor, filter, search, ctx.now, searchCap);
    const rows = await repo.findRankedCases(deps.db, pool, search.query, { limit, offset });
    const terms = queryTerms(query.q ?? '');
    const reachable = Math.min(total, repo.SEARCH_RANK_POOL);
    return {
      items: rows.map((row) => ({ ...present(row), match: snippetOf(descriptionFor(row, false), terms) })),
      total: Math.min(total, searchCap),
      totalIsExact: total <= searchCap,
      nextCursor: rows.length === limit && offset + limit < reachable ? encodeCursor([`o${offset + limit}`]) : null,
      ...(query.createdFrom ? {} : { searchedSince: search.since.toISOString() }),
    };
  }
  const after = decodeCursor(query.cursor);
  const { rows, total } = await repo.listCases(
    deps.db,
    actor,
    filter,
    ctx.now,
    { limit, after: after ? { createdAt: after[0], id: after[1] } : undefined },
    cap,
  );
  const last = rows.at(-1);
  return {
    items: rows.map(present),
    total: Math.min(total, cap),
    totalIsExact: total <= cap,
    nextCursor: rows.length === limit && last ? encodeCursor([last.created_at.toISOString(), Number(last.id)]) : null,
  };
}

/** 待办: a unit's open cases, the nearest deadline first. */
export async function listInbox(
  deps: CaseDeps,
  ctx: RequestContext,
  query: { unitId: number; cursor?: string | undefined; limit?: number | undefined },
) {
  const actor = requireHolds(ctx.actor, 'case.read');
  const directory = await deps.directory.get();
  const unit = directory.units.get(query.unitId);
  if (!unit || !can(actor, 'case.read', unit.path)) throw new AppError('NOT_FOUND');
  const limit = query.limit ?? 20;
  const after = decodeCursor(query.cursor);
  const { rows, total } = await repo.listInbox(deps.db, query.unitId, inboxStatuses, {
    limit,
    after: after ? { due: after[0], id: after[1] } : undefined,
  });
  const last = rows.at(-1);
  return {
    items: rows.map((row) => presentSummary(row, directory, deps.clock(), ctx.now)),
    total,
    totalIsExact: true,
    nextCursor:
      rows.length === limit && last?.resolve_due_at
        ? encodeCursor([last.resolve_due_at.toISOString(), Number(last.id)])
        : null,
  };
}

/** 派单建议 for a case: from its category's routing rule, its tier and its place. */
const unitBrief = (u: { id: number; nameZh: string; nameEn: string | null; type: string }) => ({
  id: u.id,
  nameZh: u.nameZh,
  nameEn: u.nameEn,
  type: u.type,
});

/**
 * 登记时的派单建议: the routing rule's units for a case still being entered on the staff intake
 * form (its category, tier and place: the chosen unit, else the unit the address names).
 */
export async function suggestRouting(deps: CaseDeps, ctx: RequestContext, input: RoutingQuery) {
  requireHolds(ctx.actor, 'case.dispatch');
  const directory = await deps.directory.get();
  const category = input.categoryId === undefined ? null : (directory.categories.get(input.categoryId) ?? null);
  const chosen = input.placeUnitId === undefined ? null : (directory.units.get(input.placeUnitId) ?? null);
  const place = chosen ?? (input.address ? placeFromAddress(directory, input.address) : null);
  const suggestion = suggestUnits(directory, category, input.tier ?? 'general', place);
  return {
    lead: suggestion.lead ? unitBrief(suggestion.lead) : null,
    supporting: suggestion.supporting.map(unitBrief),
    reason: suggestion.reason,
    place: place ? unitBrief(place) : null,
  };
}

export async function suggestDispatch(deps: CaseDeps, ctx: RequestContext, id: number) {
  const actor = requireActor(ctx.actor);
  const row = await repo.findReadableCase(deps.db, actor, id);
  if (!row) throw new AppError('NOT_FOUND');
  const directory = await deps.directory.get();
  const category = row.category_id === null ? null : (directory.categories.get(Number(row.category_id)) ?? null);
  const place = row.place_unit_id === null ? null : (directory.units.get(Number(row.place_unit_id)) ?? null);
  const suggestion = suggestUnits(
    directory,
    category,
    (row.tier as Parameters<typeof suggestUnits>[2]) ?? 'general',
    place,
  );
  return {
    lead: suggestion.lead ? unitBrief(suggestion.lead) : null,
    supporting: suggestion.supporting.map(unitBrief),
    reason: suggestion.reason,
  };
}
