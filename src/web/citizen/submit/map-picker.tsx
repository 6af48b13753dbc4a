import { EnvironmentOutlined } from '@ant-design/icons';
import { Alert, Button, Spin } from 'antd';
import { lazy, Suspense, useState } from 'react';
import type { MapPick } from '../../components/district-map.tsx';
import { useDistrictMap } from '../../components/use-district-map.ts';
import { useT } from '../../i18n/use-t.ts';

const DistrictMap = lazy(() => import('../../components/district-map.tsx').then((m) => ({ default: m.DistrictMap })));

export function pickName(pick: MapPick): string {
  return [pick.township?.name, pick.village?.name].filter(Boolean).join(' ');
}

function MapLoading() {
  const t = useT();
  return (
    <div className="citizen-hint" role="status">
      <Spin size="small" aria-hidden="true" /> {t('citizen.place.mapLoading')}
    </div>
  );
}

function MapArea({ pick, onPick }: { pick: MapPick | null; onPick: (pick: MapPick | null) => void }) {
  const t = useT();
  const { geo, error } = useDistrictMap();
  const [outside, setOutside] = useState(false);
  if (error) return <Alert type="warning" showIcon title={t('citizen.place.mapFailed')} />;
  if (!geo) return <MapLoading />;
  return (
    <>
      <p className="citizen-hint">{t('citizen.place.mapHint')}</p>
      <div className="citizen-map" data-testid="citizen-map">
        <Suspense fallback={<MapLoading />}>
          <DistrictMap
            geo={geo}
            level="village"
            showLabels={false}
            ariaLabel={t('citizen.place.mapLabel')}
            marker={pick}
            selectedCode={pick?.village?.code ?? null}
            height={300}
            onMapClick={(next) => {
              const inside = next.township !== null;
              setOutside(!inside);
              onPick(inside ? next : null);
            }}
          />
        </Suspense>
      </div>
      {outside && (
        <p className="citizen-errors" role="alert">
          {t('citizen.place.outside')}
        </p>
      )}
    </>
  );
}

/** 地图选点: a button that opens the district map (loaded only then); a tap picks the place. */
export function MapPicker({ pick, onPick }: { pick: MapPick | null; onPick: (pick: MapPick | null) => void }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <div>
      <Button
        icon={<EnvironmentOutlined aria-hidden="true" />}
        onClick={() => setOpen(!open)}
        aria-expanded={open}
        data-testid="citizen-map-toggle"
      >
        {open ? t('citizen.place.closeMap') : t('citizen.place.openMap')}
      </Button>
      {open && <MapArea pick={pick} onPick={onPick} />}
      {/* Below the map, so that a tap does not move the map under the finger. */}
      {pick && (
        <p className="citizen-hint" role="status" data-testid="citizen-map-picked">
          {t('citizen.place.picked', { place: pickName(pick) })}{' '}
          <Button type="link" size="small" onClick={() => onPick(null)}>
            {t('citizen.place.clearPick')}
          </Button>
        </p>
      )}
    </div>
  );
}
