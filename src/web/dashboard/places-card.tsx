import { Spin, Table } from 'antd';
import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { useMemo } from 'react';
import { Link, useNavigate } from 'react-router';
import { caseListLink } from '../components/case-links.ts';
import { ChartCard } from '../components/chart-card.tsx';
import { DistrictMap } from '../components/district-map.tsx';
import { EChart } from '../components/echart.tsx';
import type { Period } from '../components/period-picker.tsx';
import { useDistrictMap } from '../components/use-district-map.ts';
import { useT } from '../i18n/use-t.ts';
import type { Dashboard } from './dashboard-types.ts';
import { useLocalName } from '../i18n/local-name.ts';

echarts.use([BarChart, GridComponent, TooltipComponent]);

type Place = Dashboard['places'][number];

/** 诉求属地分布: cases per township where the problem is, on the district map (bars if the map cannot be had); a township opens its cases. */
export function PlacesCard({ data, period }: { data: Dashboard; period: Period }) {
  const t = useT();
  const name = useLocalName();
  const navigate = useNavigate();
  const { geo, error } = useDistrictMap();
  const link = (unitId: number) =>
    caseListLink({ placeUnitId: unitId, createdFrom: period.from, createdTo: period.to });
  const values = useMemo(() => Object.fromEntries(data.places.map((p) => [p.code, p.count])), [data.places]);
  const bars = useMemo(() => {
    const shown = [...data.places].reverse();
    return {
      animation: false,
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      grid: { left: 8, right: 24, top: 8, bottom: 4, containLabel: true },
      xAxis: { type: 'value', minInterval: 1, axisLabel: { color: '#444' } },
      yAxis: { type: 'category', data: shown.map((p) => name(p.unit)), axisLabel: { color: '#333' } },
      series: [
        {
          type: 'bar',
          name: t('dash.count'),
          data: shown.map((p) => p.count),
          barMaxWidth: 16,
          itemStyle: { color: '#2f6fcf' },
        },
      ],
    };
  }, [data.places, t, name]);

  const chart = geo ? (
    <DistrictMap
      geo={geo}
      ariaLabel={t('dash.mapLabel')}
      regionValues={values}
      height={320}
      className="dash-map"
      onRegionClick={(region) => {
        const place = data.places.find((p) => p.code === region.code);
        const unitId = place?.unit.id ?? region.unitId;
        if (unitId) void navigate(link(unitId));
      }}
    />
  ) : error ? (
    <EChart
      option={bars}
      height={Math.max(200, 24 + data.places.length * 24)}
      ariaLabel={t('dash.placesChart')}
      onClick={(params) => {
        const place = [...data.places].reverse()[params.dataIndex];
        if (place) void navigate(link(place.unit.id));
      }}
    />
  ) : (
    <div className="dash-map-loading" role="status">
      <Spin aria-hidden="true" /> {t('dash.mapLoading')}
    </div>
  );

  return (
    <ChartCard
      title={t('dash.map')}
      testId="dash-places"
      chart={chart}
      table={
        <Table<Place>
          size="small"
          rowKey={(p) => p.unit.id}
          pagination={false}
          scroll={{ y: 300 }}
          dataSource={data.places}
          columns={[
            {
              key: 'name',
              title: t('dash.township'),
              render: (_, p) => <Link to={link(p.unit.id)}>{name(p.unit)}</Link>,
            },
            { key: 'count', title: t('dash.count'), align: 'right', width: 90, dataIndex: 'count' },
          ]}
        />
      }
    />
  );
}
