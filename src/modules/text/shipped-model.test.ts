import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTaxonomy } from '../categories/default-taxonomy.ts';
import { suggestCategories } from './category-suggestions.service.ts';
import { loadCategoryModel } from './model-store.ts';

const top3 = (text: string) => suggestCategories(text).map((s) => s.category);

describe('the shipped category model', () => {
  it('loads, with the seven level-1 categories of the shipped tree', () => {
    const model = loadCategoryModel();
    expect(model.source).toBe('shipped');
    expect(model.classifier.categories).toEqual([
      '交通运输',
      '劳动和社会保障',
      '卫生计生',
      '商贸旅游',
      '城乡建设',
      '教育文体',
      '环境保护',
    ]);
    expect(model.provenance.trainedOn.messages).toBeGreaterThan(5000);
    const tree = parseTaxonomy(readFileSync(new URL('../categories/default-categories.tsv', import.meta.url), 'utf8'));
    const level1 = tree.filter((c) => c.level === 1).map((c) => c.nameZh);
    expect(level1).toEqual(expect.arrayContaining(model.classifier.categories));
  });

  it('suggests sensibly for real-looking messages', () => {
    expect(top3('我们小区门口的路灯坏了一个多月了，晚上出行很不安全，希望有关部门尽快维修')).toContain('城乡建设');
    expect(suggestCategories('公司拖欠我们三个月工资不发，老板也联系不上，请劳动监察部门帮忙讨薪')[0]?.category).toBe(
      '劳动和社会保障',
    );
    expect(suggestCategories('孩子就读的小学违规收取补课费，老师在课外办辅导班')[0]?.category).toBe('教育文体');
    expect(suggestCategories('附近化工厂每天晚上偷排废气，气味刺鼻，河水也被污染了')[0]?.category).toBe('环境保护');
    expect(top3('医院看病挂号难，排队几个小时，医生态度也很差')).toContain('卫生计生');
    expect(top3('出租车司机拒载还绕路，多收车费')).toContain('交通运输');
  });

  it('reads Traditional characters and full-width forms', () => {
    const simplified = suggestCategories('公司拖欠我们三个月工资不发，老板也联系不上');
    const traditional = suggestCategories('公司拖欠我們三個月工資不發，老闆也聯繫不上');
    expect(traditional.map((s) => s.category)).toEqual(simplified.map((s) => s.category));
    expect(suggestCategories('　學校　違規收費２０００元！')[0]?.category).toBe('教育文体');
  });

  it('answers three suggestions with confidences between 0 and 1, best first', () => {
    const suggestions = suggestCategories('路灯坏了');
    expect(suggestions).toHaveLength(3);
    for (const s of suggestions) expect(s.confidence).toBeGreaterThanOrEqual(0);
    expect(suggestions[0]?.confidence ?? 0).toBeLessThanOrEqual(1);
    expect(suggestions.map((s) => s.confidence)).toEqual(
      [...suggestions.map((s) => s.confidence)].sort((a, b) => b - a),
    );
    expect(suggestCategories('', 3)).toHaveLength(3);
  });
});
