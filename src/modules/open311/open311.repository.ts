import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';

/**
 * Read queries for the public Open311 feed. They select only the columns the public may see (the
 * masked description, the address to its road; no reporter, no extra fields, no internal notes),
 * so nothing else can leak further up.
 */

export interface PublicRequestRow {
  id: number;
  tracking_code: string;
  status: string;
  category_id: number | null;
  /** The description with personal data hidden; null on a row written without it (then masked when presented). */
  description_masked: string | null;
  description: string;
  /** The address to its road or community. */
  address: string | null;
  lat: number | null;
  lng: number | null;
  place_unit_id: number | null;
  lead_unit_id: number | null;
  resolve_due_at: Date | null;
  created_at: Date;
  updated_at: Date;
  /** The public wording of the latest event that has one. */
  status_notes: string | null;
  /** The public wording of the latest decline or merge. */
  closing_text: string | null;
}

export interface PublicRequestFilter {
  trackingCodes?: readonly string[] | undefined;
  categoryIds?: readonly number[] | undefined;
  statuses?: readonly string[] | undefined;
  /** created_at >= from */
  from?: Date | undefined;
  /** created_at <= to */
  to?: Date | undefined;
}

/** Newest first, at most `limit`. */
export async function listPublicRequests(
  db: Kysely<DB>,
  filter: PublicRequestFilter,
  limit: number,
): Promise<PublicRequestRow[]> {
  let query = db
    .selectFrom('case_record as c')
    .select([
      'c.id',
      'c.tracking_code',
      'c.status',
      'c.category_id',
      'c.description_masked',
      'c.description',
      'c.address_masked as address',
      'c.lat',
      'c.lng',
      'c.place_unit_id',
      'c.lead_unit_id',
      'c.resolve_due_at',
      'c.created_at',
      'c.updated_at',
    ])
    .select((eb) =>
      eb
        .selectFrom('case_event as e')
        .select('e.public_text')
        .whereRef('e.case_id', '=', 'c.id')
        .where('e.public_text', 'is not', null)
        .orderBy('e.id', 'desc')
        .limit(1)
        .as('status_notes'),
    )
    .select((eb) =>
      eb
        .selectFrom('case_event as e')
        .select('e.public_text')
        .whereRef('e.case_id', '=', 'c.id')
        .where('e.action', 'in', ['decline', 'merge'])
        .orderBy('e.id', 'desc')
        .limit(1)
        .as('closing_text'),
    );
  if (filter.trackingCodes)
    query = query.where('c.tracking_code', 'in', filter.trackingCodes.length > 0 ? [...filter.trackingCodes] : ['']);
  if (filter.categoryIds)
    query = query.where('c.category_id', 'in', filter.categoryIds.length > 0 ? [...filter.categoryIds] : [0]);
  if (filter.statuses) query = query.where('c.status', 'in', [...filter.statuses]);
  if (filter.from) query = query.where('c.created_at', '>=', filter.from);
  if (filter.to) query = query.where('c.created_at', '<=', filter.to);
  const rows = await query.orderBy('c.created_at', 'desc').orderBy('c.id', 'desc').limit(limit).execute();
  return rows.map((row) => ({
    ...row,
    id: Number(row.id),
    category_id: row.category_id === null ? null : Number(row.category_id),
    place_unit_id: row.place_unit_id === null ? null : Number(row.place_unit_id),
    lead_unit_id: row.lead_unit_id === null ? null : Number(row.lead_unit_id),
    status_notes: row.status_notes ?? null,
    closing_text: row.closing_text ?? null,
  }));
}

/** When the category tree (the service list) last changed. */
export async function findCategoriesChangedAt(db: Kysely<DB>): Promise<Date | null> {
  const row = await db
    .selectFrom('category')
    .select((eb) => eb.fn.max('updated_at').as('at'))
    .executeTakeFirst();
  return row?.at ? new Date(row.at as Date) : null;
}

export interface PublicEventRow {
  id: number;
  at: Date;
  action: string;
  to_status: string | null;
  public_text: string | null;
  tracking_code: string;
}

/** The public steps of cases in a window, oldest first, at most `limit` (servicerequestupdates). */
export async function listPublicEvents(
  db: Kysely<DB>,
  window: { from: Date; to: Date },
  actions: readonly string[],
  limit: number,
): Promise<PublicEventRow[]> {
  const rows = await db
    .selectFrom('case_event as e')
    .innerJoin('case_record as c', 'c.id', 'e.case_id')
    .select(['e.id', 'e.at', 'e.action', 'e.to_status', 'e.public_text', 'c.tracking_code'])
    .where('e.at', '>=', window.from)
    .where('e.at', '<=', window.to)
    .where('e.action', 'in', [...actions])
    .orderBy('e.at')
    .orderBy('e.id')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ ...r, id: Number(r.id), at: new Date(r.at) }));
}
