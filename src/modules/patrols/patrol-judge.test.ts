import { buffer, distance, length, lineString, polygon as turfPolygon } from '@turf/turf';
import fc from 'fast-check';
import type { LineString, MultiLineString, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { judgePatrol, type JudgeTarget, type Judgement, patrolReasonCodes } from './patrol-judge.ts';
import { makePatrol, makeRiverLine, makeWalk } from './patrol-track-maker.ts';
import { checkTrack, type TrackPoint } from './patrol-track.ts';
import { defaultThresholds, type PatrolThresholds, thresholdsFor } from './patrol-thresholds.ts';

const now = new Date('2026-11-25T02:00:00Z');
const start = now.getTime() - 3 * 3_600_000;
const line = makeRiverLine({ lng: 113.1, lat: 36.2, lengthMetres: 3000, seed: 7 });
const target: JudgeTarget = { geometry: line, rangeMetres: 10 };
const village = defaultThresholds.village;

const codes = (j: Judgement) => j.reasons.map((r) => r.code);
const reason = (j: Judgement, code: string) => j.reasons.find((r) => r.code === code);
const judgeKind = (kind: Parameters<typeof makePatrol>[1], thresholds: PatrolThresholds = village) => {
  const { points, photos } = makePatrol(line, kind, { seed: 11, start });
  expect(checkTrack(points, now)).toEqual([]);
  return judgePatrol(points, photos, target, thresholds);
};

describe('judgePatrol on made tracks, with the configured thresholds', () => {
  it('finds a walk along the river valid, with no reasons', () => {
    const j = judgeKind('walk');
    expect(j.verdict).toBe('valid');
    expect(j.reasons).toEqual([]);
    expect(j.pieces).toHaveLength(1);
    expect(j.figures.durationMinutes).toBeGreaterThan(24);
    expect(j.figures.distanceMetres).toBeGreaterThan(1500);
    expect(j.figures.medianSpeedKmh).toBeGreaterThan(3.5);
    expect(j.figures.medianSpeedKmh).toBeLessThan(6);
    expect(j.figures.insideShare).toBe(1);
    expect(j.figures.coverageShare).toBeGreaterThan(0.5);
    expect(j.figures.photosOffRoute).toBe(0);
  });

  it('too short and too near: six minutes, with readable figures', () => {
    const j = judgeKind('too_short');
    expect(j.verdict).toBe('invalid');
    const short = reason(j, 'too_short');
    expect(short).toMatchObject({ severity: 'invalid', threshold: 10 });
    expect(short?.measured).toBeCloseTo(6, 0);
    expect(short?.zh).toMatch(/^巡河时长(5\.\d|6)分钟，少于规定的10分钟$/);
    expect(short?.en).toMatch(/^Patrol lasted (5\.\d|6) min, below the 10 min required$/);
    const near = reason(j, 'too_near');
    expect(near).toMatchObject({ severity: 'invalid', threshold: 1000 });
    expect(near?.zh).toMatch(/^巡河距离\d+米，少于规定的1公里$/);
  });

  it('a phone left on a desk: the same position repeated, nowhere walked', () => {
    const j = judgeKind('desk_phone');
    expect(j.verdict).toBe('invalid');
    expect(reason(j, 'repeated_points')).toMatchObject({ severity: 'doubtful', measured: 1, threshold: 0.25 });
    expect(codes(j)).toContain('too_near');
    expect(j.figures.distanceMetres).toBe(0);
  });

  it('driven along the bank at 50 km/h: too fast, invalid', () => {
    const j = judgeKind('driven');
    expect(j.verdict).toBe('invalid');
    const fast = reason(j, 'too_fast');
    expect(fast).toMatchObject({ severity: 'invalid', threshold: 30 });
    expect(fast?.measured).toBeGreaterThan(40);
    expect(fast?.zh).toMatch(/超过车速上限每小时30公里/);
  });

  it('partly driven: a walk and then ten minutes in a car is doubtful', () => {
    const walk = makeWalk(line, { seed: 3, start, minutes: 20 });
    const last = walk[walk.length - 1]!;
    const drive = makeWalk(line, {
      seed: 4,
      start: last.t + 5000,
      minutes: 10,
      speedKmh: 50,
      intervalSeconds: [4, 6],
      fromMetres: 20 * 75,
    });
    const j = judgePatrol([...walk, ...drive], [], target, village);
    expect(reason(j, 'partly_driven')).toMatchObject({ severity: 'doubtful', threshold: 0.25 });
    expect(codes(j)).not.toContain('too_fast');
  });

  it('off the river: a walk 400 m from the segment is outside its range, invalid', () => {
    const j = judgeKind('off_river');
    expect(j.verdict).toBe('invalid');
    expect(reason(j, 'outside_range')).toMatchObject({ severity: 'invalid', measured: 0, threshold: 0.3 });
    expect(reason(j, 'low_coverage')).toMatchObject({ severity: 'doubtful', measured: 0 });
  });

  it('a walk 30 m from a 10 m range is doubtful, not invalid, when part of it is inside', () => {
    const near = makeWalk(line, { seed: 5, start, minutes: 25, sideMetres: 40, noiseMetres: 1 });
    const onBank = makeWalk(line, { seed: 5, start, minutes: 25, sideMetres: 5, noiseMetres: 1 });
    const mixed = [...near.slice(0, 90), ...onBank.slice(90)];
    const j = judgePatrol(mixed, [], target, village);
    expect(reason(j, 'outside_range')).toMatchObject({ severity: 'doubtful', threshold: 0.6 });
  });

  it('a scripted track: identical intervals and steps, invalid', () => {
    const j = judgeKind('scripted');
    expect(j.verdict).toBe('invalid');
    expect(reason(j, 'too_regular')).toMatchObject({ severity: 'invalid', threshold: 30 });
    expect(j.figures.longestRegularRun).toBeGreaterThan(100);
  });

  it('a gap: two pieces, and the distance leaves out the jump across the gap', () => {
    const j = judgeKind('gap');
    expect(j.verdict).toBe('valid');
    expect(j.pieces).toHaveLength(2);
    const [a, b] = j.pieces as [[number, number][], [number, number][]];
    const inside = length(lineString(a), { units: 'meters' }) + length(lineString(b), { units: 'meters' });
    const jump = distance(a[a.length - 1]!, b[0]!, { units: 'meters' });
    expect(jump).toBeGreaterThan(250);
    expect(j.figures.distanceMetres).toBeCloseTo(inside, 0);
    expect(length(lineString([...a, ...b]), { units: 'meters' }) - j.figures.distanceMetres).toBeCloseTo(jump, 0);
  });

  it('a spike: the one fix 3 km away is dropped and the walk stays valid', () => {
    const j = judgeKind('spike');
    const plain = judgeKind('walk');
    expect(j.verdict).toBe('valid');
    expect(j.figures.droppedSpikes).toBe(1);
    expect(j.figures.keptPoints).toBe(plain.figures.keptPoints - 1);
    expect(Math.abs(j.figures.distanceMetres - plain.figures.distanceMetres)).toBeLessThan(20);
    expect(j.figures.maxSpeedKmh).toBeLessThan(20);
  });

  it('a track starting with a bad fix moves on to the agreeing ones', () => {
    const walk = makeWalk(line, { seed: 6, start, minutes: 25 });
    const bad = { ...walk[0]!, lat: walk[0]!.lat + 0.05 };
    const j = judgePatrol([bad, ...walk.slice(1)], [], target, village);
    expect(j.verdict).toBe('valid');
    expect(j.figures.droppedSpikes).toBe(1);
    expect(j.pieces).toHaveLength(1);
  });

  it('photos off the route: two of three photos 1.5 km away, doubtful', () => {
    const j = judgeKind('photos_off_route');
    expect(j.verdict).toBe('doubtful');
    const off = reason(j, 'photo_off_route');
    expect(off).toMatchObject({ severity: 'doubtful', measured: 2, threshold: 200 });
    expect(off?.zh).toMatch(/^2张照片的拍摄地点距巡河轨迹超过200米（最远1\.\d+公里）$/);
    expect(j.figures.photosOffRoute).toBe(2);
  });

  it('photos without a position are counted, not judged', () => {
    const { points } = makePatrol(line, 'walk', { seed: 11, start });
    const j = judgePatrol(points, [{ t: start, lat: null, lng: null }], target, village);
    expect(j.verdict).toBe('valid');
    expect(j.figures.photosWithoutPosition).toBe(1);
  });

  it('low coverage: 16 minutes on a 4.8 km segment pass a quarter of it, doubtful', () => {
    const long = makeRiverLine({ lng: 113.1, lat: 36.2, lengthMetres: 4800, seed: 9 });
    const walk = makeWalk(long, { seed: 2, start, minutes: 16 });
    const j = judgePatrol(walk, [], { geometry: long, rangeMetres: 10 }, village);
    expect(j.verdict).toBe('doubtful');
    expect(codes(j)).toEqual(['low_coverage']);
    expect(reason(j, 'low_coverage')?.measured).toBeLessThan(0.3);
  });

  it('a segment longer than 5 km needs 30 minutes', () => {
    const long = makeRiverLine({ lng: 113.1, lat: 36.2, lengthMetres: 6000, seed: 9 });
    const walk = makeWalk(long, { seed: 2, start, minutes: 25 });
    const j = judgePatrol(walk, [], { geometry: long, rangeMetres: 10 }, village);
    expect(reason(j, 'too_short')).toMatchObject({ threshold: 30 });
    expect(reason(j, 'too_short')?.zh).toMatch(/少于规定的30分钟（河段长于5公里）$/);
  });

  it('poor accuracy: points worse than 50 m are dropped, and most of them is doubtful', () => {
    const walk = makeWalk(line, { seed: 8, start, minutes: 25 }).map((p, i) =>
      i % 5 < 3 ? { ...p, accuracy: 80 } : p,
    );
    const j = judgePatrol(walk, [], target, village);
    expect(j.figures.droppedInaccurate).toBe(walk.filter((p) => p.accuracy > 50).length);
    expect(reason(j, 'poor_accuracy')).toMatchObject({ severity: 'doubtful', threshold: 0.5 });
    expect(reason(j, 'poor_accuracy')?.measured).toBeCloseTo(0.6, 1);
  });

  it('few points: five fixes cannot show a patrol', () => {
    const walk = makeWalk(line, { seed: 8, start, minutes: 25 }).filter((_, i) => i % 40 === 0);
    const j = judgePatrol(walk, [], target, village);
    expect(reason(j, 'few_points')).toMatchObject({ severity: 'invalid', measured: walk.length, threshold: 10 });
    expect(judgePatrol([], [], target, village)).toMatchObject({ verdict: 'invalid', pieces: [] });
  });

  it('a jurisdiction override changes the outcome', () => {
    const { points, photos } = makePatrol(line, 'walk', { seed: 11, start });
    expect(judgePatrol(points, photos, target, village).verdict).toBe('valid');
    const stricter = thresholdsFor('village', { minDurationMinutes: 30, minCoverageShare: 0.8 });
    if (!stricter.ok) throw new Error('the override was refused');
    const j = judgePatrol(points, photos, target, stricter.thresholds);
    expect(j.verdict).toBe('invalid');
    expect(codes(j)).toEqual(['too_short', 'low_coverage']);
    expect(reason(j, 'too_short')?.zh).toMatch(/少于规定的30分钟$/);
  });

  it('a district chief’s short inspection is accepted, but not off the river', () => {
    const { points } = makePatrol(line, 'too_short', { seed: 11, start });
    expect(judgePatrol(points, [], target, defaultThresholds.district)).toMatchObject({
      verdict: 'valid',
      reasons: [],
    });
    const off = makeWalk(line, { seed: 11, start, minutes: 6, sideMetres: 400 });
    expect(judgePatrol(off, [], target, defaultThresholds.district).verdict).toBe('invalid');
  });

  it('a patroller’s daily patrol asks for 20 minutes and half the segment', () => {
    const { points } = makePatrol(line, 'walk', { seed: 11, start, minutes: 15 });
    const j = judgePatrol(points, [], target, defaultThresholds.patroller);
    expect(codes(j)).toContain('too_short');
    expect(reason(j, 'too_short')?.threshold).toBe(20);
  });

  it('judges against an area: a point inside the polygon far from its banks is inside', () => {
    const river = buffer(line, 15, { units: 'meters' })!.geometry as Polygon;
    const { points } = makePatrol(line, 'walk', { seed: 11, start });
    expect(judgePatrol(points, [], { geometry: river, rangeMetres: 10 }, village).figures.insideShare).toBe(1);
    const lake = turfPolygon([
      [
        [113.1, 36.2],
        [113.12, 36.2],
        [113.12, 36.22],
        [113.1, 36.22],
        [113.1, 36.2],
      ],
    ]).geometry;
    const across = makeWalk(
      {
        type: 'LineString',
        coordinates: [
          [113.105, 36.21],
          [113.115, 36.21],
        ],
      },
      { seed: 1, start, minutes: 12 },
    );
    const j = judgePatrol(across, [], { geometry: lake, rangeMetres: 10 }, village);
    expect(j.figures.insideShare).toBe(1);
    expect(codes(j)).toContain('low_coverage');
  });

  it('judges a 20,000-point track (a fix every second for 5.5 hours) against a 10 km segment', () => {
    const long = makeRiverLine({ lng: 113.1, lat: 36.2, lengthMetres: 10_000, seed: 3 });
    const points = makeWalk(long, { seed: 5, start: start - 6 * 3_600_000, minutes: 334, intervalSeconds: [1, 1] });
    expect(points.length).toBeGreaterThanOrEqual(20_000);
    expect(checkTrack(points, now)).toEqual([]);
    const j = judgePatrol(points, [], { geometry: long, rangeMetres: 10 }, village);
    expect(j).toMatchObject({ verdict: 'valid', reasons: [] });
    expect(j.figures.keptPoints).toBe(points.length);
    expect(j.figures.coverageShare).toBe(1);
    expect(j.figures.medianSpeedKmh).toBeLessThan(6);
  });

  it('judges against several lines', () => {
    const other = makeRiverLine({ lng: 113.2, lat: 36.3, lengthMetres: 3000, seed: 8 });
    const both: MultiLineString = { type: 'MultiLineString', coordinates: [line.coordinates, other.coordinates] };
    const { points } = makePatrol(line, 'walk', { seed: 11, start });
    const j = judgePatrol(points, [], { geometry: both, rangeMetres: 10 }, village);
    expect(j.figures.insideShare).toBe(1);
    expect(j.figures.segmentLengthMetres).toBeCloseTo(6000, -1);
    expect(j.figures.coverageShare).toBeGreaterThan(0.25);
    expect(j.figures.coverageShare).toBeLessThan(0.4);
  });
});

describe('judgePatrol properties', () => {
  const geometries: LineString[] | (LineString | MultiLineString | Polygon)[] = [
    line,
    {
      type: 'LineString',
      coordinates: [
        [113.1, 36.2],
        [113.1, 36.2],
      ],
    },
    {
      type: 'MultiLineString',
      coordinates: [
        line.coordinates,
        [
          [113.2, 36.3],
          [113.21, 36.31],
        ],
      ],
    },
    buffer(line, 20, { units: 'meters' })!.geometry as Polygon,
  ];
  const pointArb = fc.record({
    dt: fc.oneof(fc.integer({ min: 0, max: 15_000 }), fc.integer({ min: 0, max: 600_000 })),
    lat: fc.oneof(fc.double({ min: 36.19, max: 36.23, noNaN: true }), fc.double({ min: 3.8, max: 53.6, noNaN: true })),
    lng: fc.oneof(
      fc.double({ min: 113.09, max: 113.13, noNaN: true }),
      fc.double({ min: 73.5, max: 135.1, noNaN: true }),
    ),
    accuracy: fc.oneof(fc.double({ min: 0, max: 60, noNaN: true }), fc.double({ min: 0, max: 10_000, noNaN: true })),
  });
  const trackArb = fc.array(pointArb, { maxLength: 300 }).map((raw) => {
    let t = start - 6 * 3_600_000;
    return raw.map(({ dt, ...p }): TrackPoint => ({ t: (t += dt), ...p }));
  });
  const photoArb = fc.array(
    fc.record({
      t: fc.constant(start),
      lat: fc.option(fc.double({ min: 36.19, max: 36.23, noNaN: true })),
      lng: fc.option(fc.double({ min: 113.09, max: 113.13, noNaN: true })),
    }),
    { maxLength: 5 },
  );

  it('never throws on a track that passes checkTrack, and its verdict follows its reasons', () => {
    fc.assert(
      fc.property(
        trackArb,
        photoArb,
        fc.constantFrom(...geometries),
        fc.constantFrom(...Object.values(defaultThresholds)),
        (points, photoMarks, geometry, thresholds) => {
          fc.pre(checkTrack(points, now).length === 0);
          const photos = photoMarks.map((p) => (p.lat === null || p.lng === null ? { ...p, lat: null, lng: null } : p));
          const j = judgePatrol(points, photos, { geometry, rangeMetres: 10 }, thresholds);
          const expected = j.reasons.some((r) => r.severity === 'invalid')
            ? 'invalid'
            : j.reasons.some((r) => r.severity === 'doubtful')
              ? 'doubtful'
              : 'valid';
          expect(j.verdict).toBe(expected);
          for (const r of j.reasons) {
            expect(patrolReasonCodes).toContain(r.code);
            expect(Number.isFinite(r.measured) && Number.isFinite(r.threshold)).toBe(true);
            expect(r.zh.length * r.en.length).toBeGreaterThan(0);
          }
          expect(j.pieces.reduce((n, piece) => n + piece.length, 0)).toBe(j.figures.keptPoints);
          expect(j.figures.keptPoints + j.figures.droppedInaccurate + j.figures.droppedSpikes).toBe(points.length);
          for (const value of Object.values(j.figures)) expect(Number.isFinite(value)).toBe(true);
          expect(j.figures.insideShare).toBeGreaterThanOrEqual(0);
          expect(j.figures.insideShare).toBeLessThanOrEqual(1);
          expect(j.figures.coverageShare).toBeLessThanOrEqual(1);
        },
      ),
      { numRuns: 150 },
    );
  });
});
