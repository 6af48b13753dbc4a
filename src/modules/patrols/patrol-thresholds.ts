/**
 * The figures a patrol (巡河) is judged against, per level of river chief (河长), and the merge of a
 * jurisdiction's overrides. Pure: no database, no clock.
 *
 * Defaults follow the published local rules most river-chief offices use: township and village
 * chiefs walk at least 10 minutes and 1 km per patrol; a segment longer than 5 km needs at least
 * 30 minutes. The other figures are chosen here and justified beside each one.
 */

/** The level of the person patrolling (县级 / 乡级 / 村级河长, 专职巡河员, 河长助理). */
export type PatrolLevel = 'district' | 'township' | 'village' | 'patroller' | 'assistant';
export const patrolLevels: readonly PatrolLevel[] = ['district', 'township', 'village', 'patroller', 'assistant'];

export interface PatrolThresholds {
  /** Below this (first to last kept point) the patrol is too short: invalid. */
  minDurationMinutes: number;
  /** Below this (summed inside the pieces of the track, never across a gap) the patrol is too near: invalid. */
  minDistanceMetres: number;
  /** Points reporting a worse accuracy are dropped before anything is measured. */
  maxAccuracyMetres: number;
  /** A point implying a faster jump from the last kept point is a spike and dropped. */
  spikeSpeedKmh: number;
  /** Vehicle ceiling: a median moving speed above it is a drive, not a patrol: invalid. */
  maxSpeedKmh: number;
  /** A median moving speed above this (faster than walking or an easy bicycle ride) is doubtful. */
  doubtfulSpeedKmh: number;
  /** A share of the moving time above maxSpeedKmh greater than this is doubtful (part of it driven). */
  maxFastShare: number;
  /** Share of kept points inside the management range below this: doubtful. */
  minInsideShare: number;
  /** Share of kept points inside the management range below this: invalid (not on this river). */
  invalidInsideShare: number;
  /** GPS error allowed beyond the management range when counting a point as inside it. */
  insideMarginMetres: number;
  /** Share of the segment's length walked past below this: doubtful. */
  minCoverageShare: number;
  /** The segment is sampled every so many metres to measure coverage. */
  coverageSampleMetres: number;
  /** A photo farther than this from every kept point was taken off the route: doubtful. */
  photoOffRouteMetres: number;
  /** No point for longer than this: the track is cut into a new piece (a gap is never joined by a line). */
  gapMinutes: number;
  /** Fewer kept points than this cannot show a patrol: invalid. */
  minPoints: number;
  /** Segments longer than this need at least longSegmentMinDurationMinutes. */
  longSegmentMetres: number;
  longSegmentMinDurationMinutes: number;
  /** Share of kept points repeating the previous position exactly above this: doubtful (a phone left still or a replayed fix). */
  maxRepeatedShare: number;
  /** This many consecutive legs with the same interval and the same step length: a scripted track, invalid. */
  maxRegularRun: number;
  /** Two step lengths closer than this count as the same in the regularity test. */
  regularStepToleranceMetres: number;
  /** Share of points dropped for poor accuracy above this: doubtful (the track says little). */
  maxInaccurateShare: number;
  /** Legs slower than this are standing still and left out of the median moving speed. */
  movingSpeedKmh: number;
}

/**
 * Shared by every level. Walking is 4–5 km/h, a brisk walk 6–7; many village patrols ride a bicycle
 * or an electric bicycle (电动车巡河) on the embankment path at 12–15 km/h, which still lets the rider
 * see the water and the banks. Above 15 km/h median the patrol is doubtful (a supervisor looks);
 * above 30 km/h median nobody can watch a river bank: a car or a motorcycle, invalid. Consumer phones
 * report 3–15 m under open sky and 20–50 m near buildings or trees; a fix worse than 50 m is not
 * evidence of where the person was. A jump faster than 120 km/h between two fixes (a motorway
 * speed, impossible on a bank) is a spike of the receiver, not a movement.
 */
const common: PatrolThresholds = {
  minDurationMinutes: 10,
  minDistanceMetres: 1000,
  maxAccuracyMetres: 50,
  spikeSpeedKmh: 120,
  maxSpeedKmh: 30,
  doubtfulSpeedKmh: 15,
  maxFastShare: 0.25,
  minInsideShare: 0.6,
  invalidInsideShare: 0.3,
  insideMarginMetres: 15,
  minCoverageShare: 0.3,
  coverageSampleMetres: 25,
  photoOffRouteMetres: 200,
  gapMinutes: 3,
  minPoints: 10,
  longSegmentMetres: 5000,
  longSegmentMinDurationMinutes: 30,
  maxRepeatedShare: 0.25,
  maxRegularRun: 30,
  regularStepToleranceMetres: 0.1,
  maxInaccurateShare: 0.5,
  movingSpeedKmh: 1,
};

export const defaultThresholds: Record<PatrolLevel, PatrolThresholds> = {
  /**
   * District chiefs (县级河长) inspect rather than patrol, often a stretch at a problem spot with the
   * township: 5 minutes and 300 m are accepted and little coverage (10 %), but the walk must still be
   * on the river (the inside share is not relaxed), and a long segment does not raise the minimum.
   */
  district: {
    ...common,
    minDurationMinutes: 5,
    minDistanceMetres: 300,
    minCoverageShare: 0.1,
    longSegmentMinDurationMinutes: 5,
  },
  /** Township and village chiefs: the published rule, 10 minutes and 1 km; 30 minutes on a segment over 5 km. */
  township: { ...common },
  village: { ...common },
  /**
   * Full-time patrollers (专职巡河员) are paid to walk their beat every day, so a daily patrol asks
   * more than a chief's: 20 minutes, 1.5 km and half the segment's length passed (a village beat is
   * typically 2–4 km, which a walk of 30–60 minutes covers).
   */
  patroller: { ...common, minDurationMinutes: 20, minDistanceMetres: 1500, minCoverageShare: 0.5 },
  /** Assistants (河长助理) patrol on a chief's behalf and are held to the village chiefs' rule. */
  assistant: { ...common },
};

/** What is wrong with an override, with a JSON pointer into the overrides object. */
export interface ThresholdProblem {
  path: string;
  message: string;
  en: string;
}

type Bound = { min: number; max: number; integer?: boolean };

/** The values a jurisdiction may set; anything outside is nonsense and refused. */
export const thresholdBounds: Record<keyof PatrolThresholds, Bound> = {
  minDurationMinutes: { min: 0, max: 24 * 60 },
  minDistanceMetres: { min: 0, max: 100_000 },
  maxAccuracyMetres: { min: 5, max: 1000 },
  spikeSpeedKmh: { min: 20, max: 1000 },
  maxSpeedKmh: { min: 2, max: 200 },
  doubtfulSpeedKmh: { min: 1, max: 200 },
  maxFastShare: { min: 0, max: 1 },
  minInsideShare: { min: 0, max: 1 },
  invalidInsideShare: { min: 0, max: 1 },
  insideMarginMetres: { min: 0, max: 500 },
  minCoverageShare: { min: 0, max: 1 },
  coverageSampleMetres: { min: 5, max: 1000 },
  photoOffRouteMetres: { min: 10, max: 100_000 },
  gapMinutes: { min: 0.5, max: 24 * 60 },
  minPoints: { min: 2, max: 100_000, integer: true },
  longSegmentMetres: { min: 0, max: 1_000_000 },
  longSegmentMinDurationMinutes: { min: 0, max: 24 * 60 },
  maxRepeatedShare: { min: 0, max: 1 },
  maxRegularRun: { min: 5, max: 100_000, integer: true },
  regularStepToleranceMetres: { min: 0, max: 10 },
  maxInaccurateShare: { min: 0, max: 1 },
  movingSpeedKmh: { min: 0, max: 10 },
};

export type ThresholdsResult = { ok: true; thresholds: PatrolThresholds } | { ok: false; problems: ThresholdProblem[] };

/**
 * The thresholds for a level with a jurisdiction's partial overrides merged in. Overrides usually
 * come from stored configuration or a request body, so they are checked as unknown JSON: an unknown
 * key, a value that is not a finite number, a value out of bounds, or figures contradicting each
 * other (a doubtful speed above the vehicle ceiling, a ceiling above the spike speed, an invalid
 * inside share above the doubtful one) are answered as problems, for a 400.
 */
export function thresholdsFor(level: PatrolLevel, overrides?: Partial<PatrolThresholds> | unknown): ThresholdsResult {
  const problems: ThresholdProblem[] = [];
  const base = Object.hasOwn(defaultThresholds, level) ? defaultThresholds[level] : undefined;
  if (!base)
    return { ok: false, problems: [{ path: '/level', message: '巡河层级不存在', en: 'Unknown patrol level' }] };
  const merged: PatrolThresholds = { ...base };
  if (overrides !== undefined && overrides !== null) {
    if (typeof overrides !== 'object' || Array.isArray(overrides))
      return { ok: false, problems: [{ path: '', message: '阈值设置须为对象', en: 'Thresholds must be an object' }] };
    for (const [key, value] of Object.entries(overrides)) {
      const path = `/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`;
      if (!Object.hasOwn(thresholdBounds, key)) {
        problems.push({ path, message: '没有这项阈值', en: 'No such threshold' });
        continue;
      }
      if (value === undefined) continue;
      const bound = thresholdBounds[key as keyof PatrolThresholds];
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        problems.push({ path, message: '须为有限数值', en: 'Must be a finite number' });
      } else if (value < bound.min || value > bound.max) {
        problems.push({
          path,
          message: `须在${bound.min}到${bound.max}之间`,
          en: `Must be between ${bound.min} and ${bound.max}`,
        });
      } else if (bound.integer && !Number.isInteger(value)) {
        problems.push({ path, message: '须为整数', en: 'Must be a whole number' });
      } else {
        merged[key as keyof PatrolThresholds] = value;
      }
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  if (merged.doubtfulSpeedKmh > merged.maxSpeedKmh)
    problems.push({
      path: '/doubtfulSpeedKmh',
      message: '存疑速度不能高于车速上限',
      en: 'The doubtful speed cannot exceed the vehicle ceiling',
    });
  if (merged.maxSpeedKmh >= merged.spikeSpeedKmh)
    problems.push({
      path: '/maxSpeedKmh',
      message: '车速上限须低于跳点速度',
      en: 'The vehicle ceiling must be below the spike speed',
    });
  if (merged.invalidInsideShare > merged.minInsideShare)
    problems.push({
      path: '/invalidInsideShare',
      message: '判为无效的范围内占比不能高于判为存疑的占比',
      en: 'The invalid inside share cannot exceed the doubtful one',
    });
  if (merged.movingSpeedKmh >= merged.doubtfulSpeedKmh)
    problems.push({
      path: '/movingSpeedKmh',
      message: '行进速度下限须低于存疑速度',
      en: 'The moving speed must be below the doubtful speed',
    });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, thresholds: merged };
}

/** The minimum duration for a segment of the given length (a long segment raises it). */
export function requiredMinutes(thresholds: PatrolThresholds, segmentLengthMetres: number): number {
  return segmentLengthMetres > thresholds.longSegmentMetres
    ? Math.max(thresholds.minDurationMinutes, thresholds.longSegmentMinDurationMinutes)
    : thresholds.minDurationMinutes;
}
