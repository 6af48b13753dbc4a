import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeEachDatabase, openTestDatabase } from '../../../tests/helpers/test-databases.ts';
import { withTransaction } from './database.ts';
import { migrateToLatest } from './migrate.ts';
import { migrations } from './migrations/index.ts';

describeEachDatabase('database', (ctx) => {
  it('has applied every migration, and a second run applies nothing', async () => {
    const rows = await sql<{ name: string }>`select name from schema_migration order by name`.execute(ctx.database.db);
    expect(rows.rows.map((r) => r.name)).toEqual(Object.keys(migrations));
    expect(await migrateToLatest(ctx.database.db)).toEqual({ applied: [] });
  });

  it('uses UTF-8 with C.UTF-8 character classes, so Chinese text round-trips', async () => {
    const { rows } = await sql<{ ctype: string; encoding: string }>`
      select datctype as ctype, pg_encoding_to_char(encoding) as encoding from pg_database where datname = current_database()`.execute(
      ctx.database.db,
    );
    expect(rows[0]).toEqual({ ctype: 'C.UTF-8', encoding: 'UTF8' });
    const text = '接诉即办：小区路灯不亮，請盡快處理 🚧';
    await ctx.database.db
      .insertInto('app_meta')
      .values({ key: 'roundtrip', value: JSON.stringify({ text }) })
      .execute();
    const row = await ctx.database.db
      .selectFrom('app_meta')
      .select('value')
      .where('key', '=', 'roundtrip')
      .executeTakeFirstOrThrow();
    expect(row.value).toEqual({ text });
    const upper = await sql<{ u: string }>`select upper(${'abc 落实'}) as u`.execute(ctx.database.db);
    expect(upper.rows[0]?.u).toBe('ABC 落实');
  });

  it('commits a transaction that returns and rolls back one that throws', async () => {
    const { db } = ctx.database;
    await withTransaction(db, (trx) => trx.insertInto('app_meta').values({ key: 'tx-ok', value: '1' }).execute());
    await expect(
      withTransaction(db, async (trx) => {
        await trx.insertInto('app_meta').values({ key: 'tx-bad', value: '1' }).execute();
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    const keys = await db.selectFrom('app_meta').select('key').where('key', 'in', ['tx-ok', 'tx-bad']).execute();
    expect(keys.map((k) => k.key)).toEqual(['tx-ok']);
  });

  it('answers ping, and refuses queries after close', async () => {
    const extra = await openTestDatabase(ctx.target, { migrate: false });
    await extra.database.ping();
    await extra.dispose();
    await expect(extra.database.ping()).rejects.toThrow();
  });

  it('serialises concurrent transactions without losing an update', async () => {
    const { db } = ctx.database;
    await db.insertInto('app_meta').values({ key: 'counter', value: '0' }).execute();
    await Promise.all(
      Array.from({ length: 20 }, () =>
        withTransaction(db, async (trx) => {
          const row = await trx
            .selectFrom('app_meta')
            .select('value')
            .where('key', '=', 'counter')
            .forUpdate()
            .executeTakeFirstOrThrow();
          await trx
            .updateTable('app_meta')
            .set({ value: JSON.stringify(Number(row.value) + 1) })
            .where('key', '=', 'counter')
            .execute();
        }),
      ),
    );
    const row = await db.selectFrom('app_meta').select('value').where('key', '=', 'counter').executeTakeFirstOrThrow();
    expect(row.value).toBe(20);
  });
});
