import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { testConfig } from '../../../tests/helpers/test-app.ts';
import { describeEachDatabase } from '../../../tests/helpers/test-databases.ts';
import { createLogger } from '../../platform/logging/logger.ts';
import { ensureDefaultCategories } from '../categories/categories.service.ts';
import { createModuleRuntime, type ModuleRuntime } from '../runtime.ts';
import { loadDemoProgrammes, quartersAround } from './demo-programmes.service.ts';
import { loadDemoIfEmpty } from './demo.service.ts';

/** A Friday morning in late November 2026 (China time). */
const now = new Date('2026-11-20T10:30:00+08:00');

describeEachDatabase('the demo task lists', (ctx) => {
  let runtime: ModuleRuntime;
  let dataDir: string;
  let outcome: Awaited<ReturnType<typeof loadDemoProgrammes>>;
  let elapsedMs = 0;
  beforeAll(async () => {
    const db = ctx.database.db;
    await loadDemoIfEmpty(db);
    await ensureDefaultCategories(db);
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'luoshi-demo-programmes-'));
    const config = testConfig({ DATA_DIR: dataDir });
    runtime = createModuleRuntime(config, ctx.database, createLogger(config.logLevel));
    const started = performance.now();
    outcome = await loadDemoProgrammes(runtime.programmes, now);
    elapsedMs = performance.now() - started;
  }, 300_000);
  afterAll(() => {
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const db = () => ctx.database.db;

  it('places the campaign in the quarters of the seed: 二季度重点攻坚, 三季度更大突破, 四季度系统提升', async () => {
    expect(quartersAround(now)).toEqual([
      { name: '重点攻坚', startsOn: '2026-04-01', endsOn: '2026-06-30' },
      { name: '更大突破', startsOn: '2026-07-01', endsOn: '2026-09-30' },
      { name: '系统提升', startsOn: '2026-10-01', endsOn: '2026-12-31' },
    ]);
    console.log(
      `demo programmes: ${outcome.loaded} programmes, ${outcome.tasks} tasks, ${outcome.reports} reports in ${elapsedMs} ms`,
    );
    expect(outcome.loaded).toBe(4);
    const programmes = await db()
      .selectFrom('programme')
      .select(['title', 'kind', 'visibility', 'status'])
      .orderBy('id')
      .execute();
    expect(programmes.map((p) => [p.kind, p.visibility, p.status])).toEqual([
      ['campaign', 'internal', 'active'],
      ['pledges', 'public', 'active'],
      ['pledges', 'public', 'active'],
      ['key_projects', 'internal', 'active'],
    ]);
  });

  it('holds the "4+2" problems, the "10+2" livelihood items and the five pledges at 100% coverage', async () => {
    const topLevel = async (title: string) =>
      db()
        .selectFrom('task as t')
        .innerJoin('programme as p', 'p.id', 't.programme_id')
        .select(['t.title', 't.target_value', 't.target_unit'])
        .where('p.title', '=', title)
        .where('t.parent_id', 'is', null)
        .orderBy('t.seq')
        .execute();
    expect(await topLevel('群众身边不正之风和腐败问题集中整治')).toHaveLength(6);
    expect(await topLevel('“10+2”民生实事')).toHaveLength(12);
    const pledges = await topLevel('五件民生实事（全覆盖）');
    expect(pledges.map((p) => [p.target_value, p.target_unit])).toEqual(Array(5).fill([100, '%']));
  });

  it('shows every traffic light and every report state', async () => {
    const lights = new Set(
      (await db().selectFrom('task').select('display_status').execute()).map((t) => t.display_status),
    );
    expect([...lights].sort()).toEqual(
      expect.arrayContaining(['at_risk', 'done', 'late', 'on_track', 'routine', 'verified']),
    );
    const reports = await db().selectFrom('report').select(['status', 'late', 'field_values']).execute();
    const states = new Set(reports.map((r) => r.status));
    expect([...states].sort()).toEqual(['accepted', 'pending', 'returned', 'submitted', 'waived']);
    expect(reports.filter((r) => r.late && r.status === 'pending').length).toBeGreaterThan(0);
    expect(reports.filter((r) => r.late && r.status === 'accepted').length).toBeGreaterThan(0);
    // Drafts saved for the current period (暂存).
    expect(
      reports.filter((r) => r.status === 'pending' && Object.keys(r.field_values as object).length > 0).length,
    ).toBeGreaterThan(0);
    const events = new Set((await db().selectFrom('task_event').select('action').execute()).map((e) => e.action));
    expect([...events]).toEqual(
      expect.arrayContaining(['completeMilestone', 'claimDone', 'verify', 'moveToRoutine', 'comment', 'urge']),
    );
  });

  it('opens a topic window with proposals in every state, supports within the limits, and two topics made tasks', async () => {
    const topics = await db().selectFrom('topic').select(['status', 'support_count', 'task_id']).execute();
    expect(topics.map((t) => t.status).sort()).toEqual([
      'pending',
      'published',
      'published',
      'published',
      'published',
      'rejected',
      'selected',
      'selected',
    ]);
    expect(topics.filter((t) => t.status === 'selected').every((t) => t.task_id !== null)).toBe(true);
    const supports = await db().selectFrom('topic_support').select(['person_id']).execute();
    expect(supports.length).toBe(topics.reduce((sum, t) => sum + t.support_count, 0));
    const perPerson = new Map<number, number>();
    for (const s of supports) perPerson.set(Number(s.person_id), (perPerson.get(Number(s.person_id)) ?? 0) + 1);
    expect(Math.max(...perPerson.values())).toBeLessThanOrEqual(5);
  });

  it('loads once', async () => {
    expect(await loadDemoProgrammes(runtime.programmes, now)).toEqual({ loaded: 0, tasks: 0, reports: 0 });
  });
});
