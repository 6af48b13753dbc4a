import { type Kysely, type Selectable, sql } from 'kysely';
import type { DB, UnitTable } from '../../platform/db/schema.ts';
import type { Actor } from '../access/actor.ts';
import { likeContaining, likePrefix, pathInScope, pathUnderColumn } from '../access/scope-sql.ts';

export type UnitRow = Selectable<UnitTable>;

export interface UnitQuery {
  q?: string | undefined;
  parentId?: number | undefined;
  type?: string | undefined;
  includeInactive?: boolean | undefined;
  limit: number;
}

/** Units the actor may read, filtered; scope is part of the WHERE clause. */
export async function listUnitsInScope(
  db: Kysely<DB>,
  actor: Actor,
  query: UnitQuery,
): Promise<{ rows: UnitRow[]; total: number }> {
  let base = db.selectFrom('unit').where(pathInScope(actor, 'unit.read', sql.ref('unit.path')));
  if (!query.includeInactive) base = base.where('active', '=', true);
  if (query.parentId !== undefined) base = base.where('parent_id', '=', query.parentId);
  if (query.type) base = base.where('type', '=', query.type);
  if (query.q) {
    const like = likeContaining(query.q);
    base = base.where((eb) =>
      eb.or([eb('code', 'ilike', like), eb('name_zh', 'like', like), eb('name_en', 'ilike', like)]),
    );
  }
  const [rows, count] = await Promise.all([
    base.selectAll().orderBy('depth').orderBy('sort_order').orderBy('code').limit(query.limit).execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/** A unit by id, but only if the actor may read it: out of scope is the same as missing. */
export async function findUnitInScope(db: Kysely<DB>, actor: Actor, id: number): Promise<UnitRow | undefined> {
  return db
    .selectFrom('unit')
    .selectAll()
    .where('id', '=', id)
    .where(pathInScope(actor, 'unit.read', sql.ref('unit.path')))
    .executeTakeFirst();
}

export async function findUnit(
  db: Kysely<DB>,
  id: number,
  options: { forUpdate?: boolean } = {},
): Promise<UnitRow | undefined> {
  let query = db.selectFrom('unit').selectAll().where('id', '=', id);
  if (options.forUpdate) query = query.forUpdate();
  return query.executeTakeFirst();
}

export async function findUnitByCode(db: Kysely<DB>, code: string): Promise<UnitRow | undefined> {
  return db.selectFrom('unit').selectAll().where('code', '=', code).executeTakeFirst();
}

export async function findUnitsByCodes(db: Kysely<DB>, codes: string[]): Promise<UnitRow[]> {
  if (codes.length === 0) return [];
  return db.selectFrom('unit').selectAll().where('code', 'in', codes).execute();
}

export async function codeExists(db: Kysely<DB>, code: string, exceptId?: number): Promise<boolean> {
  let query = db
    .selectFrom('unit')
    .select('id')
    .where(sql<string>`lower(code)`, '=', code.toLowerCase());
  if (exceptId !== undefined) query = query.where('id', '<>', exceptId);
  return (await query.executeTakeFirst()) !== undefined;
}

export interface NewUnit {
  code: string;
  name_zh: string;
  name_en: string | null;
  type: string;
  parent_id: number | null;
  sort_order?: number;
}

/** Inserts a unit and fills its path from its parent's, in one transaction. */
export async function insertUnit(db: Kysely<DB>, unit: NewUnit, parent: UnitRow | null, now: Date): Promise<UnitRow> {
  const inserted = await db
    .insertInto('unit')
    .values({ ...unit, path: '/', depth: parent ? parent.depth + 1 : 0, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  const id = Number(inserted.id);
  return db
    .updateTable('unit')
    .set({ path: `${parent ? parent.path : '/'}${id}/` })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Updates fields if the version still matches; undefined when someone else changed it first. */
export async function updateUnitFields(
  db: Kysely<DB>,
  id: number,
  version: number,
  fields: Partial<{ code: string; name_zh: string; name_en: string | null; type: string; active: boolean }>,
  now: Date,
): Promise<UnitRow | undefined> {
  return db
    .updateTable('unit')
    .set({ ...fields, version: sql<number>`version + 1`, updated_at: now })
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
}

/**
 * Moves a unit and its whole subtree under a new parent: every path and depth below changes too.
 * Answers the unit's new path. The copies of these paths elsewhere are `rewriteCopiedPaths`'s job.
 */
export async function moveSubtree(db: Kysely<DB>, unit: UnitRow, newParent: UnitRow, now: Date): Promise<string> {
  const newPath = `${newParent.path}${unit.id}/`;
  const depthShift = newParent.depth + 1 - unit.depth;
  await sql`
    update unit set
      path = ${newPath} || substr(path, ${unit.path.length + 1}),
      depth = depth + ${depthShift},
      updated_at = ${now}
    where path like ${likePrefix(unit.path)}`.execute(db);
  await db
    .updateTable('unit')
    .set({ parent_id: Number(newParent.id), version: sql<number>`version + 1` })
    .where('id', '=', Number(unit.id))
    .execute();
  return newPath;
}

/** The township or subdistrict (镇街) on a tree path nearest the root, as `townshipOf` picks it; null when none. */
export async function findTownshipOnPath(db: Kysely<DB>, path: string): Promise<number | null> {
  const row = await db
    .selectFrom('unit')
    .select('id')
    .where('type', 'in', ['township', 'subdistrict'])
    .where(pathUnderColumn(sql.val(path), sql.ref('unit.path')))
    .orderBy('depth')
    .limit(1)
    .executeTakeFirst();
  return row ? Number(row.id) : null;
}

export async function countChildren(db: Kysely<DB>, id: number): Promise<number> {
  const row = await db
    .selectFrom('unit')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('parent_id', '=', id)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** How many records refer to a unit: memberships, cases (as place, lead or party), programmes and tasks. */
export async function countReferences(db: Kysely<DB>, id: number): Promise<number> {
  const row = await sql<{ n: number }>`
    select (select count(*) from membership where unit_id = ${id})
         + (select count(*) from case_record where place_unit_id = ${id} or lead_unit_id = ${id})
         + (select count(*) from case_party where unit_id = ${id})
         + (select count(*) from programme where owner_unit_id = ${id})
         + (select count(*) from task where lead_unit_id = ${id})
         + (select count(*) from task_unit where unit_id = ${id}) as n`.execute(db);
  return Number(row.rows[0]?.n ?? 0);
}

/** Units by id (any scope: callers check access themselves). */
export async function findUnitsByIds(db: Kysely<DB>, ids: readonly number[]): Promise<UnitRow[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('unit')
    .selectAll()
    .where('id', 'in', [...ids])
    .execute();
}

export async function deleteUnit(db: Kysely<DB>, id: number): Promise<void> {
  await db.deleteFrom('unit').where('id', '=', id).execute();
}

export async function listAllUnits(db: Kysely<DB>, actor: Actor): Promise<UnitRow[]> {
  return db
    .selectFrom('unit')
    .selectAll()
    .where(pathInScope(actor, 'unit.read', sql.ref('unit.path')))
    .orderBy('path')
    .execute();
}

/** Serialises moves in the whole tree, so two concurrent moves can never make a cycle together. */
export async function lockTreeForMove(db: Kysely<DB>): Promise<void> {
  await sql`select pg_advisory_xact_lock(7300200)`.execute(db);
}

/** The whole tree in brief (id, code, parent, path) for imports, which resolve codes against it. */
export async function listUnitIndex(db: Kysely<DB>): Promise<UnitRow[]> {
  return db.selectFrom('unit').selectAll().orderBy('path').execute();
}
