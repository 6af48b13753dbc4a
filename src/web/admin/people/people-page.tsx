import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Table } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import type { ListPage, Person } from '../../api/types.ts';
import { useApiGet } from '../../api/queries.ts';
import { ApiErrorAlert } from '../../components/api-error-alert.tsx';
import { useT } from '../../i18n/use-t.ts';
import { ImportExportBar } from '../shared/import-export-bar.tsx';
import { useUnits } from '../shared/use-units.ts';
import { PeopleFilters, type PeopleFilterValues } from './people-filters.tsx';
import { usePeopleColumns } from './people-columns.tsx';
import { PersonCreateModal } from './person-create-modal.tsx';
import { PersonEditModal } from './person-edit-modal.tsx';
import type { PersonDialog } from './person-row-actions.tsx';
import { ResetPasswordModal } from './reset-password-modal.tsx';
import { RolesModal } from './roles-modal.tsx';

/** 人员管理: server-side search, filters and paging; actions per row from `allowedActions`. */
export function PeoplePage() {
  const t = useT();
  const [params] = useSearchParams();
  const { units, byId, loading: unitsLoading, reload: reloadUnits } = useUnits();
  const [filters, setFilters] = useState<PeopleFilterValues>(() => ({
    q: '',
    includeInactive: false,
    unitId: Number(params.get('unitId')) || undefined,
  }));
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const [dialog, setDialog] = useState<PersonDialog | null>(null);

  const {
    data,
    error,
    isFetching: loading,
    refetch: reload,
  } = useApiGet<ListPage<Person>>('/people', {
    q: filters.q,
    role: filters.role,
    unitId: filters.unitId,
    kind: filters.kind,
    includeInactive: filters.includeInactive || undefined,
    limit: paging.pageSize,
    offset: (paging.page - 1) * paging.pageSize,
  });

  const changed = () => {
    setDialog(null);
    reload();
  };
  const columns = usePeopleColumns(byId, setDialog, changed);
  const personOf = (kind: PersonDialog['kind']) =>
    dialog && dialog.kind === kind && 'person' in dialog ? dialog.person : null;

  return (
    <>
      <div className="admin-toolbar">
        <div className="admin-toolbar-left">
          <Button
            type="primary"
            icon={<PlusOutlined />}
            data-testid="person-create"
            onClick={() => setDialog({ kind: 'create' })}
          >
            {t('people.create')}
          </Button>
        </div>
        <ImportExportBar
          resource="people"
          canImport
          onImported={() => {
            reload();
            reloadUnits();
          }}
        />
      </div>
      <Card>
        <PeopleFilters
          value={filters}
          units={units}
          onChange={(next) => {
            setFilters(next);
            setPaging((current) => ({ ...current, page: 1 }));
          }}
        />
        {error !== null && <ApiErrorAlert error={error} />}
        <div data-testid="people-table">
          <Table<Person>
            size="small"
            rowKey="id"
            loading={loading}
            columns={columns}
            dataSource={data?.items ?? []}
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('people.empty')} /> }}
            scroll={{ x: 960 }}
            pagination={{
              current: paging.page,
              pageSize: paging.pageSize,
              total: data?.total ?? 0,
              showSizeChanger: true,
              pageSizeOptions: [20, 50, 100],
              showTotal: (total) => t('common.total', { count: total }),
              onChange: (page, pageSize) => setPaging({ page: pageSize === paging.pageSize ? page : 1, pageSize }),
            }}
          />
        </div>
      </Card>
      <PersonCreateModal
        open={dialog?.kind === 'create'}
        units={units}
        unitsLoading={unitsLoading}
        onClose={() => setDialog(null)}
        onCreated={changed}
      />
      <PersonEditModal person={personOf('edit')} onClose={() => setDialog(null)} onSaved={changed} />
      <RolesModal
        person={personOf('roles')}
        units={units}
        unitsLoading={unitsLoading}
        onClose={() => setDialog(null)}
        onSaved={changed}
      />
      <ResetPasswordModal
        person={personOf('password')}
        onClose={() => setDialog(null)}
        onDone={() => setDialog(null)}
      />
    </>
  );
}
