import { type Kysely, type Selectable, sql } from 'kysely';
import type { CategoryTable, DB } from '../../platform/db/schema.ts';

export type CategoryRow = Selectable<CategoryTable>;

export interface NewCategory {
  code: string;
  parent_id: number | null;
  name_zh: string;
  name_en: string | null;
  routing: unknown;
  limits: unknown;
  extra_fields: unknown;
  sort_order?: number;
}

const json = (value: unknown) => (value === null || value === undefined ? null : sql`${JSON.stringify(value)}::jsonb`);

export async function countCategories(db: Kysely<DB>): Promise<number> {
  const row = await db
    .selectFrom('category')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function listCategories(db: Kysely<DB>, includeInactive: boolean): Promise<CategoryRow[]> {
  let query = db.selectFrom('category').selectAll();
  if (!includeInactive) query = query.where('active', '=', true);
  return query.orderBy('depth').orderBy('sort_order').orderBy('code').execute();
}

export async function findCategory(
  db: Kysely<DB>,
  id: number,
  options: { forUpdate?: boolean } = {},
): Promise<CategoryRow | undefined> {
  let query = db.selectFrom('category').selectAll().where('id', '=', id);
  if (options.forUpdate) query = query.forUpdate();
  return query.executeTakeFirst();
}

export async function findCategoryByCode(db: Kysely<DB>, code: string): Promise<CategoryRow | undefined> {
  return db.selectFrom('category').selectAll().where('code', '=', code).executeTakeFirst();
}

/** A category and its ancestors, the root first. */
export async function findLineage(db: Kysely<DB>, id: number): Promise<CategoryRow[]> {
  const row = await findCategory(db, id);
  if (!row) return [];
  const ids = row.path.split('/').filter(Boolean).map(Number);
  const rows = await db.selectFrom('category').selectAll().where('id', 'in', ids).execute();
  return rows.sort((a, b) => a.depth - b.depth);
}

export async function insertCategory(
  db: Kysely<DB>,
  category: NewCategory,
  parent: CategoryRow | null,
  now: Date,
): Promise<CategoryRow> {
  const inserted = await db
    .insertInto('category')
    .values({
      code: category.code,
      parent_id: category.parent_id,
      name_zh: category.name_zh,
      name_en: category.name_en,
      routing: json(category.routing),
      limits: json(category.limits),
      extra_fields: json(category.extra_fields ?? []) ?? sql`'[]'::jsonb`,
      sort_order: category.sort_order ?? 0,
      path: '/',
      depth: parent ? parent.depth + 1 : 0,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const id = Number(inserted.id);
  return db
    .updateTable('category')
    .set({ path: `${parent ? parent.path : '/'}${id}/` })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export interface CategoryFields {
  name_zh?: string;
  name_en?: string | null;
  routing?: unknown;
  limits?: unknown;
  extra_fields?: unknown;
  active?: boolean;
}

/** Updates when the version still matches; undefined when someone else changed it first. */
export async function updateCategory(
  db: Kysely<DB>,
  id: number,
  version: number,
  fields: CategoryFields,
  now: Date,
): Promise<CategoryRow | undefined> {
  const set: Record<string, unknown> = { updated_at: now, version: sql`version + 1` };
  if (fields.name_zh !== undefined) set.name_zh = fields.name_zh;
  if (fields.name_en !== undefined) set.name_en = fields.name_en;
  if (fields.routing !== undefined) set.routing = json(fields.routing);
  if (fields.limits !== undefined) set.limits = json(fields.limits);
  if (fields.extra_fields !== undefined) set.extra_fields = json(fields.extra_fields);
  if (fields.active !== undefined) set.active = fields.active;
  return db
    .updateTable('category')
    .set(set)
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
}

/** Inserts one level of the tree at once (parents already stored) and fills the paths; code → id. */
export async function insertCategoryLevel(
  db: Kysely<DB>,
  rows: readonly NewCategory[],
  depth: number,
  now: Date,
): Promise<Map<string, number>> {
  const result = new Map<string, number>();
  for (let start = 0; start < rows.length; start += 500) {
    const chunk = rows.slice(start, start + 500);
    const inserted = await db
      .insertInto('category')
      .values(
        chunk.map((c) => ({
          code: c.code,
          parent_id: c.parent_id,
          name_zh: c.name_zh,
          name_en: c.name_en,
          routing: json(c.routing),
          limits: json(c.limits),
          extra_fields: json(c.extra_fields ?? []) ?? sql`'[]'::jsonb`,
          sort_order: c.sort_order ?? 0,
          path: '/',
          depth,
          updated_at: now,
        })),
      )
      .returning(['id', 'code'])
      .execute();
    for (const row of inserted) result.set(row.code, Number(row.id));
  }
  await sql`
    update category c set path = coalesce(p.path, '/') || c.id || '/'
    from category c2 left join category p on p.id = c2.parent_id
    where c2.id = c.id and c.depth = ${depth} and c.path = '/'`.execute(db);
  return result;
}

/** 相关分类: a pair is stored once, the smaller id first. */
function pairOf(a: number, b: number): { low_id: number; high_id: number } {
  return a < b ? { low_id: a, high_id: b } : { low_id: b, high_id: a };
}

/** Every related pair, for the directory. */
export async function listCategoryRelations(db: Kysely<DB>): Promise<{ low_id: number; high_id: number }[]> {
  const rows = await db.selectFrom('category_relation').select(['low_id', 'high_id']).execute();
  return rows.map((r) => ({ low_id: Number(r.low_id), high_id: Number(r.high_id) }));
}

/** The categories related to one, by name. */
export async function listRelatedCategories(db: Kysely<DB>, id: number): Promise<CategoryRow[]> {
  return db
    .selectFrom('category')
    .selectAll()
    .where((eb) =>
      eb.or([
        eb('id', 'in', eb.selectFrom('category_relation').select('high_id').where('low_id', '=', id)),
        eb('id', 'in', eb.selectFrom('category_relation').select('low_id').where('high_id', '=', id)),
      ]),
    )
    .orderBy('depth')
    .orderBy('sort_order')
    .orderBy('code')
    .execute();
}

/** Adds a pair; false when it was there already. */
export async function insertCategoryRelation(
  db: Kysely<DB>,
  a: number,
  b: number,
  personId: number | null,
  now: Date,
): Promise<boolean> {
  const result = await db
    .insertInto('category_relation')
    .values({ ...pairOf(a, b), created_by: personId, created_at: now })
    .onConflict((oc) => oc.columns(['low_id', 'high_id']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** Removes a pair; false when there was none. */
export async function deleteCategoryRelation(db: Kysely<DB>, a: number, b: number): Promise<boolean> {
  const pair = pairOf(a, b);
  const result = await db
    .deleteFrom('category_relation')
    .where('low_id', '=', pair.low_id)
    .where('high_id', '=', pair.high_id)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
