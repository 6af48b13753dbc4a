import { Empty, Table, Tag, Typography, type TableColumnsType } from 'antd';
import type { AuditEntry } from '../../api/types.ts';
import { useLocale } from '../../i18n/use-locale.ts';
import { actionLabel, entityLabel } from './audit-labels.ts';
import { formatSecond } from '../../components/date-format.ts';

function Json({ value }: { value: unknown }) {
  return <pre>{value === null || value === undefined ? '—' : JSON.stringify(value, null, 2)}</pre>;
}

/** Audit entries, newest first; a row opens to show the record before and after the change. */
export function AuditTable({
  items,
  loading,
  emptyText,
}: {
  items: AuditEntry[];
  loading: boolean;
  emptyText: string;
}) {
  const { t, locale } = useLocale();
  const columns: TableColumnsType<AuditEntry> = [
    {
      key: 'at',
      title: t('audit.at'),
      width: 170,
      render: (_, entry) => (
        <time dateTime={entry.at} className="nowrap">
          {formatSecond(entry.at)}
        </time>
      ),
    },
    {
      key: 'seq',
      title: t('audit.seq'),
      width: 80,
      render: (_, entry) =>
        entry.seq === null ? <Tag>{t('audit.unsealed')}</Tag> : <span className="mono">{entry.seq}</span>,
    },
    { key: 'actor', title: t('audit.actor'), width: 120, render: (_, entry) => entry.actorLabel ?? '—' },
    {
      key: 'action',
      title: t('audit.action'),
      width: 190,
      render: (_, entry) => {
        const label = actionLabel(locale, entry.action);
        return (
          <span className="nowrap" title={entry.action} data-testid="audit-action" data-action={entry.action}>
            {label ?? <span className="mono">{entry.action}</span>}
            {label && <span className="mono admin-muted"> {entry.action}</span>}
          </span>
        );
      },
    },
    {
      key: 'entity',
      title: t('audit.entity'),
      width: 130,
      render: (_, entry) => (
        <span className="nowrap">
          {entityLabel(locale, entry.entityType)}
          {entry.entityId !== null && <span className="mono"> #{entry.entityId}</span>}
        </span>
      ),
    },
    {
      key: 'requestId',
      title: t('audit.requestId'),
      render: (_, entry) =>
        entry.requestId ? (
          <Typography.Text
            className="mono"
            copyable={{ text: entry.requestId }}
            ellipsis={{ tooltip: entry.requestId }}
            style={{ maxWidth: 180 }}
          >
            {entry.requestId}
          </Typography.Text>
        ) : (
          '—'
        ),
    },
    {
      key: 'ip',
      title: t('audit.ip'),
      width: 110,
      render: (_, entry) => <span className="mono">{entry.ip ?? '—'}</span>,
    },
  ];

  return (
    <div data-testid="audit-table">
      <Table<AuditEntry>
        size="small"
        rowKey="id"
        loading={loading}
        columns={columns}
        dataSource={items}
        pagination={false}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} /> }}
        scroll={{ x: 960 }}
        expandable={{
          rowExpandable: (entry) => entry.before != null || entry.after != null,
          expandedRowRender: (entry) => (
            <div className="audit-json">
              <section>
                <h3>{t('audit.before')}</h3>
                <Json value={entry.before} />
              </section>
              <section>
                <h3>{t('audit.after')}</h3>
                <Json value={entry.after} />
              </section>
            </div>
          ),
        }}
      />
    </div>
  );
}
