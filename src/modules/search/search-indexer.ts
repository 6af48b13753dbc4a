import { withTransaction } from '../../platform/db/database.ts';
import type { CaseDeps } from '../cases/case-deps.ts';
import { townshipOf } from '../cases/case-directory.ts';
import { takeQueuedCases, tryLockIndexer, writeSearchVectors } from './search-indexer.repository.ts';
import { marker, searchDocument } from './search-text.ts';

/**
 * 建检索: writes the search vectors of the cases intake queued, in batches, one instance at a time
 * (advisory lock). Taking from the queue and writing the vectors happen in one transaction, so a
 * crash leaves the cases queued. Runs every second from the server; answers how many it indexed.
 */
export async function indexQueuedCases(deps: CaseDeps, batchSize = 500): Promise<number> {
  const directory = await deps.directory.get();
  let total = 0;
  for (;;) {
    const indexed = await withTransaction(deps.db, async (trx) => {
      if (!(await tryLockIndexer(trx))) return -1;
      const rows = await takeQueuedCases(trx, batchSize);
      const vectors = rows.map((row) => {
        const createdAt = new Date(row.created_at);
        const place = row.place_unit_id === null ? null : (directory.units.get(Number(row.place_unit_id)) ?? null);
        const township = townshipOf(directory, place);
        const markers = [marker.month(createdAt), ...(place ? [marker.place(place.id)] : []), ...(township ? [marker.township(township.id)] : [])];
        return { id: Number(row.id), createdAt, search: searchDocument([row.title, row.description, row.address], markers) };
      });
      await writeSearchVectors(trx, vectors);
      return rows.length;
    });
    if (indexed < 0) return total;
    total += indexed;
    if (indexed < batchSize) return total;
  }
}
