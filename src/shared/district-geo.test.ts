import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { demoBoundariesFile } from '../modules/cases/case-public-map.ts';
import { buildDemoDistrict } from '../modules/demo/demo-district.ts';
import { type DistrictGeoJson, featureAt, featureCentre, featuresOf, unitCentre } from './district-geo.ts';

const geo = JSON.parse(fs.readFileSync(demoBoundariesFile, 'utf8')) as DistrictGeoJson;

describe('the demo district map and its helpers', () => {
  it('has one polygon per township, subdistrict, village and community of the demo district, and no other', () => {
    const places = buildDemoDistrict().units.filter((u) =>
      ['township', 'subdistrict', 'village', 'community'].includes(u.type),
    );
    expect(geo.features.map((f) => f.properties.code).sort()).toEqual(places.map((u) => u.code).sort());
    for (const feature of geo.features) {
      const unit = places.find((u) => u.code === feature.properties.code);
      expect(feature.properties.name).toBe(unit?.nameZh);
      expect(feature.properties.level).toBe(
        unit?.type === 'village' || unit?.type === 'community' ? 'village' : 'township',
      );
    }
    expect(featuresOf(geo, 'township').features).toHaveLength(9);
  });

  it("puts every unit's centre inside its own polygon and its village inside its township", () => {
    for (const feature of geo.features) {
      const centre = featureCentre(feature);
      expect(
        featureAt(geo, centre.lng, centre.lat, feature.properties.level)?.properties.code,
        feature.properties.name,
      ).toBe(feature.properties.code);
      if (feature.properties.level === 'village')
        expect(featureAt(geo, centre.lng, centre.lat, 'township')?.properties.code).toBe(feature.properties.parentCode);
    }
  });

  it("places a grid at its village's centre, and knows nothing outside the district", () => {
    expect(unitCentre(geo, 'D01-T01-V01-G02')).toEqual(unitCentre(geo, 'D01-T01-V01'));
    expect(unitCentre(geo, 'D01-DEPT-WATER')).toBeNull();
    expect(unitCentre(geo, null)).toBeNull();
    const centre = unitCentre(geo, 'D01-T01');
    expect(centre?.lat).toBeGreaterThan(30.2);
    expect(centre?.lat).toBeLessThan(30.8);
    expect(featureAt(geo, 0, 0, 'township')).toBeNull();
  });
});

describe('the centre of a concave region', () => {
  it('falls inside the shape even where the centroid does not (a U-shaped township)', () => {
    const u: DistrictGeoJson = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { code: 'U', name: 'U', level: 'township' },
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [0, 0],
                [3, 0],
                [3, 3],
                [2, 3],
                [2, 1],
                [1, 1],
                [1, 3],
                [0, 3],
                [0, 0],
              ],
            ],
          },
        },
      ],
    };
    const centre = unitCentre(u, 'U');
    expect(centre).not.toBeNull();
    expect(featureAt(u, centre?.lng ?? -1, centre?.lat ?? -1, 'township')?.properties.code).toBe('U');
  });
});
