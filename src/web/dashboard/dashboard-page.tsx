import { ArrowDownOutlined, ArrowUpOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { Forbidden } from '../admin/shared/forbidden.tsx';
import { useApiGet } from '../api/queries.ts';
import { useAuth } from '../auth/use-auth.ts';
import { caseListLink } from '../components/case-links.ts';
import { LoadFailed, LoadingBlock } from '../components/loading-block.tsx';
import { lastDays, type Period, PeriodPicker } from '../components/period-picker.tsx';
import { useT } from '../i18n/use-t.ts';
import { OverdueByUnitCard } from '../supervision/overdue-by-unit.tsx';
import { formatTime } from '../components/date-format.ts';
import '../supervision/supervision.css';
import { CategoriesCard } from './categories-card.tsx';
import { ChannelsCard } from './channels-card.tsx';
import type { Dashboard } from './dashboard-types.ts';
import { PlacesCard } from './places-card.tsx';
import { percent, RatesCard } from './rates-card.tsx';
import { VolumeCard } from './volume-card.tsx';
import { HotIssuesCard } from '../insight/hot-issues-card.tsx';
import './dashboard.css';

/** 领导驾驶舱: volume and trend, hot categories, where the problems are and the channels cases came in by, overdue work, the three-rates red and black lists. */
export function DashboardPage() {
  const { me } = useAuth();
  if (!me?.permissions.includes('case.supervise')) return <Forbidden />;
  return <LeaderDashboard />;
}

function LeaderDashboard() {
  const t = useT();
  const [period, setPeriod] = useState<Period>(() => lastDays(30));
  const query = useApiGet<Dashboard>('/dashboard', { from: period.from, to: period.to });
  if (!query.data)
    return query.error ? <LoadFailed error={query.error} onRetry={() => void query.refetch()} /> : <LoadingBlock />;
  const data = query.data;
  const change = data.totals.change;

  return (
    <div className="dash-page">
      <div className="board-toolbar">
        <div className="board-toolbar-left">
          <span className="board-label">{t('dash.period')}</span>
          <PeriodPicker value={period} onChange={setPeriod} label={t('dash.period')} testId="dash-period" />
          <Button icon={<ReloadOutlined />} onClick={() => void query.refetch()} loading={query.isFetching}>
            {t('dash.refresh')}
          </Button>
        </div>
        <span className="board-muted">{t('board.generatedAt', { time: formatTime(data.generatedAt) })}</span>
      </div>
      <p className="board-muted board-hint">{t('dash.drillHint')}</p>

      <div className="dash-kpis" data-testid="dash-kpis">
        <Link className="dash-kpi" to={caseListLink({ createdFrom: period.from, createdTo: period.to })}>
          <span className="dash-kpi-label">{t('dash.received')}</span>
          <span className="dash-kpi-value">{data.totals.received}</span>
          <span className={`dash-kpi-note ${change !== null && change > 0 ? 'dash-up' : 'dash-down'}`}>
            {change === null ? (
              t('dash.noPrevious')
            ) : (
              <>
                {change > 0 ? (
                  <ArrowUpOutlined aria-hidden="true" />
                ) : change < 0 ? (
                  <ArrowDownOutlined aria-hidden="true" />
                ) : null}{' '}
                {t('dash.vsPrevious', { change: `${change > 0 ? '+' : ''}${(change * 100).toFixed(1)}%` })}
              </>
            )}
          </span>
        </Link>
        <Link
          className="dash-kpi"
          to={caseListLink({
            status: ['submitted', 'accepted', 'dispatched', 'returned', 'handling', 'resolved', 'follow_up'],
          })}
        >
          <span className="dash-kpi-label">{t('dash.open')}</span>
          <span className="dash-kpi-value">{data.totals.open}</span>
        </Link>
        <Link className="dash-kpi dash-kpi-red" to={caseListLink({ queue: 'overdue' })} data-testid="dash-kpi-overdue">
          <span className="dash-kpi-label">{t('dash.overdue')}</span>
          <span className="dash-kpi-value">{data.totals.overdue}</span>
        </Link>
        <Link
          className="dash-kpi"
          to={caseListLink({ queue: 'closed', createdFrom: period.from, createdTo: period.to })}
        >
          <span className="dash-kpi-label">{t('dash.satisfaction')}</span>
          <span className="dash-kpi-value">
            {data.totals.satisfactionRate === null ? '—' : percent(data.totals.satisfactionRate)}
          </span>
          {data.totals.satisfactionRate === null && <span className="dash-kpi-note">{t('dash.noRating')}</span>}
        </Link>
      </div>

      <VolumeCard data={data} />
      <div className="dash-grid">
        <CategoriesCard data={data} period={period} />
        <PlacesCard data={data} period={period} />
        <ChannelsCard data={data} period={period} />
        <OverdueByUnitCard
          rows={data.overdue.byUnit}
          title={t('dash.overdueByUnit')}
          chartLabel={t('dash.overdueChart')}
          testId="dash-overdue"
        />
        <RatesCard data={data} period={period} />
      </div>
      <HotIssuesCard period={period} />
    </div>
  );
}
