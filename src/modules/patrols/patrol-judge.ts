/**
 * The patrol judge (巡河判定): whether a patrol recorded by a phone was real, with reasons a person
 * can read. Pure: no database, no clock, no I/O; the track has passed checkTrack before it comes here.
 *
 * Steps: drop points reporting poor accuracy; drop spikes (a point implying an implausible jump
 * from the last kept one); cut the kept track into pieces at gaps (no point for gapMinutes), never
 * joining a gap by a line; then measure duration, distance (inside pieces only), the share of
 * points inside the management range, the share of the segment's length passed, speeds, exact
 * repetition, scripted regularity and photos taken off the route. The verdict is invalid if any
 * reason is invalid, doubtful if any is doubtful, else valid.
 */
import { distance } from '@turf/turf';
import {
  coveredShare,
  isAreal,
  linesOf,
  localFrame,
  nearestWithin,
  nearnessIndex,
  type ObjectGeometry,
  sampleLines,
} from './patrol-geometry.ts';
import { type PatrolThresholds, requiredMinutes } from './patrol-thresholds.ts';
import type { PatrolPhotoMark, TrackPoint } from './patrol-track.ts';

export type { ObjectGeometry } from './patrol-geometry.ts';
export type { PatrolLevel, PatrolThresholds } from './patrol-thresholds.ts';
export type { PatrolPhotoMark, TrackPoint } from './patrol-track.ts';

/** The responsibility object patrolled: its geometry and its management range (metres beyond the line). */
export interface JudgeTarget {
  geometry: ObjectGeometry;
  rangeMetres: number;
}

export type PatrolVerdict = 'valid' | 'doubtful' | 'invalid';

export type PatrolReasonCode =
  | 'few_points'
  | 'too_short'
  | 'too_near'
  | 'outside_range'
  | 'low_coverage'
  | 'too_fast'
  | 'partly_driven'
  | 'repeated_points'
  | 'too_regular'
  | 'photo_off_route'
  | 'poor_accuracy';

export const patrolReasonCodes: readonly PatrolReasonCode[] = [
  'few_points',
  'too_short',
  'too_near',
  'outside_range',
  'low_coverage',
  'too_fast',
  'partly_driven',
  'repeated_points',
  'too_regular',
  'photo_off_route',
  'poor_accuracy',
];

export interface PatrolReason {
  code: PatrolReasonCode;
  severity: 'doubtful' | 'invalid';
  measured: number;
  threshold: number;
  zh: string;
  en: string;
}

export interface PatrolFigures {
  durationMinutes: number;
  distanceMetres: number;
  keptPoints: number;
  droppedInaccurate: number;
  droppedSpikes: number;
  insideShare: number;
  coverageShare: number;
  maxSpeedKmh: number;
  medianSpeedKmh: number;
  photosOffRoute: number;
  /** Share of moving time faster than the vehicle ceiling. */
  fastShare: number;
  /** Share of kept points repeating the previous position exactly. */
  repeatedShare: number;
  /** The longest run of legs with the same interval and the same step length. */
  longestRegularRun: number;
  /** The segment's length (its lines, or its rings for an area), in metres. */
  segmentLengthMetres: number;
  /** Photos without a position (not judged against the route). */
  photosWithoutPosition: number;
}

export interface Judgement {
  verdict: PatrolVerdict;
  reasons: PatrolReason[];
  figures: PatrolFigures;
  /** The kept track split at gaps, [lng, lat] each, to draw gaps as gaps. */
  pieces: Array<Array<[number, number]>>;
}

/** A run of this many consecutive spikes, consistent with each other, is the truth: the track moves on from there. */
const reanchorAfter = 5;

const round = (n: number, digits = 1) => {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
};
const minutesText = (m: number) => `${round(m, 1)}`;
const metresZh = (m: number) => (m >= 1000 ? `${round(m / 1000, 2)}公里` : `${Math.round(m)}米`);
const metresEn = (m: number) => (m >= 1000 ? `${round(m / 1000, 2)} km` : `${Math.round(m)} m`);
const percent = (share: number) => `${Math.round(share * 100)}%`;

const metresBetween = (a: TrackPoint, b: TrackPoint) => distance([a.lng, a.lat], [b.lng, b.lat], { units: 'meters' });

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = new Float64Array(values).sort();
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Drops spikes and cuts at gaps. Answers the pieces as indexes into `accurate`, each point's
 * distance in metres from the previous point of its piece (0 for a piece's first), and how many
 * points were spikes. Numbers, not objects: a 20,000-point track allocates next to nothing.
 */
function keptPieces(
  accurate: readonly TrackPoint[],
  t: PatrolThresholds,
): { pieces: number[][]; legMetres: Float64Array; spikes: number } {
  const gapMs = t.gapMinutes * 60_000;
  const legMetres = new Float64Array(accurate.length);
  /** The leg's length when plausible, else -1. Two fixes in the same second are plausible only a few metres apart. */
  const plausible = (a: TrackPoint, b: TrackPoint) => {
    const d = metresBetween(a, b);
    const seconds = (b.t - a.t) / 1000;
    return (seconds <= 0 ? d <= 5 : (d / seconds) * 3.6 <= t.spikeSpeedKmh) ? d : -1;
  };
  const pieces: number[][] = [];
  let piece: number[] = [];
  let pending: number[] = [];
  let spikes = 0;
  for (let i = 0; i < accurate.length; i++) {
    const p = accurate[i]!;
    const lastIndex = piece[piece.length - 1];
    if (lastIndex === undefined) {
      piece.push(i);
      continue;
    }
    const last = accurate[lastIndex]!;
    if (p.t - last.t > gapMs) {
      // Signal lost: whatever happened meanwhile, the track starts a new piece here.
      spikes += pending.length;
      pending = [];
      pieces.push(piece);
      piece = [i];
      continue;
    }
    const d = plausible(last, p);
    if (d >= 0) {
      spikes += pending.length;
      pending = [];
      legMetres[i] = d;
      piece.push(i);
    } else {
      const lastPending = pending[pending.length - 1];
      const dp = lastPending === undefined ? -1 : plausible(accurate[lastPending]!, p);
      if (dp >= 0) {
        legMetres[i] = dp;
        pending.push(i);
      } else {
        spikes += pending.length;
        pending = [i];
      }
      if (pending.length >= reanchorAfter) {
        // The fixes agree with each other and not with the last kept one: the earlier fix was the
        // odd one (a short piece is dropped as spikes) or the person moved by an implausible jump,
        // which is never drawn nor measured: a new piece.
        if (piece.length < reanchorAfter) spikes += piece.length;
        else pieces.push(piece);
        legMetres[pending[0]!] = 0;
        piece = pending;
        pending = [];
      }
    }
  }
  spikes += pending.length;
  if (piece.length > 0) pieces.push(piece);
  return { pieces, legMetres, spikes };
}

export function judgePatrol(
  points: readonly TrackPoint[],
  photos: readonly PatrolPhotoMark[],
  target: JudgeTarget,
  thresholds: PatrolThresholds,
): Judgement {
  const t = thresholds;
  const accurate = points.filter((p) => p.accuracy <= t.maxAccuracyMetres);
  const droppedInaccurate = points.length - accurate.length;
  const { pieces, legMetres, spikes } = keptPieces(accurate, t);
  const kept: TrackPoint[] = [];
  for (const piece of pieces) for (const i of piece) kept.push(accurate[i]!);

  // Duration from the first to the last kept point; distance and speeds inside pieces only.
  const first = kept[0];
  const last = kept[kept.length - 1];
  const durationMinutes = first && last ? (last.t - first.t) / 60_000 : 0;
  let distanceMetres = 0;
  let movingMs = 0;
  let fastMs = 0;
  let maxSpeedKmh = 0;
  let repeats = 0;
  let regularRun = 0;
  let longestRegularRun = 0;
  const movingSpeeds: number[] = [];
  for (const piece of pieces) {
    let previousLeg: { dt: number; d: number } | undefined;
    for (let i = 1; i < piece.length; i++) {
      const a = accurate[piece[i - 1]!]!;
      const b = accurate[piece[i]!]!;
      const d = legMetres[piece[i]!]!;
      const dt = b.t - a.t;
      distanceMetres += d;
      if (a.lat === b.lat && a.lng === b.lng) repeats += 1;
      if (dt > 0) {
        const kmh = (d / dt) * 3600;
        maxSpeedKmh = Math.max(maxSpeedKmh, kmh);
        if (kmh >= t.movingSpeedKmh) {
          movingSpeeds.push(kmh);
          movingMs += dt;
          if (kmh > t.maxSpeedKmh) fastMs += dt;
        }
      }
      // A scripted track: the same interval and the same step, again and again (never a real phone).
      const regular =
        previousLeg !== undefined &&
        d > 0.5 &&
        Math.abs(dt - previousLeg.dt) <= 1 &&
        Math.abs(d - previousLeg.d) <= t.regularStepToleranceMetres;
      regularRun = regular ? regularRun + 1 : 0;
      longestRegularRun = Math.max(longestRegularRun, regularRun + (regular ? 1 : 0));
      previousLeg = { dt, d };
    }
  }
  const medianSpeedKmh = median(movingSpeeds);
  const fastShare = movingMs > 0 ? fastMs / movingMs : 0;
  const repeatedShare = kept.length > 1 ? repeats / (kept.length - 1) : 0;

  // Inside share and coverage, against the segment, in a local metric frame with grids (linear).
  const lines = linesOf(target.geometry);
  const origin = lines.find((l) => l.length > 0)?.[0] ?? [first?.lng ?? 0, first?.lat ?? 0];
  const frame = localFrame(origin[0] ?? 0, origin[1] ?? 0);
  const range = Math.max(0, target.rangeMetres);
  const insideRadius = range + t.insideMarginMetres;
  let insideShare = 0;
  if (kept.length > 0) {
    const near = nearnessIndex(target.geometry, frame, insideRadius);
    let inside = 0;
    for (const p of kept) if (near(p.lng, p.lat)) inside += 1;
    insideShare = inside / kept.length;
  }
  const { samples, lengthMetres: segmentLengthMetres } = sampleLines(target.geometry, t.coverageSampleMetres);
  const coverageShare =
    kept.length > 0
      ? coveredShare(samples, columns(kept, range, t.maxAccuracyMetres), frame, range + t.maxAccuracyMetres)
      : 0;

  // Photos: off the route when farther than photoOffRouteMetres from every kept point.
  const nearest = photos.length > 0 ? nearestWithin(kept, frame, t.photoOffRouteMetres) : () => 0;
  let photosOffRoute = 0;
  let photosWithoutPosition = 0;
  let farthestPhoto = 0;
  for (const photo of photos) {
    if (photo.lat === null || photo.lng === null) {
      photosWithoutPosition += 1;
      continue;
    }
    if (nearest(photo.lng, photo.lat) === Infinity) {
      photosOffRoute += 1;
      let far = Infinity;
      for (const p of kept) far = Math.min(far, photoDistance(photo, p));
      if (Number.isFinite(far)) farthestPhoto = Math.max(farthestPhoto, far);
    }
  }

  const figures: PatrolFigures = {
    durationMinutes: round(durationMinutes, 2),
    distanceMetres: round(distanceMetres, 1),
    keptPoints: kept.length,
    droppedInaccurate,
    droppedSpikes: spikes,
    insideShare: round(insideShare, 4),
    coverageShare: round(coverageShare, 4),
    maxSpeedKmh: round(maxSpeedKmh, 1),
    medianSpeedKmh: round(medianSpeedKmh, 1),
    photosOffRoute,
    fastShare: round(fastShare, 4),
    repeatedShare: round(repeatedShare, 4),
    longestRegularRun,
    segmentLengthMetres: round(segmentLengthMetres, 1),
    photosWithoutPosition,
  };

  const reasons: PatrolReason[] = [];
  const add = (reason: PatrolReason) => reasons.push(reason);

  if (kept.length < t.minPoints)
    add({
      code: 'few_points',
      severity: 'invalid',
      measured: kept.length,
      threshold: t.minPoints,
      zh: `有效轨迹点仅${kept.length}个，少于规定的${t.minPoints}个`,
      en: `Only ${kept.length} usable track points, below the ${t.minPoints} required`,
    });
  const needMinutes = requiredMinutes(t, segmentLengthMetres);
  if (durationMinutes < needMinutes) {
    const longNote = needMinutes > t.minDurationMinutes;
    add({
      code: 'too_short',
      severity: 'invalid',
      measured: round(durationMinutes, 1),
      threshold: needMinutes,
      zh: `巡河时长${minutesText(durationMinutes)}分钟，少于规定的${needMinutes}分钟${longNote ? `（河段长于${metresZh(t.longSegmentMetres)}）` : ''}`,
      en: `Patrol lasted ${minutesText(durationMinutes)} min, below the ${needMinutes} min required${longNote ? ` (segment longer than ${metresEn(t.longSegmentMetres)})` : ''}`,
    });
  }
  if (distanceMetres < t.minDistanceMetres)
    add({
      code: 'too_near',
      severity: 'invalid',
      measured: round(distanceMetres, 0),
      threshold: t.minDistanceMetres,
      zh: `巡河距离${metresZh(distanceMetres)}，少于规定的${metresZh(t.minDistanceMetres)}`,
      en: `Patrol covered ${metresEn(distanceMetres)}, below the ${metresEn(t.minDistanceMetres)} required`,
    });
  if (kept.length > 0 && insideShare < t.minInsideShare) {
    const invalid = insideShare < t.invalidInsideShare;
    add({
      code: 'outside_range',
      severity: invalid ? 'invalid' : 'doubtful',
      measured: round(insideShare, 4),
      threshold: invalid ? t.invalidInsideShare : t.minInsideShare,
      zh: `仅${percent(insideShare)}的轨迹点在河段管理范围内（${Math.round(range)}米，允许误差${Math.round(t.insideMarginMetres)}米），低于规定的${percent(invalid ? t.invalidInsideShare : t.minInsideShare)}`,
      en: `Only ${percent(insideShare)} of track points lie within the segment's management range (${Math.round(range)} m, ${Math.round(t.insideMarginMetres)} m allowed for GPS error), below the ${percent(invalid ? t.invalidInsideShare : t.minInsideShare)} required`,
    });
  }
  if (samples.length > 0 && coverageShare < t.minCoverageShare)
    add({
      code: 'low_coverage',
      severity: 'doubtful',
      measured: round(coverageShare, 4),
      threshold: t.minCoverageShare,
      zh: `巡查覆盖河段长度的${percent(coverageShare)}（河段长${metresZh(segmentLengthMetres)}），低于规定的${percent(t.minCoverageShare)}`,
      en: `Patrol passed ${percent(coverageShare)} of the segment's length (${metresEn(segmentLengthMetres)}), below the ${percent(t.minCoverageShare)} required`,
    });
  if (medianSpeedKmh > t.doubtfulSpeedKmh) {
    const invalid = medianSpeedKmh > t.maxSpeedKmh;
    const limit = invalid ? t.maxSpeedKmh : t.doubtfulSpeedKmh;
    add({
      code: 'too_fast',
      severity: invalid ? 'invalid' : 'doubtful',
      measured: round(medianSpeedKmh, 1),
      threshold: limit,
      zh: `行进速度中位数每小时${round(medianSpeedKmh, 1)}公里，超过${invalid ? '车速上限' : '步行和骑行的'}每小时${limit}公里${invalid ? '，应为乘车巡河' : ''}`,
      en: `Median moving speed ${round(medianSpeedKmh, 1)} km/h, above the ${limit} km/h ${invalid ? 'vehicle ceiling: driven, not patrolled' : 'of walking or cycling'}`,
    });
  } else if (fastShare > t.maxFastShare)
    add({
      code: 'partly_driven',
      severity: 'doubtful',
      measured: round(fastShare, 4),
      threshold: t.maxFastShare,
      zh: `${percent(fastShare)}的行进时间速度超过每小时${t.maxSpeedKmh}公里，多于允许的${percent(t.maxFastShare)}`,
      en: `${percent(fastShare)} of the moving time was faster than ${t.maxSpeedKmh} km/h, more than the ${percent(t.maxFastShare)} allowed`,
    });
  if (repeatedShare > t.maxRepeatedShare)
    add({
      code: 'repeated_points',
      severity: 'doubtful',
      measured: round(repeatedShare, 4),
      threshold: t.maxRepeatedShare,
      zh: `${percent(repeatedShare)}的轨迹点与前一点位置完全相同，多于允许的${percent(t.maxRepeatedShare)}（手机可能未随人移动）`,
      en: `${percent(repeatedShare)} of track points repeat the previous position exactly, more than the ${percent(t.maxRepeatedShare)} allowed (the phone may not have moved with the person)`,
    });
  if (longestRegularRun >= t.maxRegularRun)
    add({
      code: 'too_regular',
      severity: 'invalid',
      measured: longestRegularRun,
      threshold: t.maxRegularRun,
      zh: `连续${longestRegularRun}段轨迹的时间间隔和步长完全相同（不少于${t.maxRegularRun}段即判定），不像真实定位，疑为程序生成`,
      en: `${longestRegularRun} consecutive legs have exactly the same interval and step length (${t.maxRegularRun} or more is the limit): not a real phone's track, likely scripted`,
    });
  if (photosOffRoute > 0)
    add({
      code: 'photo_off_route',
      severity: 'doubtful',
      measured: photosOffRoute,
      threshold: t.photoOffRouteMetres,
      zh: `${photosOffRoute}张照片的拍摄地点距巡河轨迹超过${metresZh(t.photoOffRouteMetres)}${farthestPhoto > 0 ? `（最远${metresZh(farthestPhoto)}）` : ''}`,
      en: `${photosOffRoute} photo${photosOffRoute > 1 ? 's were' : ' was'} taken more than ${metresEn(t.photoOffRouteMetres)} from the route${farthestPhoto > 0 ? ` (farthest ${metresEn(farthestPhoto)})` : ''}`,
    });
  const inaccurateShare = points.length > 0 ? droppedInaccurate / points.length : 0;
  if (inaccurateShare > t.maxInaccurateShare)
    add({
      code: 'poor_accuracy',
      severity: 'doubtful',
      measured: round(inaccurateShare, 4),
      threshold: t.maxInaccurateShare,
      zh: `${percent(inaccurateShare)}的轨迹点定位精度差于${t.maxAccuracyMetres}米而未计入，多于允许的${percent(t.maxInaccurateShare)}`,
      en: `${percent(inaccurateShare)} of track points reported an accuracy worse than ${t.maxAccuracyMetres} m and were left out, more than the ${percent(t.maxInaccurateShare)} allowed`,
    });

  const verdict: PatrolVerdict = reasons.some((r) => r.severity === 'invalid')
    ? 'invalid'
    : reasons.some((r) => r.severity === 'doubtful')
      ? 'doubtful'
      : 'valid';
  return {
    verdict,
    reasons,
    figures,
    pieces: pieces.map((piece) =>
      piece.map((i): [number, number] => {
        const p = accurate[i]!;
        return [p.lng, p.lat];
      }),
    ),
  };
}

/** The kept points as parallel arrays, each with its coverage radius (the range plus its accuracy). */
function columns(kept: readonly TrackPoint[], range: number, maxAccuracy: number) {
  const lng = new Float64Array(kept.length);
  const lat = new Float64Array(kept.length);
  const radius = new Float64Array(kept.length);
  for (let i = 0; i < kept.length; i++) {
    const p = kept[i]!;
    lng[i] = p.lng;
    lat[i] = p.lat;
    radius[i] = range + Math.min(p.accuracy, maxAccuracy);
  }
  return { lng, lat, radius };
}

function photoDistance(photo: PatrolPhotoMark, p: TrackPoint): number {
  return distance([photo.lng ?? 0, photo.lat ?? 0], [p.lng, p.lat], { units: 'meters' });
}

/** Whether a geometry is one the judge measures (a line or an area with coordinates). */
export function judgeableGeometry(geometry: ObjectGeometry): boolean {
  return linesOf(geometry).some((line) => line.length >= (isAreal(geometry) ? 4 : 2));
}
