/**
 * The geometry the judge needs thousands of times per track, made linear: a local metric frame
 * around the segment (its scale taken from Turf's distance), grids of the segment's edges, of its
 * samples and of kept points. Turf measures lengths and answers point-in-polygon; what it lacks is
 * an index, so "which edge is near this point" does not cost the whole segment per point.
 */
import { booleanPointInPolygon, distance } from '@turf/turf';
import type { LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';

export type ObjectGeometry = LineString | MultiLineString | Polygon | MultiPolygon;

/** Metres east and north of an origin; the scale per degree comes from Turf at the origin. */
export interface LocalFrame {
  x: (lng: number) => number;
  y: (lat: number) => number;
}

export function localFrame(originLng: number, originLat: number): LocalFrame {
  const step = 0.01;
  const perLng = distance([originLng, originLat], [originLng + step, originLat], { units: 'meters' }) / step || 1;
  const perLat = distance([originLng, originLat], [originLng, originLat + step], { units: 'meters' }) / step || 1;
  return { x: (lng) => (lng - originLng) * perLng, y: (lat) => (lat - originLat) * perLat };
}

/** The lines of a geometry: a line's own coordinates, or a polygon's rings (its bank lines). */
export function linesOf(geometry: ObjectGeometry): Position[][] {
  switch (geometry.type) {
    case 'LineString':
      return [geometry.coordinates];
    case 'MultiLineString':
      return geometry.coordinates;
    case 'Polygon':
      return geometry.coordinates;
    case 'MultiPolygon':
      return geometry.coordinates.flat();
    default:
      return [];
  }
}

export const isAreal = (geometry: ObjectGeometry) => geometry.type === 'Polygon' || geometry.type === 'MultiPolygon';

/** A uniform grid of items in the local frame. */
class Grid<T> {
  private readonly cells = new Map<number, T[]>();
  readonly cellSize: number;
  constructor(cellSize: number) {
    this.cellSize = cellSize;
  }
  private key(cx: number, cy: number) {
    // Cells within ±2^20 of the origin (a thousand km at 1 m) fit one safe integer.
    return (cx + 1_048_576) * 2_097_152 + (cy + 1_048_576);
  }
  addRange(minX: number, minY: number, maxX: number, maxY: number, item: T) {
    const c = this.cellSize;
    for (let cx = Math.floor(minX / c); cx <= Math.floor(maxX / c); cx++)
      for (let cy = Math.floor(minY / c); cy <= Math.floor(maxY / c); cy++) {
        const k = this.key(cx, cy);
        const list = this.cells.get(k);
        if (list) list.push(item);
        else this.cells.set(k, [item]);
      }
  }
  at(x: number, y: number): readonly T[] {
    return this.cells.get(this.key(Math.floor(x / this.cellSize), Math.floor(y / this.cellSize))) ?? [];
  }
  /** Visits the items in the cells a square of half-side r around (x, y) touches, until `visit` answers true. */
  someNear(x: number, y: number, r: number, visit: (item: T) => boolean | void): boolean {
    const c = this.cellSize;
    for (let cx = Math.floor((x - r) / c); cx <= Math.floor((x + r) / c); cx++)
      for (let cy = Math.floor((y - r) / c); cy <= Math.floor((y + r) / c); cy++) {
        const list = this.cells.get(this.key(cx, cy));
        if (list) for (const item of list) if (visit(item)) return true;
      }
    return false;
  }
}

type Edge = { ax: number; ay: number; bx: number; by: number };

function pointEdgeDistance(px: number, py: number, e: Edge): number {
  const dx = e.bx - e.ax;
  const dy = e.by - e.ay;
  const len2 = dx * dx + dy * dy;
  let u = len2 > 0 ? ((px - e.ax) * dx + (py - e.ay) * dy) / len2 : 0;
  u = u < 0 ? 0 : u > 1 ? 1 : u;
  return Math.hypot(px - (e.ax + u * dx), py - (e.ay + u * dy));
}

/** Answers whether a point lies within `radius` metres of the segment's lines (or inside its area). */
export function nearnessIndex(
  geometry: ObjectGeometry,
  frame: LocalFrame,
  radius: number,
): (lng: number, lat: number) => boolean {
  const cell = Math.max(radius, 25);
  const grid = new Grid<Edge>(cell);
  let minLng = Infinity;
  let minLat = Infinity;
  let maxLng = -Infinity;
  let maxLat = -Infinity;
  for (const line of linesOf(geometry))
    for (let i = 0; i < line.length; i++) {
      const a = line[i];
      if (!a || a[0] === undefined || a[1] === undefined) continue;
      minLng = Math.min(minLng, a[0]);
      maxLng = Math.max(maxLng, a[0]);
      minLat = Math.min(minLat, a[1]);
      maxLat = Math.max(maxLat, a[1]);
      const b = line[i + 1] ?? (line.length === 1 ? a : undefined);
      if (!b || b[0] === undefined || b[1] === undefined) continue;
      const edge = { ax: frame.x(a[0]), ay: frame.y(a[1]), bx: frame.x(b[0]), by: frame.y(b[1]) };
      // A long edge is registered piece by piece (a cell's length each), so a long diagonal edge
      // costs its length in cells, not the area of its bounding box.
      const pieces = Math.min(
        1_000_000,
        Math.max(1, Math.ceil(Math.hypot(edge.bx - edge.ax, edge.by - edge.ay) / cell)),
      );
      for (let k = 0; k < pieces; k++) {
        const x0 = edge.ax + ((edge.bx - edge.ax) * k) / pieces;
        const y0 = edge.ay + ((edge.by - edge.ay) * k) / pieces;
        const x1 = edge.ax + ((edge.bx - edge.ax) * (k + 1)) / pieces;
        const y1 = edge.ay + ((edge.by - edge.ay) * (k + 1)) / pieces;
        grid.addRange(
          Math.min(x0, x1) - radius,
          Math.min(y0, y1) - radius,
          Math.max(x0, x1) + radius,
          Math.max(y0, y1) + radius,
          edge,
        );
      }
    }
  const areal = isAreal(geometry);
  return (lng, lat) => {
    const x = frame.x(lng);
    const y = frame.y(lat);
    for (const edge of grid.at(x, y)) if (pointEdgeDistance(x, y, edge) <= radius) return true;
    if (!areal || lng < minLng || lng > maxLng || lat < minLat || lat > maxLat) return false;
    return booleanPointInPolygon([lng, lat], geometry as Polygon | MultiPolygon);
  };
}

/** Points along the segment's lines every `step` metres (Turf's distance per edge), with the total length. */
export function sampleLines(geometry: ObjectGeometry, step: number): { samples: Position[]; lengthMetres: number } {
  const samples: Position[] = [];
  let lengthMetres = 0;
  for (const line of linesOf(geometry)) {
    let carried = 0; // metres walked since the last sample
    const first = line[0];
    if (first) samples.push(first);
    for (let i = 0; i + 1 < line.length; i++) {
      const a = line[i]!;
      const b = line[i + 1]!;
      const d = distance(a, b, { units: 'meters' });
      lengthMetres += d;
      let at = step - carried;
      while (at <= d) {
        const u = d > 0 ? at / d : 0;
        samples.push([a[0]! + (b[0]! - a[0]!) * u, a[1]! + (b[1]! - a[1]!) * u]);
        at += step;
      }
      carried = d - (at - step);
    }
  }
  return { samples, lengthMetres };
}

/**
 * Marks which samples lie within some point's own radius (points as parallel arrays); answers the
 * share marked. The samples sit in a flat grid (cells of the largest radius, sorted once), so each
 * point looks at the few samples of at most nine cells: linear in points and samples.
 */
export function coveredShare(
  samples: readonly Position[],
  points: { lng: Float64Array; lat: Float64Array; radius: Float64Array },
  frame: LocalFrame,
  maxRadius: number,
): number {
  const n = samples.length;
  if (n === 0) return 0;
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (let i = 0; i < n; i++) {
    const x = frame.x(samples[i]![0]!);
    const y = frame.y(samples[i]![1]!);
    xs[i] = x;
    ys[i] = y;
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  // At most about four million cells, however large the segment.
  const cell = Math.max(maxRadius, 1, (maxX - minX) / 2048, (maxY - minY) / 2048);
  const nx = Math.floor((maxX - minX) / cell) + 1;
  const ny = Math.floor((maxY - minY) / cell) + 1;
  const cellOf = (i: number) => Math.floor((xs[i]! - minX) / cell) * ny + Math.floor((ys[i]! - minY) / cell);
  const starts = new Int32Array(nx * ny + 1);
  for (let i = 0; i < n; i++) starts[cellOf(i) + 1]! += 1;
  for (let c = 0; c < nx * ny; c++) starts[c + 1]! += starts[c]!;
  const order = new Int32Array(n);
  const filled = starts.slice(0, nx * ny);
  for (let i = 0; i < n; i++) order[filled[cellOf(i)]!++] = i;
  const covered = new Uint8Array(n);
  let count = 0;
  for (let k = 0; k < points.lng.length; k++) {
    const x = frame.x(points.lng[k]!);
    const y = frame.y(points.lat[k]!);
    const r = points.radius[k]!;
    if (x < minX - r || x > maxX + r || y < minY - r || y > maxY + r) continue;
    const cx0 = Math.max(0, Math.floor((x - r - minX) / cell));
    const cx1 = Math.min(nx - 1, Math.floor((x + r - minX) / cell));
    const cy0 = Math.max(0, Math.floor((y - r - minY) / cell));
    const cy1 = Math.min(ny - 1, Math.floor((y + r - minY) / cell));
    const r2 = r * r;
    for (let cx = cx0; cx <= cx1; cx++)
      for (let cy = cy0; cy <= cy1; cy++) {
        const c = cx * ny + cy;
        for (let o = starts[c]!; o < starts[c + 1]!; o++) {
          const i = order[o]!;
          if (covered[i]) continue;
          const dx = xs[i]! - x;
          const dy = ys[i]! - y;
          if (dx * dx + dy * dy <= r2) {
            covered[i] = 1;
            count += 1;
          }
        }
      }
  }
  return count / n;
}

/** The distance in metres from a position to the nearest of the points, or Infinity beyond `within`. */
export function nearestWithin(
  points: ReadonlyArray<{ lng: number; lat: number }>,
  frame: LocalFrame,
  within: number,
): (lng: number, lat: number) => number {
  const grid = new Grid<{ x: number; y: number }>(Math.max(within, 10));
  for (const p of points) {
    const x = frame.x(p.lng);
    const y = frame.y(p.lat);
    grid.addRange(x, y, x, y, { x, y });
  }
  return (lng, lat) => {
    const x = frame.x(lng);
    const y = frame.y(lat);
    let best = Infinity;
    grid.someNear(x, y, within, (q) => {
      best = Math.min(best, Math.hypot(q.x - x, q.y - y));
    });
    return best <= within ? best : Infinity;
  };
}
