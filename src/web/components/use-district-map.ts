import { useEffect, useState } from 'react';
import type { DistrictGeoJson } from '../../shared/district-geo.ts';
import { apiRequest } from '../api/client.ts';

let pending: Promise<DistrictGeoJson> | null = null;

/** Fetches the district's boundaries (GET /public/district-map) once per page load. */
export function loadDistrictMap(): Promise<DistrictGeoJson> {
  pending ??= apiRequest<DistrictGeoJson>('GET', '/public/district-map', { anonymous: true }).catch(
    (error: unknown) => {
      pending = null; // try again next time
      throw error;
    },
  );
  return pending;
}

/** The district map for `<DistrictMap geo={…}>`, loaded once and shared by every page. */
export function useDistrictMap(): { geo: DistrictGeoJson | undefined; error: unknown } {
  const [state, setState] = useState<{ geo?: DistrictGeoJson; error?: unknown }>({});
  useEffect(() => {
    let live = true;
    loadDistrictMap().then(
      (geo) => live && setState({ geo }),
      (error: unknown) => live && setState({ error }),
    );
    return () => {
      live = false;
    };
  }, []);
  return { geo: state.geo, error: state.error ?? null };
}
