import { Empty, Table } from 'antd';
import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { useMemo } from 'react';
import { Link, useNavigate } from 'react-router';
import { caseLabels } from '../cases/case-labels.ts';
import { caseListLink } from '../components/case-links.ts';
import { ChartCard } from '../components/chart-card.tsx';
import { EChart } from '../components/echart.tsx';
import type { Period } from '../components/period-picker.tsx';
import { useT } from '../i18n/use-t.ts';
import type { Dashboard } from './dashboard-types.ts';

echarts.use([BarChart, GridComponent, TooltipComponent]);

type Channel = Dashboard['channels'][number];

/** 诉求渠道分布: cases per intake channel (12345 hotline, online, grid patrol, letter…); a channel opens its cases. */
export function ChannelsCard({ data, period }: { data: Dashboard; period: Period }) {
  const t = useT();
  const labels = caseLabels(t);
  const navigate = useNavigate();
  const link = (c: Channel) => caseListLink({ channel: c.channel, createdFrom: period.from, createdTo: period.to });
  const total = data.channels.reduce((n, c) => n + c.count, 0);
  const option = useMemo(() => {
    const shown = [...data.channels].reverse();
    const name = caseLabels(t).channel;
    return {
      animation: false,
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      grid: { left: 8, right: 32, top: 8, bottom: 4, containLabel: true },
      xAxis: { type: 'value', minInterval: 1, axisLabel: { color: '#444' } },
      yAxis: { type: 'category', data: shown.map((c) => name(c.channel)), axisLabel: { color: '#333' } },
      series: [
        {
          type: 'bar',
          name: t('dash.count'),
          data: shown.map((c) => c.count),
          barMaxWidth: 16,
          itemStyle: { color: '#2f6fcf' },
          label: { show: true, position: 'right', color: '#333' },
        },
      ],
    };
  }, [data.channels, t]);
  const share = (count: number) => (total === 0 ? '—' : `${((count / total) * 100).toFixed(1)}%`);
  return (
    <ChartCard
      title={t('dash.channels')}
      testId="dash-channels"
      chart={
        total === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('dash.noData')} />
        ) : (
          <EChart
            option={option}
            height={Math.max(200, 24 + data.channels.length * 26)}
            testId="dash-channels-chart"
            ariaLabel={t('dash.channelsChart')}
            onClick={(params) => {
              const channel = [...data.channels].reverse()[params.dataIndex];
              if (channel) void navigate(link(channel));
            }}
          />
        )
      }
      table={
        <Table<Channel>
          size="small"
          rowKey="channel"
          pagination={false}
          dataSource={data.channels}
          columns={[
            {
              key: 'channel',
              title: t('dash.channel'),
              render: (_, c) => <Link to={link(c)}>{labels.channel(c.channel)}</Link>,
            },
            { key: 'count', title: t('dash.count'), align: 'right', width: 90, dataIndex: 'count' },
            { key: 'share', title: t('dash.share'), align: 'right', width: 90, render: (_, c) => share(c.count) },
          ]}
        />
      }
    />
  );
}
