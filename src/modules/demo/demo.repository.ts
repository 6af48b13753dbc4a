import { type Kysely, sql } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';

export async function countUnits(db: Kysely<DB>): Promise<number> {
  const row = await db
    .selectFrom('unit')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Inserts one level of units whose parents already exist, then fills their paths from the parents'. */
export async function insertUnitLevel(
  db: Kysely<DB>,
  units: {
    code: string;
    name_zh: string;
    name_en: string;
    type: string;
    parent_id: number | null;
    depth: number;
    sort_order: number;
  }[],
  now: Date,
): Promise<Map<string, number>> {
  if (units.length === 0) return new Map();
  const rows = await db
    .insertInto('unit')
    .values(units.map((u) => ({ ...u, path: '/', updated_at: now })))
    .returning(['id', 'code'])
    .execute();
  const ids = rows.map((r) => Number(r.id));
  await sql`
    update unit set path = coalesce((select p.path from unit p where p.id = unit.parent_id), '/') || unit.id || '/'
    where unit.id in (${sql.join(ids)})`.execute(db);
  return new Map(rows.map((r) => [r.code, Number(r.id)]));
}

export async function insertPeople(
  db: Kysely<DB>,
  people: {
    username: string;
    display_name: string;
    mobile: string;
    kind: 'staff' | 'citizen';
    password_hash: string;
  }[],
  now: Date,
): Promise<Map<string, number>> {
  const rows = await db
    .insertInto('person')
    .values(people.map((p) => ({ ...p, updated_at: now, password_changed_at: now })))
    .returning(['id', 'username'])
    .execute();
  return new Map(rows.map((r) => [r.username ?? '', Number(r.id)]));
}

export async function insertMemberships(
  db: Kysely<DB>,
  rows: { person_id: number; unit_id: number; role: string }[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += 1000)
    await db
      .insertInto('membership')
      .values(rows.slice(i, i + 1000))
      .execute();
}

export async function countCases(db: Kysely<DB>): Promise<number> {
  const row = await db
    .selectFrom('case_record')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function countProgrammes(db: Kysely<DB>): Promise<number> {
  const row = await db
    .selectFrom('programme')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The earliest milestone a case waits for (its next sweep), if any. */
export async function findNextSweepAt(db: Kysely<DB>): Promise<Date | null> {
  const row = await db
    .selectFrom('case_record')
    .select(sql<Date | null>`min(next_sweep_at)`.as('at'))
    .executeTakeFirst();
  return row?.at ? new Date(row.at) : null;
}

/** Every person with a username: username → id. */
export async function mapUsernames(db: Kysely<DB>): Promise<Map<string, number>> {
  const rows = await db.selectFrom('person').select(['id', 'username']).where('username', 'is not', null).execute();
  return new Map(rows.map((p) => [p.username ?? '', Number(p.id)]));
}

/** Every unit: code → id. */
export async function mapUnitCodes(db: Kysely<DB>): Promise<Map<string, number>> {
  const rows = await db.selectFrom('unit').select(['id', 'code']).execute();
  return new Map(rows.map((u) => [u.code, Number(u.id)]));
}

export async function findPersonIdByUsername(db: Kysely<DB>, username: string): Promise<number | undefined> {
  const row = await db.selectFrom('person').select('id').where('username', '=', username).executeTakeFirst();
  return row ? Number(row.id) : undefined;
}

/** The first member of a unit holding one of these roles (by role, then person), if any. */
export async function findFirstMember(
  db: Kysely<DB>,
  unitId: number,
  roles: readonly string[],
): Promise<number | undefined> {
  const row = await db
    .selectFrom('membership')
    .select(['person_id', 'role'])
    .where('unit_id', '=', unitId)
    .where('role', 'in', [...roles])
    .orderBy('role')
    .orderBy('person_id')
    .executeTakeFirst();
  return row ? Number(row.person_id) : undefined;
}

/** The reports of a form, by task and then period. */
export async function listFormReports(db: Kysely<DB>, formId: number) {
  return db
    .selectFrom('report')
    .select(['id', 'task_id', 'due_at', 'period_key'])
    .where('form_id', '=', formId)
    .orderBy('task_id')
    .orderBy('period_end')
    .execute();
}
