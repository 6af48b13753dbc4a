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
      const rows = await repo.listOverrides(db);
      current = createBusinessCalendar({
        holidays: new Set(rows.filter((r) => r.kind === 'holiday').map((r) => r.day)),
        workdays: new Set(rows.filter((r) => r.kind === 'workday').map((r) => r.day)),
        coveredYears: new Set(await enteredYears(db)),
      });
      return current;
    },
  };
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

/**
 * 确认全年已录入: an administrator declares a year's holidays and adjusted working days entered, so
 * deadlines in it stop being estimates; `entered: false` takes that back. Audited.
 */
export async function setYearEntered(
  db: Kysely<DB>,
  ctx: RequestContext,
  holder: CalendarHolder,
  year: number,
  entered: boolean,
): Promise<CalendarView> {
  requireManage(ctx);
  await withTransaction(db, async (trx) => {
    const before = await enteredYears(trx);
    const after = entered ? [...new Set([...before, year])] : before.filter((y) => y !== year);
    await upsertMeta(
      trx,
      enteredYearsKey,
      after.sort((a, b) => a - b),
    );
    await recordAudit(trx, ctx, {
      action: entered ? 'calendar.year-entered' : 'calendar.year-reopened',
      entityType: 'calendar',
      entityId: String(year),
      before: { enteredYears: before },
      after: { enteredYears: after },
    });
  });
  await holder.reload(db);
  return getCalendar(db, ctx, holder, year);
}

function requireManage(ctx: RequestContext) {
  const actor = requireHolds(ctx.actor, 'calendar.manage');
  if (!can(actor, 'calendar.manage', null)) throw new AppError('FORBIDDEN');
  return actor;
}

function checkDay(day: string): void {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== day)
    throw new AppError('VALIDATION_FAILED', {
      details: [{ in: 'params', path: '/day', message: 'not a calendar date' }],
    });
}

export async function setOverride(
  db: Kysely<DB>,
  ctx: RequestContext,
  holder: CalendarHolder,
  day: string,
  body: { kind: 'holiday' | 'workday'; note?: string | undefined },
): Promise<CalendarView> {
  requireManage(ctx);
  checkDay(day);
  await withTransaction(db, async (trx) => {
    const before = await repo.upsertOverride(trx, { day, kind: body.kind, note: body.note?.trim() || null });
    await recordAudit(trx, ctx, {
      action: 'calendar.set',
      entityType: 'calendar',
      entityId: day,
      before: before ?? null,
      after: { kind: body.kind, note: body.note ?? null },
    });
  });
  await holder.reload(db);
  return getCalendar(db, ctx, holder);
}

export async function removeOverride(
  db: Kysely<DB>,
  ctx: RequestContext,
  holder: CalendarHolder,
  day: string,
): Promise<CalendarView> {
  requireManage(ctx);
  checkDay(day);
  await withTransaction(db, async (trx) => {
    if (!(await repo.deleteOverride(trx, day))) throw new AppError('NOT_FOUND');
    await recordAudit(trx, ctx, { action: 'calendar.remove', entityType: 'calendar', entityId: day });
  });
  await holder.reload(db);
  return getCalendar(db, ctx, holder);
}
