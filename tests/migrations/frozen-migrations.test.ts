import fs from 'node:fs';
import path from 'node:path';
import { type Kysely, sql } from 'kysely';
import { Migrator } from 'kysely/migration';
import ts from 'typescript';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { searchPartitionName as liveSearchPartitionName } from '../../src/modules/search/search-months.ts';
import { searchDocument as liveSearchDocument } from '../../src/modules/search/search-text.ts';
import { searchDocument as frozenSearchDocument } from '../../src/platform/db/migrations/frozen/search-document-2026-11.ts';
import { migrations } from '../../src/platform/db/migrations/index.ts';
import { databaseTargets, openTestDatabase, type TestDatabase } from '../helpers/test-databases.ts';

/*
 * The live search code changes after the migrations were written: here the tokenizer stops indexing
 * character pairs (a space between every character) and partitions are named by UTC months instead
 * of China-time months. A migration that still read live code would write different vectors or
 * name its partitions differently; a frozen one writes exactly what it wrote when it was made.
 */
vi.mock('../../src/modules/search/search-text.ts', async (importOriginal) => {
  const live = await importOriginal<typeof import('../../src/modules/search/search-text.ts')>();
  const withoutPairs = (parts: readonly (string | null | undefined)[], markers: readonly string[] = []) =>
    live.searchDocument(
      parts.map((part) => part && [...part].join(' ')),
      markers,
    );
  return { ...live, searchDocument: withoutPairs };
});
vi.mock('../../src/modules/search/search-months.ts', async (importOriginal) => {
  const live = await importOriginal<typeof import('../../src/modules/search/search-months.ts')>();
  const utcMonthName = (at: Date) => `case_search_m${at.toISOString().slice(0, 7).replace('-', '')}`;
  return { ...live, searchPartitionName: utcMonthName };
});

const repoRoot = path.resolve(import.meta.dirname, '../..');
const migrationsDir = path.join(repoRoot, 'src/platform/db/migrations');
const frozenDir = path.join(migrationsDir, 'frozen');

/** Applies the migrations numbered up to `last` (e.g. '0004'), as a district's database stood then. */
async function migrateThrough(db: Kysely<unknown>, last: string): Promise<void> {
  const chosen = Object.fromEntries(Object.entries(migrations).filter(([name]) => name.slice(0, 4) <= last));
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => chosen },
    migrationTableName: 'schema_migration',
    migrationLockTableName: 'schema_migration_lock',
    allowUnorderedMigrations: true,
  });
  const { error } = await migrator.migrateToLatest();
  if (error) throw error;
}

async function insertUnit(db: Kysely<unknown>, code: string, type: string, parentPath: string): Promise<number> {
  const row = await sql<{ id: number }>`
    insert into unit (code, name_zh, type, path, depth) values (${code}, ${code}, ${type}, '/', 0) returning id`.execute(
    db,
  );
  const id = Number(row.rows[0]?.id);
  const depth = parentPath.split('/').filter(Boolean).length;
  await sql`update unit set path = ${`${parentPath}${id}/`}, depth = ${depth} where id = ${id}`.execute(db);
  return id;
}

// What the tokenizer of November 2026 wrote for these texts (title '路燈不亮' is Traditional).
const caseVector = "'路':1,12 '路灯':1 '灯':2 '灯不':2 '不':3 '不亮':3 '亮':4 'ab':10 '路口':12 '口':13 '2':14 '盏':15";
const taskVector =
  "'修':1 '修缮':1 '缮':2 '缮道':2 '道':3 '道路':3 '路':4 '完':10 '完成':10 '成':11 '3':13 '公':15 '公里':15 '里':16 " +
  "'年':22 '年底':22 '底':23 '底前':23 '前':24";

describe('frozen migrations', () => {
  it('the live search code here is deliberately changed, so the frozen copies differ from it', () => {
    const parts = ['路燈不亮', 'ＡＢ路口2盏', null];
    expect(frozenSearchDocument(parts)).toBe(caseVector);
    expect(liveSearchDocument(parts)).not.toBe(caseVector);
    // 2025-03-31T16:30Z is 1 April 00:30 in China.
    expect(liveSearchPartitionName(new Date('2025-03-31T16:30:00Z'))).toBe('case_search_m202503');
  });

  for (const target of databaseTargets()) {
    describe(`[${target}]`, () => {
      let current: TestDatabase | undefined;
      afterEach(async () => {
        await current?.dispose();
        current = undefined;
      });

      it('0005, 0009 and 0011 write the vectors and partitions they wrote when they were made', async () => {
        current = await openTestDatabase(target, { migrate: false });
        const db = current.database.db as Kysely<unknown>;
        await migrateThrough(db, '0004');
        const township = await insertUnit(db, 'T1', 'township', '/');
        const village = await insertUnit(db, 'V1', 'village', `/${township}/`);
        const placePath = `/${township}/${village}/`;
        await sql`
          insert into case_record (tracking_code, channel, title, description, status, place_path, place_unit_id, created_at, updated_at)
          values ('FROZEN-1', 'citizen_web', '路燈不亮', 'ＡＢ路口2盏', 'submitted', ${placePath}, ${village},
            '2025-03-31T16:30:00Z', '2025-03-31T16:30:00Z')`.execute(db);
        const programme = await sql<{ id: number }>`
          insert into programme (title, kind, owner_unit_id, owner_path, starts_on, ends_on)
          values ('道路整治', 'campaign', ${township}, ${`/${township}/`}, '2025-01-01', '2025-12-31') returning id`.execute(
          db,
        );
        await sql`
          insert into task (programme_id, title, description, lead_unit_id, lead_path, target_text)
          values (${programme.rows[0]?.id}, '修繕道路', '完成 3 公里', ${village}, ${placePath}, '年底前')`.execute(db);

        await migrateThrough(db, '0011');

        const expectedCase = `${caseVector} '#p${village}' '#t${township}'`;
        const cases = await sql<{ same: boolean; partition: string }>`
          select search = ${expectedCase}::tsvector as same, tableoid::regclass::text as partition from case_search`.execute(
          db,
        );
        expect(cases.rows).toEqual([{ same: true, partition: 'case_search_m202504' }]);
        const tasks = await sql<{ same: boolean }>`select search = ${taskVector}::tsvector as same from task`.execute(
          db,
        );
        expect(tasks.rows).toEqual([{ same: true }]);
      });
    });
  }

  it('no migration imports live project code: only libraries and its own frozen folder', () => {
    const files = fs
      .readdirSync(migrationsDir, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && file !== 'index.ts')
      .map((file) => path.join(migrationsDir, file));
    const offending: string[] = [];
    let relativeImports = 0;
    for (const file of files) {
      const { importedFiles } = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true);
      for (const { fileName: specifier } of importedFiles) {
        if (!specifier.startsWith('.') && !specifier.startsWith('/')) continue; // a library
        relativeImports += 1;
        const target = path.resolve(path.dirname(file), specifier);
        if (!target.startsWith(`${frozenDir}${path.sep}`))
          offending.push(`${path.relative(repoRoot, file)} imports ${specifier}`);
      }
    }
    expect(files.length).toBeGreaterThan(10);
    expect(relativeImports).toBeGreaterThanOrEqual(3); // 0005, 0009 and 0011 use their frozen copies
    expect(offending).toEqual([]);
  });
});
