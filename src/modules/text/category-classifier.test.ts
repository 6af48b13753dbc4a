import { describe, expect, it } from 'vitest';
import {
  defaultTrainOptions,
  rankCategories,
  type TrainOptions,
  trainCategoryClassifier,
} from './category-classifier.ts';
import { crossValidate, evaluateClassifier } from './cross-validate.ts';
import { decodeModel, encodeModel, fromStoredModel, toStoredModel } from './model-file.ts';
import { syntheticMessages } from './text-fixtures.test-helpers.ts';

const options: TrainOptions = { ...defaultTrainOptions, minDf: 1, calibrationShare: 0.25 };

describe('the category classifier on a small synthetic set', () => {
  const training = syntheticMessages(20);
  const classifier = trainCategoryClassifier(training, options);

  it('learns the categories and predicts unseen messages', () => {
    expect(classifier.categories).toEqual(['卫生计生', '城乡建设', '教育文体']);
    expect(rankCategories(classifier, '我家楼下的路灯坏了一个月')[0]?.category).toBe('城乡建设');
    expect(rankCategories(classifier, '幼儿园乱收费')[0]?.category).toBe('教育文体');
    expect(rankCategories(classifier, '医院挂号排队太久')[0]?.category).toBe('卫生计生');
  });

  it('answers k suggestions, best first, with confidences that sum to at most 1', () => {
    const suggestions = rankCategories(classifier, '小区下水道堵塞', 3);
    expect(suggestions).toHaveLength(3);
    const confidences = suggestions.map((s) => s.confidence);
    expect([...confidences].sort((a, b) => b - a)).toEqual(confidences);
    expect(confidences.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 2);
    expect(confidences[0]).toBeGreaterThan(0.5);
    expect(rankCategories(classifier, '小区下水道堵塞', 1)).toHaveLength(1);
  });

  it('reads Traditional and full-width input the same way', () => {
    expect(rankCategories(classifier, '醫院掛號排隊太久')).toEqual(rankCategories(classifier, '医院挂号排队太久'));
  });

  it('is deterministic: the same messages and options give the same weights', () => {
    const again = trainCategoryClassifier(training, options);
    expect(Array.from(again.linear.weights)).toEqual(Array.from(classifier.linear.weights));
    expect(again.sharpness).toBe(classifier.sharpness);
  });

  it('survives the model file: the loaded model ranks like the trained one', () => {
    const stored = toStoredModel(classifier, {
      trainedAt: null,
      trainedOn: { messages: training.length, closedCases: 0 },
    });
    const loaded = fromStoredModel(decodeModel(encodeModel(stored)));
    for (const text of ['路灯坏了', '老师补课收费', '疫苗预约不上', '完全无关的一句话']) {
      const a = rankCategories(classifier, text);
      const b = rankCategories(loaded, text);
      expect(b.map((s) => s.category)).toEqual(a.map((s) => s.category));
      b.forEach((s, i) => expect(s.confidence).toBeCloseTo(a[i]?.confidence ?? 0, 2));
    }
    expect(() => fromStoredModel({ ...stored, format: 'other' } as never)).toThrow(/not a luoshi category model/);
  });

  it('offers the learners it was chosen against, each learning the set', () => {
    const variants: Partial<TrainOptions>[] = [
      { learner: 'logistic' },
      { learner: 'complement-nb' },
      { nbAlpha: 0.1, nbMix: 1 },
      { nbAlpha: 0.1, nbMix: 0.5 },
      { nbAlpha: 0, classBalance: 0 },
    ];
    for (const variant of variants) {
      const other = trainCategoryClassifier(training, { ...options, ...variant });
      expect(rankCategories(other, '楼道电梯经常停运')[0]?.category).toBe('城乡建设');
      expect(rankCategories(other, '药品价格上涨太快')[0]?.category).toBe('卫生计生');
    }
  });

  it('refuses to train on fewer than two categories', () => {
    expect(() =>
      trainCategoryClassifier(
        training.filter((m) => m.category === '城乡建设'),
        options,
      ),
    ).toThrow(/two categories/);
  });
});

describe('evaluation and cross-validation', () => {
  const keys = ['accuracy', 'macro_f1', 'per_category', 'top3_accuracy', 'ms_per_message_p99'];

  it('evaluates a model on labelled messages', () => {
    const classifier = trainCategoryClassifier(syntheticMessages(15), options);
    const report = evaluateClassifier(classifier, syntheticMessages(6));
    expect(Object.keys(report)).toEqual(expect.arrayContaining(keys));
    expect(report.messages).toBe(18);
    expect(report.accuracy).toBeGreaterThan(0.9);
    expect(report.top3_accuracy).toBe(1);
    expect(report.per_category['教育文体']).toEqual({
      precision: expect.any(Number),
      recall: expect.any(Number),
      f1: expect.any(Number),
      support: 6,
    });
    expect(report.ms_per_message_p99).toBeGreaterThan(0);
  });

  it('cross-validates with stratified folds', () => {
    const report = crossValidate(syntheticMessages(15), 3, options);
    expect(Object.keys(report)).toEqual(expect.arrayContaining([...keys, 'folds']));
    expect(report.folds).toBe(3);
    expect(report.messages).toBe(45);
    expect(report.macro_f1).toBeGreaterThan(0.8);
    expect(Object.values(report.per_category).map((c) => c.support)).toEqual([15, 15, 15]);
  });
});
