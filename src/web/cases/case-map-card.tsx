import { Card } from 'antd';
import { DistrictMap } from '../components/district-map.tsx';
import { useDistrictMap } from '../components/use-district-map.ts';
import { useT } from '../i18n/use-t.ts';

/** 位置: a pin on the district's boundaries (drawn from the demo's GeoJSON, no tile server), with the coordinates in words. */
export function CaseMapCard({ lat, lng, place }: { lat: number; lng: number; place: string }) {
  const t = useT();
  const { geo, error } = useDistrictMap();
  return (
    <Card size="small" title={<h2 className="card-heading">{t('cases.map.title')}</h2>} data-testid="case-map">
      {geo ? (
        <DistrictMap
          geo={geo}
          level="village"
          marker={{ lat, lng }}
          ariaLabel={t('cases.map.label', { place })}
          height={260}
          showLabels
        />
      ) : error ? (
        <p className="case-muted">{t('cases.map.loadFailed')}</p>
      ) : (
        <div className="case-map-placeholder" aria-hidden="true" />
      )}
      <p className="case-muted case-map-coords">
        {t('cases.map.coordinates', { lat: lat.toFixed(5), lng: lng.toFixed(5) })}
      </p>
    </Card>
  );
}

export default CaseMapCard;
