import { useQuery } from '@tanstack/react-query';
import type { DistrictGeoJson } from '../../shared/district-geo.ts';
import { apiRequest } from '../api/client.ts';
import { queryKeys } from '../api/query-keys.ts';

/** The district map for `<DistrictMap geo={…}>`: its boundaries (GET /public/district-map) never change while a page is open. */
export function useDistrictMap(): { geo: DistrictGeoJson | undefined; error: unknown } {
  const query = useQuery({
    queryKey: queryKeys.districtMap,
    queryFn: ({ signal }) => apiRequest<DistrictGeoJson>('GET', '/public/district-map', { anonymous: true, signal }),
    staleTime: Infinity,
  });
  return { geo: query.data, error: query.error };
}
