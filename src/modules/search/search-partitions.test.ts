import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../../tests/helpers/test-databases.ts';
import { withTransaction } from '../../platform/db/database.ts';
import { searchPartitionName } from './search-months.ts';
import { createSearchPartitions, listSearchPartitions } from './search-partitions.repository.ts';
import { ensureSearchPartitions, monthsWithoutPartition } from './search-partitions.ts';
import { testNow } from '../../../tests/helpers/clock.ts';

it('names the months still without a partition, each once', () => {
  const names = new Set(['case_search_m202611']);
  const missing = monthsWithoutPartition(
    [new Date('2026-11-03T00:00:00Z'), new Date('2026-09-02T00:00:00Z'), new Date('2026-09-28T00:00:00Z')],
    names,
  );
  expect(missing.map((d) => d.toISOString())).toEqual(['2026-08-31T16:00:00.000Z']);
});

describeEachDatabase('monthly partitions of the search index', (ctx) => {
  it('makes the missing months’ partitions, and a month made already is left as it is', async () => {
    const { db } = ctx.database;
    const dates = [new Date('2018-03-10T00:00:00Z'), new Date('2018-05-31T17:00:00Z')]; // the second is 1 June in China
    await ensureSearchPartitions(db, dates);
    const names = await listSearchPartitions(db);
    expect(names).toEqual(expect.arrayContaining(['case_search_m201803', 'case_search_m201806']));
    expect(names).not.toContain('case_search_m201805');
    await withTransaction(db, (trx) => createSearchPartitions(trx, [new Date('2018-03-01T00:00:00Z')]));
    expect((await listSearchPartitions(db)).filter((name) => name === 'case_search_m201803')).toHaveLength(1);
    // The new partition takes the parent's indexes, the GIN one among them.
    const indexes = await sql<{
      def: string;
    }>`select indexdef as def from pg_indexes where tablename = ${searchPartitionName(dates[0] ?? testNow())}`.execute(
      db,
    );
    expect(indexes.rows.some((row) => row.def.includes('USING gin (search)'))).toBe(true);
  });

  // PGlite has one connection, so nothing there runs at once.
  it.skipIf(ctx.target === 'pglite')('lets several instances make the same months at once', async () => {
    const { db } = ctx.database;
    const months = [
      new Date('2017-01-15T00:00:00Z'),
      new Date('2017-02-15T00:00:00Z'),
      new Date('2017-03-15T00:00:00Z'),
    ];
    const results = await Promise.allSettled(
      Array.from({ length: 6 }, () => withTransaction(db, (trx) => createSearchPartitions(trx, months))),
    );
    expect(results.map((r) => r.status)).toEqual(Array(6).fill('fulfilled'));
    const names = (await listSearchPartitions(db)).filter((name) => name.startsWith('case_search_m2017'));
    expect(names.sort()).toEqual(['case_search_m201701', 'case_search_m201702', 'case_search_m201703']);
  });
});
