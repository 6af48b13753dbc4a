import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { Actor } from '../access/actor.ts';
import { countMatchingCases, listMatchingCases, type RelatedCaseMatch } from './related-cases.repository.ts';

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

/** What a case must meet to concern the topic's matter; null when the topic has no words to match. */
function matchOf(topic: RelatedCaseQuery, now: Date): RelatedCaseMatch | null {
  const words = matchWords(topic);
  if (words.length === 0) return null;
  return { words, categoryPath: topic.categoryPath, since: new Date(now.getTime() - lookBackMs) };
}

export async function countRelatedCases(
  db: Kysely<DB>,
  topics: readonly RelatedCaseQuery[],
  now: Date,
): Promise<Map<number, number>> {
  const counts = new Map<number, number>();
  for (const topic of topics) {
    const match = matchOf(topic, now);
    counts.set(topic.id, match === null ? 0 : await countMatchingCases(db, match));
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
  const match = matchOf(topic, now);
  return match === null ? [] : listMatchingCases(db, actor, match, limit);
}
