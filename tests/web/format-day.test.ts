import { afterEach, describe, expect, it } from 'vitest';
import { formatDay } from '../../src/web/cases/case-labels.ts';

describe('formatDay', () => {
  const zone = process.env.TZ;
  afterEach(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  it("shows the day in the browser's time zone, not the UTC day of the instant", () => {
    process.env.TZ = 'Asia/Shanghai';
    // 00:13 on 23 November in China is still 22 November in UTC.
    expect(formatDay('2026-11-22T16:13:00.000Z')).toBe('2026-11-23');
    expect(formatDay('2026-11-22T15:59:00.000Z')).toBe('2026-11-22');
    expect(formatDay(null)).toBe('—');
  });
});
