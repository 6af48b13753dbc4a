import { type Kysely, sql } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import { openStatuses } from '../../shared/cases.ts';
import { chinaDayIndexStart, chinaOffsetSeconds } from '../../shared/china-time.ts';
import { pathInScope } from '../access/scope-sql.ts';
import type { Period } from './period.ts';
import { type Scope, supervisedBy } from './supervision-board.repository.ts';

/**
 * Queries of the leader dashboard (领导驾驶舱): counts over a range of intake dates (one index range
 * scan each), open work now (the partial index of open cases), and the three-rate counters rolled up
 * per unit and month (unit_month_rate), so nothing here reads the whole case table.
 */

/**
 * Cases registered per day or week (China time, weeks from Monday) in the period: the bucket's
 * start → count. Buckets are whole numbers (days or weeks since the epoch), cheaper per row than dates.
 */
export async function countByBucket(
  db: Kysely<DB>,
  scope: Scope,
  period: Period,
  unit: 'day' | 'week',
): Promise<Map<number, number>> {
  // 1970-01-01 was a Thursday: day 4 is the first Monday.
  const day = sql`floor((extract(epoch from case_record.created_at) + ${sql.lit(chinaOffsetSeconds)}) / 86400)`;
  const bucket = unit === 'week' ? sql<number>`floor((${day} - 4) / 7)::int` : sql<number>`${day}::int`;
  const rows = await db
    .selectFrom('case_record')
    .select([bucket.as('bucket'), (eb) => eb.fn.countAll<number>().as('n')])
    .where('created_at', '>=', period.from)
    .where('created_at', '<', period.to)
    .where(supervisedBy(scope))
    .groupBy(sql`1`)
    .execute();
  const startOf = (b: number) => chinaDayIndexStart(unit === 'week' ? b * 7 + 4 : b);
  return new Map(rows.map((r) => [startOf(Number(r.bucket)), Number(r.n)]));
}

export interface Breakdown {
  byCategory: Map<number, number>;
  /** Township or subdistrict path (/1/5/) → count. */
  byTown: Map<string, number>;
  /** Intake channel (hotline, citizen_web…) → count. */
  byChannel: Map<string, number>;
}

/**
 * One scan of the period's cases, counted per category, per place and per intake channel (grouping
 * sets; the place's path, not a per-row expression, so the scan stays cheap). Places are rolled up to
 * their township or subdistrict: the first two levels of the path, /1/5/.
 */
export async function countBreakdown(db: Kysely<DB>, scope: Scope, period: Period): Promise<Breakdown> {
  const result = await sql<{
    category_id: string | number | null;
    place_path: string | null;
    channel: string | null;
    grouped: number;
    n: number;
  }>`
    select case_record.category_id, case_record.place_path, case_record.channel,
      grouping(case_record.category_id, case_record.place_path) as grouped, count(*)::int as n
    from case_record
    where case_record.created_at >= ${period.from} and case_record.created_at < ${period.to} and ${supervisedBy(scope)}
    group by grouping sets ((case_record.category_id), (case_record.place_path), (case_record.channel))`.execute(db);
  // grouping(category_id, place_path): 1 = per category, 2 = per place, 3 = per channel.
  const byCategory = new Map<number, number>();
  const byTown = new Map<string, number>();
  const byChannel = new Map<string, number>();
  for (const row of result.rows) {
    const grouped = Number(row.grouped);
    if (grouped === 2) {
      const town = /^\/\d+\/\d+\//.exec(row.place_path ?? '')?.[0];
      if (town) byTown.set(town, (byTown.get(town) ?? 0) + Number(row.n));
    } else if (grouped === 3) {
      if (row.channel !== null) byChannel.set(row.channel, Number(row.n));
    } else if (row.category_id !== null) byCategory.set(Number(row.category_id), Number(row.n));
  }
  return { byCategory, byTown, byChannel };
}

/** Open cases now. */
export async function countOpen(db: Kysely<DB>, scope: Scope): Promise<number> {
  const row = await db
    .selectFrom('case_record')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('status', 'in', [...openStatuses])
    .where(supervisedBy(scope))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export interface UnitCounters {
  id: number;
  nameZh: string;
  nameEn: string | null;
  type: string;
  dispatched: number;
  respondedOnTime: number;
  rated: number;
  solved: number;
  satisfied: number;
}

/**
 * The three-rate counters (三率) summed over the months `fromMonth`..`toMonth` (first days), per unit
 * of the given types in the actor's scope; without types, one row for all units together (id 0).
 */
export async function sumRateCounters(
  db: Kysely<DB>,
  scope: Scope,
  fromMonth: string,
  toMonth: string,
  unitTypes: readonly string[] | null,
): Promise<UnitCounters[]> {
  const inScope = pathInScope(scope.actor, 'case.supervise', sql.ref('u.path'));
  const sums = sql`coalesce(sum(r.dispatched), 0)::int as dispatched, coalesce(sum(r.responded_on_time), 0)::int as responded_on_time, coalesce(sum(r.rated), 0)::int as rated,
    coalesce(sum(r.solved), 0)::int as solved, coalesce(sum(r.satisfied), 0)::int as satisfied`;
  type Row = {
    id: string | number;
    name_zh: string;
    name_en: string | null;
    type: string;
    dispatched: number;
    responded_on_time: number;
    rated: number;
    solved: number;
    satisfied: number;
  };
  const result =
    unitTypes === null
      ? await sql<Row>`select 0 as id, '' as name_zh, null as name_en, '' as type, ${sums}
          from unit_month_rate r join unit u on u.id = r.unit_id
          where r.month >= ${fromMonth}::date and r.month <= ${toMonth}::date and ${inScope}`.execute(db)
      : await sql<Row>`select u.id, u.name_zh, u.name_en, u.type, ${sums}
          from unit_month_rate r join unit u on u.id = r.unit_id
          where r.month >= ${fromMonth}::date and r.month <= ${toMonth}::date and u.type in (${sql.join(unitTypes)}) and ${inScope}
          group by u.id, u.name_zh, u.name_en, u.type`.execute(db);
  return result.rows.map((r) => ({
    id: Number(r.id),
    nameZh: r.name_zh,
    nameEn: r.name_en,
    type: r.type,
    dispatched: Number(r.dispatched),
    respondedOnTime: Number(r.responded_on_time),
    rated: Number(r.rated),
    solved: Number(r.solved),
    satisfied: Number(r.satisfied),
  }));
}
