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
