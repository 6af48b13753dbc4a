import { type Kysely, sql } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { CaseRow } from './cases.repository.ts';

/** The statuses whose deadlines still run: waiting for acknowledgement, being handled, awaiting approval. */
export const timedStatuses = ['dispatched', 'handling', 'resolved'] as const;

/**
 * Open cases timed in working hours whose deadline period touches [from, to): a deadline at or
 * after `from`, dispatched before `to`. Locked, so an action on one of them waits for the recount.
 */
export async function lockCasesWithDeadlinesIn(db: Kysely<DB>, from: Date, to: Date): Promise<CaseRow[]> {
  return db
    .selectFrom('case_record')
    .selectAll()
    .where('status', 'in', [...timedStatuses])
    .where('urgency', '<>', 'urgent')
    .where('dispatched_at', '<', to)
    .where((eb) => eb.or([eb('response_due_at', '>=', from), eb('resolve_due_at', '>=', from)]))
    .orderBy('id')
    .forUpdate()
    .execute();
}

/** The events that start a timed period (dispatch, overrule, summon, reopen, a reopening follow-up). */
export async function listPeriodStarts(
  db: Kysely<DB>,
  caseIds: readonly number[],
): Promise<{ case_id: number; action: string; at: Date; data: unknown }[]> {
  if (caseIds.length === 0) return [];
  const rows = await db
    .selectFrom('case_event')
    .select(['case_id', 'action', 'at', 'data'])
    .where('case_id', 'in', [...caseIds])
    .where('action', 'in', ['dispatch', 'overrule', 'summon', 'reopen', 'followUp'])
    .orderBy('at')
    .execute();
  return rows.map((r) => ({ ...r, case_id: Number(r.case_id) }));
}

export async function setPartyDue(
  db: Kysely<DB>,
  caseId: number,
  unitId: number,
  role: string,
  dueAt: Date,
): Promise<void> {
  await db
    .updateTable('case_party')
    .set({ due_at: dueAt })
    .where('case_id', '=', caseId)
    .where('unit_id', '=', unitId)
    .where('role', '=', role)
    .execute();
}

/** The deadline columns of one case, and its version moved on (an open page sees the change). */
export async function setDeadlines(
  db: Kysely<DB>,
  caseId: number,
  fields: {
    response_due_at: Date | null;
    resolve_due_at: Date | null;
    warn_at: Date | null;
    next_sweep_at: Date | null;
    updated_at: Date;
  },
): Promise<void> {
  await db
    .updateTable('case_record')
    .set({ ...fields, version: sql<number>`version + 1` })
    .where('id', '=', caseId)
    .execute();
}
