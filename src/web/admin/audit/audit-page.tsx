import { Button, Card } from 'antd';
import { useState } from 'react';
import type { AuditPage as AuditPageData } from '../../api/types.ts';
import { useApiPages } from '../../api/queries.ts';
import { ApiErrorAlert } from '../../components/api-error-alert.tsx';
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
  const [filters, setFilters] = useState<AuditFilterValues>({});
  const query = toQuery(filters);
  const list = useApiPages<AuditPageData>('/audit', query, (last) =>
    last.nextBeforeId === null ? undefined : { beforeId: last.nextBeforeId },
  );
  const verify = useAuditVerify();
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <>
      <div className="admin-toolbar">
        <AuditFilters
          onApply={(values) => {
            // The same filters again: read them afresh (new ones are read as they take effect).
            if (JSON.stringify(toQuery(values)) === JSON.stringify(query)) void list.refetch();
            setFilters(values);
          }}
        />
      </div>
      <Card>
        <div className="admin-toolbar">
          <span className="admin-muted">{items.length > 0 ? t('audit.loaded', { count: items.length }) : ''}</span>
          {verify.button}
        </div>
        {verify.outcome}
        <ApiErrorAlert error={list.error} />
        <AuditTable items={items} loading={list.isFetching && !list.isFetchingNextPage} emptyText={t('audit.empty')} />
        {items.length > 0 && (
          <div className="audit-footer">
            {list.hasNextPage ? (
              <Button
                onClick={() => void list.fetchNextPage()}
                loading={list.isFetchingNextPage}
                data-testid="audit-load-more"
              >
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
