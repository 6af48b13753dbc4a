import { type RawBuilder, sql } from 'kysely';
import type { EffectiveCategory } from '../categories/categories.service.ts';

/**
 * 反弹回潮: a new case is a recurrence of a closed one when it is the same problem at the same place
 * within the window (RECURRENCE_DAYS after the closure):
 *
 * - the same category, and a leaf of the tree (路灯, not 市政设施: a coarse category says nothing about
 *   the problem being the same), or a leaf an administrator marked as related to it (相关分类, e.g.
 *   路灯不亮 and 路灯损坏: table category_relation, migration 0018, kept in the case directory), and
 * - near: within `recurrenceRadiusMetres` when both cases have coordinates; else the same address,
 *   normalised (`addressKeySql`), when both have one; else, only when neither case has coordinates
 *   nor an address, the same place unit.
 *
 * Intake checks it in its one statement (case-intake.repository.ts, with `recurrenceMatchSql`) and
 * stores why (`RecurrenceReason`) beside `recurrence_of_id`; a dispatcher clears a wrong flag with the
 * clearRecurrence action, which takes the case out of the supervision board's recurrences.
 */

export const recurrenceRadiusMetres = 200;

/** What intake looks for: built by `recurrenceProbe`, null when the case cannot be compared. */
export interface RecurrenceProbe {
  categoryId: number;
  categoryName: string;
  /** The leaf categories related to it, id → name (相关分类). */
  related: Record<string, string>;
  placeUnitId: number | null;
  since: Date;
  withinDays: number;
}

/** Why a case was flagged, stored as `case_record.recurrence_reason`. */
export interface RecurrenceReason {
  /** The earlier, closed case. */
  caseId: number;
  /** The new case's (leaf) category's name. */
  category: string;
  /** The earlier case’s category when it is a related one (相关分类), else null (and absent before migration 0018). */
  relatedCategory: string | null;
  match: 'distance' | 'address' | 'place';
  /** How far apart, when both had coordinates. */
  metres: number | null;
  closedAt: string;
  /** Whole days from the closure to the new case. */
  daysSinceClosed: number;
  withinDays: number;
}

const leafCache = new WeakMap<Map<number, EffectiveCategory>, Set<number>>();

/** The ids of categories with children, worked out once per directory. */
function parentsOf(categories: Map<number, EffectiveCategory>): Set<number> {
  let parents = leafCache.get(categories);
  if (!parents) {
    parents = new Set();
    for (const c of categories.values()) {
      const ids = c.path.split('/').filter(Boolean).map(Number);
      for (const id of ids.slice(0, -1)) parents.add(id);
    }
    leafCache.set(categories, parents);
  }
  return parents;
}

export function recurrenceProbe(input: {
  categories: Map<number, EffectiveCategory>;
  /** 相关分类: category id → the ids related to it (both ways). */
  related: ReadonlyMap<number, readonly number[]>;
  category: EffectiveCategory | null;
  placeUnitId: number | null;
  now: Date;
  withinDays: number;
}): RecurrenceProbe | null {
  const { category } = input;
  const parents = parentsOf(input.categories);
  if (!category || parents.has(category.id)) return null;
  const related: Record<string, string> = {};
  for (const id of input.related.get(category.id) ?? []) {
    const other = input.categories.get(id);
    // A related category that has since gained children is no longer one problem.
    if (other && !parents.has(id)) related[String(id)] = other.nameZh;
  }
  return {
    categoryId: category.id,
    categoryName: category.nameZh,
    related,
    placeUnitId: input.placeUnitId,
    since: new Date(input.now.getTime() - input.withinDays * 86_400_000),
    withinDays: input.withinDays,
  };
}

/** An address compared for sameness: full-width folded (NFKC), lower case, without spaces and punctuation. */
export function addressKeySql(address: RawBuilder<unknown>): RawBuilder<string | null> {
  return sql<
    string | null
  >`nullif(regexp_replace(lower(normalize(${address}, NFKC)), '[[:space:][:punct:]，。、；：？！“”‘’（）【】《》·—…]', '', 'g'), '')`;
}

/** Great-circle distance in metres between two points (haversine; PostgreSQL 15, no PostGIS). */
function metresSql(
  lat1: RawBuilder<unknown>,
  lng1: RawBuilder<unknown>,
  lat2: RawBuilder<unknown>,
  lng2: RawBuilder<unknown>,
) {
  return sql<number>`(12742000 * asin(least(1, sqrt(
    power(sin(radians(${lat2} - ${lat1}) / 2), 2)
    + cos(radians(${lat1})) * cos(radians(${lat2})) * power(sin(radians(${lng2} - ${lng1}) / 2), 2)))))`;
}

/**
 * A lateral subquery naming the most recently closed case the intake row `x` recurs (columns
 * `id`, `reason`), or no row. `x` carries case_id, created_at, lat, lng, address and the probe
 * (recurrence_category_id, recurrence_category_name, recurrence_related (id → name of the related
 * categories), recurrence_place_id, recurrence_since, recurrence_days). The bounding box lets the comparison skip far cases before the trigonometry.
 */
export function recurrenceMatchSql(): RawBuilder<unknown> {
  const xLat = sql.ref('x.lat');
  const xLng = sql.ref('x.lng');
  const rLat = sql.ref('r.lat');
  const rLng = sql.ref('r.lng');
  const degLat = recurrenceRadiusMetres / 111_000;
  const both = sql`(x.lat is not null and x.lng is not null and r.lat is not null and r.lng is not null)`;
  const near = sql`(${both}
    and abs(r.lat - x.lat) <= ${sql.lit(degLat)}
    and abs(r.lng - x.lng) <= ${sql.lit(degLat)} / greatest(cos(radians(x.lat)), 0.01)
    and ${metresSql(xLat, xLng, rLat, rLng)} <= ${sql.lit(recurrenceRadiusMetres)})`;
  const sameAddress = sql`(not ${both} and ${addressKeySql(sql.ref('r.address'))} = ${addressKeySql(sql.ref('x.address'))})`;
  const samePlace = sql`(x.lat is null and r.lat is null
    and ${addressKeySql(sql.ref('x.address'))} is null and ${addressKeySql(sql.ref('r.address'))} is null
    and r.place_unit_id = x.recurrence_place_id)`;
  return sql`(
    select r.id, jsonb_build_object(
      'caseId', r.id,
      'category', x.recurrence_category_name,
      'relatedCategory', case when r.category_id <> x.recurrence_category_id then x.recurrence_related ->> r.category_id::text end,
      'match', case when ${both} then 'distance' when x.address is not null and r.address is not null then 'address' else 'place' end,
      'metres', case when ${both} then round(${metresSql(xLat, xLng, rLat, rLng)})::integer end,
      'closedAt', r.closed_at,
      'daysSinceClosed', floor(extract(epoch from (x.created_at - r.closed_at)) / 86400)::integer,
      'withinDays', x.recurrence_days
    ) as reason
    from case_record r
    where x.recurrence_since is not null
      and r.status = 'closed' and r.closed_at >= x.recurrence_since
      and r.category_id = any(array_append(
        array(select k::bigint from jsonb_object_keys(coalesce(x.recurrence_related, '{}'::jsonb)) as k),
        x.recurrence_category_id))
      and (${near} or ${sameAddress} or ${samePlace})
    order by r.closed_at desc
    limit 1
  )`;
}
