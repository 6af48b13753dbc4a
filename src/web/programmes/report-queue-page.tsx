import { Table, Tabs } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { type QueryValue } from '../api/client.ts';
import { useApiGet } from '../api/queries.ts';
import { ApiErrorAlert } from '../components/api-error-alert.tsx';
import { useT } from '../i18n/use-t.ts';
import type { Paged, ReportSummary } from './programme-types.ts';
import { ColourTag, ReportStatusTag } from './status-tag.tsx';
import { formatDeadline } from '../components/date-format.ts';
import './programmes.css';
import { useLocalName } from '../i18n/local-name.ts';

type QueueTab = 'review' | 'toFile' | 'returned' | 'late' | 'all';
const tabQueries: Record<QueueTab, Record<string, QueryValue>> = {
  review: { status: 'submitted' },
  toFile: { status: 'pending' },
  returned: { status: 'returned' },
  late: { late: true },
  all: {},
};

/** 报表: the office's review queue (submitted reports), what units have to file, and the late ones. */
export function ReportQueuePage() {
  const t = useT();
  const name = useLocalName();
  const [params, setParams] = useSearchParams();
  const tab = (params.get('tab') as QueueTab | null) ?? 'review';
  const programmeId = params.get('programmeId');
  const query = useApiGet<Paged<ReportSummary>>('/reports', { ...(tabQueries[tab] ?? {}), programmeId, limit: 200 });
  const items = query.data?.items ?? [];
  const labels: Record<QueueTab, string> = {
    review: t('prog.queue.review'),
    toFile: t('prog.queue.toFile'),
    returned: t('prog.rstatus.returned'),
    late: t('prog.queue.late'),
    all: t('prog.queue.all'),
  };

  return (
    <div className="prog-page">
      <h1 className="prog-title">{t('prog.queue.title')}</h1>
      <Tabs
        activeKey={tab}
        onChange={(key) => {
          const next = new URLSearchParams(params);
          next.set('tab', key);
          setParams(next, { replace: true });
        }}
        items={(Object.keys(labels) as QueueTab[]).map((key) => ({ key, label: labels[key] }))}
      />
      <ApiErrorAlert error={query.error} />
      <Table<ReportSummary>
        data-testid="report-table"
        size="small"
        rowKey="id"
        loading={query.isFetching}
        dataSource={items}
        locale={{ emptyText: t('prog.queue.empty') }}
        pagination={items.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        scroll={{ x: 900 }}
        rowClassName={(r) => (r.overdue || r.late ? 'prog-row-late' : '')}
        columns={[
          {
            key: 'task',
            title: t('prog.report.task'),
            render: (_, r) => <Link to={`/reports/${r.id}`}>{r.task.title}</Link>,
          },
          { key: 'programme', title: t('prog.list.title'), width: 200, render: (_, r) => r.programmeTitle },
          { key: 'unit', title: t('prog.report.unit'), width: 180, render: (_, r) => name(r.leadUnit) },
          {
            key: 'form',
            title: t('prog.report.form'),
            width: 140,
            render: (_, r) => `${r.form.name} · ${r.periodKey}`,
          },
          { key: 'due', title: t('prog.report.due'), width: 170, render: (_, r) => formatDeadline(r.dueAt) },
          {
            key: 'status',
            title: t('prog.report.status'),
            width: 170,
            render: (_, r) => (
              <>
                <ReportStatusTag status={r.status} late={r.late} />
                {r.overdue && !r.late && <ColourTag color="red">{t('prog.report.overdue')}</ColourTag>}
              </>
            ),
          },
        ]}
      />
    </div>
  );
}
