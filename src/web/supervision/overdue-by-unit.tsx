import { Empty, Table } from 'antd';
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { useMemo } from 'react';
import { Link, useNavigate } from 'react-router';
import { caseListLink } from '../components/case-links.ts';
import { ChartCard } from '../components/chart-card.tsx';
import { EChart } from '../components/echart.tsx';
import { useT } from '../i18n/use-t.ts';
import type { CaseTier, OverdueUnitRow } from './board-types.ts';
import { useLocalName } from '../i18n/local-name.ts';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent]);

const TIERS = ['minor', 'general', 'major', 'unclassified'] as const;
const TIER_COLOURS: Record<(typeof TIERS)[number], string> = {
  minor: '#7aa7e6',
  general: '#1f5fbf',
  major: '#c8320e',
  unclassified: '#9aa3b2',
};

const overdueLink = (unitId: number, tier?: CaseTier) =>
  caseListLink({ queue: 'overdue', leadUnitId: unitId, ...(tier ? { tier } : {}) });

/** 超期分布: overdue cases per lead unit, stacked by tier; each bar and cell opens the matching list. */
export function OverdueByUnitCard({
  rows,
  title,
  chartLabel,
  limit = 10,
  testId,
}: {
  rows: readonly OverdueUnitRow[];
  title: string;
  chartLabel: string;
  limit?: number;
  testId?: string;
}) {
  const t = useT();
  const name = useLocalName();
  const navigate = useNavigate();
  const top = useMemo(() => rows.slice(0, limit), [rows, limit]);
  const option = useMemo(() => {
    const units = [...top].reverse();
    return {
      animation: false,
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0, itemWidth: 12, itemHeight: 10, textStyle: { color: '#333' } },
      grid: { left: 8, right: 24, top: 28, bottom: 4, containLabel: true },
      xAxis: { type: 'value', minInterval: 1, axisLabel: { color: '#444' } },
      yAxis: {
        type: 'category',
        data: units.map((r) => name(r.unit)),
        axisLabel: { color: '#333', width: 120, overflow: 'truncate' },
      },
      series: TIERS.map((tier) => ({
        id: tier,
        name: t(`board.tier.${tier}`),
        type: 'bar',
        stack: 'overdue',
        barMaxWidth: 18,
        itemStyle: { color: TIER_COLOURS[tier] },
        data: units.map((r) => r[tier]),
      })),
    };
  }, [top, t, name]);

  if (rows.length === 0) {
    return (
      <ChartCard
        title={title}
        testId={testId}
        chart={<Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('board.noOverdue')} />}
        table={<Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('board.noOverdue')} />}
      />
    );
  }
  const cell = (row: OverdueUnitRow, tier: CaseTier | 'unclassified') => {
    const n = row[tier];
    if (n === 0) return <span className="board-muted">0</span>;
    return tier === 'unclassified' ? n : <Link to={overdueLink(row.unit.id, tier)}>{n}</Link>;
  };
  return (
    <ChartCard
      title={title}
      testId={testId}
      chart={
        <EChart
          option={option}
          ariaLabel={chartLabel}
          height={Math.max(160, 40 + top.length * 26)}
          testId={testId ? `${testId}-chart` : undefined}
          onClick={(params) => {
            const row = [...top].reverse()[params.dataIndex];
            const tier = params.seriesId as (typeof TIERS)[number] | undefined;
            if (row) void navigate(overdueLink(row.unit.id, tier && tier !== 'unclassified' ? tier : undefined));
          }}
        />
      }
      table={
        <Table<OverdueUnitRow>
          size="small"
          rowKey={(row) => row.unit.id}
          pagination={false}
          dataSource={rows}
          scroll={{ y: 320 }}
          columns={[
            {
              key: 'unit',
              title: t('board.unit'),
              render: (_, row) => <Link to={overdueLink(row.unit.id)}>{name(row.unit)}</Link>,
            },
            ...TIERS.map((tier) => ({
              key: tier,
              title: t(`board.tier.${tier}`),
              width: 72,
              align: 'right' as const,
              render: (_: unknown, row: OverdueUnitRow) => cell(row, tier),
            })),
            {
              key: 'total',
              title: t('board.total'),
              width: 72,
              align: 'right' as const,
              render: (_: unknown, row: OverdueUnitRow) => <strong>{row.total}</strong>,
            },
          ]}
        />
      }
    />
  );
}
