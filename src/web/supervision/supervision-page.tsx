import { ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Tabs } from 'antd';
import { useState } from 'react';
import { useApiGet } from '../api/queries.ts';
import { Forbidden } from '../admin/shared/forbidden.tsx';
import { useAuth } from '../auth/use-auth.ts';
import { LoadFailed, LoadingBlock } from '../components/loading-block.tsx';
import { lastDays, type Period, PeriodPicker } from '../components/period-picker.tsx';
import { useT } from '../i18n/use-t.ts';
import { BOARD_SECTIONS, type Board, type BoardLine, type BoardSection } from './board-types.ts';
import { OverdueByUnitCard } from './overdue-by-unit.tsx';
import { BOARD_PAGE_SIZE, SectionTable } from './section-table.tsx';
import { UrgeModal } from './urge-modal.tsx';
import { formatTime } from '../components/date-format.ts';
import './supervision.css';

/**
 * 督查督办: what is overdue (by unit and tier), escalated, returned again and again, closed over the
 * citizen's dissatisfaction, or came back. Every line opens its case; open ones can be urged here.
 */
export function SupervisionPage() {
  const { me } = useAuth();
  if (!me?.permissions.includes('case.supervise')) return <Forbidden />;
  return <SupervisionBoard />;
}

function SupervisionBoard() {
  const t = useT();
  const [period, setPeriod] = useState<Period>(() => lastDays(90));
  const [section, setSection] = useState<BoardSection>('overdue');
  const [urging, setUrging] = useState<BoardLine | null>(null);
  const [round, setRound] = useState(0);
  const board = useApiGet<Board>('/supervision/board', { from: period.from, to: period.to, limit: BOARD_PAGE_SIZE });
  const reload = () => {
    board.refetch();
    setRound((n) => n + 1);
  };

  if (!board.data)
    return board.error ? <LoadFailed error={board.error} onRetry={() => void board.refetch()} /> : <LoadingBlock />;
  const data = board.data;

  return (
    <div className="board-page">
      <div className="board-toolbar">
        <div className="board-toolbar-left">
          <span className="board-label">{t('board.period')}</span>
          <PeriodPicker value={period} onChange={setPeriod} label={t('board.period')} testId="board-period" />
          <Button icon={<ReloadOutlined />} onClick={reload} loading={board.isFetching}>
            {t('board.refresh')}
          </Button>
        </div>
        <span className="board-muted">{t('board.generatedAt', { time: formatTime(data.generatedAt) })}</span>
      </div>
      <p className="board-muted board-hint">{t('board.periodHint')}</p>

      <div className="board-stats" role="group" aria-label={t('board.sections')}>
        {BOARD_SECTIONS.map((key) => (
          <button
            key={key}
            type="button"
            className={`board-stat board-stat-${key}${section === key ? ' board-stat-active' : ''}`}
            aria-pressed={section === key}
            data-testid={`board-stat-${key}`}
            onClick={() => setSection(key)}
          >
            <span className="board-stat-label">{t(`board.section.${key}`)}</span>
            <span className="board-stat-value">{data[key].total}</span>
          </button>
        ))}
      </div>

      <OverdueByUnitCard
        rows={data.overdue.byUnit}
        title={t('board.overdueByUnit')}
        chartLabel={t('board.overdueByUnitChart')}
        testId="board-overdue-by-unit"
      />

      <Card size="small" className="board-sections">
        <Tabs
          activeKey={section}
          onChange={(key) => setSection(key as BoardSection)}
          items={BOARD_SECTIONS.map((key) => ({
            key,
            label: `${t(`board.section.${key}`)} (${data[key].total})`,
            children: (
              <>
                <p className="board-muted board-hint">{t(`board.hint.${key}`)}</p>
                <SectionTable
                  key={`${key}:${round}:${period.from}:${period.to}`}
                  section={key}
                  period={period}
                  first={data[key]}
                  onUrge={setUrging}
                />
              </>
            ),
          }))}
        />
      </Card>

      <UrgeModal
        line={urging}
        onClose={() => setUrging(null)}
        onUrged={() => {
          setUrging(null);
          reload();
        }}
      />
    </div>
  );
}
