import { type Kysely, sql } from 'kysely';
import { migrateBefore } from '../helpers/migrate-before.ts';
import { afterEach, describe, expect, it } from 'vitest';
import { databaseTargets, openTestDatabase, type TestDatabase } from '../helpers/test-databases.ts';
import { systemContext } from '../../src/modules/access/request-context.ts';
import { genesisHash, hashAuditRow } from '../../src/modules/audit/audit-chain.ts';
import type { AuditRow } from '../../src/modules/audit/audit.repository.ts';
import { recordAudit, sealAuditLog, verifyAuditChain } from '../../src/modules/audit/audit.service.ts';
import { migrateToLatest } from '../../src/platform/db/migrate.ts';
import type { DB } from '../../src/platform/db/schema.ts';

for (const target of databaseTargets()) {
  describe(`migration 0012: audit tags [${target}]`, () => {
    let current: TestDatabase | undefined;
    afterEach(async () => {
      await current?.dispose();
      current = undefined;
    });

    it('keeps the rows from before the key as legacy ones, then requires tags after them', async () => {
      current = await openTestDatabase(target, { migrate: false });
      const db = current.database.db as unknown as Kysely<DB>;
      await migrateBefore(db as Kysely<unknown>, '0012');
      // Five rows written by the old version; the old sealer chained three of them (unkeyed).
      for (let i = 1; i <= 5; i++)
        await sql`insert into audit_log (at, action, entity_type, entity_id, after, request_id, ip)
          values (now(), 'unit.update', 'unit', ${String(i)}, ${JSON.stringify({ n: i })}::jsonb, 'old', 'local')`.execute(
          db,
        );
      const old = (await sql<AuditRow>`select * from audit_log order by id limit 3`.execute(db)).rows;
      let prevHash = genesisHash;
      for (const [i, row] of old.entries()) {
        const hash = hashAuditRow(row, i + 1, prevHash);
        await sql`update audit_log set seq = ${i + 1}, prev_hash = ${prevHash}, hash = ${hash} where id = ${row.id}`.execute(
          db,
        );
        prevHash = hash;
      }
      await sql`insert into app_meta (key, value) values ('audit_chain_head', ${JSON.stringify({ seq: 3, hash: prevHash })}::jsonb)`.execute(
        db,
      );

      await migrateToLatest(db);
      await recordAudit(db, systemContext('test-new'), { action: 'unit.update', entityType: 'unit', entityId: 6 });
      await recordAudit(db, systemContext('test-new'), { action: 'unit.update', entityType: 'unit', entityId: 7 });
      expect(await sealAuditLog(db, { checkpointDir: null })).toBe(4);
      expect(await verifyAuditChain(db, { checkpointDir: null })).toMatchObject({ ok: true, checked: 7, legacy: 5 });

      // After the first tagged row, a row without a tag is a forgery, not a legacy row.
      await sql`insert into audit_log (at, action, entity_type, request_id, ip) values (now(), 'x', 'unit', 'y', 'local')`.execute(
        db,
      );
      expect(await sealAuditLog(db, { checkpointDir: null })).toBe(0);
      expect((await verifyAuditChain(db, { checkpointDir: null })).problems.map((p) => p.kind)).toEqual(['forged-row']);
      // Nonce and tag are part of the row the trigger keeps as written.
      await recordAudit(db, systemContext('test-new'), { action: 'unit.update', entityType: 'unit', entityId: 8 });
      await expect(
        sql`update audit_log set tag = 'x' where seq is null and tag is not null`.execute(db),
      ).rejects.toThrow(/append-only/);
    }, 60_000);
  });
}
