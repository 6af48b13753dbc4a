import { type Kysely, sql } from 'kysely';

// Frozen as they were when this migration shipped; the live list is in src/shared/organisation.ts.
const roles = [
  'citizen',
  'grid_worker',
  'dispatcher',
  'handler',
  'unit_lead',
  'supervisor',
  'leader',
  'programme_office',
  'organisation_department',
  'administrator',
  'integration',
] as const;

const list = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(', '));

/**
 * Why a case was flagged as a recurrence (反弹回潮), and the integration role.
 *
 * `case_record.recurrence_reason`: what matched when intake flagged the case (the category, the
 * distance in metres, the same address or the same place unit, the closure and the window), so the
 * case page can say why; a dispatcher who clears a wrong flag sets it and `recurrence_of_id` back
 * to null (the clearing and its reason are in the timeline and the audit trail). The index serves
 * the check: closed cases of one category by closure time, compared by place afterwards.
 *
 * `membership.role` admits `integration`: the service account an administrator makes for an
 * outside system (FixMyStreet, the 12345 hotline platform) that only registers cases.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table case_record add column recurrence_reason jsonb`.execute(db);
  await sql`create index case_recurrence_near_idx on case_record (category_id, closed_at) where status = 'closed'`.execute(
    db,
  );
  await sql`alter table membership drop constraint membership_role_check`.execute(db);
  await sql`alter table membership add constraint membership_role_check check (role in (${list(roles)}))`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table membership drop constraint membership_role_check`.execute(db);
  await sql`alter table membership add constraint membership_role_check check (role in (${list(roles.filter((r) => r !== 'integration'))}))`.execute(
    db,
  );
  await sql`drop index case_recurrence_near_idx`.execute(db);
  await sql`alter table case_record drop column recurrence_reason`.execute(db);
}
