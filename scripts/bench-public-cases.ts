/**
 * The public case list (GET /public/cases) at a million cases on PostgreSQL, on the indexes the case
 * tables already have: first pages and a deep page (a year back) per township and status, the whole
 * district, and a village, with the plan each query gets. Writes bench-results/public-cases.json.
 *
 * node scripts/bench-public-cases.ts   (BENCH_DATABASE_URL or TEST_DATABASE_URL: where a scratch
 * database is made and dropped; default postgres://postgres@127.0.0.1:5432/postgres)
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { listPublicCases, type PublicCaseFilter } from '../src/modules/cases/case-public.repository.ts';
import { ensureDefaultCategories } from '../src/modules/categories/categories.service.ts';
import { generateCases } from '../src/modules/demo/case-generator.ts';
import { loadDemoIfEmpty } from '../src/modules/demo/demo.service.ts';
import { openDatabase } from '../src/platform/db/database.ts';
import { migrateToLatest } from '../src/platform/db/migrate.ts';
import { deriveAuditKey, installAuditKey } from '../src/modules/audit/audit-key.ts';

// Audit rows written in this process are tagged with a throwaway key (a server uses its own).
installAuditKey(deriveAuditKey(randomBytes(32)));

const root = path.resolve(import.meta.dirname, '..');
const adminUrl =
  process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const perDay = 1400;
const log = (message: string) => process.stdout.write(`[bench-public] ${message}\n`);
const round = (n: number) => Math.round(n * 100) / 100;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

async function timeIt(fn: () => Promise<unknown>, runs = 40): Promise<number> {
  for (let i = 0; i < 3; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return round(median(times));
}

/** The list query with its values inlined (for EXPLAIN): the same conditions listPublicCases writes. */
function compiledListQuery(filter: PublicCaseFilter): string {
  const where = [
    filter.closed
      ? "status = 'closed'"
      : "status in ('accepted', 'dispatched', 'returned', 'handling', 'resolved', 'follow_up')",
  ];
  if (filter.pathPrefix) where.push(`place_path like '${filter.pathPrefix}%'`);
  if (filter.after) where.push(`(created_at, id) < ('${filter.after.createdAt.toISOString()}', ${filter.after.id})`);
  return `select id, category_id, place_unit_id, place_path, status, lat, lng, created_at, closed_at from case_record where ${where.join(' and ')} order by created_at desc, id desc limit ${filter.limit}`;
}

async function main(): Promise<void> {
  const name = `luoshi_bench_public_${process.pid}_${randomBytes(3).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(
    `CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'`,
  );
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString(), poolSize: 2 });
  const db = database.db;
  try {
    await migrateToLatest(db);
    await loadDemoIfEmpty(db);
    await ensureDefaultCategories(db);
    const end = new Date();
    log('generating 1,000,000 cases');
    await generateCases(db, { count: 100_000, end, perDay, batch: 'A' });
    await generateCases(db, { count: 900_000, end, perDay, offsetDays: 100_000 / perDay, batch: 'B', seed: 7 });
    const town = await db.selectFrom('unit').select(['path']).where('code', '=', 'D01-T01').executeTakeFirstOrThrow();
    const village = await db
      .selectFrom('unit')
      .select(['path'])
      .where('code', '=', 'D01-T01-V01')
      .executeTakeFirstOrThrow();
    const middle = new Date(end.getTime() - 300 * 86_400_000);
    const cases: Record<string, PublicCaseFilter> = {
      town_open: { closed: false, pathPrefix: town.path, limit: 21 },
      town_closed: { closed: true, pathPrefix: town.path, limit: 21 },
      town_closed_deep: { closed: true, pathPrefix: town.path, after: { createdAt: middle, id: 1 }, limit: 21 },
      district_open: { closed: false, limit: 21 },
      district_closed: { closed: true, limit: 21 },
      village_open: { closed: false, pathPrefix: village.path, limit: 21 },
      village_closed_deep: { closed: true, pathPrefix: village.path, after: { createdAt: middle, id: 1 }, limit: 21 },
    };
    await sql`vacuum analyze case_record`.execute(db);
    const ms: Record<string, number> = {};
    const plans: Record<string, string> = {};
    for (const [key, filter] of Object.entries(cases)) {
      ms[key] = await timeIt(() => listPublicCases(db, filter));
      // The plan's index scans, e.g. "Index Scan Backward using case_created_idx".
      const explained = await sql<{ 'QUERY PLAN': string }>`explain ${sql.raw(compiledListQuery(filter))}`
        .execute(db)
        .catch(() => ({ rows: [] }));
      plans[key] = explained.rows
        .map((r) => r['QUERY PLAN'].trim())
        .filter((line) => /Scan|Sort/.test(line))
        .map((line) => line.replace(/\s+\(cost.*$/, '').replace(/^->\s*/, ''))
        .join(' / ');
    }
    log(JSON.stringify(ms));
    const count = await sql<{ n: number }>`select count(*)::int as n from case_record`.execute(db);
    const figures = { cases: count.rows[0]?.n, page_ms: ms, plans, measured_at: new Date().toISOString() };
    fs.mkdirSync(path.join(root, 'bench-results'), { recursive: true });
    fs.writeFileSync(path.join(root, 'bench-results/public-cases.json'), `${JSON.stringify(figures, null, 2)}\n`);
    process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
  } finally {
    await database.close();
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.end();
  }
}

await main();
