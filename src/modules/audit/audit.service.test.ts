import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../../tests/helpers/test-databases.ts';
import { systemContext } from '../access/request-context.ts';
import { recordAudit, sealAuditLog, verifyAuditChain } from './audit.service.ts';

describeEachDatabase('audit trail', (ctx) => {
  const write = async (n: number, tag: string) => {
    for (let i = 0; i < n; i++) {
      await recordAudit(ctx.database.db, systemContext(`test-${tag}`), {
        action: 'unit.update',
        entityType: 'unit',
        entityId: i,
        before: { nameZh: `旧${i}` },
        after: { nameZh: `新${i}`, nested: { b: 1, a: [1, 2] } },
      });
    }
  };

  it('seals rows into a chain that verifies, across several sealing rounds', async () => {
    const { db } = ctx.database;
    await write(5, 'a');
    expect(await sealAuditLog(db)).toBe(5);
    await write(7, 'b');
    expect(await sealAuditLog(db, {}, 3)).toBe(7);
    expect(await sealAuditLog(db)).toBe(0);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, checked: 12, legacy: 0, unsealed: 0, problems: [] });
  });

  it('refuses updates and deletes through the trigger', async () => {
    const { db } = ctx.database;
    await expect(sql`update audit_log set action = 'x' where seq = 1`.execute(db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_log where seq = 1`.execute(db)).rejects.toThrow(/append-only/);
  });

  it('detects an edited row even when the trigger is bypassed', async () => {
    const { db } = ctx.database;
    await sql`alter table audit_log disable trigger audit_log_append_only`.execute(db);
    await sql`update audit_log set after = '{"nameZh":"篡改"}'::jsonb where seq = 4`.execute(db);
    await sql`alter table audit_log enable trigger audit_log_append_only`.execute(db);
    const report = await verifyAuditChain(db);
    expect(report.ok).toBe(false);
    expect(report.problem).toEqual({ seq: 4, reason: expect.stringContaining('edited') });
  });

  it('detects a deleted row in the middle and rows removed from the end', async () => {
    const { db } = ctx.database;
    await sql`alter table audit_log disable trigger audit_log_append_only`.execute(db);
    await sql`update audit_log set after = '{"nameZh":"新3","nested":{"a":[1,2],"b":1}}'::jsonb where seq = 4`.execute(
      db,
    );
    expect((await verifyAuditChain(db)).ok).toBe(true);
    await sql`delete from audit_log where seq = 12`.execute(db);
    expect((await verifyAuditChain(db)).problem?.reason).toMatch(/removed from the end/);
    await sql`delete from audit_log where seq = 6`.execute(db);
    await sql`alter table audit_log enable trigger audit_log_append_only`.execute(db);
    expect((await verifyAuditChain(db)).problem).toEqual({ seq: 6, reason: expect.stringContaining('missing') });
  });
});
