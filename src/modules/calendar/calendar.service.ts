import type { Kysely } from 'kysely';
import { type BusinessCalendar, createBusinessCalendar } from '../../platform/calendar/business-calendar.ts';
import { withTransaction } from '../../platform/db/database.ts';
import type { DB } from '../../platform/db/schema.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import type { RequestContext } from '../access/request-context.ts';
import { can, requireActor, requireHolds } from '../access/policy.ts';
import { recordAudit } from '../audit/audit.service.ts';
import * as repo from './calendar.repository.ts';
import { chinaDate } from '../../shared/china-time.ts';
import { findMeta, upsertMeta } from '../system/system.repository.ts';

/**
 * The working calendar (工作日历): the package's statutory holidays and 调休 days, plus the dates an
 * installation enters (e.g. next year's holidays once the State Council publishes them).
 */

export interface CalendarHolder {
  get(): BusinessCalendar;
  /** Rebuilds from the database (after a change, and now and then for changes made by other instances). */
  reload(db: Kysely<DB>): Promise<BusinessCalendar>;
}

export function createCalendarHolder(): CalendarHolder {
  let current = createBusinessCalendar();
  return {
    get: () => current,
    async reload(db) {
      current = await loadCalendar(db);
      return current;
    },
  };
}

/** The working calendar as the database holds it (inside a transaction: as it stands there). */
async function loadCalendar(db: Kysely<DB>): Promise<BusinessCalendar> {
  const rows = await repo.listOverrides(db);
  return createBusinessCalendar({
    holidays: new Set(rows.filter((r) => r.kind === 'holiday').map((r) => r.day)),
    workdays: new Set(rows.filter((r) => r.kind === 'workday').map((r) => r.day)),
    coveredYears: new Set(await enteredYears(db)),
  });
}

/**
 * Recomputes the deadlines already computed on the calendar `before` that `after` changes, in the
 * years given, inside the caller's transaction (the cases module: case-deadline-recompute.ts; task-list
 * reports: programmes/report-deadline-recompute.ts).
 */
export type DeadlineRecounter = (
  trx: Kysely<DB>,
  input: { before: BusinessCalendar; after: BusinessCalendar; years: number[]; now: Date; reason: string },
) => Promise<{ recomputed: number; examined: number; caseIds: number[]; reportIds?: number[] }>;

/**
 * Runs a change of the calendar with the recount of the open deadlines it moves, in one
 * transaction: the calendar before, the change, the calendar after, the recount, one audit row for
 * the batch (how many were looked at and moved, and which). Answers how many moved.
 */
async function changeCalendar(
  trx: Kysely<DB>,
  ctx: RequestContext,
  recount: DeadlineRecounter | undefined,
  years: number[],
  reason: string,
  change: () => Promise<void>,
): Promise<number> {
  const before = await loadCalendar(trx);
  await change();
  if (!recount) return 0;
  const after = await loadCalendar(trx);
  const result = await recount(trx, { before, after, years, now: ctx.now, reason });
  if (result.recomputed > 0)
    await recordAudit(trx, ctx, {
      action: 'calendar.deadlines-recomputed',
      entityType: 'calendar',
      entityId: years.join(','),
      after: {
        years,
        reason,
        examined: result.examined,
        recomputed: result.recomputed,
        caseIds: result.caseIds,
        reportIds: result.reportIds ?? [],
      },
    });
  return result.recomputed;
}

const enteredYearsKey = 'calendar_entered_years';

/** The years after the package's that an administrator declared entered (全年节假日已录入). */
async function enteredYears(db: Kysely<DB>): Promise<number[]> {
  const value = await findMeta(db, enteredYearsKey);
  return Array.isArray(value) ? value.filter((y): y is number => Number.isInteger(y)) : [];
}

/** From 1 November (China time), next year's holidays are due: the State Council publishes them about then. */
export const NEXT_YEAR_DUE_MONTH = 11;

/** Whether the calendar lacks the year now in, or (from November) the next one. */
export function nextYearMissing(calendar: BusinessCalendar, now: Date): boolean {
  const [year, month] = chinaDate(now).split('-').map(Number) as [number, number];
  return calendar.coveredUntilYear < year || (month >= NEXT_YEAR_DUE_MONTH && calendar.coveredUntilYear < year + 1);
}

export interface YearException {
  day: string;
  /** holiday: a weekday off; workday: a weekend day worked (调休). */
  kind: 'holiday' | 'workday';
  /** built-in: the package's data; entered: entered here. */
  source: 'built-in' | 'entered';
}

/** The days of a year that differ from Monday-to-Friday, as the calendar now stands. */
export function yearExceptions(
  calendar: BusinessCalendar,
  year: number,
  entered: ReadonlySet<string>,
): YearException[] {
  const out: YearException[] = [];
  for (let at = Date.UTC(year, 0, 1); new Date(at).getUTCFullYear() === year; at += 86_400_000) {
    const day = new Date(at).toISOString().slice(0, 10);
    const weekday = new Date(at).getUTCDay();
    const ordinary = weekday >= 1 && weekday <= 5;
    const working = calendar.isWorkingDay(day);
    if (working === ordinary) continue;
    out.push({ day, kind: working ? 'workday' : 'holiday', source: entered.has(day) ? 'entered' : 'built-in' });
  }
  return out;
}

export interface CalendarView {
  /** With ?year=: the days of that year that are not ordinary (weekdays off, weekends worked). */
  year?: { year: number; exceptions: YearException[] };
  coveredUntilYear: number;
  /** The years after the package's declared entered here. */
  enteredYears: number[];
  /** The working calendar does not know the next year (or this one) yet: deadlines there are estimates. */
  nextYearMissing: boolean;
  overrides: repo.OverrideRow[];
  allowedActions: 'update'[];
  /** After a change: how many open cases' deadlines it moved (时限重算). */
  recomputed?: number;
}

export async function getCalendar(
  db: Kysely<DB>,
  ctx: RequestContext,
  holder: CalendarHolder,
  year?: number,
): Promise<CalendarView> {
  const actor = requireActor(ctx.actor);
  const overrides = await repo.listOverrides(db);
  return {
    ...(year === undefined
      ? {}
      : { year: { year, exceptions: yearExceptions(holder.get(), year, new Set(overrides.map((o) => o.day))) } }),
    coveredUntilYear: holder.get().coveredUntilYear,
    enteredYears: (await enteredYears(db)).sort((a, b) => a - b),
    nextYearMissing: nextYearMissing(holder.get(), ctx.now),
    overrides,
    allowedActions: can(actor, 'calendar.manage', null) ? ['update'] : [],
  };
}

export interface YearEntries {
  /** Declare the year entered (true), take that back (false), or leave it (absent). */
  entered?: boolean | undefined;
  /** The year's holidays and adjusted working days, added or changed (a day not listed stays as it is). */
  days?: readonly { day: string; kind: 'holiday' | 'workday'; note?: string | undefined }[] | undefined;
}

/**
 * 录入全年: an administrator saves a year's holidays and adjusted working days and declares the
 * year entered, so deadlines in it stop being estimates; `entered: false` takes that back. The
 * deadlines of open cases the change moves are recomputed in the same transaction; audited.
 */
export async function setYearEntered(
  db: Kysely<DB>,
  ctx: RequestContext,
  holder: CalendarHolder,
  year: number,
  input: YearEntries,
  recount?: DeadlineRecounter,
): Promise<CalendarView> {
  requireManage(ctx);
  const days = input.days ?? [];
  days.forEach(({ day }, i) => {
    checkDay(day, `/days/${i}/day`);
    if (Number(day.slice(0, 4)) !== year)
      throw new AppError('VALIDATION_FAILED', {
        message: { zh: `${day} 不在 ${year} 年内。`, en: `${day} is not in ${year}.` },
        details: [{ in: 'body', path: `/days/${i}/day`, message: `not in ${year}` }],
      });
  });
  const repeated = days.map((d) => d.day).filter((day, i, all) => all.indexOf(day) !== i);
  if (repeated.length > 0)
    throw new AppError('VALIDATION_FAILED', {
      message: { zh: `${repeated[0]} 出现了两次。`, en: `${repeated[0]} is listed twice.` },
      details: [{ in: 'body', path: '/days', message: 'a day is listed twice' }],
    });
  const recomputed = await withTransaction(db, async (trx) =>
    changeCalendar(trx, ctx, recount, [year], `${year} 年工作日历已录入`, async () => {
      const changed: { day: string; before: repo.OverrideRow | null; kind: string }[] = [];
      for (const entry of days) {
        const row = { day: entry.day, kind: entry.kind, note: entry.note?.trim() || null };
        const previous = await repo.upsertOverride(trx, row);
        if (!previous || previous.kind !== row.kind || previous.note !== row.note)
          changed.push({ day: entry.day, before: previous ?? null, kind: entry.kind });
      }
      const before = await enteredYears(trx);
      const after =
        input.entered === undefined
          ? before
          : input.entered
            ? [...new Set([...before, year])]
            : before.filter((y) => y !== year);
      if (changed.length > 0)
        await recordAudit(trx, ctx, {
          action: 'calendar.year-days',
          entityType: 'calendar',
          entityId: String(year),
          before: { days: changed.filter((c) => c.before).map((c) => c.before) },
          after: { days: changed.map(({ day, kind }) => ({ day, kind })) },
        });
      if (after.length === before.length) return;
      await upsertMeta(
        trx,
        enteredYearsKey,
        after.sort((a, b) => a - b),
      );
      await recordAudit(trx, ctx, {
        action: input.entered ? 'calendar.year-entered' : 'calendar.year-reopened',
        entityType: 'calendar',
        entityId: String(year),
        before: { enteredYears: before },
        after: { enteredYears: after },
      });
    }),
  );
  await holder.reload(db);
  return { ...(await getCalendar(db, ctx, holder, year)), recomputed };
}

function requireManage(ctx: RequestContext) {
  const actor = requireHolds(ctx.actor, 'calendar.manage');
  if (!can(actor, 'calendar.manage', null)) throw new AppError('FORBIDDEN');
  return actor;
}

function checkDay(day: string, pointer = '/day'): void {
  const date = new Date(`${day}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== day)
    throw new AppError('VALIDATION_FAILED', {
      details: [{ in: pointer === '/day' ? 'params' : 'body', path: pointer, message: 'not a calendar date' }],
    });
}

export async function setOverride(
  db: Kysely<DB>,
  ctx: RequestContext,
  holder: CalendarHolder,
  day: string,
  body: { kind: 'holiday' | 'workday'; note?: string | undefined },
  recount?: DeadlineRecounter,
): Promise<CalendarView> {
  requireManage(ctx);
  checkDay(day);
  const year = Number(day.slice(0, 4));
  const recomputed = await withTransaction(db, async (trx) =>
    changeCalendar(
      trx,
      ctx,
      recount,
      [year],
      `${day} 已设为${body.kind === 'holiday' ? '休息日' : '工作日'}`,
      async () => {
        const before = await repo.upsertOverride(trx, { day, kind: body.kind, note: body.note?.trim() || null });
        await recordAudit(trx, ctx, {
          action: 'calendar.set',
          entityType: 'calendar',
          entityId: day,
          before: before ?? null,
          after: { kind: body.kind, note: body.note ?? null },
        });
      },
    ),
  );
  await holder.reload(db);
  return { ...(await getCalendar(db, ctx, holder)), recomputed };
}

export async function removeOverride(
  db: Kysely<DB>,
  ctx: RequestContext,
  holder: CalendarHolder,
  day: string,
  recount?: DeadlineRecounter,
): Promise<CalendarView> {
  requireManage(ctx);
  checkDay(day);
  const year = Number(day.slice(0, 4));
  const recomputed = await withTransaction(db, async (trx) =>
    changeCalendar(trx, ctx, recount, [year], `${day} 的录入已撤销`, async () => {
      if (!(await repo.deleteOverride(trx, day))) throw new AppError('NOT_FOUND');
      await recordAudit(trx, ctx, { action: 'calendar.remove', entityType: 'calendar', entityId: day });
    }),
  );
  await holder.reload(db);
  return { ...(await getCalendar(db, ctx, holder)), recomputed };
}
