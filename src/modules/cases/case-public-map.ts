import fs from 'node:fs/promises';
import path from 'node:path';
import type { DistrictFeature, DistrictGeoJson } from '../../shared/district-geo.ts';
import type { Directory } from './case-directory.ts';

/**
 * The district map (区域边界) the public pages and dashboards draw: the installation's own GeoJSON
 * at DATA_DIR/district-map.geo.json when there is one, else the demo district's (澄川区), with each
 * feature's unit id filled in from the organisation tree by unit code.
 */

export const demoBoundariesFile = path.resolve(import.meta.dirname, '../demo/district-boundaries.geo.json');

export const installationMapFile = (dataDir: string) => path.join(dataDir, 'district-map.geo.json');

function isDistrictGeoJson(value: unknown): value is DistrictGeoJson {
  if (!value || typeof value !== 'object') return false;
  const v = value as { type?: unknown; features?: unknown };
  if (v.type !== 'FeatureCollection' || !Array.isArray(v.features)) return false;
  return v.features.every((f: Partial<DistrictFeature>) => {
    const p = f?.properties;
    const g = f?.geometry;
    return (
      f?.type === 'Feature' &&
      typeof p?.code === 'string' &&
      typeof p.name === 'string' &&
      (p.level === 'township' || p.level === 'village') &&
      (g?.type === 'Polygon' || g?.type === 'MultiPolygon')
    );
  });
}

async function readMap(file: string): Promise<DistrictGeoJson> {
  const parsed: unknown = JSON.parse(await fs.readFile(file, 'utf8'));
  if (!isDistrictGeoJson(parsed))
    throw new Error(`${file} is not a FeatureCollection of township/village polygons with code and name`);
  return parsed;
}

export interface DistrictMapSource {
  /** The map with unit ids as of the given directory. */
  get(directory: Directory): Promise<DistrictGeoJson>;
}

/** Reads the map file once (the installation's if present) and re-labels it when the units change. */
export function createDistrictMapSource(dataDir: string): DistrictMapSource {
  let loaded: Promise<DistrictGeoJson> | undefined;
  let labelled: { for: Directory; map: DistrictGeoJson } | undefined;
  const load = async () => {
    const own = installationMapFile(dataDir);
    const exists = await fs.access(own).then(
      () => true,
      () => false,
    );
    return readMap(exists ? own : demoBoundariesFile);
  };
  return {
    async get(directory) {
      if (labelled?.for === directory) return labelled.map;
      loaded ??= load();
      loaded.catch(() => {
        loaded = undefined;
      });
      const map = await loaded;
      const ids = new Map([...directory.units.values()].map((u) => [u.code, u.id]));
      const result: DistrictGeoJson = {
        ...map,
        features: map.features.map((f) => ({
          ...f,
          properties: { ...f.properties, unitId: ids.get(f.properties.code) ?? null },
        })),
      };
      labelled = { for: directory, map: result };
      return result;
    },
  };
}
