import fs from 'node:fs';
import { createHash } from 'node:crypto';
import { type DistrictGeoJson, featureAt, unitCentre } from '../../shared/district-geo.ts';
import { demoBoundariesFile } from '../cases/case-public-map.ts';

/**
 * Where a demo case was reported (坐标): a point near the centre of its place's polygon (or of the
 * nearest unit above it that has one), moved by up to about 150 m in a direction drawn from the
 * seed (the demo uses its place and category), so the demo's cases lie apart on a map, the same
 * matter at the same place lies on one spot, and the same demo always lands alike.
 * A point that would leave the centre's village (or township) stays at the centre.
 */

let boundaries: DistrictGeoJson | undefined;
const demoBoundaries = () =>
  (boundaries ??= JSON.parse(fs.readFileSync(demoBoundariesFile, 'utf8')) as DistrictGeoJson);

/** Metres per degree of latitude; a degree of longitude shrinks with the cosine of the latitude. */
const METRES_PER_DEGREE = 111_320;

export function demoPosition(placeCode: string, seed: string): { lat: number; lng: number } | null {
  const geo = demoBoundaries();
  const centre = unitCentre(geo, placeCode);
  if (!centre) return null;
  const digest = createHash('sha256').update(seed).digest();
  const angle = (digest.readUInt16BE(0) / 65_536) * 2 * Math.PI;
  const metres = 20 + (digest.readUInt16BE(2) / 65_536) * 130;
  const lat = centre.lat + (metres * Math.sin(angle)) / METRES_PER_DEGREE;
  const lng = centre.lng + (metres * Math.cos(angle)) / (METRES_PER_DEGREE * Math.cos((centre.lat * Math.PI) / 180));
  // The point stays inside the same village (or township) polygon as the centre, else at the centre.
  const level = featureAt(geo, centre.lng, centre.lat, 'village') ? 'village' : 'township';
  const home = featureAt(geo, centre.lng, centre.lat, level);
  const moved = featureAt(geo, lng, lat, level);
  const position = home && moved?.properties.code !== home.properties.code ? centre : { lat, lng };
  return { lat: Math.round(position.lat * 1e6) / 1e6, lng: Math.round(position.lng * 1e6) / 1e6 };
}
