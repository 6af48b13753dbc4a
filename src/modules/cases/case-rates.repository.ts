import { type Kysely, sql } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { Actor } from '../access/actor.ts';
import { pathInScope } from '../access/scope-sql.ts';

/**
 * Each unit's counters of the three rates (三率) for one month (the month's first day), optionally
 * of one unit type, for the units in the actor's case.read scope only (the scope is in the WHERE
 * clause, so out-of-scope units are never read). The counters are summed per unit in SQL.
 */
export async function listUnitRateCounters(db: Kysely<DB>, actor: Actor, month: string, unitType: string | undefined) {
  let query = db
    .selectFrom('unit_month_rate as r')
    .innerJoin('unit as u', 'u.id', 'r.unit_id')
    .select((eb) => [
      'u.id',
      'u.name_zh',
      'u.name_en',
      'u.type',
      sql<number>`sum(${eb.ref('r.dispatched')})::int`.as('dispatched'),
      sql<number>`sum(${eb.ref('r.responded_on_time')})::int`.as('responded_on_time'),
      sql<number>`sum(${eb.ref('r.rated')})::int`.as('rated'),
      sql<number>`sum(${eb.ref('r.solved')})::int`.as('solved'),
      sql<number>`sum(${eb.ref('r.satisfied')})::int`.as('satisfied'),
    ])
    .where('r.month', '=', month)
    .where(pathInScope(actor, 'case.read', sql.ref('u.path')));
  if (unitType) query = query.where('u.type', '=', unitType);
  return query.groupBy(['u.id', 'u.name_zh', 'u.name_en', 'u.type']).execute();
}
