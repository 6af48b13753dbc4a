/**
 * Made patrols (模拟巡河轨迹) for tests, the demo and the browser test: a walk along a segment as a
 * phone records it (4–5 km/h, a point every 5–10 s, a few metres of GPS noise, an accuracy per
 * point), and one variant for each reason the judge gives. Deterministic: the same seed makes the
 * same track; nothing reads Math.random or the clock (the start time is given).
 */
import { bearing, destination, distance } from '@turf/turf';
import type { LineString, Position } from 'geojson';
import type { PatrolPhotoMark, TrackPoint } from './patrol-track.ts';

/** A small fast seeded generator (mulberry32), uniform in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0 || 0x9e3779b9;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let z = a;
    z = Math.imul(z ^ (z >>> 15), z | 1);
    z ^= z + Math.imul(z ^ (z >>> 7), z | 61);
    return ((z ^ (z >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function gaussian(random: () => number): number {
  const u = Math.max(random(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

const toPoint = (p: Position): [number, number] => [p[0] ?? 0, p[1] ?? 0];
const moved = (from: Position, metres: number, towards: number): [number, number] =>
  toPoint(destination(toPoint(from), metres, towards, { units: 'meters' }).geometry.coordinates);

/**
 * A plausible river line near a place: a wavy polyline of the given length, one vertex every
 * `stepMetres`, its heading meandering around `bearing` (degrees from north).
 */
export function makeRiverLine(options: {
  lng: number;
  lat: number;
  lengthMetres: number;
  seed: number;
  bearing?: number;
  stepMetres?: number;
}): LineString {
  const random = seededRandom(options.seed);
  const step = options.stepMetres ?? 50;
  const heading = options.bearing ?? 60;
  const phase = random() * Math.PI * 2;
  const wavelength = 600 + random() * 900; // a meander every 0.6–1.5 km
  const coordinates: [number, number][] = [[options.lng, options.lat]];
  const n = Math.max(1, Math.round(options.lengthMetres / step));
  for (let i = 1; i <= n; i++) {
    const along = i * step;
    const turn = 35 * Math.sin(phase + (2 * Math.PI * along) / wavelength) + 6 * gaussian(random);
    coordinates.push(moved(coordinates[i - 1]!, options.lengthMetres / n, heading + turn));
  }
  return { type: 'LineString', coordinates };
}

/** Positions along a line by distance, going back and forth past its ends (a long patrol turns back). */
function lineCursor(line: LineString) {
  const coords = line.coordinates.map(toPoint);
  const cumulative = [0];
  for (let i = 1; i < coords.length; i++)
    cumulative.push(cumulative[i - 1]! + distance(coords[i - 1]!, coords[i]!, { units: 'meters' }));
  const length = cumulative[cumulative.length - 1] ?? 0;
  let edge = 0;
  return {
    length,
    /** The position `s` metres along (reflected at the ends) and the heading of the line there. */
    at(s: number): { position: [number, number]; heading: number } {
      if (length <= 0 || coords.length < 2) return { position: coords[0] ?? [0, 0], heading: 0 };
      const period = 2 * length;
      let u = ((s % period) + period) % period;
      if (u > length) u = period - u;
      while (edge > 0 && cumulative[edge]! > u) edge--;
      while (edge < coords.length - 2 && cumulative[edge + 1]! < u) edge++;
      const a = coords[edge]!;
      const b = coords[edge + 1]!;
      const span = cumulative[edge + 1]! - cumulative[edge]!;
      const f = span > 0 ? (u - cumulative[edge]!) / span : 0;
      return { position: [a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f], heading: bearing(a, b) };
    },
  };
}

export interface WalkOptions {
  seed: number;
  /** ms since epoch of the first point. */
  start: number;
  minutes: number;
  speedKmh?: number;
  /** Seconds between points, drawn uniformly in [min, max]. */
  intervalSeconds?: [number, number];
  /** Standard deviation of the GPS noise, metres. */
  noiseMetres?: number;
  /** Metres to the side of the line the walker keeps (a bank path beside a centre line). */
  sideMetres?: number;
  /** Metres along the line where the walk begins. */
  fromMetres?: number;
  /** Reported accuracy, drawn uniformly in [min, max] metres. */
  accuracy?: [number, number];
}

/** A walk along the line as a phone records it. */
export function makeWalk(line: LineString, options: WalkOptions): TrackPoint[] {
  const random = seededRandom(options.seed);
  const cursor = lineCursor(line);
  const speed = (options.speedKmh ?? 4.5) / 3.6; // m/s
  const [minS, maxS] = options.intervalSeconds ?? [5, 10];
  const noise = options.noiseMetres ?? 3;
  const side = options.sideMetres ?? 5;
  const [minAccuracy, maxAccuracy] = options.accuracy ?? [4, 15];
  const end = options.start + options.minutes * 60_000;
  const points: TrackPoint[] = [];
  let t = options.start;
  let s = options.fromMetres ?? 0;
  // GPS error drifts rather than jumps: east and north errors follow a first-order process with a
  // two-minute memory, so fixes a second apart are close to each other, as a phone's are.
  let east = gaussian(random) * noise;
  let north = gaussian(random) * noise;
  let dt = 0;
  while (t <= end) {
    const keep = Math.exp(-dt / 120);
    const fresh = Math.sqrt(1 - keep * keep) * noise;
    east = keep * east + fresh * gaussian(random);
    north = keep * north + fresh * gaussian(random);
    const { position, heading } = cursor.at(s);
    const beside = side ? moved(position, side, heading + 90) : position;
    const error = Math.hypot(east, north);
    const [lng, lat] = error > 0 ? moved(beside, error, (Math.atan2(east, north) * 180) / Math.PI) : beside;
    points.push({ t, lat, lng, accuracy: Math.round(minAccuracy + random() * (maxAccuracy - minAccuracy)) });
    dt = minS + random() * (maxS - minS);
    t += Math.round(dt * 1000);
    s += speed * dt * Math.max(0.5, 1 + 0.15 * gaussian(random));
  }
  return points;
}

export type MadePatrolKind =
  'walk' | 'too_short' | 'desk_phone' | 'driven' | 'off_river' | 'scripted' | 'gap' | 'spike' | 'photos_off_route';

export const madePatrolKinds: readonly MadePatrolKind[] = [
  'walk',
  'too_short',
  'desk_phone',
  'driven',
  'off_river',
  'scripted',
  'gap',
  'spike',
  'photos_off_route',
];

export interface MadePatrol {
  points: TrackPoint[];
  photos: PatrolPhotoMark[];
}

/** Photos taken at some of the points (on the route). */
function photosAt(points: readonly TrackPoint[], shares: readonly number[]): PatrolPhotoMark[] {
  return shares.flatMap((share) => {
    const p = points[Math.min(points.length - 1, Math.floor(points.length * share))];
    return p ? [{ t: p.t, lat: p.lat, lng: p.lng }] : [];
  });
}

/**
 * A patrol of the given kind along the line, starting at `start`:
 * walk — 25 minutes at 4.5 km/h beside the line, two photos on the route (valid for a village chief
 * on a segment up to 5 km); too_short — the same walk stopped after 6 minutes; desk_phone — one
 * position repeated every 10 s for 25 minutes; driven — 15 minutes at 50 km/h along the bank;
 * off_river — the walk 400 m from the river; scripted — noise-free, every 10 s, every step the same
 * length; gap — the walk with 5 minutes of signal lost (the walker kept going); spike — the walk with
 * one fix 3 km away; photos_off_route — the walk with two of its three photos 1.5 km away.
 */
export function makePatrol(
  line: LineString,
  kind: MadePatrolKind,
  options: { seed: number; start: number; minutes?: number },
): MadePatrol {
  const { seed, start } = options;
  const minutes = options.minutes ?? 25;
  const walk = () => makeWalk(line, { seed, start, minutes });
  switch (kind) {
    case 'walk': {
      const points = walk();
      return { points, photos: photosAt(points, [0.3, 0.7]) };
    }
    case 'too_short': {
      const points = makeWalk(line, { seed, start, minutes: 6 });
      return { points, photos: photosAt(points, [0.5]) };
    }
    case 'desk_phone': {
      const { position, heading } = lineCursor(line).at(0);
      const [lng, lat] = moved(position, 3, heading + 90);
      const points = Array.from({ length: minutes * 6 + 1 }, (_, i) => ({
        t: start + i * 10_000,
        lat,
        lng,
        accuracy: 12,
      }));
      return { points, photos: [] };
    }
    case 'driven': {
      const points = makeWalk(line, { seed, start, minutes: 15, speedKmh: 50, intervalSeconds: [4, 6], sideMetres: 8 });
      return { points, photos: [] };
    }
    case 'off_river': {
      const points = makeWalk(line, { seed, start, minutes, sideMetres: 400 });
      return { points, photos: photosAt(points, [0.5]) };
    }
    case 'scripted': {
      const cursor = lineCursor(line);
      const step = (4.5 / 3.6) * 10;
      const points: TrackPoint[] = [];
      let here = moved(cursor.at(0).position, 4, cursor.at(0).heading + 90);
      for (let i = 0; i <= minutes * 6; i++) {
        points.push({ t: start + i * 10_000, lat: here[1], lng: here[0], accuracy: 5 });
        const ahead = cursor.at((i + 1) * step);
        const towards = moved(ahead.position, 4, ahead.heading + 90);
        here = moved(here, step, bearing(here, towards));
      }
      return { points, photos: [] };
    }
    case 'gap': {
      const lostFrom = start + 8 * 60_000;
      const lostTo = lostFrom + 5 * 60_000;
      const points = walk().filter((p) => p.t < lostFrom || p.t > lostTo);
      return { points, photos: photosAt(points, [0.2, 0.8]) };
    }
    case 'spike': {
      const points = walk();
      const at = Math.floor(points.length / 3);
      const p = points[at];
      if (p) {
        const [lng, lat] = moved([p.lng, p.lat], 3000, 135);
        points[at] = { ...p, lng, lat };
      }
      return { points, photos: photosAt(points, [0.3, 0.7]) };
    }
    case 'photos_off_route': {
      const points = walk();
      const photos = photosAt(points, [0.2, 0.5, 0.8]).map((photo, i) => {
        if (i === 0 || photo.lat === null || photo.lng === null) return photo;
        const [lng, lat] = moved([photo.lng, photo.lat], 1500, i === 1 ? 135 : 315);
        return { ...photo, lng, lat };
      });
      return { points, photos };
    }
  }
}
