import { describe, expect, it } from 'vitest';
import { parseDayList } from '../../src/web/admin/calendar/day-list.ts';

describe('a pasted list of days', () => {
  it('reads days and ranges off and worked, and names each line it cannot read', () => {
    const { days, problems } = parseDayList(
      '2027-01-01 休\n\n2027-10-01~2027-10-03 休\n2027-02-14 班\n2027-02-30 休\n元旦',
    );
    expect(days).toEqual([
      { day: '2027-01-01', kind: 'holiday' },
      { day: '2027-10-01', kind: 'holiday' },
      { day: '2027-10-02', kind: 'holiday' },
      { day: '2027-10-03', kind: 'holiday' },
      { day: '2027-02-14', kind: 'workday' },
    ]);
    expect(problems).toEqual(['第 5 行：2027-02-30 休', '第 6 行：元旦']);
  });
});
