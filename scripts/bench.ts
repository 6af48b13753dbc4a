/**
 * npm run bench — the case loop's figures, measured in one run on PostgreSQL (and intake on PGlite),
 * written to bench-results/cases.json. Ratios in one run, because these machines are noisy:
 * intake over HTTP against raw single-row inserts through the same driver; inbox, ranking, search,
 * duplicates and sweep at 100,000 and at 1,000,000 cases, two databases timed in turn (bench-scale.ts).
 *
 * BENCH_PART=intake stops after the intake figures (nothing written), for quick comparisons.
 * BENCH_PART=patrols only judges patrol tracks (no database) and merges bench-results/patrols.json;
 * the full run ends with that part too (bench-patrols.ts).
 * BENCH_DATABASE_URL (or TEST_DATABASE_URL) names a PostgreSQL server where a scratch database is
 * made and dropped; default postgres://postgres@127.0.0.1:5432/postgres.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { suggestCategories } from '../src/modules/text/category-suggestions.service.ts';
import { caseTexts } from '../src/modules/demo/demo-case-texts.ts';
import { SEARCH_WINDOW_DAYS } from '../src/modules/cases/case-queries.service.ts';
import { ensureDefaultCategories } from '../src/modules/categories/categories.service.ts';
import { generateCases, rebuildRateCounters } from '../src/modules/demo/case-generator.ts';
import { loadDemoIfEmpty } from '../src/modules/demo/demo.service.ts';
import { type Database, openDatabase } from '../src/platform/db/database.ts';
import { migrateToLatest } from '../src/platform/db/migrate.ts';
import { measureSizes, saveSweepState, searches } from './bench-scale.ts';
import { benchPatrols } from './bench-patrols.ts';
import { deriveAuditKey, installAuditKey } from '../src/modules/audit/audit-key.ts';

// Audit rows are tagged with a throwaway key, the same in this process and in the servers it starts
// (a server with another key would refuse this process's rows as forged and never finish sealing).
const benchAuditKey = randomBytes(32);
installAuditKey(deriveAuditKey(benchAuditKey));

const root = path.resolve(import.meta.dirname, '..');
const adminUrl =
  process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const clients = Number(process.env.BENCH_CLIENTS ?? 32);
const seconds = Number(process.env.BENCH_SECONDS ?? 8);
const perDay = 1400; // a large district's daily volume: 100k cases ≈ 10 weeks, 1M ≈ 2 years

const log = (message: string) => process.stdout.write(`[bench] ${message}\n`);
const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;
const percentile = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))] ?? 0;

/** Runs `create` (a CREATE DATABASE of `name`) and answers the new database's address and the means to drop it. */
async function createDatabase(name: string, create: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(create);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

function scratchDatabase() {
  const name = `luoshi_bench_${process.pid}_${randomBytes(3).toString('hex')}`;
  return createDatabase(
    name,
    `CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'`,
  );
}

/** A copy of a database (nobody may be connected to it meanwhile). */
function copyDatabase(source: string) {
  return createDatabase(`${source}_large`, `CREATE DATABASE ${source}_large TEMPLATE ${source}`);
}

function startServer(env: Record<string, string>): Promise<{ child: ChildProcess; address: string }> {
  const child = spawn(path.join(root, 'node_modules/.bin/node'), [path.join(root, 'src/main.ts')], {
    cwd: root,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      PORT: '0',
      LOG_LEVEL: 'warn',
      PUBLIC_INTAKE_PER_MINUTE: '1000000',
      SWEEP_INTERVAL_SECONDS: '3600',
      AUDIT_KEY: benchAuditKey.toString('hex'),
      ...profiling(),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/\S+)/.exec(output);
      if (match?.[1]) resolve({ child, address: match[1] });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => reject(new Error(`server exited ${code}: ${output}`)));
  });
}

/** BENCH_PROFILE=<dir> writes the server's CPU profile there (a .cpuprofile per server run). */
function profiling(): Record<string, string> {
  const dir = process.env.BENCH_PROFILE;
  return dir ? { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${dir}` } : {};
}

/**
 * CPU seconds (user + system) used so far by the given processes and by the PostgreSQL processes
 * serving `database` (its backends, plus the WAL writer that flushes their commits).
 */
function cpuSeconds(pids: number[], database: string): { named: number; postgres: Map<string, number> } {
  const ticks = (pid: number | string) => {
    try {
      const fields = fs
        .readFileSync(`/proc/${pid}/stat`, 'utf8')
        .replace(/^.*\) /, '')
        .split(' ');
      return Number(fields[11]) + Number(fields[12]);
    } catch {
      return 0;
    }
  };
  const postgres = new Map<string, number>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const command = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (command.startsWith('postgres: ') && (command.includes(` ${database} `) || command.includes('walwriter')))
        postgres.set(entry, ticks(entry));
    } catch {
      // the process ended meanwhile
    }
  }
  return { named: pids.reduce((sum, pid) => sum + ticks(pid), 0) / 100, postgres };
}

/** CPU seconds the PostgreSQL processes used between two readings (a backend that ended meanwhile is left out, so never negative). */
function postgresDelta(before: Map<string, number>, after: Map<string, number>): number {
  let ticks = 0;
  for (const [pid, now] of after) ticks += Math.max(0, now - (before.get(pid) ?? 0));
  return ticks / 100;
}

type CpuMs = { process: number; postgres: number };

/** Intake and raw inserts alternate this many times; the figures are the middle round's (by ratio). */
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);

/** Waits until the server has indexed and sealed what intake left for later; answers the seconds it took. */
async function waitForBackgroundWork(database: Database): Promise<number> {
  const started = performance.now();
  for (;;) {
    const left = await sql<{
      n: number;
    }>`select (select count(*) from case_search_queue) + (select count(*) from audit_log where seq is null) as n`.execute(
      database.db,
    );
    if (Number(left.rows[0]?.n ?? 0) === 0) return round((performance.now() - started) / 1000, 1);
    if (performance.now() - started > 120_000)
      throw new Error('the server did not catch up with indexing and sealing within 2 minutes');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Runs `work` and answers the CPU milliseconds per request it cost the named processes and PostgreSQL. */
async function cpuPerRequest<T extends { count: number }>(
  pids: number[],
  database: string,
  work: () => Promise<T>,
): Promise<T & { cpuMs: { process: number; postgres: number } }> {
  const before = cpuSeconds(pids, database);
  const result = await work();
  const after = cpuSeconds(pids, database);
  const per = (s: number) => round((s * 1000) / Math.max(1, result.count), 3);
  return {
    ...result,
    cpuMs: { process: per(after.named - before.named), postgres: per(postgresDelta(before.postgres, after.postgres)) },
  };
}

function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return round(kb / 1024);
}

/** Runs `clients` loops of `once` for `seconds`; answers throughput and latencies. */
async function load(once: (n: number) => Promise<void>): Promise<{ perSecond: number; p99: number; count: number }> {
  const latencies: number[] = [];
  const until = performance.now() + seconds * 1000;
  let n = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < until) {
        const t = performance.now();
        await once(n++);
        latencies.push(performance.now() - t);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  return {
    perSecond: round(latencies.length / elapsed),
    p99: round(percentile(latencies, 0.99), 2),
    count: latencies.length,
  };
}

const addresses = ['杏坪镇南沟村', '澄源街道桃园社区', '桑峪镇大峪村', '锦河街道滨河社区', '白岭镇王家村'];

/**
 * Intake load over HTTP: with wrk when installed (a C load generator, so the client does not eat
 * the server's CPU on a small machine), else with Node's fetch.
 */
async function httpIntake(
  address: string,
  tag: string,
): Promise<{ perSecond: number; p99: number; count: number; client: string }> {
  if (hasWrk()) return wrkIntake(address);
  return { ...(await fetchIntake(address, tag)), client: 'fetch' };
}

function hasWrk(): boolean {
  return spawnSync('wrk', ['--version']).error === undefined;
}

async function wrkIntake(address: string): Promise<{ perSecond: number; p99: number; count: number; client: string }> {
  const result = spawnSync(
    'wrk',
    [
      '-t1',
      `-c${clients}`,
      `-d${seconds}s`,
      '--timeout',
      '30s',
      '-s',
      path.join(root, 'scripts/bench/intake.lua'),
      address,
    ],
    { encoding: 'utf8' },
  );
  const line = /WRK_RESULT (\{.*\})/.exec(result.stdout)?.[1];
  if (!line) throw new Error(`wrk failed: ${result.stdout} ${result.stderr}`);
  const r = JSON.parse(line) as {
    requests: number;
    seconds: number;
    p99_ms: number;
    non_2xx: number;
    socket_errors: number;
  };
  if (r.non_2xx > 0 || r.socket_errors > 0 || r.requests === 0)
    throw new Error(`intake under wrk failed: ${line} ${result.stderr}`);
  return { perSecond: round(r.requests / r.seconds), p99: round(r.p99_ms, 2), count: r.requests, client: 'wrk' };
}

async function fetchIntake(address: string, tag: string) {
  return load(async (n) => {
    const res = await fetch(`${address}/api/v1/public/cases`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'idempotency-key': `${tag}-${n}-${randomBytes(4).toString('hex')}`,
      },
      body: JSON.stringify({
        description: `${addresses[n % addresses.length]}路灯不亮，晚上出行不安全（${n}）`,
        address: addresses[n % addresses.length],
        anonymous: true,
      }),
    });
    if (res.status !== 201) throw new Error(`intake answered ${res.status}: ${await res.text()}`);
    await res.arrayBuffer();
  });
}

/** The same row shape as intake, one autocommitted insert each, through node-postgres. */
async function rawInserts(url: string, placeId: number, placePath: string) {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  try {
    return await load(async (n) => {
      const now = new Date();
      await pool.query(
        `insert into case_record (tracking_code, channel, title, description, category_id, tier, urgency, status, address, lat, lng, place_unit_id, place_path,
           reporter_person_id, reporter_name, reporter_mobile, anonymous, extra, created_by, recurrence_of_id, idempotency_scope, idempotency_key, request_hash, created_at, updated_at)
         values ($1, 'citizen_web', $2, $3, null, null, 'normal', 'submitted', $4, null, null, $5, $6, null, null, null, true, '{}'::jsonb, null, null, 'anonymous', $7, $8, $9, $9)`,
        [
          `RAW-${n}-${randomBytes(4).toString('hex')}`,
          '路灯不亮',
          `路灯不亮，晚上出行不安全（${n}）`,
          addresses[0],
          placeId,
          placePath,
          `raw-${n}-${randomBytes(4).toString('hex')}`,
          'x'.repeat(64),
          now,
        ],
      );
    });
  } finally {
    await pool.end();
  }
}

/** Routing suggestions (top three categories) for the demo texts, one after another, for about three seconds. */
function classifyRate(): { classify_per_s: number; classify_ms_p99: number } {
  const messages = caseTexts.flatMap((t) => t.bodies);
  suggestCategories(messages[0] ?? '路灯不亮'); // loads the model
  const times: number[] = [];
  const started = performance.now();
  while (performance.now() - started < 3000) {
    for (const message of messages) {
      const t = performance.now();
      suggestCategories(message);
      times.push(performance.now() - t);
    }
  }
  return {
    classify_per_s: round(times.length / ((performance.now() - started) / 1000)),
    classify_ms_p99: round(percentile(times, 0.99), 2),
  };
}

async function main(): Promise<void> {
  if (process.env.BENCH_PART === 'patrols') {
    process.stdout.write(`${JSON.stringify(benchPatrols(root, log), null, 2)}\n`);
    return;
  }
  const started = performance.now();
  const textFigures: Record<string, unknown> = {};
  const figures: Record<string, unknown> = {
    measured_at: new Date().toISOString(),
    machine: { cpus: os.cpus().length, node: process.version },
    clients,
    seconds_per_load: seconds,
    cases_per_day_model: perDay,
  };
  const scratch = await scratchDatabase();
  let large: Awaited<ReturnType<typeof copyDatabase>> | undefined;
  let smallDb: Database | undefined;
  let largeDb: Database | undefined;
  let server: ChildProcess | undefined;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'luoshi-bench-'));
  try {
    const scratchName = new URL(scratch.url).pathname.slice(1);
    log(`scratch database ${scratchName}`);
    const database = await openDatabase({ databaseUrl: scratch.url, poolSize: 10 });
    await migrateToLatest(database.db);
    await loadDemoIfEmpty(database.db);
    await ensureDefaultCategories(database.db);
    const place = await database.db
      .selectFrom('unit')
      .select(['id', 'path'])
      .where('code', '=', 'D01-T01-V01')
      .executeTakeFirstOrThrow();

    log('routing suggestions: messages classified per second');
    Object.assign(textFigures, classifyRate());

    log(`intake over HTTP on PostgreSQL and raw inserts through the same driver, in ${rounds} alternating rounds`);
    const pgServer = await startServer({
      DATABASE_URL: scratch.url,
      DATA_DIR: path.join(tmp, 'pg'),
      DEMO_DATA: 'false',
    });
    server = pgServer.child;
    const results: {
      intake: Awaited<ReturnType<typeof httpIntake>> & { cpuMs: CpuMs };
      raw: Awaited<ReturnType<typeof rawInserts>> & { cpuMs: CpuMs };
      ratio: number;
      catchUpS: number;
    }[] = [];
    for (let r = 1; r <= rounds; r++) {
      const intake = await cpuPerRequest([pgServer.child.pid ?? 0], scratchName, () =>
        httpIntake(pgServer.address, 'bench'),
      );
      // The work intake leaves for later (search vectors, audit seals) is done between the rounds, in neither measurement.
      const catchUpS = await waitForBackgroundWork(database);
      const raw = await cpuPerRequest([process.pid], scratchName, () =>
        rawInserts(scratch.url, Number(place.id), place.path),
      );
      results.push({ intake, raw, ratio: intake.perSecond / raw.perSecond, catchUpS });
      log(
        `round ${r}: intake ${intake.perSecond}/s (p99 ${intake.p99} ms), raw ${raw.perSecond}/s → ${round(intake.perSecond / raw.perSecond, 2)}; CPU ms per request: intake server ${intake.cpuMs.process} + postgres ${intake.cpuMs.postgres}, raw client ${raw.cpuMs.process} + postgres ${raw.cpuMs.postgres}; background work caught up in ${catchUpS} s`,
      );
    }
    figures.server_rss_mb = rssMb(pgServer.child.pid ?? 0);
    pgServer.child.kill('SIGTERM');
    await new Promise((resolve) => pgServer.child.once('exit', resolve));
    server = undefined;
    const middle = [...results].sort((a, b) => a.ratio - b.ratio)[Math.floor(results.length / 2)];
    if (!middle) throw new Error('no intake rounds ran');
    const { intake, raw } = middle;
    Object.assign(figures, {
      load_client: intake.client,
      intake_per_s: intake.perSecond,
      intake_p99_ms: intake.p99,
      raw_insert_per_s: raw.perSecond,
      raw_insert_p99_ms: raw.p99,
      intake_vs_raw: round(middle.ratio, 2),
      intake_vs_raw_rounds: results.map((x) => round(x.ratio, 2)),
      intake_cpu_ms: intake.cpuMs,
      raw_cpu_ms: raw.cpuMs,
      intake_background_catch_up_s: middle.catchUpS,
    });
    log(
      `intake_vs_raw ${figures.intake_vs_raw} (the middle of ${rounds} rounds: ${results.map((x) => round(x.ratio, 2)).join(', ')})`,
    );

    log('intake over HTTP on PGlite');
    // The demo district without its scripted cases and task lists, which would still be loading in the
    // background (on PGlite's one connection) while the load runs.
    const liteServer = await startServer({ DATA_DIR: path.join(tmp, 'lite'), DEMO_CASES: 'false' });
    server = liteServer.child;
    const lite = await httpIntake(liteServer.address, 'lite');
    liteServer.child.kill('SIGTERM');
    server = undefined;
    Object.assign(figures, { intake_pglite_per_s: lite.perSecond, intake_pglite_p99_ms: lite.p99 });
    log(`PGlite intake ${lite.perSecond}/s (p99 ${lite.p99} ms)`);

    if (process.env.BENCH_PART === 'intake') {
      process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
      await database.close();
      return;
    }
    await sql`delete from case_event`.execute(database.db);
    await sql`delete from audit_log where entity_type = 'case'`.execute(database.db).catch(() => undefined);
    await sql`truncate case_party, case_alert, attachment, notification, case_record cascade`.execute(database.db);

    const end = new Date();
    log('generating 100,000 cases');
    const g1 = await generateCases(database.db, { count: 100_000, end, perDay, batch: 'A' });
    await rebuildRateCounters(database.db);
    await sql`vacuum analyze`.execute(database.db);
    await saveSweepState(database, 'bench_sweep_state');
    await database.close();

    log('copying them, and adding 900,000 older cases to the copy');
    large = await copyDatabase(scratchName);
    smallDb = await openDatabase({ databaseUrl: scratch.url, poolSize: 10 });
    largeDb = await openDatabase({ databaseUrl: large.url, poolSize: 10 });
    const g2 = await generateCases(largeDb.db, {
      count: 900_000,
      end,
      perDay,
      offsetDays: 100_000 / perDay,
      batch: 'B',
      seed: 7,
    });
    await rebuildRateCounters(largeDb.db);
    await sql`vacuum analyze`.execute(largeDb.db);
    await sql`checkpoint`.execute(largeDb.db);
    log('timing reads at 100k and 1M in turn');
    const { small: at100k, large: at1m } = await measureSizes(
      smallDb,
      largeDb,
      new Date(end.getTime() + 3_600_000),
      'bench_sweep_state',
    );
    log(
      `100k: search ${at100k.search} ms, inbox ${at100k.inbox} ms, ranking ${at100k.ranking} ms, sweep ${at100k.sweep} ms (${at100k.sweptCases} cases), made in ${round(g1.ms / 1000)} s`,
    );
    log(
      `1M: search ${at1m.search} ms, inbox ${at1m.inbox} ms, ranking ${at1m.ranking} ms, sweep ${at1m.sweep} ms (${at1m.sweptCases} cases), 900k added in ${round(g2.ms / 1000)} s`,
    );
    const count = await sql<{ n: number }>`select count(*)::int as n from case_record`.execute(largeDb.db);

    Object.assign(figures, {
      cases_at_large_size: count.rows[0]?.n,
      generate_100k_s: round(g1.ms / 1000),
      generate_900k_s: round(g2.ms / 1000),
      inbox_ms_100k: at100k.inbox,
      inbox_ms_1m: at1m.inbox,
      inbox_growth: round(at1m.inbox / at100k.inbox, 2),
      ranking_ms_100k: at100k.ranking,
      ranking_ms_1m: at1m.ranking,
      ranking_growth: round(at1m.ranking / at100k.ranking, 2),
      sweep_ms_100k: at100k.sweep,
      sweep_ms_1m: at1m.sweep,
      sweep_growth: round(at1m.sweep / at100k.sweep, 2),
      swept_cases: at100k.sweptCases,
      swept_cases_1m: at1m.sweptCases,
    });
    Object.assign(textFigures, {
      search_queries: searches,
      search_window_days: SEARCH_WINDOW_DAYS,
      search_ms_100k: at100k.search,
      search_ms_1m: at1m.search,
      search_ms_by_query_100k: at100k.searchByQuery,
      search_ms_by_query_1m: at1m.searchByQuery,
      search_growth: round(at1m.search / at100k.search, 2),
      dedupe_ms_p99_100k: at100k.dedupeP99,
      dedupe_ms_p99: at1m.dedupeP99,
    });
  } finally {
    server?.kill('SIGKILL');
    await smallDb?.close().catch(() => undefined);
    await largeDb?.close().catch(() => undefined);
    await large?.drop().catch(() => undefined);
    await scratch.drop().catch(() => undefined);
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  figures.bench_seconds = round((performance.now() - started) / 1000);
  fs.mkdirSync(path.join(root, 'bench-results'), { recursive: true });
  fs.writeFileSync(path.join(root, 'bench-results/cases.json'), `${JSON.stringify(figures, null, 2)}\n`);
  fs.writeFileSync(
    path.join(root, 'bench-results/text.json'),
    `${JSON.stringify({ measured_at: figures.measured_at, machine: figures.machine, ...textFigures }, null, 2)}\n`,
  );
  log(`written bench-results/cases.json in ${figures.bench_seconds} s`);
  benchPatrols(root, log);
  process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
}

await main();
