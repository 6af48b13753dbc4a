import { type Kysely, sql } from 'kysely';

// Frozen as they were when this migration shipped; the live list is in src/shared/cases.ts.
const channels = [
  'citizen_web',
  'hotline',
  'patrol',
  'inspection',
  'enterprise_visit',
  'street_sweep',
  'leader_reception',
  'letter',
  'supervision',
  'visit',
] as const;

const list = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(', '));

/**
 * 群众来访: a citizen who walks in to the letters-and-visits office is an intake channel of its own,
 * apart from a leader's reception day (领导接访), so the staff intake form can record it and the
 * channel counts keep the two apart.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table case_record drop constraint case_record_channel_check`.execute(db);
  await sql`alter table case_record add constraint case_record_channel_check check (channel in (${list(channels)}))`.execute(
    db,
  );
}
