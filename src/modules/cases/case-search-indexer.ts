import { withTransaction } from '../../platform/db/database.ts';
import type { CaseDeps } from './case-deps.ts';
import { townshipOf } from './case-directory.ts';
import { addressFor, descriptionFor } from './case-privacy.ts';
import { startOfChinaMonth } from '../../shared/china-time.ts';
import { ensureSearchPartitions, knownSearchPartitions } from '../search/search-partitions.ts';
import { takeQueuedCases, tryLockIndexer, writeSearchVectors } from '../search/search-indexer.repository.ts';
import { marker, searchDocument } from '../search/search-text.ts';

/**
 * 建检索: writes the search vectors of the cases intake queued, in batches, one instance at a time
 * (advisory lock). Taking from the queue and writing the vectors happen in one transaction, so a
 * crash leaves the cases queued. A month without its partition of case_search (a backdated case,
 * or next month, made ahead) gets it in the same transaction. Runs every second from the server;
 * answers how many it indexed.
 */
export async function indexQueuedCases(deps: CaseDeps, batchSize = 500, now = new Date()): Promise<number> {
  const directory = await deps.directory.get();
  await knownSearchPartitions(deps.db); // read before the transaction: PGlite has one connection
  let total = 0;
  for (;;) {
    let committed = () => {};
    const indexed = await withTransaction(deps.db, async (trx) => {
      if (!(await tryLockIndexer(trx))) return -1;
      const rows = await takeQueuedCases(trx, batchSize);
      const vectors = rows.map((row) => {
        const createdAt = new Date(row.created_at);
        const place = row.place_unit_id === null ? null : (directory.units.get(Number(row.place_unit_id)) ?? null);
        const township = townshipOf(directory, place);
        const markers = [
          ...(place ? [marker.place(place.id)] : []),
          ...(township ? [marker.township(township.id)] : []),
        ];
        return {
          id: Number(row.id),
          createdAt,
          // Personal data is never indexed: a search for a typed mobile or name finds nothing.
          search: searchDocument([row.title, descriptionFor(row, false), addressFor(row, false)], markers),
        };
      });
      const months = [...vectors.map((v) => v.createdAt), now, startOfChinaMonth(now, 1)];
      committed = (await ensureSearchPartitions(deps.db, months, trx)).onCommitted;
      await writeSearchVectors(trx, vectors);
      return rows.length;
    });
    committed();
    if (indexed < 0) return total;
    total += indexed;
    if (indexed < batchSize) return total;
  }
}
