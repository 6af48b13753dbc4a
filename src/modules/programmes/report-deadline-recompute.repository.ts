import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';

/** Statuses whose due moment still matters: the report is not filed yet (待填报, 已退回). */
const awaited = ['pending', 'returned'];

/** Reports still awaited whose due moment lies in [from, to), with their form's cycle; locked for the recount. */
export function lockAwaitedReportsDueIn(trx: Kysely<DB>, from: Date, to: Date) {
  return trx
    .selectFrom('report as r')
    .innerJoin('report_form as f', 'f.id', 'r.form_id')
    .select([
      'r.id',
      'r.period_key',
      'r.period_start',
      'r.period_end',
      'r.due_at',
      'r.remind_at',
      'r.status',
      'f.frequency',
      'f.due_working_day',
      'f.remind_working_days',
    ])
    .where('r.status', 'in', awaited)
    .where('r.due_at', '>=', from)
    .where('r.due_at', '<', to)
    .orderBy('r.id')
    .forUpdate('r')
    .execute();
}

export async function moveReportDue(
  trx: Kysely<DB>,
  id: number,
  change: { dueAt: Date; remindAt: Date | null; now: Date },
): Promise<void> {
  await trx
    .updateTable('report')
    .set((eb) => ({
      due_at: change.dueAt,
      remind_at: change.remindAt,
      updated_at: change.now,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', id)
    .execute();
}
