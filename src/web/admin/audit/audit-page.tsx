import { Button, Card } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client.ts';
import type { AuditEntry, AuditPage as AuditPageData } from '../../api/types.ts';
import { useApiGet } from '../../api/queries.ts';
import { ApiErrorAlert } from '../../components/api-error-alert.tsx';
import { useApiFeedback } from '../../components/use-api-feedback.tsx';
import { useT } from '../../i18n/use-t.ts';
import { AuditFilters, type AuditFilterValues } from './audit-filters.tsx';
import { AuditTable } from './audit-table.tsx';
import { useAuditVerify } from './audit-verify.tsx';

const PAGE_SIZE = 50;

function toQuery(filters: AuditFilterValues) {
  const [from, to] = filters.range ?? [null, null];
  return {
    action: filters.action?.trim() || undefined,
    entityType: filters.entityType || undefined,
    entityId: filters.entityId?.trim() || undefined,
    from: from ? from.startOf('day').toISOString() : undefined,
    to: to ? to.endOf('day').toISOString() : undefined,
    limit: PAGE_SIZE,
  };
}

/** 审计日志: filters, newest entries first, "load more" for older ones, and the chain check. */
export function AuditPage() {
  const t = useT();
  const { showError } = useApiFeedback();
  const [filters, setFilters] = useState<AuditFilterValues>({});
  const query = toQuery(filters);
  const queryKey = JSON.stringify(query);
  const first = useApiGet<AuditPageData>('/audit', query);
  const [more, setMore] = useState<{ key: string; items: AuditEntry[]; next: number | null } | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const verify = useAuditVerify();

  const extra = more?.key === queryKey ? more : null;
  const items = [...(first.data?.items ?? []), ...(extra?.items ?? [])];
  const next = extra ? extra.next : (first.data?.nextBeforeId ?? null);

  const loadMore = async () => {
    if (next === null) return;
    setLoadingMore(true);
    try {
      const page = await api.get<AuditPageData>('/audit', { ...query, beforeId: next });
      setMore({ key: queryKey, items: [...(extra?.items ?? []), ...page.items], next: page.nextBeforeId });
    } catch (error) {
      showError(error);
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <>
      <div className="admin-toolbar">
        <AuditFilters
          onApply={(values) => {
            setFilters(values);
            setMore(null);
            first.refetch();
          }}
        />
      </div>
      <Card>
        <div className="admin-toolbar">
          <span className="admin-muted">{items.length > 0 ? t('audit.loaded', { count: items.length }) : ''}</span>
          {verify.button}
        </div>
        {verify.outcome}
        {first.error !== null && <ApiErrorAlert error={first.error} />}
        <AuditTable items={items} loading={first.isFetching} emptyText={t('audit.empty')} />
        {items.length > 0 && (
          <div className="audit-footer">
            {next !== null ? (
              <Button onClick={() => void loadMore()} loading={loadingMore} data-testid="audit-load-more">
                {t('audit.loadMore')}
              </Button>
            ) : (
              <span className="admin-muted">{t('audit.end')}</span>
            )}
          </div>
        )}
      </Card>
    </>
  );
}
