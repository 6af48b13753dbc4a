import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../tests/helpers/test-databases.ts';
import { type CaseWorld, createCaseWorld } from '../../../tests/helpers/case-world.ts';
import { createWriteBatcher } from '../../platform/db/write-batcher.ts';
import { type IntakeRow, insertIntakes } from './case-intake.repository.ts';

function row(world: CaseWorld, n: number, overrides: Partial<IntakeRow['values']> = {}): IntakeRow {
  const now = new Date();
  return {
    values: {
      tracking_code: `TEST-${n}-${Math.random().toString(36).slice(2, 8)}`,
      channel: 'hotline',
      title: `路灯不亮 ${n}`,
      description: `桑峪镇大峪村路灯不亮（${n}）`,
      status: 'submitted',
      place_path: '/1/',
      anonymous: true,
      extra: {},
      created_at: now,
      updated_at: now,
      ...overrides,
    },
    event: { at: now, actorId: null, actorLabel: '测试', publicText: '诉求已提交，等待受理。' },
    audit: { requestId: `req-${n}`, ip: '127.0.0.1', after: { n } },
    recurrence: null,
  };
}

describeEachDatabase('batched intake', (ctx) => {
  let world: CaseWorld;
  beforeAll(async () => {
    world = await createCaseWorld(ctx.database);
  }, 120_000);
  afterAll(async () => world?.close());

  it('writes every case of a batch with exactly one submit event and one audit row each', async () => {
    const rows = Array.from({ length: 25 }, (_, n) => row(world, n));
    const answers = await insertIntakes(world.db, rows);
    expect(answers.map((a) => a?.tracking_code)).toEqual(rows.map((r) => r.values.tracking_code));
    const ids = answers.map((a) => Number(a?.id));
    const events = await sql<{ case_id: number; n: number }>`select case_id, count(*)::int as n from case_event where case_id = any(${ids}) and action = 'submit' group by case_id`.execute(world.db);
    expect(events.rows).toHaveLength(25);
    expect(events.rows.every((e) => e.n === 1)).toBe(true);
    const audits = await sql<{ n: number }>`select count(*)::int as n from audit_log where action = 'case.submit' and entity_id = any(${ids.map(String)})`.execute(world.db);
    expect(audits.rows[0]?.n).toBe(25);
  });

  it('skips rows whose idempotency key is taken, also within the same batch', async () => {
    const keyed = (n: number, key: string) => row(world, n, { idempotency_scope: 'anonymous', idempotency_key: key, request_hash: 'h' });
    const [first] = await insertIntakes(world.db, [keyed(100, 'same-key-1')]);
    expect(first?.id).toBeGreaterThan(0);
    const answers = await insertIntakes(world.db, [keyed(101, 'same-key-1'), keyed(102, 'same-key-2'), keyed(103, 'same-key-2'), keyed(104, 'same-key-3')]);
    expect(answers[0]).toBeUndefined();
    expect(answers[1]?.id).toBeGreaterThan(0);
    expect(answers[2]).toBeUndefined();
    expect(answers[3]?.id).toBeGreaterThan(0);
  });

  it('fails only the bad row when a batch is rejected by the database', async () => {
    const batcher = createWriteBatcher({ flush: (rows: readonly IntakeRow[]) => insertIntakes(world.db, rows), maxBatch: 50, concurrency: 1 });
    const rows = Array.from({ length: 12 }, (_, n) => (n === 7 ? row(world, 200 + n, { status: 'no-such-status' }) : row(world, 200 + n)));
    const settled = await Promise.allSettled(rows.map((r) => batcher.write(r)));
    expect(settled.filter((s) => s.status === 'rejected')).toHaveLength(1);
    expect(settled[7]?.status).toBe('rejected');
    const written = await sql<{ n: number }>`select count(*)::int as n from case_record where tracking_code = any(${rows.map((r) => r.values.tracking_code)})`.execute(world.db);
    expect(written.rows[0]?.n).toBe(11);
  });

  it('answers concurrent retries of one submission over HTTP with one case', async () => {
    const body = { description: '锦河街道滨河社区井盖缺失，夜里有人踩空', address: '锦河街道滨河社区', anonymous: true };
    const replies = await Promise.all(
      Array.from({ length: 30 }, (_, n) => world.app.inject({ method: 'POST', url: '/api/v1/public/cases', payload: body, headers: { 'idempotency-key': `retry-key-${n % 10}` } })),
    );
    expect(replies.map((r) => r.statusCode).filter((s) => s !== 201 && s !== 200), replies.map((r) => r.body).join("\n").slice(0, 500)).toEqual([]);
    const idsByKey = new Map<number, Set<number>>();
    replies.forEach((r, n) => {
      const set = idsByKey.get(n % 10) ?? new Set();
      set.add((r.json() as { id: number }).id);
      idsByKey.set(n % 10, set);
    });
    expect([...idsByKey.values()].every((s) => s.size === 1)).toBe(true);
    const distinct = new Set([...idsByKey.values()].map((s) => [...s][0]));
    expect(distinct.size).toBe(10);
  });
});
