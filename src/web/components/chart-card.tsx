import { Card, Segmented } from 'antd';
import { type ReactNode, useId, useState } from 'react';
import { useT } from '../i18n/use-t.ts';

interface ChartCardProps {
  title: ReactNode;
  /** The chart (a canvas: not reachable by keyboard or screen reader). */
  chart: ReactNode;
  /** The same data as a table whose rows link where the chart's items lead. */
  table: ReactNode;
  extra?: ReactNode;
  testId?: string;
  className?: string;
}

/** A card showing a chart, or the same data as a table (the keyboard and screen-reader way in). */
export function ChartCard({ title, chart, table, extra, testId, className }: ChartCardProps) {
  const t = useT();
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const headingId = useId();
  return (
    <Card
      size="small"
      className={className ?? 'chart-card'}
      data-testid={testId}
      title={
        <h2 id={headingId} className="chart-card-title">
          {title}
        </h2>
      }
      extra={
        <div className="chart-card-extra">
          {extra}
          <Segmented
            size="small"
            aria-label={t('chart.view')}
            value={view}
            onChange={(value) => setView(value as 'chart' | 'table')}
            options={[
              { value: 'chart', label: t('chart.viewChart') },
              { value: 'table', label: t('chart.viewTable') },
            ]}
          />
        </div>
      }
    >
      <section aria-labelledby={headingId}>{view === 'chart' ? chart : table}</section>
    </Card>
  );
}
