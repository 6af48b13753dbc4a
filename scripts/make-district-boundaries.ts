/**
 * Draws the demo district's boundaries (fictional 澄川区, around 30.5°N 114.3°E) and writes
 * src/modules/demo/district-boundaries.geo.json: one polygon per township/subdistrict on a jittered
 * 3×3 grid with wavy shared borders, each split into its villages/communities as wedges around a
 * point near its centre. Deterministic: the same file every run.
 *
 * node scripts/make-district-boundaries.ts
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildDemoDistrict } from '../src/modules/demo/demo-district.ts';
import type { DistrictFeature, DistrictGeoJson, Position, Ring } from '../src/shared/district-geo.ts';

const out = path.resolve(import.meta.dirname, '../src/modules/demo/district-boundaries.geo.json');

/** A small seeded PRNG (mulberry32). */
function rng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

const round = (p: Position): Position => [Math.round(p[0] * 1e5) / 1e5, Math.round(p[1] * 1e5) / 1e5];
const keyOf = (p: Position) => `${p[0].toFixed(5)},${p[1].toFixed(5)}`;

/**
 * A wavy line from a to b (midpoint displacement), the same whichever way it is asked for, so two
 * polygons sharing a border share exactly the same points. Excludes b.
 */
function wavy(a: Position, b: Position, amplitude = 0.16, depth = 3): Ring {
  const forward = keyOf(a) < keyOf(b);
  const [p, q] = forward ? [a, b] : [b, a];
  const random = rng(hash(`${keyOf(p)}|${keyOf(q)}`));
  const points: Position[] = [p, q];
  let scale = amplitude;
  for (let level = 0; level < depth; level++) {
    const next: Position[] = [];
    for (let i = 0; i < points.length - 1; i++) {
      const s = points[i] as Position;
      const e = points[i + 1] as Position;
      const dx = e[0] - s[0];
      const dy = e[1] - s[1];
      const offset = (random() - 0.5) * 2 * scale;
      next.push(s, [(s[0] + e[0]) / 2 - dy * offset, (s[1] + e[1]) / 2 + dx * offset]);
    }
    next.push(points.at(-1) as Position);
    points.splice(0, points.length, ...next);
    scale *= 0.55;
  }
  const line = (forward ? points : points.reverse()).map(round);
  return line.slice(0, -1);
}

/** A closed ring through the corners, each side wavy. */
function ringThrough(corners: Position[]): Ring {
  const ring: Ring = [];
  corners.forEach((corner, i) => ring.push(...wavy(corner, corners[(i + 1) % corners.length] as Position)));
  ring.push(ring[0] as Position);
  return ring;
}

// Grid lines of the 3×3 layout: longitudes west→east, latitudes north→south (the middle row, the
// old town with its subdistricts, is narrower).
const xs = [114.12, 114.25, 114.36, 114.5];
const ys = [30.7, 30.57, 30.49, 30.33];
const layout = [
  ['D01-T02', 'D01-T03', 'D01-T06'],
  ['D01-S03', 'D01-S01', 'D01-S02'],
  ['D01-T01', 'D01-T04', 'D01-T05'],
];

const jitter = rng(0x5eed_0a11);
const vertex: Position[][] = ys.map((y, r) =>
  xs.map((x, c) => {
    const inner = r > 0 && r < ys.length - 1 && c > 0 && c < xs.length - 1;
    const amount = inner ? 0.025 : 0.03;
    return round([x + (jitter() - 0.5) * 2 * amount, y + (jitter() - 0.5) * amount]);
  }),
);

const district = buildDemoDistrict();
const features: DistrictFeature[] = [];

layout.forEach((row, r) =>
  row.forEach((code, c) => {
    const town = district.units.find((u) => u.code === code);
    if (!town) throw new Error(`no unit ${code}`);
    const corners = [vertex[r]?.[c], vertex[r]?.[c + 1], vertex[r + 1]?.[c + 1], vertex[r + 1]?.[c]] as Position[];
    const ring = ringThrough(corners);
    features.push({
      type: 'Feature',
      properties: { code, name: town.nameZh, nameEn: town.nameEn, level: 'township' },
      geometry: { type: 'Polygon', coordinates: [ring] },
    });

    // Villages: wedges around a hub near the centre, cut at equal steps along the border.
    const places = district.units.filter(
      (u) => u.parentCode === code && (u.type === 'village' || u.type === 'community'),
    );
    const border = ring.slice(0, -1);
    const random = rng(hash(code));
    const mean = border.reduce((s, p) => [s[0] + p[0] / border.length, s[1] + p[1] / border.length], [
      0, 0,
    ] as Position);
    const hub = round([mean[0] + (random() - 0.5) * 0.02, mean[1] + (random() - 0.5) * 0.015]);
    const start = Math.floor(random() * border.length);
    const cuts = places.map((_, i) => (start + Math.round((i * border.length) / places.length)) % border.length);
    places.forEach((place, i) => {
      const from = cuts[i] as number;
      const to = cuts[(i + 1) % cuts.length] as number;
      const arc: Ring = [];
      for (let k = from; ; k = (k + 1) % border.length) {
        arc.push(border[k] as Position);
        if (k === to) break;
      }
      const villageRing: Ring = [
        ...arc,
        ...wavy(border[to] as Position, hub, 0.12, 2).slice(1),
        ...wavy(hub, border[from] as Position, 0.12, 2),
      ];
      villageRing.push(villageRing[0] as Position);
      features.push({
        type: 'Feature',
        properties: { code: place.code, name: place.nameZh, nameEn: place.nameEn, level: 'village', parentCode: code },
        geometry: { type: 'Polygon', coordinates: [villageRing] },
      });
    });
  }),
);

const geo: DistrictGeoJson = { type: 'FeatureCollection', name: '澄川区', features };
// One feature per line: small diffs, still valid JSON.
const body = `{"type":"FeatureCollection","name":"澄川区","features":[\n${geo.features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
fs.writeFileSync(out, body);
process.stdout.write(
  `wrote ${path.relative(process.cwd(), out)}: ${features.length} features, ${(body.length / 1024).toFixed(1)} KiB\n`,
);
