import { type Kysely, sql } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import { pathUnderColumn } from '../access/scope-sql.ts';

/** Names of the active units (单位名称: townships, villages, communities, departments) for the user dictionary. */
export async function listUnitNames(db: Kysely<DB>): Promise<string[]> {
  const rows = await db.selectFrom('unit').select('name_zh').where('active', '=', true).orderBy('id').execute();
  return rows.map((row) => row.name_zh);
}

export interface ClosedCaseText {
  title: string;
  description: string;
  /** Name of the level-1 ancestor (一级分类) of the case's final category. */
  level1: string;
}

/** Closed cases (已归档) with a category, and the name of that category's level-1 ancestor, oldest first. */
export async function listClosedCaseTexts(db: Kysely<DB>): Promise<ClosedCaseText[]> {
  return db
    .selectFrom('case_record as c')
    .innerJoin('category as leaf', 'leaf.id', 'c.category_id')
    .innerJoin('category as top', (join) =>
      join.on('top.parent_id', 'is', null).on(pathUnderColumn(sql.ref('leaf.path'), sql.ref('top.path'))),
    )
    .select(['c.title', 'c.description', 'top.name_zh as level1'])
    .where('c.status', '=', 'closed')
    .orderBy('c.id')
    .execute();
}

export interface Level1Category {
  id: number;
  name_zh: string;
}

/** The active level-1 categories (the roots of the category tree). */
export async function listLevel1Categories(db: Kysely<DB>): Promise<Level1Category[]> {
  const rows = await db
    .selectFrom('category')
    .select(['id', 'name_zh'])
    .where('parent_id', 'is', null)
    .where('active', '=', true)
    .orderBy('sort_order')
    .orderBy('id')
    .execute();
  return rows.map((row) => ({ id: Number(row.id), name_zh: row.name_zh }));
}
