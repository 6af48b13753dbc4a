import type { Kysely } from 'kysely';
import { withTransaction } from '../../platform/db/database.ts';
import type { DB } from '../../platform/db/schema.ts';
import { startOfChinaMonth } from '../../shared/china-time.ts';
import { searchPartitionName } from './search-months.ts';
import { createSearchPartitions, listSearchPartitions } from './search-partitions.repository.ts';

/** The partitions of case_search known to exist, per database (they are never dropped). */
const known = new WeakMap<Kysely<DB>, Set<string>>();

/** The partitions of case_search known to exist in `db`, read from the catalogue once. */
export async function knownSearchPartitions(db: Kysely<DB>): Promise<Set<string>> {
  let names = known.get(db);
  if (!names) {
    names = new Set(await listSearchPartitions(db));
    known.set(db, names);
  }
  return names;
}

/** The month starts among `dates` whose partition is not in `names`, each once. */
export function monthsWithoutPartition(dates: readonly Date[], names: ReadonlySet<string>): Date[] {
  const missing = new Map<string, Date>();
  for (const date of dates) {
    const name = searchPartitionName(date);
    if (!names.has(name)) missing.set(name, startOfChinaMonth(date));
  }
  return [...missing.values()];
}

/**
 * Makes sure the months of `dates` have their partitions, creating the missing ones in `trx` (the
 * caller's transaction, or a transaction of its own). `db` keys the memory of what exists; what
 * was created is remembered only once `onCommitted` is called, so a rolled-back creation is tried again.
 */
export async function ensureSearchPartitions(
  db: Kysely<DB>,
  dates: readonly Date[],
  trx?: Kysely<DB>,
): Promise<{ onCommitted: () => void }> {
  const names = await knownSearchPartitions(db);
  const missing = monthsWithoutPartition(dates, names);
  const remember = () => {
    for (const start of missing) names.add(searchPartitionName(start));
  };
  if (missing.length === 0) return { onCommitted: remember };
  if (trx) {
    await createSearchPartitions(trx, missing);
    return { onCommitted: remember };
  }
  await withTransaction(db, (own) => createSearchPartitions(own, missing));
  remember();
  return { onCommitted: () => undefined };
}
