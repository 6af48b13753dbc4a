import { describe, expect, it } from 'vitest';
import { createLoadGauge } from './load-gauge.ts';

describe('load gauge', () => {
  it('counts the requests of the last full second, or of the current one when already more', () => {
    const gauge = createLoadGauge();
    expect(gauge.perSecond(10_000)).toBe(0);
    for (let i = 0; i < 5; i++) gauge.hit(10_100 + i);
    expect(gauge.perSecond(10_900)).toBe(5);
    gauge.hit(11_050);
    expect(gauge.perSecond(11_100)).toBe(5);
    for (let i = 0; i < 6; i++) gauge.hit(11_200 + i);
    expect(gauge.perSecond(11_300)).toBe(7);
  });

  it('forgets a burst once a quiet second has passed', () => {
    const gauge = createLoadGauge();
    for (let i = 0; i < 50; i++) gauge.hit(20_000 + i);
    expect(gauge.perSecond(21_500)).toBe(50);
    expect(gauge.perSecond(22_100)).toBe(0);
  });
});
