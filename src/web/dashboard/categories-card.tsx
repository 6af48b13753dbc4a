import { Empty, Segmented, Table } from 'antd';
import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { caseListLink } from '../components/case-links.ts';
import { ChartCard } from '../components/chart-card.tsx';
import type { Period } from '../components/period-picker.tsx';
import { EChart } from '../components/echart.tsx';
import { useT } from '../i18n/use-t.ts';
import type { Counted, Dashboard } from './dashboard-types.ts';
import { useLocalName } from '../i18n/local-name.ts';

echarts.use([BarChart, GridComponent, TooltipComponent]);

/** 热点分类: the categories with most cases, level 1 or level 2; a bar opens its cases. */
export function CategoriesCard({ data, period }: { data: Dashboard; period: Period }) {
  const t = useT();
  const name = useLocalName();
  const navigate = useNavigate();
  const [level, setLevel] = useState<'level1' | 'level2'>('level1');
  const items: Counted[] = data.categories[level];
  const link = (c: Counted) => caseListLink({ categoryId: c.id, createdFrom: period.from, createdTo: period.to });
  const option = useMemo(() => {
    const shown = [...items].reverse();
    return {
      animation: false,
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      grid: { left: 8, right: 24, top: 8, bottom: 4, containLabel: true },
      xAxis: { type: 'value', minInterval: 1, axisLabel: { color: '#444' } },
      yAxis: {
        type: 'category',
        data: shown.map((c) => name(c)),
        axisLabel: { color: '#333', width: 130, overflow: 'truncate' },
      },
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
  }, [items, t, name]);
  const empty = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('dash.noData')} />;
  return (
    <ChartCard
      title={t('dash.categories')}
      testId="dash-categories"
      extra={
        <Segmented
          size="small"
          aria-label={t('dash.categoryLevel')}
          value={level}
          onChange={(value) => setLevel(value as 'level1' | 'level2')}
          options={[
            { value: 'level1', label: t('dash.level1') },
            { value: 'level2', label: t('dash.level2') },
          ]}
        />
      }
      chart={
        items.length === 0 ? (
          empty
        ) : (
          <EChart
            option={option}
            height={Math.max(180, 24 + items.length * 28)}
            testId="dash-categories-chart"
            ariaLabel={t('dash.categoriesChart')}
            onClick={(params) => {
              const category = [...items].reverse()[params.dataIndex];
              if (category) void navigate(link(category));
            }}
          />
        )
      }
      table={
        <Table<Counted>
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={items}
          columns={[
            { key: 'name', title: t('dash.category'), render: (_, c) => <Link to={link(c)}>{name(c)}</Link> },
            { key: 'count', title: t('dash.count'), align: 'right', width: 90, dataIndex: 'count' },
          ]}
        />
      }
    />
  );
}
