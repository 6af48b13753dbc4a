import { randomBytes } from 'node:crypto';
/**
 * The bench's growth figures: reads at 100,000 and at 1,000,000 cases, two databases side by side
 * (the large one a copy of the small one with 900,000 older cases added). Each read is timed on both
 * in turn, run after run, so a machine that speeds up or slows down meanwhile (these are shared
 * and noisy) moves both sizes alike and the ratio stays true. The sweep changes data, so it runs
 * once on each, from the same saved state.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { loadActor } from '../src/modules/auth/load-actor.ts';
import { listCases, listInbox } from '../src/modules/cases/case-queries.service.ts';
import { rankUnits } from '../src/modules/cases/case-rates.service.ts';
import { sweepCases } from '../src/modules/cases/case-sweeper.ts';
import { createModuleRuntime } from '../src/modules/runtime.ts';
import { findCaseDuplicates } from '../src/modules/cases/case-duplicates.service.ts';
import { parseConfig } from '../src/platform/config/config.ts';
import type { Database } from '../src/platform/db/database.ts';
import { systemContext } from '../src/modules/access/request-context.ts';
import { createLogger } from '../src/platform/logging/logger.ts';
import { deriveAuditKey, installAuditKey } from '../src/modules/audit/audit-key.ts';

// Audit rows written in this process are tagged with a throwaway key (a server uses its own).
installAuditKey(deriveAuditKey(randomBytes(32)));

const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const percentile = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))] ?? 0;

/** The fixed set of searches (1, 2 and 4 characters) whose median is search_ms. */
export const searches = ['灯', '水', '噪音', '工资', '路灯不亮', '拖欠工资'];

/** One database and the people and services the reads need. */
interface Side {
  database: Database;
  runtime: ReturnType<typeof createModuleRuntime>;
  unitId: number;
  handlerCtx: ReturnType<typeof systemContext>;
  leaderCtx: ReturnType<typeof systemContext>;
  dispatcherCtx: ReturnType<typeof systemContext>;
  recentIds: number[];
}

async function prepareSide(database: Database): Promise<Side> {
  const db = database.db;
  const config = parseConfig({
    LOG_LEVEL: 'silent',
    DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'luoshi-bench-')),
  });
  const runtime = createModuleRuntime(config, database, createLogger('silent'));
  const busiest = await sql<{ lead_unit_id: number }>`
    select lead_unit_id from case_record where status in ('dispatched', 'handling', 'resolved') and lead_unit_id is not null
    group by lead_unit_id order by count(*) desc limit 1`.execute(db);
  const unitId = Number(busiest.rows[0]?.lead_unit_id);
  const leadPerson = await db
    .selectFrom('membership')
    .select('person_id')
    .where('unit_id', '=', unitId)
    .executeTakeFirst();
  const leader = await db.selectFrom('person').select('id').where('username', '=', 'leader').executeTakeFirstOrThrow();
  const dispatcher = await db
    .selectFrom('person')
    .select('id')
    .where('username', '=', 'dispatcher')
    .executeTakeFirstOrThrow();
  // Duplicates of recent cases (those a dispatcher is sorting).
  const recent = await sql<{ id: number }>`select id from case_record order by created_at desc limit 60`.execute(db);
  return {
    database,
    runtime,
    unitId,
    handlerCtx: { ...systemContext('bench'), actor: await loadActor(db, Number(leadPerson?.person_id ?? leader.id)) },
    leaderCtx: { ...systemContext('bench'), actor: await loadActor(db, Number(leader.id)) },
    dispatcherCtx: { ...systemContext('bench'), actor: await loadActor(db, Number(dispatcher.id)) },
    recentIds: recent.rows.map((row) => Number(row.id)),
  };
}

/** Medians of `runs` timings of each, taken in turn (which goes first alternates), after warming both. */
async function timePaired(
  small: () => Promise<unknown>,
  large: () => Promise<unknown>,
  runs: number,
): Promise<[number, number]> {
  for (let i = 0; i < 5; i++) {
    await small();
    await large();
  }
  const times: [number[], number[]] = [[], []];
  const timed = async (fn: () => Promise<unknown>, into: number[]) => {
    const t = performance.now();
    await fn();
    into.push(performance.now() - t);
  };
  for (let i = 0; i < runs; i++) {
    if (i % 2 === 0) {
      await timed(small, times[0]);
      await timed(large, times[1]);
    } else {
      await timed(large, times[1]);
      await timed(small, times[0]);
    }
  }
  return [round(median(times[0])), round(median(times[1]))];
}

export interface SizeFigures {
  search: number;
  searchByQuery: Record<string, number>;
  dedupeP99: number;
  inbox: number;
  ranking: number;
  sweep: number;
  sweptCases: number;
}

/** Keeps the open cases' sweep state so both sizes sweep the very same work. */
export async function saveSweepState(database: Database, table: string): Promise<void> {
  await sql`create table ${sql.table(table)} as select id, next_sweep_at, escalation_level, version from case_record where next_sweep_at is not null`.execute(
    database.db,
  );
}

async function restoreSweepState(database: Database, table: string): Promise<void> {
  const db = database.db;
  await sql`update case_record c set next_sweep_at = s.next_sweep_at, escalation_level = s.escalation_level, version = s.version from ${sql.table(table)} s where s.id = c.id`.execute(
    db,
  );
  await sql`delete from case_alert`.execute(db);
  await sql`delete from notification where kind in ('case.warn', 'case.urge', 'case.escalate')`.execute(db);
  await sql`delete from case_event where actor_label = '系统' and case_id in (select id from ${sql.table(table)})`.execute(
    db,
  );
}

async function timeSweep(
  database: Database,
  side: Side,
  sweepAt: Date,
  snapshot: string,
): Promise<{ ms: number; cases: number }> {
  await restoreSweepState(database, snapshot);
  await sql`vacuum analyze case_record`.execute(database.db);
  await sql`checkpoint`.execute(database.db);
  const t = performance.now();
  const swept = await sweepCases(side.runtime.cases, sweepAt);
  return { ms: round(performance.now() - t, 1), cases: swept.cases };
}

/** Both sizes' figures, the reads timed in turn on the two databases. */
export async function measureSizes(
  smallDb: Database,
  largeDb: Database,
  sweepAt: Date,
  snapshot: string,
): Promise<{ small: SizeFigures; large: SizeFigures }> {
  // Let the writes of the generator settle first (the checkpointer flushing them would disturb the timings).
  await sql`checkpoint`.execute(smallDb.db);
  const [s, l] = [await prepareSide(smallDb), await prepareSide(largeDb)];
  const month = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 7);
  const inbox = await timePaired(
    () => listInbox(s.runtime.cases, s.handlerCtx, { unitId: s.unitId, limit: 20 }),
    () => listInbox(l.runtime.cases, l.handlerCtx, { unitId: l.unitId, limit: 20 }),
    60,
  );
  const ranking = await timePaired(
    () => rankUnits(s.database.db, s.leaderCtx, { month, unitType: 'township' }, 10),
    () => rankUnits(l.database.db, l.leaderCtx, { month, unitType: 'township' }, 10),
    60,
  );
  const byQuery: [Record<string, number>, Record<string, number>] = [{}, {}];
  for (const q of searches) {
    const [small, large] = await timePaired(
      () => listCases(s.runtime.cases, s.dispatcherCtx, { q, limit: 20 }),
      () => listCases(l.runtime.cases, l.dispatcherCtx, { q, limit: 20 }),
      15,
    );
    byQuery[0][q] = small;
    byQuery[1][q] = large;
  }
  const dedupe: [number[], number[]] = [[], []];
  for (let i = 0; i < Math.min(s.recentIds.length, l.recentIds.length); i++) {
    for (const [side, into] of [
      [s, dedupe[0]],
      [l, dedupe[1]],
    ] as const) {
      const t = performance.now();
      await findCaseDuplicates(side.runtime.cases, side.dispatcherCtx, side.recentIds[i] ?? 0);
      into.push(performance.now() - t);
    }
  }
  const sweepSmall = await timeSweep(smallDb, s, sweepAt, snapshot);
  const sweepLarge = await timeSweep(largeDb, l, sweepAt, snapshot);
  const figures = (i: 0 | 1, sweep: { ms: number; cases: number }): SizeFigures => ({
    search: median(Object.values(byQuery[i])),
    searchByQuery: byQuery[i],
    dedupeP99: round(percentile(dedupe[i], 0.99)),
    inbox: inbox[i],
    ranking: ranking[i],
    sweep: sweep.ms,
    sweptCases: sweep.cases,
  });
  return { small: figures(0, sweepSmall), large: figures(1, sweepLarge) };
}
