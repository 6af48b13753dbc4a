import { describe, expect, it } from 'vitest';
import { percentile, summariseOutcomes } from './metrics.ts';
import { parseLabelledTsv, formatLabelledTsv, TrainingDataError } from './training-data.ts';

describe('summariseOutcomes', () => {
  it('computes accuracy, per-category figures, macro-F1 and top-3 accuracy', () => {
    const report = summariseOutcomes([
      { actual: 'A', ranked: ['A', 'B', 'C'], ms: 1 },
      { actual: 'A', ranked: ['B', 'A', 'C'], ms: 2 },
      { actual: 'B', ranked: ['B', 'A', 'C'], ms: 3 },
      { actual: 'C', ranked: ['A', 'B', 'D'], ms: 4 },
    ]);
    expect(report.accuracy).toBe(0.5);
    expect(report.top3_accuracy).toBe(0.75);
    expect(report.per_category.A).toEqual({ precision: 0.5, recall: 0.5, f1: 0.5, support: 2 });
    expect(report.per_category.B).toEqual({ precision: 0.5, recall: 1, f1: 0.6667, support: 1 });
    expect(report.per_category.C).toEqual({ precision: 0, recall: 0, f1: 0, support: 1 });
    expect(report.macro_f1).toBeCloseTo((0.5 + 2 / 3 + 0) / 3, 4);
    expect(report.ms_per_message_p99).toBe(4);
    expect(report.messages).toBe(4);
  });

  it('takes percentiles by nearest rank', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(values, 99)).toBe(99);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile([], 99)).toBe(0);
  });
});

describe('labelled TSV', () => {
  it('finds the columns by header name, in any order', () => {
    const rows = parseLabelledTsv('\uFEFFid\ttext\tcategory\r\n1\t路灯坏了\t城乡建设\r\n\r\n2\t学校收费\t教育文体\r\n');
    expect(rows).toEqual([
      { category: '城乡建设', text: '路灯坏了' },
      { category: '教育文体', text: '学校收费' },
    ]);
  });

  it('round-trips through formatLabelledTsv, tabs and line breaks in texts made spaces', () => {
    const rows = [{ category: '城乡建设', text: '路灯\t坏了\n很久' }];
    expect(parseLabelledTsv(formatLabelledTsv(rows))).toEqual([{ category: '城乡建设', text: '路灯 坏了 很久' }]);
  });

  it('names what is wrong', () => {
    expect(() => parseLabelledTsv('label\ttext\nA\tb\n')).toThrow(TrainingDataError);
    expect(() => parseLabelledTsv('category\ttext\nA\n')).toThrow(/line 2/);
  });
});
