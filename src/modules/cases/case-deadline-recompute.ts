import type { Kysely } from 'kysely';
import type { BusinessCalendar } from '../../platform/calendar/business-calendar.ts';
import type { DB } from '../../platform/db/schema.ts';
import { chinaDayStart, formatChinaMinute } from '../../shared/china-time.ts';
import type { CaseTier, Urgency } from '../../shared/cases.ts';
import { caseActorLabels } from '../../shared/case-texts.ts';
import { type CaseClock, createCaseClock, later, milestonesOf, warnTimeOf } from './case-clock.ts';
import type { CaseDeps } from './case-deps.ts';
import { clockFactsOf } from './case-view.ts';
import * as cases from './cases.repository.ts';
import * as categoryRepo from '../categories/categories.repository.ts';
import { lineageOf, resolveEffective } from '../categories/categories.service.ts';
import * as repo from './case-deadline-recompute.repository.ts';

/**
 * 时限重算: when the working calendar changes (a year's holidays and 调休 days entered), the deadlines
 * already computed for open cases may be wrong: a deadline in a year the calendar did not know was
 * estimated from weekends alone. Each is recomputed from the start of its period with the one rule
 * that computed it (`later` in case-clock.ts, the category's limit for the case's tier and urgency).
 *
 * A deadline is recomputed only when that rule, on the calendar as it stood before the change,
 * gives back exactly the stored value from one of the period's possible starts (the dispatch, an
 * overrule, a reopening): a deadline an extension set (延期), one the category's limits no longer
 * give, or one in natural hours (urgent cases) is left as it is. The case's warning moment and next
 * sweep follow; its lead's and summoned units' due dates too. Each moved case gets a system line in
 * its timeline saying from when to when and why; the caller audits the batch once.
 */

export interface DeadlineRecount {
  /** Cases whose deadlines moved. */
  recomputed: number;
  /** Cases looked at whose deadline period touches the years. */
  examined: number;
  /** Their ids (the audit row lists them). */
  caseIds: number[];
}

const same = (a: Date | null, b: Date | null) => (a === null ? b === null : b !== null && a.getTime() === b.getTime());

/** The first start from which the rule on the old calendar gives the stored deadline, and the new deadline from it. */
function recount(
  before: CaseClock,
  after: CaseClock,
  stored: Date | null,
  starts: readonly (Date | null)[],
  hours: number,
  urgency: Urgency,
): Date | null {
  if (stored === null) return null;
  for (const start of starts) {
    if (!start) continue;
    if (same(later(before, start, hours, urgency), stored)) return later(after, start, hours, urgency);
  }
  return null;
}

const china = formatChinaMinute;

export async function recomputeOpenDeadlines(
  trx: Kysely<DB>,
  input: {
    /** The clock on the calendar before the change, and after it. */
    before: CaseClock;
    after: CaseClock;
    /** The years whose days changed (China time). */
    years: readonly number[];
    now: Date;
    /** Why, for the timeline: 2027 年工作日历已录入. */
    reason: string;
  },
): Promise<DeadlineRecount> {
  const result: DeadlineRecount = { recomputed: 0, examined: 0, caseIds: [] };
  if (input.years.length === 0) return result;
  const first = Math.min(...input.years);
  const last = Math.max(...input.years);
  const rows = await repo.lockCasesWithDeadlinesIn(
    trx,
    chinaDayStart(`${first}-01-01`),
    chinaDayStart(`${last + 1}-01-01`),
  );
  result.examined = rows.length;
  if (rows.length === 0) return result;
  // Read inside the transaction (not from the directory cache, which would reload outside it).
  const categoryRows = await categoryRepo.listCategories(trx, true);
  const byId = new Map(categoryRows.map((c) => [Number(c.id), c]));
  const ids = rows.map((r) => Number(r.id));
  const starts = await repo.listPeriodStarts(trx, ids);
  const parties = await cases.listParties(trx, ids);
  for (const row of rows) {
    const caseId = Number(row.id);
    const categoryRow = row.category_id === null ? undefined : byId.get(Number(row.category_id));
    if (!categoryRow || !row.tier) continue;
    const category = resolveEffective(lineageOf(categoryRow, byId));
    const urgency = row.urgency as Urgency;
    const limit = category.limits[row.tier as CaseTier][urgency];
    const events = starts.filter((e) => e.case_id === caseId);
    const at = (actions: readonly string[]) =>
      events
        .filter((e) => actions.includes(e.action))
        .map((e) => e.at)
        .reverse();
    const responseStarts = [row.phase_started_at, ...at(['dispatch', 'overrule'])];
    const resolveStarts = [row.dispatched_at, row.phase_started_at, ...at(['dispatch', 'reopen', 'followUp'])];
    const response =
      row.status === 'dispatched'
        ? recount(input.before, input.after, row.response_due_at, responseStarts, limit.responseHours, urgency)
        : null;
    const resolve = recount(input.before, input.after, row.resolve_due_at, resolveStarts, limit.resolveHours, urgency);
    const newResponse = response && !same(response, row.response_due_at) ? response : null;
    const newResolve = resolve && !same(resolve, row.resolve_due_at) ? resolve : null;

    // Units' due dates: the lead's is the response deadline; a summoned unit's runs from the summons.
    const own = parties.filter((p) => p.case_id === caseId);
    const partyMoves: { unitId: number; role: string; from: Date; to: Date }[] = [];
    for (const p of own) {
      if (!p.due_at || p.acknowledged_at) continue;
      if (p.role === 'lead' && newResponse && same(p.due_at, row.response_due_at)) {
        partyMoves.push({ unitId: p.unit_id, role: p.role, from: p.due_at, to: newResponse });
      } else if (p.role === 'summoned') {
        const summonedAt = events
          .filter(
            (e) =>
              e.action === 'summon' &&
              Array.isArray((e.data as { units?: unknown }).units) &&
              (e.data as { units: { unitId?: unknown }[] }).units.some((u) => u.unitId === p.unit_id),
          )
          .map((e) => e.at)
          .reverse();
        const to = recount(input.before, input.after, p.due_at, summonedAt, limit.responseHours, urgency);
        if (to && !same(to, p.due_at)) partyMoves.push({ unitId: p.unit_id, role: p.role, from: p.due_at, to });
      }
    }
    if (!newResponse && !newResolve && partyMoves.length === 0) continue;

    const responseDueAt = newResponse ?? row.response_due_at;
    const resolveDueAt = newResolve ?? row.resolve_due_at;
    const facts = { ...clockFactsOf(row), responseDueAt, resolveDueAt };
    const summons = own
      .filter((p) => p.role === 'summoned')
      .map((p) => ({
        unitId: p.unit_id,
        dueAt: partyMoves.find((m) => m.unitId === p.unit_id && m.role === 'summoned')?.to ?? p.due_at,
        acknowledgedAt: p.acknowledged_at,
      }));
    const leadUnitId = row.lead_unit_id === null ? null : Number(row.lead_unit_id);
    await repo.setDeadlines(trx, caseId, {
      response_due_at: responseDueAt,
      resolve_due_at: resolveDueAt,
      warn_at: warnTimeOf(input.after, facts),
      // As after an action: the earliest milestone of the new deadline, even a past one.
      next_sweep_at: milestonesOf(input.after, { ...facts, leadUnitId }, summons)[0]?.at ?? null,
      updated_at: input.now,
    });
    for (const move of partyMoves) await repo.setPartyDue(trx, caseId, move.unitId, move.role, move.to);

    const lines = [
      ...(newResponse && row.response_due_at
        ? [`签收时限由 ${china(row.response_due_at)} 改为 ${china(newResponse)}`]
        : []),
      ...(newResolve && row.resolve_due_at
        ? [`办结时限由 ${china(row.resolve_due_at)} 改为 ${china(newResolve)}`]
        : []),
      ...partyMoves
        .filter((m) => m.role === 'summoned')
        .map(
          (m) =>
            `${own.find((p) => p.unit_id === m.unitId)?.unit_name ?? `#${m.unitId}`}报到时限由 ${china(m.from)} 改为 ${china(m.to)}`,
        ),
    ];
    await cases.insertEvent(trx, {
      case_id: caseId,
      at: input.now,
      actor_id: null,
      actor_label: caseActorLabels.system.zh,
      action: 'deadline_recomputed',
      from_status: row.status,
      to_status: row.status,
      note: `${lines.join('；')}：${input.reason}`,
      public_text: null,
      data: JSON.stringify({
        system: true,
        years: input.years,
        ...(newResponse
          ? { responseDueAt: { from: row.response_due_at?.toISOString(), to: newResponse.toISOString() } }
          : {}),
        ...(newResolve
          ? { resolveDueAt: { from: row.resolve_due_at?.toISOString(), to: newResolve.toISOString() } }
          : {}),
        parties: partyMoves.map((m) => ({
          unitId: m.unitId,
          role: m.role,
          from: m.from.toISOString(),
          to: m.to.toISOString(),
        })),
      }),
    });
    result.recomputed++;
    result.caseIds.push(caseId);
  }
  return result;
}

/** The calendar module's recount hook: the case clock on the calendars before and after the change. */
export function calendarRecounter(deps: Pick<CaseDeps, 'config'>) {
  return (
    trx: Kysely<DB>,
    input: { before: BusinessCalendar; after: BusinessCalendar; years: number[]; now: Date; reason: string },
  ): Promise<DeadlineRecount> =>
    recomputeOpenDeadlines(trx, {
      before: createCaseClock(deps.config, input.before),
      after: createCaseClock(deps.config, input.after),
      years: input.years,
      now: input.now,
      reason: input.reason,
    });
}
