import { describe, expect, it } from 'vitest';
import { createBusinessCalendar } from '../../platform/calendar/business-calendar.ts';
import { periodOf, periodOfKey, periodsToOpen, scheduleOf } from './report-cycle.ts';
import { checkFormFields, checkValues, formatValue, type ReportField } from './report-form.ts';

const fields: ReportField[] = [
  { key: 'coverage', label: '覆盖率', type: 'percent', required: true, target: true },
  { key: 'villages', label: '已覆盖行政村数', type: 'number', required: true, min: 0, max: 500 },
  { key: 'spent', label: '完成投资（万元）', type: 'money', required: false, min: 0 },
  { key: 'finished_on', label: '完成日期', type: 'date', required: false },
  { key: 'stage', label: '所处阶段', type: 'choice', required: true, options: ['重点攻坚', '更大突破', '系统提升'] },
  {
    key: 'problems',
    label: '存在问题',
    type: 'choice',
    required: false,
    options: ['资金', '用地', '协调'],
    multiple: true,
  },
  { key: 'note', label: '进展情况', type: 'text', required: false, maxLength: 10 },
  { key: 'photos', label: '现场照片', type: 'attachment', required: false, maxFiles: 2 },
];

describe('report form fields', () => {
  it('accepts a sound definition and names every problem of a bad one', () => {
    expect(checkFormFields(fields)).toEqual([]);
    const bad = checkFormFields([
      { key: 'Bad Key', label: '', type: 'choice', required: true },
      { key: 'x', label: '甲', type: 'text', required: false, min: 1, target: true },
      { key: 'x', label: '乙', type: 'number', required: false, min: 5, max: 1, target: true },
    ]);
    expect(bad.map((p) => p.reason)).toEqual(
      expect.arrayContaining([
        '字段代码须以小写字母开头，只含小写字母、数字和下划线',
        '字段名称必填',
        '选择题须列出选项',
        '字段代码重复',
        '下限大于上限',
        '只有数值、百分比、金额字段可以设上下限',
        '最多一个字段作为目标完成值',
      ]),
    );
  });

  it('checks values: types, limits, options, required on submit only', () => {
    const good = checkValues(
      fields,
      {
        coverage: 100,
        villages: 87,
        spent: 12.5,
        finished_on: '2026-11-20',
        stage: '系统提升',
        problems: ['资金', '资金'],
        note: ' 已完成 ',
        photos: [3, 4],
      },
      { submit: true },
    );
    expect(good.problems).toEqual([]);
    expect(good.values).toEqual({
      coverage: 100,
      villages: 87,
      spent: 12.5,
      finished_on: '2026-11-20',
      stage: '系统提升',
      problems: ['资金'],
      note: '已完成',
      photos: [3, 4],
    });

    const bad = checkValues(
      fields,
      {
        coverage: 101,
        villages: -1,
        spent: 1.234,
        finished_on: '2026-02-30',
        stage: '其他',
        problems: '资金',
        note: '一二三四五六七八九十十一',
        photos: [1, 2, 3],
        extra: 1,
      },
      { submit: true },
    );
    expect(bad.problems.map((p) => p.field).sort()).toEqual([
      'coverage',
      'extra',
      'finished_on',
      'note',
      'photos',
      'problems',
      'spent',
      'stage',
      'villages',
    ]);
    expect(bad.problems.find((p) => p.field === 'coverage')?.reason).toBe('“覆盖率”不能大于 100');

    const draft = checkValues(fields, { coverage: 50 }, { submit: false });
    expect(draft.problems).toEqual([]);
    const submitted = checkValues(fields, { coverage: 50, stage: '' }, { submit: true });
    expect(submitted.problems.map((p) => p.reason)).toEqual(['“已覆盖行政村数”必填', '“所处阶段”必填']);
  });

  it('formats values for a table', () => {
    expect(formatValue(fields[0]!, 95.5)).toBe('95.5%');
    expect(formatValue(fields[2]!, 3)).toBe('3.00');
    expect(formatValue(fields[5]!, ['资金', '用地'])).toBe('资金、用地');
    expect(formatValue(fields[7]!, [3, 9], new Map([[3, '现场.jpg']]))).toBe('现场.jpg、附件9');
  });
});

describe('report cycles on the working calendar', () => {
  const calendar = createBusinessCalendar();

  it('names weekly, monthly and quarterly periods', () => {
    expect(periodOf('weekly', '2026-11-22')).toEqual({ key: '2026-W47', start: '2026-11-16', end: '2026-11-22' });
    expect(periodOf('weekly', '2026-01-01')).toEqual({ key: '2026-W01', start: '2025-12-29', end: '2026-01-04' });
    expect(periodOf('monthly', '2026-02-14')).toEqual({ key: '2026-02', start: '2026-02-01', end: '2026-02-28' });
    expect(periodOf('quarterly', '2026-12-31')).toEqual({ key: '2026-Q4', start: '2026-10-01', end: '2026-12-31' });
  });

  it('dues the last working day of the period, or the n-th working day after it', () => {
    // The week of 2026-09-28: Thursday 10-01 onwards is the National Day holiday, so Wednesday 09-30 is its last working day.
    const week = scheduleOf(
      { frequency: 'weekly', dueWorkingDay: 0, remindWorkingDays: 1 },
      periodOf('weekly', '2026-09-28'),
      calendar,
    );
    expect(week.dueDay).toBe('2026-09-30');
    expect(week.dueAt).toEqual(new Date('2026-10-01T00:00:00+08:00'));
    expect(week.remindAt).toEqual(new Date('2026-09-29T09:00:00+08:00'));
    // September 2026, due on the 3rd working day after: 10-08, 10-09, 10-10 (a 调休 Saturday).
    const month = scheduleOf(
      { frequency: 'monthly', dueWorkingDay: 3, remindWorkingDays: 0 },
      periodOf('monthly', '2026-09-10'),
      calendar,
    );
    expect(month.dueDay).toBe('2026-10-10');
    expect(month.remindAt).toEqual(new Date('2026-10-10T09:00:00+08:00'));
  });

  it('a week with no working day at all is due on the first working day after it', () => {
    // 2026-02-16 to 02-22 is all Spring Festival holiday; Tuesday 02-24 is the first working day after (02-23 is a holiday too).
    const week = scheduleOf(
      { frequency: 'weekly', dueWorkingDay: 0, remindWorkingDays: 0 },
      periodOf('weekly', '2026-02-18'),
      calendar,
    );
    expect(week.dueDay).toBe('2026-02-24');
  });

  it('opens every period that has started, resuming after the last one made', () => {
    const now = new Date('2026-11-22T12:00:00+08:00');
    expect(periodsToOpen('monthly', '2026-08-15', null, now).map((p) => p.key)).toEqual([
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
    ]);
    expect(periodsToOpen('monthly', '2026-08-15', '2026-10-01', now).map((p) => p.key)).toEqual(['2026-11']);
    expect(periodsToOpen('monthly', '2026-08-15', '2026-11-01', now)).toEqual([]);
    expect(periodsToOpen('weekly', '2020-01-01', null, now, 5)).toHaveLength(5);
  });
});

describe('period keys', () => {
  it('finds the period a key names, and refuses keys that do not fit the frequency', () => {
    expect(periodOfKey('weekly', '2026-W47')).toEqual(periodOf('weekly', '2026-11-18'));
    expect(periodOfKey('weekly', '2026-W01')?.start).toBe('2025-12-29');
    expect(periodOfKey('monthly', '2026-02')?.end).toBe('2026-02-28');
    expect(periodOfKey('quarterly', '2026-Q3')).toEqual({ key: '2026-Q3', start: '2026-07-01', end: '2026-09-30' });
    expect(periodOfKey('monthly', '2026-W47')).toBeUndefined();
    expect(periodOfKey('weekly', '2026-W60')).toBeUndefined();
  });
});
