import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';

/** Each unit's counters of the three rates (三率) for one month (the month's first day), optionally of one unit type. */
export async function listUnitRateCounters(db: Kysely<DB>, month: string, unitType: string | undefined) {
  let query = db
    .selectFrom('unit_month_rate as r')
    .innerJoin('unit as u', 'u.id', 'r.unit_id')
    .select([
      'u.id',
      'u.name_zh',
      'u.type',
      'u.path',
      'r.dispatched',
      'r.responded_on_time',
      'r.rated',
      'r.solved',
      'r.satisfied',
    ])
    .where('r.month', '=', month);
  if (unitType) query = query.where('u.type', '=', unitType);
  return query.execute();
}
