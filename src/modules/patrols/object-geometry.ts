import { bbox, feature, length, polygonToLine } from '@turf/turf';
import type { LineString, MultiLineString, MultiPolygon, Polygon } from 'geojson';

/**
 * The geometry of a responsibility object: a GeoJSON LineString or MultiLineString (a river segment's
 * centre or bank line, a street) or Polygon / MultiPolygon (a lake, a grid, a site), WGS-84 [lng, lat].
 * Checked before it is stored (finite numbers inside China, closed rings, at most 20,000 vertices) and
 * measured with Turf (length of the lines or of the rings' outline, bounding box).
 */

export type ObjectGeometry = LineString | MultiLineString | Polygon | MultiPolygon;

export const geometryLimits = {
  maxVertices: 20_000,
  /** China's bounding box, as the track check uses. */
  minLat: 3.8,
  maxLat: 53.6,
  minLng: 73.5,
  maxLng: 135.1,
} as const;

export interface GeometryProblem {
  path: string;
  message: string;
}

type Position = [number, number];

function checkPosition(value: unknown, path: string, problems: GeometryProblem[]): value is Position {
  if (!Array.isArray(value) || value.length < 2 || value.length > 3) {
    problems.push({ path, message: 'a position is [lng, lat]' });
    return false;
  }
  const [lng, lat] = value as unknown[];
  if (typeof lng !== 'number' || typeof lat !== 'number' || !Number.isFinite(lng) || !Number.isFinite(lat)) {
    problems.push({ path, message: 'longitude and latitude must be finite numbers' });
    return false;
  }
  if (
    lat < geometryLimits.minLat ||
    lat > geometryLimits.maxLat ||
    lng < geometryLimits.minLng ||
    lng > geometryLimits.maxLng
  ) {
    problems.push({ path, message: `[${lng}, ${lat}] lies outside China (WGS-84, [lng, lat])` });
    return false;
  }
  return true;
}

function checkLine(value: unknown, path: string, problems: GeometryProblem[], count: { n: number }): void {
  if (!Array.isArray(value) || value.length < 2) {
    problems.push({ path, message: 'a line needs at least two positions' });
    return;
  }
  count.n += value.length;
  if (count.n > geometryLimits.maxVertices) return;
  value.forEach((p, i) => checkPosition(p, `${path}/${i}`, problems));
}

function checkRing(value: unknown, path: string, problems: GeometryProblem[], count: { n: number }): void {
  if (!Array.isArray(value) || value.length < 4) {
    problems.push({ path, message: 'a ring needs at least four positions, the last equal to the first' });
    return;
  }
  const before = problems.length;
  checkLine(value, path, problems, count);
  if (problems.length > before || count.n > geometryLimits.maxVertices) return;
  const first = value[0] as Position;
  const last = value[value.length - 1] as Position;
  if (first[0] !== last[0] || first[1] !== last[1])
    problems.push({ path, message: 'the ring is not closed: its last position must equal its first' });
}

/** Every problem of a geometry given by a client (at most 20, each with its JSON path), none when it may be stored. */
export function checkGeometry(value: unknown, basePath = '/geometry'): GeometryProblem[] {
  const problems: GeometryProblem[] = [];
  const count = { n: 0 };
  if (typeof value !== 'object' || value === null) return [{ path: basePath, message: 'a GeoJSON geometry' }];
  const { type, coordinates } = value as { type?: unknown; coordinates?: unknown };
  const at = `${basePath}/coordinates`;
  const list = (v: unknown): unknown[] | null => (Array.isArray(v) && v.length > 0 ? v : null);
  switch (type) {
    case 'LineString':
      checkLine(coordinates, at, problems, count);
      break;
    case 'MultiLineString': {
      const lines = list(coordinates);
      if (!lines) problems.push({ path: at, message: 'at least one line' });
      else lines.forEach((l, i) => checkLine(l, `${at}/${i}`, problems, count));
      break;
    }
    case 'Polygon': {
      const rings = list(coordinates);
      if (!rings) problems.push({ path: at, message: 'at least one ring' });
      else rings.forEach((r, i) => checkRing(r, `${at}/${i}`, problems, count));
      break;
    }
    case 'MultiPolygon': {
      const polygons = list(coordinates);
      if (!polygons) problems.push({ path: at, message: 'at least one polygon' });
      else
        polygons.forEach((p, i) => {
          const rings = list(p);
          if (!rings) problems.push({ path: `${at}/${i}`, message: 'at least one ring' });
          else rings.forEach((r, j) => checkRing(r, `${at}/${i}/${j}`, problems, count));
        });
      break;
    }
    default:
      problems.push({
        path: `${basePath}/type`,
        message: 'LineString, MultiLineString, Polygon or MultiPolygon',
      });
  }
  if (count.n > geometryLimits.maxVertices)
    problems.push({ path: at, message: `more than ${geometryLimits.maxVertices} positions` });
  return problems.slice(0, 20);
}

export interface GeometryMeasures {
  lengthMetres: number;
  minLng: number;
  minLat: number;
  maxLng: number;
  maxLat: number;
}

/** Length in metres (of the lines, or of the polygons' rings) and the bounding box of a checked geometry. */
export function measureGeometry(geometry: ObjectGeometry): GeometryMeasures {
  const [minLng, minLat, maxLng, maxLat] = bbox(geometry) as [number, number, number, number];
  const lines = geometry.type === 'Polygon' || geometry.type === 'MultiPolygon' ? polygonToLine(geometry) : geometry;
  const km =
    lines.type === 'FeatureCollection'
      ? lines.features.reduce((sum, f) => sum + length(f, { units: 'kilometers' }), 0)
      : length(lines.type === 'Feature' ? lines : feature(lines), { units: 'kilometers' });
  return { lengthMetres: Math.round(km * 1000 * 10) / 10, minLng, minLat, maxLng, maxLat };
}
