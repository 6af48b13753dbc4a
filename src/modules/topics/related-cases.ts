import { type Kysely, type SqlBool, sql } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { Actor } from '../access/actor.ts';
import { likePrefix } from '../access/scope-sql.ts';
import { readableBy } from '../cases/cases.repository.ts';

/**
 * How many cases (诉求) concern the same matter as a topic (热点): cases of the last year whose
 * title or description contains one of the topic's keywords (or, without keywords, a word of its
 * title), in the topic's category and below when it has one. Deliberately simple and isolated
 * here: a text-similarity measure can replace it without touching its callers.
 */

export interface RelatedCaseQuery {
  id: number;
  title: string;
  keywords: readonly string[];
  /** The category's tree path (/3/17/), when the topic has a category. */
  categoryPath: string | null;
}

const lookBackMs = 365 * 86_400_000;

/** Keywords to match: the given ones, else the title's words (split at spaces and punctuation, two characters or more). */
export function matchWords(topic: Pick<RelatedCaseQuery, 'title' | 'keywords'>): string[] {
  const given = topic.keywords.map((k) => k.trim()).filter((k) => [...k].length >= 2);
  const words =
    given.length > 0
      ? given
      : topic.title.split(/[\s,，.。、;；:：!！?？"“”'‘’()（）《》【】]+/).filter((w) => [...w].length >= 2);
  return [...new Set(words)].slice(0, 10);
}

/** The condition a case (the `case_record` row named `table`) meets when it concerns the topic's matter; null when the topic has no words to match. */
function matchCondition(topic: RelatedCaseQuery, since: Date, table: 'c' | 'case_record') {
  const words = matchWords(topic);
  if (words.length === 0) return null;
  const col = (name: string) => sql.ref(`${table}.${name}`);
  const matches = sql.join(
    words.map((w) => sql`(position(${w} in ${col('title')}) > 0 or position(${w} in ${col('description')}) > 0)`),
    sql` or `,
  );
  const inCategory =
    topic.categoryPath === null
      ? sql`true`
      : sql`exists (select 1 from category k where k.id = ${col('category_id')} and k.path like ${likePrefix(topic.categoryPath)})`;
  return sql<SqlBool>`${col('created_at')} >= ${since} and ${col('status')} <> 'merged' and (${matches}) and ${inCategory}`;
}

export async function countRelatedCases(
  db: Kysely<DB>,
  topics: readonly RelatedCaseQuery[],
  now: Date,
): Promise<Map<number, number>> {
  const counts = new Map<number, number>();
  const since = new Date(now.getTime() - lookBackMs);
  for (const topic of topics) {
    const condition = matchCondition(topic, since, 'c');
    if (condition === null) {
      counts.set(topic.id, 0);
      continue;
    }
    const result = await sql<{ n: number }>`select count(*) as n from case_record c where ${condition}`.execute(db);
    counts.set(topic.id, Number(result.rows[0]?.n ?? 0));
  }
  return counts;
}

/** The newest related cases the reader may open (their case.read scope in the WHERE clause), at most `limit`. */
export async function listRelatedCases(
  db: Kysely<DB>,
  actor: Actor,
  topic: RelatedCaseQuery,
  now: Date,
  limit: number,
) {
  // readableBy names the table itself (case_record), so the list does too.
  const condition = matchCondition(topic, new Date(now.getTime() - lookBackMs), 'case_record');
  if (condition === null) return [];
  return db
    .selectFrom('case_record')
    .select(['id', 'tracking_code', 'title', 'status', 'created_at'])
    .where(condition)
    .where(readableBy(actor))
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}
