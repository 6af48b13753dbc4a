import type { Kysely } from 'kysely';
import { type BusinessCalendar, createBusinessCalendar } from '../../platform/calendar/business-calendar.ts';
import { withTransaction } from '../../platform/db/database.ts';
import type { DB } from '../../platform/db/schema.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import type { RequestContext } from '../access/request-context.ts';
import { can, requireActor, requireHolds } from '../access/policy.ts';
import { recordAudit } from '../audit/audit.service.ts';
import * as repo from './calendar.repository.ts';

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
      });
      return current;
    },
  };
}

export interface CalendarView {
  coveredUntilYear: number;
  overrides: repo.OverrideRow[];
  allowedActions: 'update'[];
}

export async function getCalendar(db: Kysely<DB>, ctx: RequestContext, holder: CalendarHolder): Promise<CalendarView> {
  const actor = requireActor(ctx.actor);
  return {
    coveredUntilYear: holder.get().coveredUntilYear,
    overrides: await repo.listOverrides(db),
    allowedActions: can(actor, 'calendar.manage', null) ? ['update'] : [],
  };
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
