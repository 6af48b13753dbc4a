import { type Kysely, sql } from 'kysely';
import { migrateBefore } from '../../../../tests/helpers/migrate-before.ts';
import { afterEach, describe, expect, it } from 'vitest';
import { databaseTargets, openTestDatabase, type TestDatabase } from '../../../../tests/helpers/test-databases.ts';
import { migrateToLatest } from '../migrate.ts';

async function insertIndexedCase(
  db: Kysely<unknown>,
  code: string,
  createdAt: string,
  vector: string,
): Promise<number> {
  const row = await sql<{ id: number }>`
    insert into case_record (tracking_code, channel, title, description, status, place_path, created_at, updated_at)
    values (${code}, 'citizen_web', '路灯不亮', '路灯不亮', 'submitted', '/0/', ${createdAt}, ${createdAt}) returning id`.execute(
    db,
  );
  const id = Number(row.rows[0]?.id);
  await sql`insert into case_search (case_id, created_at, search) values (${id}, ${createdAt}, ${vector}::tsvector)`.execute(
    db,
  );
  return id;
}

for (const target of databaseTargets()) {
  describe(`migration 0011: case_search by month [${target}]`, () => {
    let current: TestDatabase | undefined;
    afterEach(async () => {
      await current?.dispose();
      current = undefined;
    });

    it('moves every vector into its China-time month’s partition, without the month markers, and keeps the cascade', async () => {
      current = await openTestDatabase(target, { migrate: false });
      const db = current.database.db as Kysely<unknown>;
      await migrateBefore(db, '0011');
      // 2025-03-31T16:30Z is 1 April 00:30 in China: the April partition holds it.
      const april = await insertIndexedCase(db, 'MIG-A', '2025-03-31T16:30:00Z', "'路灯':1 '灯不':2 '#m202504' '#p7'");
      const march = await insertIndexedCase(db, 'MIG-B', '2025-03-10T02:00:00Z', "'路灯':1 '#m202503' '#t3'");
      await migrateToLatest(db);

      const rows = await sql<{ case_id: number; partition: string; search: string }>`
        select case_id, tableoid::regclass::text as partition, search::text as search from case_search order by case_id`.execute(
        db,
      );
      expect(rows.rows.map((r) => [Number(r.case_id), r.partition, r.search])).toEqual([
        [april, 'case_search_m202504', "'#p7' '灯不':2 '路灯':1"],
        [march, 'case_search_m202503', "'#t3' '路灯':1"],
      ]);
      // Partitions run from the oldest case's month to the month after this one.
      const names = await sql<{
        name: string;
      }>`select c.relname as name from pg_inherits i join pg_class c on c.oid = i.inhrelid where i.inhparent = 'case_search'::regclass`.execute(
        db,
      );
      const months = names.rows.map((r) => r.name).sort();
      expect(months[0]).toBe('case_search_m202503');
      expect(months.length).toBeGreaterThanOrEqual(22);
      // The GIN index serves each partition; the search finds the phrase.
      const found = await sql<{
        case_id: number;
      }>`select case_id from case_search where search @@ '路灯 <-> 灯不'::tsquery`.execute(db);
      expect(found.rows.map((r) => Number(r.case_id))).toEqual([april]);
      await sql`delete from case_record where id = ${march}`.execute(db);
      const left = await sql<{ n: number }>`select count(*)::int as n from case_search`.execute(db);
      expect(left.rows[0]?.n).toBe(1);
      // A row of a month without a partition is refused rather than lost somewhere unseen.
      const old = await sql<{ id: number }>`
        insert into case_record (tracking_code, channel, title, description, status, place_path, created_at, updated_at)
        values ('MIG-C', 'citizen_web', 't', 'd', 'submitted', '/0/', '2019-05-05T00:00:00Z', '2019-05-05T00:00:00Z') returning id`.execute(
        db,
      );
      await expect(
        sql`insert into case_search (case_id, created_at, search) values (${Number(old.rows[0]?.id)}, '2019-05-05T00:00:00Z', '')`.execute(
          db,
        ),
      ).rejects.toThrow(/partition/);
    }, 60_000);
  });
}
