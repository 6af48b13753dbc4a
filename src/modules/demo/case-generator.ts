import { type Kysely, sql } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import { chinaTimeZone } from '../../shared/china-time.ts';
import { pathUnderColumn } from '../access/scope-sql.ts';
import { monthStartsBetween } from '../search/search-months.ts';
import { ensureSearchPartitions } from '../search/search-partitions.ts';
import { searchDocument } from '../search/search-text.ts';
import { caseTexts } from './demo-case-texts.ts';

/**
 * Bulk case generator for benchmarks: realistic categories, places, lead units and states, made
 * inside the database (generate_series) so a million rows take a minute, not an hour.
 *
 * The model is a district with a steady daily volume: more rows mean a longer history, not more
 * open work. Cases older than two weeks are closed (a few declined); recent ones spread over the
 * open statuses. Sweep times are set to each open case's next milestone, as if the sweeper had been
 * running all along. The three-rate counters are rebuilt from the rows afterwards.
 */

export interface GenerateOptions {
  /** How many cases to add. */
  count: number;
  /** The newest case is made at `end`; older ones go back in time at `perDay` cases a day. */
  end: Date;
  perDay: number;
  /** Skip this many days before `end` (to add older history below existing rows). */
  offsetDays?: number;
  /** Distinguishes tracking codes of separate batches. */
  batch: string;
  seed?: number;
}

interface Pools {
  placeIds: number[];
  placePaths: string[];
  townIds: number[];
  townPaths: string[];
  departmentIds: number[];
  departmentPaths: string[];
  categoryIds: number[];
}

async function loadPools(db: Kysely<DB>): Promise<Pools> {
  const places = await sql<{ id: number; path: string; town_id: number; town_path: string }>`
    select p.id, p.path, t.id as town_id, t.path as town_path
    from unit p join unit t on ${pathUnderColumn(sql.ref('p.path'), sql.ref('t.path'))} and t.type in ('township', 'subdistrict')
    where p.type in ('village', 'community', 'grid') and p.active order by p.id`.execute(db);
  const departments = await db
    .selectFrom('unit')
    .select(['id', 'path'])
    .where('type', '=', 'department')
    .where('active', '=', true)
    .orderBy('id')
    .execute();
  const categories = await db
    .selectFrom('category')
    .select('id')
    .where('depth', '=', 2)
    .where('active', '=', true)
    .orderBy('id')
    .execute();
  if (places.rows.length === 0 || categories.length === 0)
    throw new Error('load the demo district and the categories first');
  return {
    placeIds: places.rows.map((r) => Number(r.id)),
    placePaths: places.rows.map((r) => r.path),
    townIds: places.rows.map((r) => Number(r.town_id)),
    townPaths: places.rows.map((r) => r.town_path),
    departmentIds: departments.map((r) => Number(r.id)),
    departmentPaths: departments.map((r) => r.path),
    categoryIds: categories.map((r) => Number(r.id)),
  };
}

/** Slots of the demo texts filled plainly: the first alternative, a number, the rest left out. */
function plain(text: string): string {
  return text
    .replace(/\{([^{}|]+)\|[^{}]*\}/g, '$1')
    .replace(/\{n:(\d+)-\d+\}/g, '$1')
    .replace(/\{[^{}]*\}/g, '');
}

/** What the generated cases say: every body of the demo case texts (about 60 matters, several wordings each). */
const problems: readonly (readonly [string, string])[] = caseTexts.flatMap((text) =>
  text.bodies.map((body, i) => [i === 0 ? text.title : `${text.title}（${i + 1}）`, plain(body)] as const),
);

/** Adds `count` cases (and their lead parties); returns how long the inserts took in ms. */
export async function generateCases(db: Kysely<DB>, options: GenerateOptions): Promise<{ ms: number }> {
  const started = performance.now();
  const pools = await loadPools(db);
  const span = options.count / options.perDay; // days of history this batch covers
  const offset = options.offsetDays ?? 0;
  const titles = problems.map(([title]) => title);
  const bodies = problems.map(([, body]) => body);
  await sql`select setseed(${(options.seed ?? 42) / 1000})`.execute(db);
  const before = await sql<{ id: number }>`select coalesce(max(id), 0) as id from case_record`.execute(db);
  const firstNewId = Number(before.rows[0]?.id ?? 0);
  await sql`
    with base as (
      select g,
        ${options.end}::timestamptz - make_interval(secs => (${offset} + (g::double precision / ${options.count}) * ${span}) * 86400) as created,
        1 + floor(random() * ${pools.placeIds.length})::int as pi,
        1 + floor(random() * ${pools.categoryIds.length})::int as ci,
        1 + floor(random() * ${pools.departmentIds.length})::int as di,
        1 + floor(random() * ${titles.length})::int as ti,
        random() as r_status, random() as r_lead, random() as r_rate, random() as r_channel
      from generate_series(1, ${options.count}) g
    ),
    aged as (
      select *, extract(epoch from ${options.end}::timestamptz - created) / 86400 as age from base
    ),
    shaped as (
      select *,
        case
          when age > 14 then case when r_status < 0.04 then 'declined' else 'closed' end
          when age < 0.3 then case when r_status < 0.5 then 'submitted' when r_status < 0.7 then 'accepted' else 'dispatched' end
          when age < 3 then case when r_status < 0.15 then 'dispatched' when r_status < 0.75 then 'handling' when r_status < 0.9 then 'resolved' else 'follow_up' end
          else case when r_status < 0.3 then 'handling' when r_status < 0.4 then 'resolved' when r_status < 0.6 then 'follow_up' else 'closed' end
        end as status,
        r_lead < 0.7 as territorial
      from aged
    ),
    timed as (
      select *,
        status not in ('submitted', 'accepted', 'declined') as assigned,
        created + interval '1 hour' as dispatched,
        created + interval '5 hours' as response_due,
        created + interval '5 days 1 hour' as resolve_due,
        created + interval '4 days 1 hour' as warn
      from shaped
    )
    insert into case_record (
      tracking_code, channel, title, description, category_id, tier, urgency, status, address, place_unit_id, place_path,
      anonymous, lead_unit_id, lead_path, accepted_at, dispatched_at, response_due_at, resolve_due_at, warn_at, phase_started_at,
      acknowledged_at, resolved_at, closed_at, satisfaction, solved, next_sweep_at, created_at, updated_at
    )
    select
      'G' || ${options.batch} || '-' || lpad(g::text, 8, '0'),
      (array['citizen_web', 'hotline', 'hotline', 'citizen_web', 'patrol', 'inspection', 'enterprise_visit', 'street_sweep', 'letter', 'supervision'])[1 + floor(r_channel * 10)::int],
      (${titles}::text[])[ti], (${bodies}::text[])[ti],
      (${pools.categoryIds}::bigint[])[ci], case when assigned or status = 'accepted' then 'general' end, 'normal', status, null,
      (${pools.placeIds}::bigint[])[pi], (${pools.placePaths}::text[])[pi], true,
      case when assigned then case when territorial then (${pools.townIds}::bigint[])[pi] else (${pools.departmentIds}::bigint[])[di] end end,
      case when assigned then case when territorial then (${pools.townPaths}::text[])[pi] else (${pools.departmentPaths}::text[])[di] end end,
      case when status <> 'submitted' then created + interval '30 minutes' end,
      case when assigned then dispatched end,
      case when assigned then response_due end,
      case when assigned then resolve_due end,
      case when assigned then warn end,
      case when status = 'dispatched' then dispatched when assigned then dispatched + interval '2 hours' end,
      case when assigned and status <> 'dispatched' then dispatched + interval '2 hours' end,
      case when status in ('resolved', 'follow_up', 'closed') then created + interval '3 days' end,
      case when status in ('closed', 'declined') then created + interval '6 days' end,
      case when status = 'closed' then case when r_rate < 0.78 then 'satisfied' when r_rate < 0.9 then 'basically_satisfied' else 'unsatisfied' end end,
      case when status = 'closed' then r_rate < 0.92 end,
      case
        when status = 'dispatched' then case when response_due > ${options.end}::timestamptz then response_due when response_due + interval '3 days' > ${options.end}::timestamptz then response_due + interval '3 days' end
        when status = 'handling' then case when warn > ${options.end}::timestamptz then warn when resolve_due > ${options.end}::timestamptz then resolve_due when resolve_due + interval '3 days' > ${options.end}::timestamptz then resolve_due + interval '3 days' end
      end,
      created, created
    from timed`.execute(db);
  const oldest = new Date(options.end.getTime() - (offset + span) * 86_400_000);
  await ensureSearchPartitions(db, monthStartsBetween(oldest, options.end));
  await sql`
    insert into case_search (case_id, created_at, search)
    select c.id, c.created_at, v.search::tsvector || array_to_tsvector(array_remove(array['#p' || c.place_unit_id,
      (select '#t' || t.id from unit t where t.type in ('township', 'subdistrict') and ${pathUnderColumn(sql.ref('c.place_path'), sql.ref('t.path'))} limit 1)], null))
    from case_record c join unnest(${titles}::text[], ${titles.map((title, i) => searchDocument([title, bodies[i]]))}::text[]) as v(title, search) on v.title = c.title
    where c.id > ${firstNewId}`.execute(db);
  await sql`
    insert into case_party (case_id, unit_id, unit_path, role, due_at, acknowledged_at, created_at)
    select id, lead_unit_id, lead_path, 'lead', response_due_at, acknowledged_at, dispatched_at
    from case_record where id > ${firstNewId} and lead_unit_id is not null`.execute(db);
  return { ms: performance.now() - started };
}

/** Rebuilds the three-rate counters (三率) from the cases, as the services would have kept them. */
export async function rebuildRateCounters(db: Kysely<DB>): Promise<void> {
  await sql`delete from unit_month_rate`.execute(db);
  await sql`
    insert into unit_month_rate (unit_id, month, dispatched, responded_on_time, rated, solved, satisfied)
    select lead_unit_id, date_trunc('month', dispatched_at at time zone ${sql.lit(chinaTimeZone)})::date,
      count(*), count(*) filter (where acknowledged_at <= response_due_at),
      count(satisfaction), count(*) filter (where solved), count(*) filter (where satisfaction in ('satisfied', 'basically_satisfied'))
    from case_record where lead_unit_id is not null and dispatched_at is not null
    group by 1, 2`.execute(db);
}
