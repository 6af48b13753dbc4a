import { type Expression, type SqlBool, sql } from 'kysely';

/**
 * When a case is late (已超期, red) or about to be (即将超期, yellow): the one home of both rules, as a
 * JavaScript predicate over a case's facts and as the SQL condition over `case_record` that the case
 * list's queues, the supervision board and the dashboards filter with, so counts and drill-downs agree.
 *
 * - The running deadline is the response limit while dispatched (待签收), the resolution limit otherwise.
 * - Overdue: dispatched and past the response limit, or being handled and past the resolution limit.
 * - Due soon: being handled, past the warning moment and not yet past the resolution limit.
 */

/** The deadline facts of a case, as its row holds them. */
export interface CaseDeadlineFacts {
  status: string;
  response_due_at: Date | null;
  resolve_due_at: Date | null;
  warn_at: Date | null;
}

/** The deadline running now: the response limit while dispatched, else the resolution limit. */
export function currentDueOf(facts: Omit<CaseDeadlineFacts, 'warn_at'>): Date | null {
  return facts.status === 'dispatched' ? facts.response_due_at : facts.resolve_due_at;
}

/** 已超期: past the running deadline while dispatched or being handled. */
export function isOverdue(facts: Omit<CaseDeadlineFacts, 'warn_at'>, now: Date): boolean {
  if (facts.status === 'dispatched') return facts.response_due_at !== null && facts.response_due_at < now;
  if (facts.status === 'handling') return facts.resolve_due_at !== null && facts.resolve_due_at < now;
  return false;
}

/** 即将超期: being handled, the warning moment reached, the resolution limit not yet passed. */
export function isDueSoon(facts: CaseDeadlineFacts, now: Date): boolean {
  return (
    facts.status === 'handling' &&
    facts.warn_at !== null &&
    facts.warn_at <= now &&
    facts.resolve_due_at !== null &&
    facts.resolve_due_at > now
  );
}

/** isOverdue as a condition over `case_record`. */
export function overdueSql(now: Date): Expression<SqlBool> {
  return sql<SqlBool>`((case_record.status = 'handling' and case_record.resolve_due_at < ${now}) or (case_record.status = 'dispatched' and case_record.response_due_at < ${now}))`;
}

/** isDueSoon as a condition over `case_record`. */
export function dueSoonSql(now: Date): Expression<SqlBool> {
  return sql<SqlBool>`(case_record.status = 'handling' and case_record.warn_at <= ${now} and case_record.resolve_due_at > ${now})`;
}

/** currentDueOf as an expression over `case_record` (for ordering by the running deadline). */
export const currentDueSql = sql<Date | null>`case when case_record.status = 'dispatched' then case_record.response_due_at else case_record.resolve_due_at end`;
