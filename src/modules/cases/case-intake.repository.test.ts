import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../tests/helpers/test-databases.ts';
import { type CaseWorld, createCaseWorld } from '../../../tests/helpers/case-world.ts';
import { createWriteBatcher } from '../../platform/db/write-batcher.ts';
import { type IntakeRow, insertIntakes } from './case-intake.repository.ts';
import { newTrackingCode, trackingCodes } from './case-intake.service.ts';
import { testNow } from '../../../tests/helpers/clock.ts';
import { testAuditKey } from '../../../tests/helpers/audit-key.ts';
import { hasValidTag } from '../audit/audit-chain.ts';

function row(world: CaseWorld, n: number, overrides: Partial<IntakeRow['values']> = {}): IntakeRow {
  const now = testNow();
  return {
    values: {
      tracking_code: `TEST-${n}-${Math.random().toString(36).slice(2, 8)}`,
      channel: 'hotline',
      title: `路灯不亮 ${n}`,
      description: `松岗镇枫树村路灯不亮（${n}）`,
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
    attachmentIds: [],
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
    const events = await sql<{
      case_id: number;
      n: number;
    }>`select case_id, count(*)::int as n from case_event where case_id = any(${ids}) and action = 'submit' group by case_id`.execute(
      world.db,
    );
    expect(events.rows).toHaveLength(25);
    expect(events.rows.every((e) => e.n === 1)).toBe(true);
    const audits = await sql<{
      n: number;
    }>`select count(*)::int as n from audit_log where action = 'case.submit' and entity_id = any(${ids.map(String)})`.execute(
      world.db,
    );
    expect(audits.rows[0]?.n).toBe(25);
    // Each audit row carries the tag made before the statement, over the case's id it was given.
    const tagged = await world.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'case.submit')
      .where('entity_id', 'in', ids.map(String))
      .execute();
    expect(tagged.every((audit) => hasValidTag(testAuditKey, audit))).toBe(true);
    expect(tagged.map((audit) => Number(audit.entity_id)).sort((a, b) => a - b)).toEqual(
      [...ids].sort((a, b) => a - b),
    );
  });

  it('skips rows whose idempotency key is taken, also within the same batch', async () => {
    const keyed = (n: number, key: string) =>
      row(world, n, { idempotency_scope: 'anonymous', idempotency_key: key, request_hash: 'h' });
    const [first] = await insertIntakes(world.db, [keyed(100, 'same-key-1')]);
    expect(first?.id).toBeGreaterThan(0);
    const answers = await insertIntakes(world.db, [
      keyed(101, 'same-key-1'),
      keyed(102, 'same-key-2'),
      keyed(103, 'same-key-2'),
      keyed(104, 'same-key-3'),
    ]);
    expect(answers[0]).toBeUndefined();
    expect(answers[1]?.id).toBeGreaterThan(0);
    expect(answers[2]).toBeUndefined();
    expect(answers[3]?.id).toBeGreaterThan(0);
  });

  it('fails only the bad row when a batch is rejected by the database', async () => {
    const batcher = createWriteBatcher({
      flush: (rows: readonly IntakeRow[]) => insertIntakes(world.db, rows),
      maxBatch: 50,
      concurrency: 1,
    });
    const rows = Array.from({ length: 12 }, (_, n) =>
      n === 7 ? row(world, 200 + n, { status: 'no-such-status' }) : row(world, 200 + n),
    );
    const settled = await Promise.allSettled(rows.map((r) => batcher.write(r)));
    expect(settled.filter((s) => s.status === 'rejected')).toHaveLength(1);
    expect(settled[7]?.status).toBe('rejected');
    const written = await sql<{
      n: number;
    }>`select count(*)::int as n from case_record where tracking_code = any(${rows.map((r) => r.values.tracking_code)})`.execute(
      world.db,
    );
    expect(written.rows[0]?.n).toBe(11);
  });

  it('answers concurrent retries of one submission over HTTP with one case', async () => {
    const body = {
      description: '临河街道望江社区井盖缺失，夜里有人踩空',
      address: '临河街道望江社区',
      anonymous: true,
    };
    const replies = await Promise.all(
      Array.from({ length: 30 }, (_, n) =>
        world.app.inject({
          method: 'POST',
          url: '/api/v1/public/cases',
          payload: body,
          headers: { 'idempotency-key': `retry-key-${n % 10}` },
        }),
      ),
    );
    expect(
      replies.map((r) => r.statusCode).filter((s) => s !== 201 && s !== 200),
      replies
        .map((r) => r.body)
        .join('\n')
        .slice(0, 500),
    ).toEqual([]);
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

  it('skips a row whose tracking code is taken, and refuses a batch holding one code twice', async () => {
    const first = row(world, 300);
    expect(await insertIntakes(world.db, [first])).toHaveLength(1);
    const again = row(world, 301, { tracking_code: first.values.tracking_code });
    const other = row(world, 302);
    const answers = await insertIntakes(world.db, [again, other]);
    expect(answers[0]).toBeUndefined();
    expect(answers[1]?.tracking_code).toBe(other.values.tracking_code);
    const twin = row(world, 303);
    await expect(
      insertIntakes(world.db, [twin, row(world, 304, { tracking_code: twin.values.tracking_code })]),
    ).rejects.toThrow(/twice/);
  });

  it('draws another tracking code when the drawn one is taken (查询码重复), over HTTP and within one batch', async () => {
    // The operator's intake (the public form's per-address limit would stop a burst from one test).
    const headers = (await world.as('dispatcher')).headers();
    const placeUnitId = await world.unitId('D01-T01-V01');
    const submit = (description: string) =>
      world.app.inject({
        method: 'POST',
        url: '/api/v1/cases',
        headers,
        payload: { description, placeUnitId, anonymous: true },
      });
    const taken = (await submit('柳林镇石桥村路灯不亮')).json() as { trackingCode: string };
    const draw = trackingCodes.next;
    let draws = 0;
    let repeated = 0;
    // Every other draw (the first six times) repeats the taken code; the others are random.
    trackingCodes.next = (now) => {
      draws += 1;
      if (draws % 2 === 1 && repeated < 6) {
        repeated += 1;
        return taken.trackingCode;
      }
      return newTrackingCode(now);
    };
    try {
      const replies = await Promise.all(Array.from({ length: 6 }, (_, n) => submit(`松岗镇枫树村井盖缺失（${n}）`)));
      expect(replies.map((r) => r.statusCode)).toEqual([201, 201, 201, 201, 201, 201]);
      const codes = replies.map((r) => (r.json() as { trackingCode: string }).trackingCode);
      expect(new Set([...codes, taken.trackingCode]).size).toBe(7);
      expect(repeated).toBe(6);
    } finally {
      trackingCodes.next = draw;
    }
  });
});
