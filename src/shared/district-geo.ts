/**
 * The district map (区域边界): a GeoJSON FeatureCollection of the townships/subdistricts (镇街) and
 * villages/communities (村社区), each feature naming its unit by `code`. Pure helpers the server
 * and the web app share: the centre of a unit's polygon, and the region under a point.
 */

export type Position = [lng: number, lat: number];
export type Ring = Position[];

export type DistrictLevel = 'township' | 'village';

export interface DistrictFeatureProperties {
  /** The unit code, e.g. D01-T01 or D01-T01-V03. */
  code: string;
  name: string;
  nameEn?: string;
  level: DistrictLevel;
  /** For villages: the township's code. */
  parentCode?: string;
  /** The unit's id in this installation, filled in by the server (null when no such unit). */
  unitId?: number | null;
}

export interface DistrictFeature {
  type: 'Feature';
  properties: DistrictFeatureProperties;
  geometry: { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] };
}

export interface DistrictGeoJson {
  type: 'FeatureCollection';
  /** The district's name (e.g. 澄川区). */
  name?: string;
  features: DistrictFeature[];
}

/** The outer rings of a feature (holes ignored). */
function outerRings(feature: DistrictFeature): Ring[] {
  return feature.geometry.type === 'Polygon'
    ? [feature.geometry.coordinates[0] ?? []]
    : feature.geometry.coordinates.map((polygon) => polygon[0] ?? []);
}

/** Signed area and centroid of a ring (shoelace formula, in degrees: fine at district scale). */
function ringCentroid(ring: Ring): { area: number; lng: number; lat: number } {
  let area = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0, n = ring.length; i < n; i++) {
    const [x0, y0] = ring[i] as Position;
    const [x1, y1] = ring[(i + 1) % n] as Position;
    const cross = x0 * y1 - x1 * y0;
    area += cross;
    cx += (x0 + x1) * cross;
    cy += (y0 + y1) * cross;
  }
  area /= 2;
  if (Math.abs(area) < 1e-12) {
    const first = ring[0] ?? [0, 0];
    return { area: 0, lng: first[0], lat: first[1] };
  }
  return { area, lng: cx / (6 * area), lat: cy / (6 * area) };
}

/**
 * A point inside a ring on the parallel through `lat`: the middle of the widest stretch of that line
 * inside the ring (for concave shapes whose centroid falls outside them).
 */
function insideOnParallel(ring: Ring, lat: number): number | null {
  const crossings: number[] = [];
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as Position;
    const [xj, yj] = ring[j] as Position;
    if (yi > lat !== yj > lat) crossings.push(((xj - xi) * (lat - yi)) / (yj - yi) + xi);
  }
  crossings.sort((a, b) => a - b);
  let best: number | null = null;
  let width = -1;
  for (let k = 0; k + 1 < crossings.length; k += 2) {
    const [from, to] = [crossings[k] as number, crossings[k + 1] as number];
    if (to - from > width) [best, width] = [(from + to) / 2, to - from];
  }
  return best;
}

/** The centre of a feature (the largest part's, for a multipolygon): its centroid, or a point inside when that falls outside. */
export function featureCentre(feature: DistrictFeature): { lat: number; lng: number } {
  const rings = outerRings(feature).sort((a, b) => Math.abs(ringCentroid(b).area) - Math.abs(ringCentroid(a).area));
  const ring = rings[0] ?? [];
  const { lng, lat } = ringCentroid(ring);
  if (ring.length < 3 || inRing(ring, lng, lat)) return { lat, lng };
  const inside = insideOnParallel(ring, lat);
  return { lat, lng: inside ?? lng };
}

/**
 * The centre of a unit's polygon, for a case with a place but no coordinates. A unit without a
 * polygon of its own (a grid) falls back to the nearest ancestor that has one, found by its code
 * (D01-T01-V03-G02 → D01-T01-V03 → D01-T01). Null when none matches.
 */
export function unitCentre(geo: DistrictGeoJson, code: string | null | undefined): { lat: number; lng: number } | null {
  if (!code) return null;
  const byCode = new Map(geo.features.map((f) => [f.properties.code, f]));
  for (let current = code; current; current = current.includes('-') ? current.slice(0, current.lastIndexOf('-')) : '') {
    const feature = byCode.get(current);
    if (feature) return featureCentre(feature);
  }
  return null;
}

function inRing(ring: Ring, lng: number, lat: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as Position;
    const [xj, yj] = ring[j] as Position;
    if (yi > lat !== yj > lat && lng < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** The feature of the given level under a point, or null outside the district. */
export function featureAt(
  geo: DistrictGeoJson,
  lng: number,
  lat: number,
  level: DistrictLevel,
): DistrictFeature | null {
  return (
    geo.features.find((f) => f.properties.level === level && outerRings(f).some((ring) => inRing(ring, lng, lat))) ??
    null
  );
}

/** The features of one level (the map draws one level at a time). */
export function featuresOf(geo: DistrictGeoJson, level: DistrictLevel): DistrictGeoJson {
  return {
    type: 'FeatureCollection',
    ...(geo.name ? { name: geo.name } : {}),
    features: geo.features.filter((f) => f.properties.level === level),
  };
}
