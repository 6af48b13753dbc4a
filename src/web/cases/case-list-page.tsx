import { LeftOutlined, PlusOutlined, ReloadOutlined, RightOutlined, SendOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Select, Table } from 'antd';
import { useMemo, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { queuesFor } from '../../shared/case-queues.ts';
import { useAuth } from '../auth/use-auth.ts';
import { useApiGet } from '../api/queries.ts';
import { useUnits } from '../admin/shared/use-units.ts';
import { ApiErrorAlert } from '../components/api-error-alert.tsx';
import { useT } from '../i18n/use-t.ts';
import { BulkDispatchModal } from './bulk-dispatch-modal.tsx';
import { useCaseColumns } from './case-columns.tsx';
import { CaseFilterBar } from './case-filter-bar.tsx';
import { type CaseFilters, filtersFromParams, paramsFromFilters } from './case-filters-url.ts';
import { caseLabels } from './case-labels.ts';
import type { CaseList, CaseSummary, QueueCounts } from './case-types.ts';
import { ExportButton } from './export-button.tsx';
import { QueueTabs } from './queue-tabs.tsx';
import { useCategories } from './use-categories.ts';
import { CasesTheme } from './cases-theme.tsx';
import { formatDay } from '../components/date-format.ts';
import './cases.css';

const PAGE_SIZES = [20, 50, 100] as const;
const dispatchable = (c: CaseSummary) => c.status === 'accepted' || c.status === 'returned';

/**
 * 诉求工单: the person's queues with counts, filters kept in the address, a dense table paged by
 * keyset (next / previous, fast on a million cases), bulk dispatch for dispatchers, and export.
 */
export function CaseListPage() {
  return (
    <CasesTheme>
      <CaseListScreen />
    </CasesTheme>
  );
}

function CaseListScreen() {
  const t = useT();
  const labels = caseLabels(t);
  const { me } = useAuth();
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const filters = useMemo(() => filtersFromParams(params), [params]);
  const filterQuery = paramsFromFilters(filters).toString();
  const { queue: _queue, ...withoutQueue } = filters;
  const countQuery = paramsFromFilters(withoutQueue).toString();
  const permissions = useMemo(() => me?.permissions ?? [], [me]);
  const queues = useMemo(() => queuesFor(permissions), [permissions]);
  const canDispatch = permissions.includes('case.dispatch');

  // Keyset paging: the cursors of the pages before this one; starts again when the filters change.
  const [paging, setPaging] = useState<{ key: string; cursors: string[]; size: number }>({
    key: filterQuery,
    cursors: [],
    size: 20,
  });
  const cursors = paging.key === filterQuery ? paging.cursors : [];
  const cursor = cursors.at(-1);
  const list = useApiGet<CaseList>(`/cases?${paramsFromFilters(filters, { cursor, limit: paging.size }).toString()}`);
  const counts = useApiGet<QueueCounts>(`/cases/queues${countQuery ? `?${countQuery}` : ''}`);
  const { units, loading: unitsLoading } = useUnits();
  const { categories, loading: categoriesLoading } = useCategories();
  const [selected, setSelected] = useState<{ key: string; rows: Map<number, CaseSummary> }>({
    key: filterQuery,
    rows: new Map(),
  });
  const selectedRows = selected.key === filterQuery ? selected.rows : new Map<number, CaseSummary>();
  const [bulkCases, setBulkCases] = useState<CaseSummary[] | null>(null);
  const columns = useCaseColumns(filterQuery ? `/cases?${filterQuery}` : '/cases');

  const setFilters = (next: CaseFilters) => setParams(paramsFromFilters(next));
  const reload = () => {
    list.refetch();
    counts.refetch();
  };
  const data = list.data;
  const page = cursors.length + 1;
  const total = data
    ? data.totalIsExact
      ? t('cases.list.total', { count: data.total })
      : t('cases.list.totalCapped', { count: data.total })
    : '';
  const emptyText = filters.queue
    ? t('cases.list.emptyQueue', { queue: labels.queue(filters.queue) })
    : t('cases.list.empty');

  return (
    <div className="case-page">
      <Card size="small" className="case-list-card">
        <div className="case-toolbar">
          <QueueTabs
            queues={queues}
            counts={counts.data?.items}
            value={filters.queue}
            onChange={(queue) => setFilters({ ...filters, queue })}
          />
          <div className="case-toolbar-actions">
            {permissions.includes('case.create') && (
              <Button
                type="primary"
                icon={<PlusOutlined aria-hidden="true" />}
                onClick={() => void navigate('/cases/new')}
                data-testid="intake-open"
              >
                {t('intake.open')}
              </Button>
            )}
            <Button
              icon={<ReloadOutlined aria-hidden="true" />}
              onClick={reload}
              loading={list.isFetching}
              aria-label={t('cases.list.refresh')}
              title={t('cases.list.refresh')}
            />
            <ExportButton query={filterQuery} />
          </div>
        </div>
        <CaseFilterBar
          value={filters}
          onChange={setFilters}
          units={units}
          unitsLoading={unitsLoading}
          categories={categories}
          categoriesLoading={categoriesLoading}
        />
        {data?.searchedSince && (
          <p className="case-muted case-hint">
            {t('cases.list.searchedSince', { date: formatDay(data.searchedSince) })}
          </p>
        )}
        {list.error !== null && <ApiErrorAlert error={list.error} />}
        {canDispatch && selectedRows.size > 0 && (
          <div className="case-selection-bar" role="status">
            <span>{t('cases.list.selected', { count: selectedRows.size })}</span>
            <Button
              type="primary"
              size="small"
              icon={<SendOutlined aria-hidden="true" />}
              onClick={() => setBulkCases([...selectedRows.values()])}
              data-testid="bulk-open"
            >
              {t('cases.bulk.open')}
            </Button>
            <Button size="small" onClick={() => setSelected({ key: filterQuery, rows: new Map() })}>
              {t('cases.list.clearSelection')}
            </Button>
          </div>
        )}
        {/* Scrolls sideways on narrow screens itself: antd's own horizontal scroll adds a hidden measuring row with a focusable checkbox. */}
        <div data-testid="case-table" className="case-table-wrap">
          <Table<CaseSummary>
            size="small"
            rowKey="id"
            loading={list.isFetching}
            columns={columns}
            dataSource={data?.items ?? []}
            pagination={false}
            tableLayout="fixed"
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} /> }}
            rowClassName={(c) => (c.colour === 'red' ? 'case-row-red' : c.colour === 'yellow' ? 'case-row-yellow' : '')}
            rowSelection={
              canDispatch
                ? {
                    selectedRowKeys: [...selectedRows.keys()],
                    columnWidth: 36,
                    getTitleCheckboxProps: () => ({ 'aria-label': t('cases.list.selectAll') }),
                    getCheckboxProps: (c) => ({
                      disabled: !dispatchable(c),
                      'aria-label': t('cases.list.selectRow', { code: c.trackingCode }),
                      title: dispatchable(c) ? undefined : t('cases.list.notDispatchable'),
                    }),
                    onChange: (_keys, rows) => {
                      const next = new Map(selectedRows);
                      for (const row of data?.items ?? []) next.delete(row.id);
                      for (const row of rows) if (row) next.set(row.id, row);
                      setSelected({ key: filterQuery, rows: next });
                    },
                    renderCell: (_checked, _record, _index, node) => node,
                  }
                : undefined
            }
          />
        </div>
        <nav className="case-pager" aria-label={t('cases.list.pagination')} data-testid="case-pager">
          <span className="case-muted" data-testid="case-total">
            {total}
            {data && ` · ${t('cases.list.page', { page })}`}
          </span>
          <Button
            size="small"
            disabled={cursors.length === 0}
            onClick={() => setPaging({ key: filterQuery, cursors: [], size: paging.size })}
          >
            {t('cases.list.first')}
          </Button>
          <Button
            size="small"
            icon={<LeftOutlined aria-hidden="true" />}
            disabled={cursors.length === 0}
            onClick={() => setPaging({ key: filterQuery, cursors: cursors.slice(0, -1), size: paging.size })}
            data-testid="case-prev"
          >
            {t('cases.list.prev')}
          </Button>
          <Button
            size="small"
            disabled={!data?.nextCursor || list.isFetching}
            onClick={() =>
              data?.nextCursor &&
              setPaging({ key: filterQuery, cursors: [...cursors, data.nextCursor], size: paging.size })
            }
            data-testid="case-next"
          >
            {t('cases.list.next')}
            <RightOutlined aria-hidden="true" />
          </Button>
          <Select<number>
            size="small"
            value={paging.size}
            aria-label={t('cases.list.pageSize')}
            options={PAGE_SIZES.map((size) => ({ value: size, label: t('cases.list.pageSizeOption', { size }) }))}
            onChange={(size) => setPaging({ key: filterQuery, cursors: [], size })}
          />
        </nav>
      </Card>
      <BulkDispatchModal
        cases={bulkCases}
        units={units}
        unitsLoading={unitsLoading}
        onClose={() => setBulkCases(null)}
        // The list and the counts refetch by themselves (the dispatch invalidates every case read).
        onDone={() => setSelected({ key: filterQuery, rows: new Map() })}
      />
    </div>
  );
}
