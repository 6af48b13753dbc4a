import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testConfig } from '../../../tests/helpers/test-app.ts';
import { describeEachDatabase } from '../../../tests/helpers/test-databases.ts';
import { createLogger } from '../../platform/logging/logger.ts';
import { caseChannels, caseStatuses, openStatuses, type CaseStatus } from '../../shared/cases.ts';
import { ensureDefaultCategories } from '../categories/categories.service.ts';
import { colourOf } from '../cases/case-clock.ts';
import { loadDirectory, placeFromAddress } from '../cases/case-directory.ts';
import { stateOf } from '../cases/case-state.ts';
import { clockFactsOf } from '../cases/case-view.ts';
import { invariantViolations } from '../cases/case-workflow.ts';
import * as repo from '../cases/cases.repository.ts';
import { createModuleRuntime, type ModuleRuntime } from '../runtime.ts';
import { buildDemoCasePlan, type DemoCaseScript, stepTime } from './demo-cases.ts';
import { loadDemoCases } from './demo-cases.service.ts';
import { buildDemoDistrict } from './demo-district.ts';
import { loadDemoIfEmpty } from './demo.service.ts';
import { demoPosition } from './demo-positions.ts';
import { demoBoundariesFile } from '../cases/case-public-map.ts';
import { type DistrictGeoJson, featureAt } from '../../shared/district-geo.ts';

/** A Friday morning in late November 2026 (China time). */
const now = new Date('2026-11-20T10:30:00+08:00');
const plan = buildDemoCasePlan(now);

const district = buildDemoDistrict();
const unitByCode = new Map(district.units.map((u) => [u.code, u]));
const usernames = new Set(district.people.map((p) => p.username));
const tsvCategories = new Set(
  fs
    .readFileSync(new URL('../categories/default-categories.tsv', import.meta.url), 'utf8')
    .split('\n')
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map((line) => line.split('\t').join('/')),
);

function unitCodesOf(script: DemoCaseScript): string[] {
  return [
    script.placeCode,
    ...script.steps.flatMap((s) => {
      switch (s.act.action) {
        case 'dispatch':
          return [s.act.leadCode, ...s.act.supportCodes];
        case 'summon':
          return s.act.unitCodes;
        case 'acknowledgeSummons':
          return [s.act.unitCode];
        default:
          return [];
      }
    }),
  ];
}

describe('the demo case plan (pure)', () => {
  it('is deterministic', () => {
    expect(buildDemoCasePlan(now)).toEqual(plan);
  });

  it('has about 300 cases, most closed, every status and channel', () => {
    expect(plan.length).toBeGreaterThanOrEqual(280);
    expect(plan.length).toBeLessThanOrEqual(320);
    const statuses = new Set(plan.map((s) => s.expect.status));
    for (const status of caseStatuses) expect(statuses, status).toContain(status);
    const closed = plan.filter((s) => s.expect.status === 'closed').length / plan.length;
    expect(closed).toBeGreaterThan(0.5);
    expect(closed).toBeLessThan(0.6);
    const channels = new Set(plan.map((s) => s.channel));
    for (const channel of caseChannels) expect(channels, channel).toContain(channel);
    expect(new Set(plan.map((s) => s.tier))).toEqual(new Set(['minor', 'general', 'major']));
  });

  it('names only categories of the default taxonomy, at least 25 level-3 ones across the main areas', () => {
    for (const s of plan)
      expect(tsvCategories, `${s.key} ${JSON.stringify(s.category)}`).toContain(
        `${s.category.level1}/${s.category.level2}/${s.category.level3}`,
      );
    const level3 = new Set(plan.map((s) => `${s.category.level2}/${s.category.level3}`));
    expect(level3.size).toBeGreaterThanOrEqual(25);
    const level1 = new Set(plan.map((s) => s.category.level1));
    for (const area of [
      '城乡建设',
      '环境保护',
      '交通运输',
      '教育文体',
      '劳动和社会保障',
      '商贸旅游',
      '卫生计生',
      '农村农业',
    ])
      expect(level1).toContain(area);
  });

  it('names only demo people and units, and places that are villages or communities', () => {
    for (const s of plan) {
      for (const name of [
        s.intakeBy,
        ...s.steps.map((step) => step.by),
        s.reporter.kind === 'account' ? s.reporter.username : null,
      ])
        if (name !== null) expect(usernames, `${s.key} ${name}`).toContain(name);
      for (const code of unitCodesOf(s)) expect(unitByCode.has(code), `${s.key} ${code}`).toBe(true);
      const place = unitByCode.get(s.placeCode);
      expect(['village', 'community']).toContain(place?.type);
      const town = unitByCode.get(place?.parentCode ?? '');
      expect(s.address.startsWith(`${town?.nameZh}${place?.nameZh}`), s.address).toBe(true);
    }
  });

  it('writes texts of a realistic size and fictional reporters', () => {
    for (const s of plan) {
      const length = [...s.description].length;
      expect(length, s.description).toBeGreaterThanOrEqual(20);
      expect(length, s.description).toBeLessThanOrEqual(120);
      expect(s.description).not.toMatch(/[{}]/);
      expect([...s.title].length).toBeLessThanOrEqual(80);
      if (s.reporter.kind === 'named') expect(s.reporter.mobile).toMatch(/^1[358]\d{9}$/);
      for (const step of s.steps) if (step.act.action === 'resolve') expect(step.act.result).not.toMatch(/[{}]/);
    }
  });

  it('keeps every life in order, inside the 75 days before now, merges pointing to earlier cases', () => {
    const order = new Map(plan.map((s, i) => [s.key, i]));
    for (const [i, s] of plan.entries()) {
      expect(s.at.getTime()).toBeLessThan(now.getTime());
      expect(s.at.getTime()).toBeGreaterThan(now.getTime() - 76 * 86_400_000);
      let previous = s.at.getTime();
      for (const step of s.steps) {
        const at = stepTime(s, step).getTime();
        expect(at, `${s.key} ${step.act.action}`).toBeGreaterThanOrEqual(previous);
        expect(at).toBeLessThan(now.getTime());
        previous = at;
        if (step.act.action === 'merge') expect(order.get(step.act.intoKey)).toBeLessThan(i);
      }
    }
  });

  it('holds together for other start times: a Sunday night, a Monday morning, a national holiday, midsummer', () => {
    for (const when of [
      '2026-11-22T21:40:00+08:00',
      '2026-11-23T09:05:00+08:00',
      '2026-10-03T15:00:00+08:00',
      '2027-07-14T13:45:00+08:00',
    ]) {
      const start = new Date(when);
      const other = buildDemoCasePlan(start);
      expect(new Set(other.map((s) => s.expect.status)).size).toBe(caseStatuses.length);
      for (const s of other)
        for (const step of s.steps)
          expect(stepTime(s, step).getTime(), `${when} ${s.key}`).toBeLessThan(start.getTime());
    }
  });
});

describeEachDatabase('loading the demo cases', (ctx) => {
  let runtime: ModuleRuntime;
  let dataDir: string;
  let loaded: number;
  let rows: repo.CaseRow[];

  beforeAll(async () => {
    const db = ctx.database.db;
    await loadDemoIfEmpty(db);
    await ensureDefaultCategories(db);
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'luoshi-demo-cases-'));
    runtime = createModuleRuntime(testConfig({ DATA_DIR: dataDir }), ctx.database, createLogger('silent'));
    const started = performance.now();
    loaded = (await loadDemoCases(runtime.cases, now)).loaded;
    console.log(`[${ctx.target}] demo cases loaded in ${Math.round(performance.now() - started)} ms`);
    rows = await db.selectFrom('case_record').selectAll().orderBy('id').execute();
  }, 300_000);
  afterAll(() => {
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const colour = (row: repo.CaseRow) => colourOf(runtime.cases.clock(), clockFactsOf(row), now);

  it('loads every script, in order, each ending where its script says', () => {
    expect(loaded).toBe(plan.length);
    expect(rows).toHaveLength(plan.length);
    rows.forEach((row, i) => {
      const script = plan[i] as DemoCaseScript;
      expect(row.title).toBe(script.title);
      expect(row.created_at.toISOString()).toBe(script.at.toISOString());
      expect(`${script.key} ${row.status}`).toBe(`${script.key} ${script.expect.status}`);
      if (script.expect.colour) expect(`${script.key} ${colour(row)}`).toBe(`${script.key} ${script.expect.colour}`);
    });
  });

  it('shows every status, and red and yellow cases among the open ones', () => {
    const statuses = new Set(rows.map((r) => r.status));
    for (const status of caseStatuses) expect(statuses, status).toContain(status);
    const open = rows.filter((r) => openStatuses.includes(r.status as CaseStatus));
    const colours = open.map(colour);
    expect(colours).toContain('red');
    expect(colours).toContain('yellow');
    expect(colours).toContain('green');
  });

  it('flags the recurrences and adds duplicates to the heat of the open case they join', () => {
    const byId = new Map(rows.map((r) => [Number(r.id), r]));
    const recurrences = rows.filter((r) => r.recurrence_of_id !== null);
    expect(recurrences.length).toBeGreaterThanOrEqual(1);
    for (const r of recurrences) expect(byId.get(Number(r.recurrence_of_id))?.status).toBe('closed');
    rows.forEach((row, i) => {
      if (plan[i]?.fate.includes('recurrence')) expect(row.recurrence_of_id).not.toBeNull();
    });
    const merged = rows.filter((r) => r.status === 'merged');
    expect(merged.length).toBeGreaterThanOrEqual(1);
    for (const m of merged) {
      const target = byId.get(Number(m.merged_into_id));
      expect(target?.heat).toBeGreaterThan(1);
      expect(openStatuses).toContain(target?.status);
    }
  });

  it('writes consistent timelines and states', async () => {
    const db = ctx.database.db;
    const events = await db
      .selectFrom('case_event')
      .select(['case_id', 'action', 'at'])
      .orderBy('case_id')
      .orderBy('id')
      .execute();
    const byCase = new Map<number, { action: string; at: Date }[]>();
    for (const e of events) byCase.set(Number(e.case_id), [...(byCase.get(Number(e.case_id)) ?? []), e]);
    const parties = await repo.listParties(
      db,
      rows.map((r) => Number(r.id)),
    );
    rows.forEach((row, i) => {
      const timeline = byCase.get(Number(row.id)) ?? [];
      expect(timeline[0]?.action).toBe('submit');
      expect(timeline.length).toBeGreaterThanOrEqual((plan[i]?.steps.length ?? 0) + 1);
      const times = timeline.map((e) => e.at.getTime());
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(times.at(-1)).toBeLessThanOrEqual(now.getTime());
      expect(
        invariantViolations(
          stateOf(
            row,
            parties.filter((p) => p.case_id === Number(row.id)),
          ),
        ),
      ).toEqual([]);
    });
    const actions = new Set(events.map((e) => e.action));
    for (const action of [
      'warn',
      'urge',
      'escalate',
      'summon',
      'acknowledgeSummons',
      'requestExtension',
      'approveExtension',
      'denyExtension',
      'return',
      'overrule',
      'sendBack',
      'reopen',
      'close',
      'merge',
      'merged_in',
      'decline',
    ])
      expect(actions, action).toContain(action);
  });

  it('gives every case a position inside its place (or the village or township above it)', async () => {
    const geo = JSON.parse(fs.readFileSync(demoBoundariesFile, 'utf8')) as DistrictGeoJson;
    rows.forEach((row, i) => {
      const script = plan[i] as DemoCaseScript;
      expect(row.lat, script.key).not.toBeNull();
      expect(row.lng, script.key).not.toBeNull();
      const village = featureAt(geo, Number(row.lng), Number(row.lat), 'village');
      const township = featureAt(geo, Number(row.lng), Number(row.lat), 'township');
      const codes = [village?.properties.code, township?.properties.code];
      expect(
        codes.some((code) => code !== undefined && script.placeCode.startsWith(code)),
        `${script.key} ${script.placeCode} at ${row.lat},${row.lng} in ${codes.join(' / ')}`,
      ).toBe(true);
    });
    // The same matter at the same place lies on one spot.
    expect(demoPosition('D01-T01-V01', 'x')).toEqual(demoPosition('D01-T01-V01', 'x'));
  });

  it('resolves every address to the scripted place', async () => {
    const directory = await loadDirectory(ctx.database.db);
    for (const s of plan)
      expect(`${s.address} → ${placeFromAddress(directory, s.address)?.code}`).toBe(`${s.address} → ${s.placeCode}`);
  });

  it('loads nothing the second time', async () => {
    expect(await loadDemoCases(runtime.cases, now)).toEqual({ loaded: 0 });
    const count = await ctx.database.db
      .selectFrom('case_record')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(plan.length);
  });
});

describeEachDatabase('loading the demo cases where they do not fit', (ctx) => {
  let runtime: ModuleRuntime;
  let dataDir: string;
  beforeAll(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'luoshi-demo-cases-'));
    runtime = createModuleRuntime(testConfig({ DATA_DIR: dataDir }), ctx.database, createLogger('silent'));
  });
  afterAll(() => {
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });
  const count = async () =>
    Number(
      (
        await ctx.database.db
          .selectFrom('case_record')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('does nothing without the demo district, and writes nothing when the categories are missing', async () => {
    expect(await loadDemoCases(runtime.cases, now)).toEqual({ loaded: 0 });
    await loadDemoIfEmpty(ctx.database.db);
    await expect(loadDemoCases(runtime.cases, now)).rejects.toThrow(/no category/);
    expect(await count()).toBe(0);
  });
});
