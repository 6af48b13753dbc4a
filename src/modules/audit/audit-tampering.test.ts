import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Kysely, sql } from 'kysely';
import { pino } from 'pino';
import { afterEach, expect, it } from 'vitest';
import { makePerson, makeUnit } from '../../../tests/helpers/factories.ts';
import { testNow } from '../../../tests/helpers/clock.ts';
import { describeEachDatabase, openTestDatabase, type TestDatabase } from '../../../tests/helpers/test-databases.ts';
import type { DB } from '../../platform/db/schema.ts';
import { systemContext } from '../access/request-context.ts';
import { createNotificationDeps, sendToRoleHolders } from '../notifications/notifications.service.ts';
import { upsertMeta } from '../system/system.repository.ts';
import { hashAuditRow } from './audit-chain.ts';
import { checkpointPath } from './audit-checkpoint.ts';
import type { AuditRow } from './audit.repository.ts';
import {
  type AuditKeeping,
  type ChainProblemKind,
  recordAudit,
  sealAuditLog,
  verifyAuditChain,
} from './audit.service.ts';

/**
 * What a database administrator can do to the audit trail without the audit key, and how each is
 * caught: every test opens its own database, writes and seals an honest trail, then tampers with it
 * as SQL allows (triggers dropped where they stand in the way).
 */
describeEachDatabase('the audit trail against a database administrator', (ctx) => {
  let current: TestDatabase | undefined;
  let folder: string | undefined;
  afterEach(async () => {
    await current?.dispose();
    current = undefined;
    if (folder) fs.rmSync(folder, { recursive: true, force: true });
    folder = undefined;
  });

  /** A fresh database with an administrator to alarm, the checkpoint folder, a log that is kept. */
  async function setUp() {
    current = await openTestDatabase(ctx.target);
    const db = current.database.db;
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'luoshi-audit-'));
    const lines: string[] = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => lines.push(line) });
    const district = await makeUnit(db, { type: 'district', nameZh: '审计区' });
    const admin = await makePerson(db, { memberships: [{ unit: district, role: 'administrator' }] });
    const notifications = createNotificationDeps(db, logger);
    const keeping: AuditKeeping = {
      checkpointDir: folder,
      logger,
      // As the server passes it (app/jobs.ts): a notification to administrators.
      alarm: (message) => sendToRoleHolders(notifications, { kind: 'audit.tampered', ...message }, testNow()),
    };
    return { db, admin, keeping, lines, checkpointDir: folder };
  }

  async function write(db: Kysely<DB>, n: number, label = 'honest') {
    for (let i = 0; i < n; i++) {
      await recordAudit(db, systemContext(`test-${label}`), {
        action: 'unit.update',
        entityType: 'unit',
        entityId: i,
        before: { nameZh: `旧${i}` },
        after: { nameZh: `新${i}`, nested: { b: 1, a: [1, 2] } },
      });
    }
  }

  /** As the database's owner: the append-only trigger off while `change` runs. */
  async function asAdministrator(db: Kysely<DB>, change: () => Promise<unknown>) {
    await sql`alter table audit_log disable trigger audit_log_append_only`.execute(db);
    try {
      await change();
    } finally {
      await sql`alter table audit_log enable trigger audit_log_append_only`.execute(db);
    }
  }

  const kinds = (problems: { kind: ChainProblemKind }[]) => [...new Set(problems.map((p) => p.kind))].sort();

  async function alarmsOf(db: Kysely<DB>, personId: number) {
    return db
      .selectFrom('notification')
      .select(['kind', 'body'])
      .where('person_id', '=', personId)
      .where('kind', '=', 'audit.tampered')
      .execute();
  }

  it('finds the last rows deleted and the stored head moved back (method 1), and stops sealing with an alarm', async () => {
    const { db, admin, keeping, lines } = await setUp();
    await write(db, 10);
    expect(await sealAuditLog(db, keeping)).toBe(10);
    expect(await verifyAuditChain(db, keeping)).toMatchObject({ ok: true, checked: 10, checkpoint: { seq: 10 } });

    await asAdministrator(db, async () => {
      await sql`delete from audit_log where seq > 7`.execute(db);
      const seven = await db.selectFrom('audit_log').select('hash').where('seq', '=', 7).executeTakeFirstOrThrow();
      await upsertMeta(db, 'audit_chain_head', { seq: 7, hash: seven.hash });
    });

    // The database alone is consistent again: only the checkpoint outside it tells.
    expect((await verifyAuditChain(db, { checkpointDir: null })).ok).toBe(true);
    const report = await verifyAuditChain(db, keeping);
    expect(report.ok).toBe(false);
    expect(kinds(report.problems)).toEqual(['head-rolled-back', 'truncated']);
    expect(report.problems.find((p) => p.kind === 'truncated')).toMatchObject({ seq: 8 });

    // The sealer will not build a new chain over the cut: it seals nothing and raises the alarm, once.
    await write(db, 2, 'after');
    expect(await sealAuditLog(db, keeping)).toBe(0);
    expect(await sealAuditLog(db, keeping)).toBe(0);
    expect(lines.some((line) => line.includes('AUDIT TRAIL ALARM') && line.includes('"level":50'))).toBe(true);
    expect(await alarmsOf(db, admin.id)).toHaveLength(1);
  });

  it('finds a row edited and every later link recomputed without the key (method 2)', async () => {
    const { db, keeping } = await setUp();
    await write(db, 10);
    await sealAuditLog(db, keeping);

    await asAdministrator(db, async () => {
      await sql`update audit_log set after = '{"nameZh":"篡改"}'::jsonb where seq = 4`.execute(db);
      // Every link from row 4 on, recomputed by the published (unkeyed) rule.
      const rows = await db.selectFrom('audit_log').selectAll().where('seq', '>=', 3).orderBy('seq').execute();
      let prevHash = rows[0]!.hash!;
      for (const row of rows.slice(1) as AuditRow[]) {
        const hash = hashAuditRow(row, Number(row.seq), prevHash);
        await sql`update audit_log set prev_hash = ${prevHash}, hash = ${hash} where id = ${row.id}`.execute(db);
        prevHash = hash;
      }
      await upsertMeta(db, 'audit_chain_head', { seq: 10, hash: prevHash });
    });

    const report = await verifyAuditChain(db, { ...keeping, checkpointDir: null });
    expect(report.ok).toBe(false);
    expect(report.problems.filter((p) => p.kind === 'edited-row').map((p) => p.seq)).toEqual([4]);
    expect(report.problems.filter((p) => p.kind === 'rehashed-chain').map((p) => p.seq)).toEqual([
      4, 5, 6, 7, 8, 9, 10,
    ]);
    // With the checkpoint, the rewritten end shows too.
    expect(kinds((await verifyAuditChain(db, keeping)).problems)).toContain('checkpoint-mismatch');

    // Stripping the tags so the rows pass for legacy ones does not help either.
    await asAdministrator(db, () => sql`update audit_log set tag = null, nonce = null where seq >= 4`.execute(db));
    const stripped = await verifyAuditChain(db, { ...keeping, checkpointDir: null });
    expect(stripped.problems.filter((p) => p.kind === 'forged-row').map((p) => p.seq)).toEqual([4, 5, 6, 7, 8, 9, 10]);
  });

  it('refuses a row inserted directly and then sealed by the application (method 3): rejected, alarm, named', async () => {
    const { db, admin, keeping, lines } = await setUp();
    await write(db, 3);
    await sealAuditLog(db, keeping);

    const forged = await sql<{ id: string }>`
      insert into audit_log (at, actor_id, actor_label, action, entity_type, entity_id, after, request_id, ip)
      values (now(), null, 'system', 'person.grant', 'person', '1', '{"role":"administrator"}', 'system', 'local'),
             (now(), null, 'system', 'person.grant', 'person', '2', '{"role":"administrator"}', 'system', 'local')
      returning id`.execute(db);
    // A row with a tag of the right shape, made up without the key.
    const madeUp = await sql<{ id: string }>`
      insert into audit_log (at, action, entity_type, entity_id, after, request_id, ip, nonce, tag)
      values (now(), 'case.close', 'case', '9', '{}', 'x', 'local', 'AAAAAAAAAAAAAAAAAAAAAA', ${'A'.repeat(43)})
      returning id`.execute(db);
    await write(db, 2, 'later');
    const forgedIds = [...forged.rows, ...madeUp.rows].map((row) => Number(row.id));

    // The honest rows are sealed around the forged ones; those are recorded as refused and alarmed once.
    expect(await sealAuditLog(db, keeping)).toBe(2);
    expect(await sealAuditLog(db, keeping)).toBe(0);
    const rejected = await db.selectFrom('audit_rejected').select('audit_id').orderBy('audit_id').execute();
    expect(rejected.map((row) => Number(row.audit_id))).toEqual(forgedIds);
    const sealedForged = await db.selectFrom('audit_log').select('seq').where('id', 'in', forgedIds).execute();
    expect(sealedForged.every((row) => row.seq === null)).toBe(true);
    const alarms = await alarmsOf(db, admin.id);
    expect(alarms).toHaveLength(1);
    expect(alarms[0]?.body).toContain(String(forgedIds[0]));
    expect(lines.filter((line) => line.includes('AUDIT TRAIL ALARM'))).toHaveLength(1);

    const report = await verifyAuditChain(db, keeping);
    expect(report).toMatchObject({ ok: false, checked: 5, unsealed: 0, rejected: 3 });
    expect(report.problems.map((p) => [p.kind, p.id])).toEqual(forgedIds.map((id) => ['forged-row', id]));
  });

  it('refuses a valid tag replayed onto a copied row', async () => {
    const { db, keeping } = await setUp();
    await write(db, 2);
    expect(await sealAuditLog(db, keeping)).toBe(2);
    const copy = sql`
      insert into audit_log (at, actor_id, actor_label, action, entity_type, entity_id, before, after, request_id, ip, nonce, tag)
      select at, actor_id, actor_label, action, entity_type, entity_id, before, after, request_id, ip, nonce, tag
      from audit_log where id = (select min(id) from audit_log) returning id`;
    // Its nonce is taken: the unique index refuses the copy…
    await expect(copy.execute(db)).rejects.toThrow(/audit_log_nonce_key|duplicate key/);
    // …and where the index was dropped, the sealer refuses it.
    await sql`drop index audit_log_nonce_key`.execute(db);
    const copied = await copy.execute(db);
    const copyId = Number((copied.rows[0] as { id: string }).id);
    expect(await sealAuditLog(db, keeping)).toBe(0);
    const report = await verifyAuditChain(db, keeping);
    expect(report.ok).toBe(false);
    expect(report.problems.map((p) => [p.kind, p.id])).toEqual([
      ['duplicate-row', copyId],
      ['forged-row', copyId],
    ]);
  });

  it('finds a checkpoint whose content was changed without the key', async () => {
    const { db, keeping, checkpointDir } = await setUp();
    await write(db, 4);
    await sealAuditLog(db, keeping);
    const file = checkpointPath(checkpointDir);
    const stored = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
    expect(stored).toMatchObject({ seq: 4, hash: expect.stringMatching(/^[0-9a-f]{64}$/), mac: expect.any(String) });

    fs.writeFileSync(file, JSON.stringify({ ...stored, seq: 2 }));
    const report = await verifyAuditChain(db, keeping);
    expect(report.ok).toBe(false);
    expect(kinds(report.problems)).toEqual(['bad-checkpoint-signature']);
    fs.rmSync(file);
    expect(kinds((await verifyAuditChain(db, keeping)).problems)).toEqual(['missing-checkpoint']);
  });

  it('refuses TRUNCATE of the trail and of the refused rows', async () => {
    const { db, keeping } = await setUp();
    await write(db, 1);
    await expect(sql`truncate audit_log`.execute(db)).rejects.toThrow(/append-only/);
    await expect(sql`truncate audit_rejected`.execute(db)).rejects.toThrow(/append-only/);
    expect(await sealAuditLog(db, keeping)).toBe(1);
    expect((await verifyAuditChain(db, keeping)).ok).toBe(true);
  });
});
