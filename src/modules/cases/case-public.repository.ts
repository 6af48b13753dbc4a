import { type Kysely, type SqlBool, sql } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import { likePrefix } from '../access/scope-sql.ts';
import type { CaseRow } from './cases.repository.ts';

/** Queries behind the public pages: a case by its tracking code, and the anonymised public list. */

/** A case by its tracking code (unique index), locked when it is to be rated. */
export async function findCaseByCode(
  db: Kysely<DB>,
  code: string,
  options: { forUpdate?: boolean } = {},
): Promise<CaseRow | undefined> {
  let query = db.selectFrom('case_record').selectAll().where('tracking_code', '=', code);
  if (options.forUpdate) query = query.forUpdate();
  return query.executeTakeFirst();
}

/** The mobile of the citizen account that reported a case, for cases filed while signed in. */
export async function findReporterMobile(db: Kysely<DB>, personId: number): Promise<string | null> {
  const row = await db.selectFrom('person').select('mobile').where('id', '=', personId).executeTakeFirst();
  return row?.mobile ?? null;
}

/** Statuses the public list shows: accepted and later, not declined or merged (待受理 is not vetted yet). */
export const publicOpenStatuses = ['accepted', 'dispatched', 'returned', 'handling', 'resolved', 'follow_up'] as const;

export interface PublicCaseFilter {
  closed: boolean;
  /** The area: a township's or village's path prefix (`/1/5/`); none for the whole district. */
  pathPrefix?: string | undefined;
  after?: { createdAt: Date; id: number } | undefined;
  limit: number;
}

export interface PublicCaseRow {
  id: number;
  category_id: number | null;
  place_unit_id: number | null;
  place_path: string;
  status: string;
  lat: number | null;
  lng: number | null;
  created_at: Date;
  closed_at: Date | null;
}

/**
 * The public list, newest first: only columns without personal data are read. No index of its
 * own: closed cases walk case_status_created_idx (status, created_at desc, id desc); open ones walk
 * case_created_idx backwards, where recent cases are mostly open; a village's cases come from
 * case_place_path_idx. At a million cases a page takes 1–11 ms on PostgreSQL
 * (bench-results/public-cases.json, `node scripts/bench-public-cases.ts`).
 */
export async function listPublicCases(db: Kysely<DB>, filter: PublicCaseFilter): Promise<PublicCaseRow[]> {
  let query = db
    .selectFrom('case_record')
    .select(['id', 'category_id', 'place_unit_id', 'place_path', 'status', 'lat', 'lng', 'created_at', 'closed_at']);
  query = filter.closed ? query.where('status', '=', 'closed') : query.where('status', 'in', [...publicOpenStatuses]);
  if (filter.pathPrefix) query = query.where('place_path', 'like', likePrefix(filter.pathPrefix));
  if (filter.after)
    query = query.where(sql<SqlBool>`(created_at, id) < (${filter.after.createdAt}, ${filter.after.id})`);
  const rows = await query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(filter.limit).execute();
  return rows.map((r) => ({
    ...r,
    id: Number(r.id),
    category_id: r.category_id === null ? null : Number(r.category_id),
    place_unit_id: r.place_unit_id === null ? null : Number(r.place_unit_id),
  }));
}
