import { Empty, Segmented, Table, Tag } from 'antd';
import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { caseListLink } from '../components/case-links.ts';
import { ChartCard } from '../components/chart-card.tsx';
import { EChart } from '../components/echart.tsx';
import type { Period } from '../components/period-picker.tsx';
import { useT } from '../i18n/use-t.ts';
import type { Dashboard, RankedUnit } from './dashboard-types.ts';
import { useLocalName } from '../i18n/local-name.ts';

echarts.use([BarChart, GridComponent, TooltipComponent]);

const RED = '#c8320e';
const BLACK = '#262626';
const PLAIN = '#7aa7e6';

export const percent = (rate: number | null) => (rate === null ? '—' : `${(rate * 100).toFixed(1)}%`);

/**
 * 三率排名 with 红黑榜: the score of each ranked unit; the best three in red, the worst three in black.
 * The card spans the dashboard's width, so its table shows every column, 综合得分 last, at desktop widths.
 */
export function RatesCard({ data, period }: { data: Dashboard; period: Period }) {
  const t = useT();
  const name = useLocalName();
  const navigate = useNavigate();
  const [kind, setKind] = useState<'townships' | 'departments'>('townships');
  const ranking = data.rates[kind];
  const ranked = useMemo(() => ranking.items.filter((r) => r.rank !== null), [ranking]);
  const link = (r: RankedUnit) =>
    caseListLink({ leadUnitId: r.unit.id, createdFrom: period.from, createdTo: period.to });
  const option = useMemo(() => {
    const redIds = new Set(ranking.red.map((r) => r.unit.id));
    const blackIds = new Set(ranking.black.map((r) => r.unit.id));
    const shown = [...ranked].reverse();
    return {
      animation: false,
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      grid: { left: 8, right: 40, top: 8, bottom: 4, containLabel: true },
      xAxis: { type: 'value', min: 0, max: 100, axisLabel: { color: '#444' } },
      yAxis: {
        type: 'category',
        data: shown.map((r) => `${r.rank}. ${name(r.unit)}`),
        axisLabel: { color: '#333', width: 140, overflow: 'truncate' },
      },
      series: [
        {
          type: 'bar',
          name: t('dash.score'),
          barMaxWidth: 14,
          label: { show: true, position: 'right', color: '#333' },
          data: shown.map((r) => ({
            value: r.score,
            itemStyle: { color: redIds.has(r.unit.id) ? RED : blackIds.has(r.unit.id) ? BLACK : PLAIN },
          })),
        },
      ],
    };
  }, [ranking, ranked, t, name]);

  const list = (title: string, items: RankedUnit[], tone: 'red' | 'black') => (
    <div className={`dash-list dash-list-${tone}`} data-testid={`dash-${tone}-list`}>
      <h3 className="dash-list-title">{title}</h3>
      {items.length === 0 ? (
        <span className="board-muted">{t('dash.noData')}</span>
      ) : (
        <ol>
          {items.map((r) => (
            <li key={r.unit.id}>
              <span className="dash-list-rank">{r.rank}</span>
              <Link to={link(r)}>{name(r.unit)}</Link>
              <span className="dash-list-score">{t('dash.scoreValue', { score: r.score ?? '—' })}</span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );

  return (
    <ChartCard
      title={t('dash.rates')}
      testId="dash-rates"
      className="chart-card dash-wide"
      extra={
        <Segmented
          size="small"
          aria-label={t('dash.rankingOf')}
          value={kind}
          onChange={(value) => setKind(value as 'townships' | 'departments')}
          options={[
            { value: 'townships', label: t('dash.townships') },
            { value: 'departments', label: t('dash.departments') },
          ]}
        />
      }
      chart={
        <>
          <p className="board-muted board-hint">
            {t('dash.ratesHint', { from: data.rates.fromMonth, to: data.rates.toMonth, min: data.rates.minSample })}
          </p>
          <div className="dash-lists">
            {list(t('dash.redList'), ranking.red, 'red')}
            {list(t('dash.blackList'), ranking.black, 'black')}
          </div>
          {ranked.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('dash.noData')} />
          ) : (
            <EChart
              option={option}
              height={Math.max(160, 24 + ranked.length * 24)}
              testId="dash-rates-chart"
              ariaLabel={t('dash.ratesChart')}
              onClick={(params) => {
                const unit = [...ranked].reverse()[params.dataIndex];
                if (unit) void navigate(link(unit));
              }}
            />
          )}
        </>
      }
      table={
        <Table<RankedUnit>
          size="small"
          rowKey={(r) => r.unit.id}
          pagination={false}
          scroll={{ x: 640, y: 360 }}
          dataSource={ranking.items}
          columns={[
            {
              key: 'rank',
              title: t('dash.rank'),
              width: 80,
              render: (_, r) => (r.rank === null ? <Tag>{t('dash.unranked')}</Tag> : r.rank),
            },
            { key: 'unit', title: t('dash.unit'), render: (_, r) => <Link to={link(r)}>{name(r.unit)}</Link> },
            { key: 'dispatched', title: t('dash.dispatched'), width: 70, align: 'right', dataIndex: 'dispatched' },
            {
              key: 'response',
              title: t('dash.responseRate'),
              width: 80,
              align: 'right',
              render: (_, r) => percent(r.responseRate),
            },
            {
              key: 'resolution',
              title: t('dash.resolutionRate'),
              width: 80,
              align: 'right',
              render: (_, r) => percent(r.resolutionRate),
            },
            {
              key: 'satisfaction',
              title: t('dash.satisfactionRate'),
              width: 80,
              align: 'right',
              render: (_, r) => percent(r.satisfactionRate),
            },
            { key: 'score', title: t('dash.score'), width: 80, align: 'right', render: (_, r) => r.score ?? '—' },
          ]}
        />
      }
    />
  );
}
