import { Table } from 'antd';
import { LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { useMemo } from 'react';
import { Link, useNavigate } from 'react-router';
import { chinaDayStart } from '../../shared/china-time.ts';
import { caseListLink } from '../components/case-links.ts';
import { ChartCard } from '../components/chart-card.tsx';
import { EChart } from '../components/echart.tsx';
import { useT } from '../i18n/use-t.ts';
import type { Dashboard } from './dashboard-types.ts';

echarts.use([LineChart, GridComponent, LegendComponent, TooltipComponent]);

type Bucket = Dashboard['volume'][number];

/** A China-time date (YYYY-MM-DD) as the instant its day begins. */
export const dayStart = (date: string) => chinaDayStart(date).toISOString();
const bucketLink = (b: Bucket) => caseListLink({ createdFrom: dayStart(b.start), createdTo: dayStart(b.end) });

/** 诉求量趋势: this period against the one before; a day or week opens its cases. */
export function VolumeCard({ data }: { data: Dashboard }) {
  const t = useT();
  const navigate = useNavigate();
  const weekly = data.granularity === 'week';
  const label = (b: Bucket) => (weekly ? t('dash.weekOf', { date: b.start.slice(5) }) : b.start.slice(5));
  const option = useMemo(
    () => ({
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { top: 0, textStyle: { color: '#333' } },
      grid: { left: 8, right: 16, top: 32, bottom: 4, containLabel: true },
      xAxis: {
        type: 'category',
        boundaryGap: false,
        data: data.volume.map((b) => (weekly ? b.start.slice(5) : b.start.slice(5))),
        axisLabel: { color: '#444' },
      },
      yAxis: { type: 'value', minInterval: 1, axisLabel: { color: '#444' } },
      series: [
        {
          name: t('dash.thisPeriod'),
          type: 'line',
          data: data.volume.map((b) => b.count),
          symbolSize: 6,
          itemStyle: { color: '#1f5fbf' },
          lineStyle: { width: 2 },
          areaStyle: { color: 'rgba(31, 95, 191, 0.08)' },
        },
        {
          name: t('dash.previousPeriod'),
          type: 'line',
          data: data.volume.map((b) => b.previous),
          symbolSize: 4,
          itemStyle: { color: '#8a94a6' },
          lineStyle: { width: 1.5, type: 'dashed' },
        },
      ],
    }),
    [data.volume, weekly, t],
  );
  return (
    <ChartCard
      title={t('dash.volume')}
      testId="dash-volume"
      chart={
        <EChart
          option={option}
          height={260}
          testId="dash-volume-chart"
          ariaLabel={weekly ? t('dash.volumeChartWeek') : t('dash.volumeChartDay')}
          onClick={(params) => {
            const bucket = data.volume[params.dataIndex];
            if (bucket) void navigate(bucketLink(bucket));
          }}
        />
      }
      table={
        <Table<Bucket>
          size="small"
          rowKey="start"
          pagination={false}
          scroll={{ y: 260 }}
          dataSource={data.volume}
          columns={[
            { key: 'date', title: t('dash.date'), render: (_, b) => <Link to={bucketLink(b)}>{label(b)}</Link> },
            { key: 'count', title: t('dash.thisPeriod'), align: 'right', dataIndex: 'count' },
            { key: 'previous', title: t('dash.previousPeriod'), align: 'right', dataIndex: 'previous' },
          ]}
        />
      }
    />
  );
}
