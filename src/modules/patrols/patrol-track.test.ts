import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPhotoMarks, checkTarget, checkTrack, trackLimits } from './patrol-track.ts';
import { defaultThresholds, patrolLevels, thresholdsFor } from './patrol-thresholds.ts';

const now = new Date('2026-11-25T02:00:00Z');
const start = now.getTime() - 6 * 3_600_000;
const good = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ t: start + i * 1000, lat: 36.2 + i * 1e-6, lng: 113.1, accuracy: 8 }));

describe('checkTrack', () => {
  it('accepts 20,000 good points and an empty track', () => {
    expect(checkTrack(good(20_000), now)).toEqual([]);
    expect(checkTrack([], now)).toEqual([]);
  });

  it('refuses too many points by count, without walking them', () => {
    const huge = new Array<unknown>(1_000_000);
    const started = performance.now();
    const problems = checkTrack(huge, now);
    expect(performance.now() - started).toBeLessThan(50);
    expect(problems).toEqual([expect.objectContaining({ index: null, path: '/points' })]);
    expect(problems[0]?.en).toMatch(/Too many points: 1000000/);
    expect(checkTrack(good(trackLimits.maxPoints + 1), now)).toHaveLength(1);
  });

  it.each([
    ['NaN latitude', { lat: Number.NaN }, '/points/3/lat'],
    ['infinite longitude', { lng: Number.POSITIVE_INFINITY }, '/points/3/lng'],
    ['string time', { t: '1700000000000' }, '/points/3/t'],
    ['missing accuracy', { accuracy: undefined }, '/points/3/accuracy'],
    ['latitude outside China', { lat: 60 }, '/points/3/lat'],
    ['longitude outside China (Paris)', { lng: 2.35 }, '/points/3/lng'],
    ['negative accuracy', { accuracy: -1 }, '/points/3/accuracy'],
    ['absurd accuracy', { accuracy: 1e7 }, '/points/3/accuracy'],
    ['a time in the future', { t: now.getTime() + 6 * 60_000 }, '/points/3/t'],
    ['a time going backwards', { t: start }, '/points/3/t'],
    ['a time before 2010', { t: 0 }, '/points/3/t'],
  ])('refuses %s with its path', (_name, change, path) => {
    const points: unknown[] = good(10);
    points[3] = { ...(points[3] as object), ...change };
    const problems = checkTrack(points, now);
    expect(problems.map((p) => p.path)).toEqual([path]);
    expect(problems[0]?.index).toBe(3);
    expect(problems[0]?.message.length).toBeGreaterThan(0);
  });

  it('accepts a time up to five minutes ahead (a phone clock drifting)', () => {
    const points = good(3);
    points[2] = { ...points[2]!, t: now.getTime() + 4 * 60_000 };
    expect(checkTrack(points, now)).toEqual([]);
  });

  it('refuses elements that are not point objects, and a track that is not an array', () => {
    const problems = checkTrack([null, 3, 'x', [1, 2], {}], now);
    expect(problems.slice(0, 4).map((p) => p.path)).toEqual(['/points/0', '/points/1', '/points/2', '/points/3']);
    expect(problems.filter((p) => p.index === 4).map((p) => p.path)).toEqual([
      '/points/4/t',
      '/points/4/lat',
      '/points/4/lng',
      '/points/4/accuracy',
    ]);
    expect(checkTrack({ length: 3 } as unknown as unknown[], now)).toEqual([
      expect.objectContaining({ path: '/points', index: null }),
    ]);
  });

  it('refuses a track lasting more than a day', () => {
    const points = [good(1)[0]!, { t: start + 25 * 3_600_000, lat: 36.2, lng: 113.1, accuracy: 5 }];
    expect(checkTrack(points, new Date(start + 26 * 3_600_000)).map((p) => p.path)).toEqual(['/points/1/t']);
  });

  it('lists at most a bounded number of problems', () => {
    const bad = Array.from({ length: 10_000 }, () => ({ t: 1, lat: 0, lng: 0, accuracy: -1 }));
    expect(checkTrack(bad, now).length).toBeLessThanOrEqual(trackLimits.maxProblems + 4);
  });

  it('never throws on any JSON value', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue(), { maxLength: 30 }), (values) => {
        expect(Array.isArray(checkTrack(values, now))).toBe(true);
        expect(Array.isArray(checkPhotoMarks(values, now))).toBe(true);
      }),
    );
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(Array.isArray(checkTrack(value as unknown[], now))).toBe(true);
      }),
    );
  });
});

describe('checkPhotoMarks', () => {
  it('accepts photos with a position or with none, refuses half a position and places outside China', () => {
    expect(
      checkPhotoMarks(
        [
          { t: start, lat: 36.2, lng: 113.1 },
          { t: start, lat: null, lng: null },
        ],
        now,
      ),
    ).toEqual([]);
    expect(
      checkPhotoMarks(
        [
          { t: start, lat: 36.2, lng: null },
          { t: start, lat: 36.2, lng: 200 },
          { t: now.getTime() + 3_600_000, lat: null, lng: null },
        ],
        now,
      ).map((p) => p.path),
    ).toEqual(['/photos/0/lng', '/photos/1/lng', '/photos/2/t']);
  });
});

describe('thresholdsFor', () => {
  it('answers the level defaults, from the published rule for township and village chiefs', () => {
    for (const level of patrolLevels)
      expect(thresholdsFor(level)).toEqual({ ok: true, thresholds: defaultThresholds[level] });
    expect(defaultThresholds.village).toMatchObject({ minDurationMinutes: 10, minDistanceMetres: 1000 });
    expect(defaultThresholds.township).toMatchObject({ longSegmentMetres: 5000, longSegmentMinDurationMinutes: 30 });
  });

  it('merges a jurisdiction override', () => {
    const result = thresholdsFor('village', { minDurationMinutes: 15, minCoverageShare: 0.5 });
    expect(result).toEqual({
      ok: true,
      thresholds: { ...defaultThresholds.village, minDurationMinutes: 15, minCoverageShare: 0.5 },
    });
  });

  it('refuses nonsense overrides with a path each', () => {
    const result = thresholdsFor('village', {
      minDurationMinutes: -3,
      maxAccuracyMetres: Number.NaN,
      minInsideShare: 1.5,
      minPoints: 2.5,
      colour: 3,
      gapMinutes: '3',
    });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems.map((p) => p.path).sort()).toEqual([
        '/colour',
        '/gapMinutes',
        '/maxAccuracyMetres',
        '/minDurationMinutes',
        '/minInsideShare',
        '/minPoints',
      ]);
    expect(thresholdsFor('village', [1])).toMatchObject({ ok: false });
    expect(thresholdsFor('mayor' as 'village')).toMatchObject({ ok: false, problems: [{ path: '/level' }] });
  });

  it('refuses figures contradicting each other', () => {
    const result = thresholdsFor('village', { doubtfulSpeedKmh: 40, maxSpeedKmh: 35, spikeSpeedKmh: 30 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.path)).toEqual(['/doubtfulSpeedKmh', '/maxSpeedKmh']);
  });
});

describe('checkTarget', () => {
  const line = {
    type: 'LineString',
    coordinates: [
      [113.1, 36.2],
      [113.11, 36.21],
    ],
  };
  const square = [
    [113.1, 36.2],
    [113.11, 36.2],
    [113.11, 36.21],
    [113.1, 36.2],
  ];

  it('accepts lines and areas inside China with a sensible range', () => {
    expect(checkTarget(line, 10)).toEqual([]);
    expect(checkTarget({ type: 'MultiLineString', coordinates: [line.coordinates, line.coordinates] }, 0)).toEqual([]);
    expect(checkTarget({ type: 'Polygon', coordinates: [square] }, 5)).toEqual([]);
    expect(checkTarget({ type: 'MultiPolygon', coordinates: [[square], [square]] }, 5)).toEqual([]);
  });

  it.each([
    ['a point', { type: 'Point', coordinates: [113.1, 36.2] }, 10, '/geometry/type'],
    ['a one-position line', { type: 'LineString', coordinates: [[113.1, 36.2]] }, 10, '/geometry/coordinates'],
    [
      'a NaN longitude',
      {
        type: 'LineString',
        coordinates: [
          [Number.NaN, 36.2],
          [113.1, 36.2],
        ],
      },
      10,
      '/geometry/coordinates/0/0',
    ],
    [
      'a position in Paris',
      {
        type: 'LineString',
        coordinates: [
          [113.1, 36.2],
          [2.35, 48.85],
        ],
      },
      10,
      '/geometry/coordinates/1/0',
    ],
    [
      'an open ring',
      { type: 'Polygon', coordinates: [[...square.slice(0, 3), [113.0, 36.0]]] },
      10,
      '/geometry/coordinates/0',
    ],
    ['a negative range', line, -1, '/rangeMetres'],
    ['an absurd range', line, 50_000, '/rangeMetres'],
    ['a range that is not a number', line, '10', '/rangeMetres'],
    ['no geometry', null, 10, '/geometry'],
  ])('refuses %s', (_name, geometry, range, path) => {
    expect(checkTarget(geometry, range).map((p) => p.path)).toEqual([path]);
  });

  it('refuses too many vertices without walking them all', () => {
    const many = Array.from({ length: 200_001 }, () => [113.1, 36.2]);
    expect(checkTarget({ type: 'LineString', coordinates: many }, 10).map((p) => p.path)).toEqual([
      '/geometry/coordinates',
    ]);
  });

  it('never throws on any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (geometry, range) => {
        expect(Array.isArray(checkTarget(geometry, range))).toBe(true);
        expect(Array.isArray(checkTarget({ type: 'MultiPolygon', coordinates: geometry }, 10))).toBe(true);
      }),
    );
  });
});
