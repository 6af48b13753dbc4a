import { Alert, Button, Segmented, Select, Spin, Tag } from 'antd';
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { type DistrictGeoJson, unitCentre } from '../../../shared/district-geo.ts';
import { isAbort } from '../../api/client.ts';
import { errorMessage } from '../../components/api-error-alert.tsx';
import type { MapPoint } from '../../components/district-map.tsx';
import { useDistrictMap } from '../../components/use-district-map.ts';
import { useLocale } from '../../i18n/use-locale.ts';
import { citizenApi, type PublicListItem } from '../citizen-api.ts';
import { formatDay } from '../../components/date-format.ts';

const DistrictMap = lazy(() => import('../../components/district-map.tsx').then((m) => ({ default: m.DistrictMap })));

type Status = 'open' | 'closed';

const NO_ITEMS: PublicListItem[] = [];

/** One dot per village: its cases counted (coordinates are coarse, or the village's centre). */
function pointsOf(
  items: readonly PublicListItem[],
  geo: DistrictGeoJson,
  label: (place: string, count: number) => string,
  status: Status,
): MapPoint[] {
  const groups = new Map<string, { lat: number; lng: number; name: string; count: number }>();
  for (const item of items) {
    const code = item.place?.code ?? item.township?.code;
    const at = item.lat !== null && item.lng !== null ? { lat: item.lat, lng: item.lng } : unitCentre(geo, code);
    if (!at) continue;
    const key = `${at.lat.toFixed(3)},${at.lng.toFixed(3)}`;
    const group = groups.get(key) ?? { ...at, name: item.place?.name ?? item.township?.name ?? '', count: 0 };
    group.count += 1;
    groups.set(key, group);
  }
  return [...groups.entries()].map(([key, g]) => ({
    id: key,
    lat: g.lat,
    lng: g.lng,
    value: g.count,
    label: label(g.name, g.count),
    colour: status === 'open' ? '#c8320e' : '#2e7d32',
  }));
}

/** 公开诉求: anonymised cases by township and status, as a list and as dots on the district map. */
export function PublicCasesPage() {
  const { locale, t } = useLocale();
  const { geo, error: mapError } = useDistrictMap();
  const [unit, setUnit] = useState<string | undefined>();
  const [status, setStatus] = useState<Status>('open');
  const [round, setRound] = useState(0);
  const key = JSON.stringify([unit ?? '', status, locale, round]);
  const [page, setPage] = useState<{
    key: string | null;
    items: PublicListItem[];
    cursor: string | null;
    error: unknown;
  }>({ key: null, items: [], cursor: null, error: null });
  const [loadingMore, setLoadingMore] = useState(false);

  useEffect(() => {
    const controller = new AbortController();
    citizenApi.list({ ...(unit ? { unit } : {}), status }, controller.signal).then(
      (answer) => setPage({ key, items: answer.items, cursor: answer.nextCursor, error: null }),
      (error: unknown) => !isAbort(error) && setPage({ key, items: [], cursor: null, error }),
    );
    return () => controller.abort();
  }, [key, unit, status]);

  const more = async () => {
    if (!page.cursor) return;
    setLoadingMore(true);
    try {
      const answer = await citizenApi.list({ ...(unit ? { unit } : {}), status, cursor: page.cursor });
      setPage((current) => ({ ...current, items: [...current.items, ...answer.items], cursor: answer.nextCursor }));
    } catch (error) {
      setPage((current) => ({ ...current, error }));
    } finally {
      setLoadingMore(false);
    }
  };

  const loading = page.key !== key || loadingMore;
  const items = page.key === key ? page.items : NO_ITEMS;
  const cursor = page.cursor;
  const failure = page.key === key ? page.error : null;

  const towns = useMemo(
    () =>
      (geo?.features ?? [])
        .filter((f) => f.properties.level === 'township')
        .map((f) => ({
          value: f.properties.code,
          label:
            locale === 'en-US' && f.properties.nameEn
              ? `${f.properties.name} ${f.properties.nameEn}`
              : f.properties.name,
        })),
    [geo, locale],
  );
  const areaName = towns.find((town) => town.value === unit)?.label ?? geo?.name ?? t('citizen.cases.allAreas');
  const points = useMemo(
    () => (geo ? pointsOf(items, geo, (place, count) => t('citizen.cases.pointLabel', { place, count }), status) : []),
    [geo, items, t, status],
  );

  return (
    <>
      <h1 className="citizen-heading">{t('citizen.cases.title')}</h1>
      <p className="citizen-intro">{t('citizen.cases.intro')}</p>
      <div className="citizen-filters">
        <label htmlFor="citizen-area">{t('citizen.cases.area')}</label>
        <Select
          id="citizen-area"
          style={{ minWidth: 150 }}
          value={unit ?? ''}
          onChange={(value: string) => setUnit(value || undefined)}
          options={[{ value: '', label: t('citizen.cases.allAreas') }, ...towns]}
          data-testid="citizen-area"
        />
        <Segmented<Status>
          aria-label={t('citizen.cases.status')}
          value={status}
          onChange={setStatus}
          options={[
            { value: 'open', label: t('citizen.cases.open') },
            { value: 'closed', label: t('citizen.cases.closed') },
          ]}
          data-testid="citizen-status"
        />
      </div>
      {geo && (
        <div className="citizen-map" data-testid="citizen-cases-map">
          <Suspense fallback={<div style={{ height: 300 }} />}>
            <DistrictMap
              geo={geo}
              ariaLabel={t('citizen.cases.mapLabel', { area: areaName })}
              points={points}
              selectedCode={unit ?? null}
              onRegionClick={(region) => setUnit(region.code === unit ? undefined : region.code)}
              height={300}
            />
          </Suspense>
        </div>
      )}
      {mapError ? <Alert type="warning" showIcon title={t('citizen.place.mapFailed')} /> : null}
      <div style={{ height: 12 }} />
      {failure ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={t('citizen.loadFailed')}
          description={errorMessage(failure)}
          action={
            <Button size="small" onClick={() => setRound((n) => n + 1)}>
              {t('citizen.retry')}
            </Button>
          }
        />
      ) : null}
      <ul
        className="citizen-case-list"
        aria-label={t('citizen.cases.listLabel')}
        aria-busy={loading}
        data-testid="citizen-case-list"
      >
        {items.map((item) => (
          <li key={item.id} className="citizen-case">
            <p className="citizen-case-title">
              <span>{item.title}</span>
              <Tag color={item.status === 'open' ? '#0b6e99' : '#2e7d32'}>{item.statusLabel}</Tag>
            </p>
            <div className="citizen-case-meta">
              {[item.township?.name, item.place?.name].filter(Boolean).join(' · ')}
              {' · '}
              {t('citizen.cases.submittedAt', { date: formatDay(item.submittedAt) })}
              {item.closedAt ? ` · ${t('citizen.cases.closedAt', { date: formatDay(item.closedAt) })}` : ''}
            </div>
          </li>
        ))}
      </ul>
      {!loading && items.length === 0 && !failure && <p className="citizen-hint">{t('citizen.cases.empty')}</p>}
      {loading && (
        <div className="citizen-hint" role="status">
          <Spin size="small" aria-hidden="true" /> {t('app.loading')}
        </div>
      )}
      {items.length > 0 && <p className="citizen-hint">{t('citizen.cases.shown', { count: items.length })}</p>}
      {cursor && !loading && (
        <Button block onClick={() => void more()} data-testid="citizen-cases-more">
          {t('citizen.cases.more')}
        </Button>
      )}
    </>
  );
}
