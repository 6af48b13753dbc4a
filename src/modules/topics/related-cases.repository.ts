import { type Kysely, type SqlBool, sql } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { Actor } from '../access/actor.ts';
import { likePrefix } from '../access/scope-sql.ts';
import { readableBy } from '../cases/cases.repository.ts';

/** Which cases concern a topic's matter (see related-cases.ts for how the words and the window are chosen). */
export interface RelatedCaseMatch {
  /** A case matches when its title or description contains one of these (at least one). */
  words: readonly string[];
  /** The category's tree path (/3/17/): only cases in it and below; null for any category. */
  categoryPath: string | null;
  /** Only cases created at or after this. */
  since: Date;
}

/** The condition a case (the `case_record` row named `table`) meets when it matches. */
function matchCondition(match: RelatedCaseMatch, table: 'c' | 'case_record') {
  const col = (name: string) => sql.ref(`${table}.${name}`);
  const matches = sql.join(
    match.words.map((w) => sql`(position(${w} in ${col('title')}) > 0 or position(${w} in ${col('description')}) > 0)`),
    sql` or `,
  );
  const inCategory =
    match.categoryPath === null
      ? sql`true`
      : sql`exists (select 1 from category k where k.id = ${col('category_id')} and k.path like ${likePrefix(match.categoryPath)})`;
  return sql<SqlBool>`${col('created_at')} >= ${match.since} and ${col('status')} <> 'merged' and (${matches}) and ${inCategory}`;
}

/** How many cases match (in every scope: a count reveals no case). */
export async function countMatchingCases(db: Kysely<DB>, match: RelatedCaseMatch): Promise<number> {
  const result = await sql<{
    n: number;
  }>`select count(*) as n from case_record c where ${matchCondition(match, 'c')}`.execute(db);
  return Number(result.rows[0]?.n ?? 0);
}

/** The newest matching cases the reader may open (their case.read scope in the WHERE clause), at most `limit`. */
export async function listMatchingCases(db: Kysely<DB>, actor: Actor, match: RelatedCaseMatch, limit: number) {
  // readableBy names the table itself (case_record), so the list does too.
  return db
    .selectFrom('case_record')
    .select(['id', 'tracking_code', 'title', 'status', 'created_at'])
    .where(matchCondition(match, 'case_record'))
    .where(readableBy(actor))
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}
