import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type CaseWorld, createCaseWorld } from '../../../tests/helpers/case-world.ts';
import { describeEachDatabase } from '../../../tests/helpers/test-databases.ts';
import { findCategoryByCode, insertCategory } from '../categories/categories.repository.ts';
import { defaultTrainOptions } from './category-classifier.ts';
import { loadDistrictWords, retrainFromClosedCases, suggestCategories } from './category-suggestions.service.ts';
import { retrainedModelFile } from './model-store.ts';
import { segmentWords } from './segment.ts';
import { syntheticMessages } from './text-fixtures.test-helpers.ts';
import { formatLabelledTsv, gzipText } from './training-data.ts';
import { testNow } from '../../../tests/helpers/clock.ts';

const url = '/api/v1/text/category-suggestions';

describeEachDatabase('category suggestions and retraining', (context) => {
  let world: CaseWorld;
  let scratch: string;
  let trainingFile: string;
  let emergencyId: number;

  beforeAll(async () => {
    world = await createCaseWorld(context.database);
    scratch = mkdtempSync(path.join(os.tmpdir(), 'luoshi-text-'));
    // A small stand-in for the shipped training messages keeps retraining quick here.
    trainingFile = path.join(scratch, 'training.tsv.gz');
    writeFileSync(trainingFile, gzipText(formatLabelledTsv(syntheticMessages(20))));
    // The district keeps a level-1 category of its own that the shipped model has never seen.
    const now = testNow();
    const top = await insertCategory(
      world.db,
      {
        code: 'C90',
        parent_id: null,
        name_zh: '应急管理',
        name_en: null,
        routing: null,
        limits: null,
        extra_fields: [],
      },
      null,
      now,
    );
    const leaf = await insertCategory(
      world.db,
      {
        code: 'C90-01',
        parent_id: Number(top.id),
        name_zh: '消防安全',
        name_en: null,
        routing: null,
        limits: null,
        extra_fields: [],
      },
      top,
      now,
    );
    emergencyId = Number(top.id);
    const roads = await findCategoryByCode(world.db, 'C01-02');
    const district = await world.db
      .selectFrom('unit')
      .select(['id', 'path'])
      .where('parent_id', 'is', null)
      .orderBy('id')
      .executeTakeFirstOrThrow();
    const cases = [
      {
        title: '消防通道被占用',
        description: '小区消防通道长期停满车辆，消防车进不来',
        category: leaf,
        status: 'closed',
      },
      { title: '灭火器过期', description: '商场里的灭火器都过期了，消防安全隐患大', category: leaf, status: 'closed' },
      { title: '消防栓损坏', description: '楼下消防栓被撞坏漏水，消防设施无人维护', category: leaf, status: 'closed' },
      {
        title: '电动车楼道充电',
        description: '居民在楼道给电动车充电，火灾隐患，请消防部门检查',
        category: leaf,
        status: 'closed',
      },
      {
        title: '应急避难场所',
        description: '应急避难场所的消防器材被偷，应急物资缺失',
        category: leaf,
        status: 'closed',
      },
      {
        title: '消防检查',
        description: '饭店后厨消防不合格，液化气罐乱放，请消防检查',
        category: leaf,
        status: 'closed',
      },
      { title: '路灯不亮', description: '小区路灯坏了很久没人修', category: roads, status: 'closed' },
      // Not closed: not a label yet.
      { title: '消防通道', description: '学校旁边的消防通道被占', category: leaf, status: 'handling' },
    ];
    let n = 0;
    for (const c of cases) {
      n += 1;
      await world.db
        .insertInto('case_record')
        .values({
          tracking_code: `LS-TEXT-${n}`,
          channel: 'hotline',
          title: c.title,
          description: c.description,
          category_id: c.category ? Number(c.category.id) : null,
          status: c.status,
          place_path: district.path,
          created_at: now,
          updated_at: now,
        })
        .execute();
    }
  });

  afterAll(async () => {
    await world?.close();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it('adds the district’s unit names to the segmentation dictionary', async () => {
    const township = await world.db
      .selectFrom('unit')
      .select('name_zh')
      .where('name_zh', 'like', '%镇')
      .orderBy('id')
      .executeTakeFirstOrThrow();
    await loadDistrictWords(world.db);
    expect(segmentWords(`${township.name_zh}的路灯坏了`)[0]).toBe(township.name_zh);
  });

  it('suggests level-1 categories over HTTP, with this tree’s category ids, to those who read cases', async () => {
    const dispatcher = await world.as('dispatcher');
    const res = await world.app.inject({
      method: 'POST',
      url,
      headers: dispatcher.headers(),
      payload: { text: '小区门口的路灯坏了一个多月，晚上出行很不安全，希望尽快维修' },
    });
    expect(res.statusCode).toBe(200);
    const { suggestions } = res.json() as {
      suggestions: { category: string; confidence: number; categoryId: number | null }[];
    };
    expect(suggestions).toHaveLength(3);
    expect(suggestions.map((s) => s.category)).toContain('城乡建设');
    const level1 = await world.db
      .selectFrom('category')
      .select('id')
      .where('name_zh', '=', '城乡建设')
      .where('parent_id', 'is', null)
      .executeTakeFirstOrThrow();
    expect(suggestions.find((s) => s.category === '城乡建设')?.categoryId).toBe(Number(level1.id));
  });

  it('answers 401 without a session, 403 to a citizen, 400 for an empty text', async () => {
    expect((await world.app.inject({ method: 'POST', url, payload: { text: '路灯坏了' } })).statusCode).toBe(401);
    const citizen = await world.as('citizen');
    const forbidden = await world.app.inject({
      method: 'POST',
      url,
      headers: citizen.headers(),
      payload: { text: '路灯坏了' },
    });
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json().error.code).toBe('FORBIDDEN');
    const dispatcher = await world.as('dispatcher');
    const bad = await world.app.inject({ method: 'POST', url, headers: dispatcher.headers(), payload: { text: '' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBeTypeOf('string');
  });

  it('retrains from closed cases, labelled with the level-1 ancestor of their final category, and prefers that model', async () => {
    const result = await retrainFromClosedCases(world.db, {
      dataDir: world.dataDir,
      trainingFile,
      train: { ...defaultTrainOptions, minDf: 1, calibrationShare: 0.25 },
      now: new Date('2026-03-01T08:00:00Z'),
    });
    expect(result.messages).toBe(60);
    expect(result.closedCases).toBe(7);
    expect(result.categories).toEqual(expect.arrayContaining(['应急管理', '城乡建设', '教育文体', '卫生计生']));
    expect(result.file).toBe(retrainedModelFile(world.dataDir));
    expect(existsSync(result.file)).toBe(true);
    const audit = await world.db
      .selectFrom('audit_log')
      .select(['action', 'after'])
      .where('action', '=', 'text.model_retrained')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]?.after).toMatchObject({ closedCases: 7, messages: 60 });

    const text = '小区消防通道被车辆占用，消防车进不来';
    expect(suggestCategories(text, 3, { dataDir: world.dataDir })[0]?.category).toBe('应急管理');
    // Without the data directory, the shipped model: it knows no such category.
    expect(suggestCategories(text).map((s) => s.category)).not.toContain('应急管理');

    const dispatcher = await world.as('dispatcher');
    const res = await world.app.inject({ method: 'POST', url, headers: dispatcher.headers(), payload: { text } });
    expect(res.json().suggestions[0]).toMatchObject({ category: '应急管理', categoryId: emergencyId });
  });
});
