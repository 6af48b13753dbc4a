import { type Kysely, sql } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { Actor } from '../access/actor.ts';
import { readableBy } from './cases.repository.ts';
import { likePrefix } from '../access/scope-sql.ts';

export interface DuplicateCandidateRow {
  id: number;
  tracking_code: string;
  title: string;
  description: string;
  status: string;
  place_unit_id: number | null;
  place_path: string;
  created_at: Date;
  heat: number;
}

/**
 * Earlier cases that share telling character pairs with a text, created since a time, at a place
 * under `placePrefix` (the township), readable by the actor; the closest by rank first. Declined and
 * merged cases are left out: they are not where a new report should go.
 */
export async function findDuplicateCandidates(
  db: Kysely<DB>,
  actor: Actor,
  search: { query: string; since: Date; placePrefix: string | null; excludeId: number | null; limit: number },
): Promise<DuplicateCandidateRow[]> {
  let query = db
    .selectFrom('case_search')
    .innerJoin('case_record', 'case_record.id', 'case_search.case_id')
    .select([
      'case_record.id',
      'case_record.tracking_code',
      'case_record.title',
      'case_record.description',
      'case_record.status',
      'case_record.place_unit_id',
      'case_record.place_path',
      'case_record.created_at',
      'case_record.heat',
    ])
    .where(sql<boolean>`case_search.search @@ ${search.query}::tsquery`)
    .where('case_search.created_at', '>=', search.since) // reads only the partitions of the window's months
    .where('case_record.created_at', '>=', search.since)
    .where('case_record.status', 'not in', ['declined', 'merged'])
    .where(readableBy(actor));
  if (search.placePrefix) query = query.where('case_record.place_path', 'like', likePrefix(search.placePrefix));
  if (search.excludeId !== null) query = query.where('case_record.id', '<>', search.excludeId);
  return query
    .orderBy(sql`ts_rank(case_search.search, ${search.query}::tsquery)`, 'desc')
    .orderBy('case_record.id', 'desc')
    .limit(search.limit)
    .execute();
}
