import type { Kysely } from 'kysely';
import { withTransaction } from '../../platform/db/database.ts';
import type { DB } from '../../platform/db/schema.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import type { RequestContext } from '../access/request-context.ts';
import type { Satisfaction } from '../../shared/cases.ts';
import { caseActorLabels } from '../../shared/case-texts.ts';
import { deliver } from '../notifications/notifications.service.ts';
import { externalKinds, applyCommand } from './case-actions.service.ts';
import { resolveDeadline } from './case-clock.ts';
import type { CaseDeps } from './case-deps.ts';
import { type Directory, townshipOf, type UnitInfo } from './case-directory.ts';
import * as publicRepo from './case-public.repository.ts';
import type { PublicCaseView, PublicList, PublicListItem, PublicListQuery, RatingBody } from './case-public.schemas.ts';
import { listStatusLabel, publicStatusLabel, publicStatusOf, publicTimeline } from './case-public-view.ts';
import { caseActorOf, stateOf } from './case-state.ts';
import * as repo from './cases.repository.ts';

/**
 * The public side of the case loop (no sign-in): a citizen follows a case by its tracking code
 * (查询码) and rates it (回访评价); anyone may browse anonymised cases by area. Nothing personal,
 * no internal note and no exact address ever leaves through these functions.
 */

/** One answer for "no such code" and "wrong mobile", so codes cannot be probed. */
const notFound = () =>
  new AppError('NOT_FOUND', {
    message: {
      zh: '未找到该查询码对应的诉求，或手机号与登记的不符。',
      en: 'No case matches this tracking code and mobile number.',
    },
  });

const normaliseCode = (code: string) => code.trim().toUpperCase();

/**
 * Whether the caller may follow the case: anonymous cases by the code alone; named ones with the
 * mobile left at intake (or the reporting account's mobile). A case with no mobile on record has
 * nothing to check against: the code is enough (its public view holds nothing personal).
 */
async function reporterMatches(db: Kysely<DB>, row: repo.CaseRow, mobile: string | undefined): Promise<boolean> {
  if (row.anonymous) return true;
  const expected =
    row.reporter_mobile ??
    (row.reporter_person_id === null ? null : await publicRepo.findReporterMobile(db, Number(row.reporter_person_id)));
  return expected === null || mobile === expected;
}

function placeName(directory: Directory, row: repo.CaseRow): string | null {
  const place = villageLevel(directory, row.place_unit_id);
  return place?.nameZh ?? null;
}

function presentCase(
  row: repo.CaseRow,
  events: repo.EventRow[],
  directory: Directory,
  ctx: RequestContext,
): PublicCaseView {
  const status = publicStatusOf(row.status);
  const category = row.category_id === null ? undefined : directory.categories.get(Number(row.category_id));
  const { entries, result } = publicTimeline(events, directory, ctx.locale);
  return {
    trackingCode: row.tracking_code,
    status,
    statusLabel: publicStatusLabel(status, ctx.locale),
    category: category ? { name: category.nameZh, path: category.pathNames } : null,
    place: placeName(directory, row),
    submittedAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    closedAt: row.closed_at ? row.closed_at.toISOString() : null,
    timeline: entries,
    result,
    ratingAsked: row.status === 'follow_up',
    rating: row.satisfaction === null ? null : { satisfaction: row.satisfaction as Satisfaction, solved: row.solved },
  };
}

/** 诉求查询: the case's public view, or 404 for an unknown code or a wrong mobile alike. */
export async function getPublicCase(
  deps: CaseDeps,
  ctx: RequestContext,
  code: string,
  mobile: string | undefined,
): Promise<PublicCaseView> {
  const row = await publicRepo.findCaseByCode(deps.db, normaliseCode(code));
  if (!row || !(await reporterMatches(deps.db, row, mobile))) throw notFound();
  const [events, directory] = await Promise.all([repo.listEvents(deps.db, Number(row.id)), deps.directory.get()]);
  return presentCase(row, events, directory, ctx);
}

/**
 * 群众评价: the follow-up step (回访) taken by the citizen through the same path as a dispatcher's,
 * so the three rates, the timeline, the audit trail and a reopening (不满意 → 重办) come out the
 * same. Only while the case waits for a rating; a second rating is refused (409).
 */
export async function rateCase(
  deps: CaseDeps,
  ctx: RequestContext,
  code: string,
  body: RatingBody,
  headerMobile: string | undefined,
): Promise<PublicCaseView> {
  // Whoever may be signed in on this browser, the rating is the citizen's, not theirs.
  const publicCtx: RequestContext = { ...ctx, actor: null };
  const mobile = headerMobile ?? body.mobile;
  const directory = await deps.directory.get();
  const { notified } = await withTransaction(deps.db, async (trx) => {
    const row = await publicRepo.findCaseByCode(trx, normaliseCode(code), { forUpdate: true });
    if (!row || !(await reporterMatches(trx, row, mobile))) throw notFound();
    if (row.status !== 'follow_up')
      throw new AppError(row.satisfaction === null ? 'CASE_RATING_NOT_ASKED' : 'CASE_ALREADY_RATED');
    const parties = await repo.listParties(trx, [Number(row.id)]);
    const state = stateOf(row, parties);
    const category = state.categoryId === null ? undefined : directory.categories.get(state.categoryId);
    if (!category || state.tier === null) throw new AppError('CASE_NOT_CLASSIFIED');
    const reopenResolveDueAt = resolveDeadline(deps.clock(), category.limits, state.tier, state.urgency, ctx.now);
    return applyCommand({
      trx,
      deps,
      ctx: publicCtx,
      row,
      parties,
      who: caseActorOf(null, row, parties, { reporterProven: true }),
      command: {
        type: 'followUp',
        satisfaction: body.satisfaction,
        solved: body.solved,
        comment: body.comment,
        reopenResolveDueAt,
      },
      directory,
      actorLabel: row.anonymous ? caseActorLabels.anonymousCitizen.zh : caseActorLabels.citizen.zh,
    });
  });
  await deliver(deps.notifications, notified, externalKinds);
  return getPublicCase(deps, ctx, code, mobile);
}

/** A grid is shown as its village or community; a township or the district as nothing finer. */
function villageLevel(directory: Directory, unitId: number | null): UnitInfo | null {
  if (unitId === null) return null;
  let unit = directory.units.get(Number(unitId));
  if (unit?.type === 'grid') unit = unit.parentId === null ? undefined : directory.units.get(unit.parentId);
  return unit && (unit.type === 'village' || unit.type === 'community') ? unit : null;
}

const coarse = (value: number | null) => (value === null ? null : Math.round(value * 100) / 100);

function presentListItem(row: publicRepo.PublicCaseRow, directory: Directory, ctx: RequestContext): PublicListItem {
  const place = villageLevel(directory, row.place_unit_id);
  const town = townshipOf(
    directory,
    row.place_unit_id === null ? null : (directory.units.get(row.place_unit_id) ?? null),
  );
  const category = row.category_id === null ? undefined : directory.categories.get(row.category_id);
  const closed = row.status === 'closed';
  const where = place?.nameZh ?? town?.nameZh ?? directory.root?.nameZh ?? '';
  return {
    id: row.id,
    title: `${where} · ${category?.nameZh ?? '群众诉求'}`,
    category: category?.nameZh ?? null,
    place: place ? { code: place.code, name: place.nameZh } : null,
    township: town ? { code: town.code, name: town.nameZh } : null,
    status: closed ? 'closed' : 'open',
    statusLabel: listStatusLabel(closed, ctx.locale),
    submittedAt: row.created_at.toISOString(),
    closedAt: row.closed_at ? row.closed_at.toISOString() : null,
    lat: coarse(row.lat),
    lng: coarse(row.lng),
  };
}

const encodeCursor = (at: Date, id: number) => Buffer.from(`${at.toISOString()}|${id}`).toString('base64url');

function decodeCursor(cursor: string | undefined): { createdAt: Date; id: number } | undefined {
  if (!cursor) return undefined;
  const [when = '', id = ''] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const createdAt = new Date(when);
  if (Number.isNaN(createdAt.getTime()) || !/^\d{1,15}$/.test(id))
    throw new AppError('VALIDATION_FAILED', {
      details: [{ in: 'querystring', path: '/cursor', message: 'not a cursor this list gave' }],
    });
  return { createdAt, id: Number(id) };
}

/** The area filter: the district (none), or a township's, village's or community's path. */
function areaPathOf(directory: Directory, code: string | undefined): string | undefined {
  if (!code) return undefined;
  const unit = [...directory.units.values()].find((u) => u.code === code);
  if (!unit || !['district', 'township', 'subdistrict', 'village', 'community', 'grid'].includes(unit.type)) {
    throw new AppError('VALIDATION_FAILED', {
      message: { zh: '没有这个镇街或村（社区）。', en: 'No such township, village or community.' },
      details: [{ in: 'querystring', path: '/unit', message: 'not a place' }],
    });
  }
  return unit.parentId === null ? undefined : unit.path;
}

/** 公开诉求: anonymised cases of an area, open or closed, newest first, a page at a time. */
export async function listPublicCases(
  deps: CaseDeps,
  ctx: RequestContext,
  query: PublicListQuery,
): Promise<PublicList> {
  const directory = await deps.directory.get();
  const limit = query.limit ?? 20;
  const rows = await publicRepo.listPublicCases(deps.db, {
    closed: query.status === 'closed',
    pathPrefix: areaPathOf(directory, query.unit),
    after: decodeCursor(query.cursor),
    limit,
  });
  const last = rows.at(-1);
  return {
    items: rows.map((row) => presentListItem(row, directory, ctx)),
    nextCursor: rows.length === limit && last ? encodeCursor(last.created_at, last.id) : null,
  };
}
