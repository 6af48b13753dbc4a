import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkFormFields } from '../../src/modules/programmes/report-form.ts';
import { reportFieldTypes } from '../../src/shared/programmes.ts';
import {
  checkFieldDefinitions,
  type FieldDefinition,
  fieldOfRow,
  freshFieldKey,
} from '../../src/web/programmes/report-form-rules.ts';

/** The report form editor checks a definition before sending it; it must agree with the server's check. */

const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

const field: fc.Arbitrary<FieldDefinition> = fc
  .record({
    key: fc.oneof(
      fc.constantFrom('a', 'b', 'coverage', 'f1', 'f2', 'x_1'),
      fc.constantFrom('', '1a', 'Bad', 'a-b', 'a'.repeat(41)),
      fc.string({ maxLength: 6 }),
    ),
    label: fc.constantFrom('完成率', '', '  ', '资金'),
    type: fc.constantFrom(...reportFieldTypes),
    required: fc.boolean(),
    min: optional(fc.integer({ min: -5, max: 5 })),
    max: optional(fc.integer({ min: -5, max: 5 })),
    options: optional(fc.array(fc.constantFrom('甲', '乙', '丙'), { maxLength: 3 })),
    target: optional(fc.boolean()),
  })
  .map((f) => Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined)) as unknown as FieldDefinition);

describe('report form rules in the web editor', () => {
  it('refuses exactly the definitions the server refuses', () => {
    fc.assert(
      fc.property(fc.array(field, { maxLength: 5 }), (fields) => {
        expect(checkFieldDefinitions(fields).length === 0).toBe(checkFormFields(fields).length === 0);
      }),
      { numRuns: 2000 },
    );
  });

  it('names the field and the part of it a problem is about', () => {
    const problems = checkFieldDefinitions([
      { key: 'rate', label: '完成率', type: 'percent', required: true, min: 80, max: 20, target: true },
      { key: 'rate', label: ' ', type: 'choice', required: false },
      { key: 'funds', label: '资金', type: 'money', required: false, target: true },
    ]);
    expect(problems).toEqual([
      { index: 0, prop: 'max', code: 'minAboveMax' },
      { index: 1, prop: 'key', code: 'keyTaken' },
      { index: 1, prop: 'label', code: 'labelRequired' },
      { index: 1, prop: 'options', code: 'optionsRequired' },
      { index: 2, prop: 'target', code: 'targetTwice' },
    ]);
  });

  it('sends only what a field’s type uses, trimmed', () => {
    expect(
      fieldOfRow({
        key: ' rate ',
        label: ' 完成率 ',
        type: 'percent',
        required: true,
        min: 0,
        max: null,
        options: ['甲'],
        maxFiles: 3,
        target: true,
        help: ' ',
      }),
    ).toEqual({
      key: 'rate',
      label: '完成率',
      type: 'percent',
      required: true,
      min: 0,
      target: true,
    });
    expect(
      fieldOfRow({
        key: 'stage',
        label: '阶段',
        type: 'choice',
        options: [' 重点攻坚 ', '', '更大突破'],
        multiple: true,
        min: 1,
      }),
    ).toEqual({
      key: 'stage',
      label: '阶段',
      type: 'choice',
      required: false,
      options: ['重点攻坚', '更大突破'],
      multiple: true,
    });
    expect(freshFieldKey(['f1', 'f3', undefined])).toBe('f2');
  });
});
