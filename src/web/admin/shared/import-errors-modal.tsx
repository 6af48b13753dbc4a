import { Alert, Modal, Table } from 'antd';
import type { ImportRowError } from '../../api/types.ts';
import { useT } from '../../i18n/use-t.ts';

/** The rows an import refused, with the reminder that nothing at all was imported. */
export function ImportErrorsModal({ rows, message, onClose }: { rows: ImportRowError[] | null; message: string; onClose: () => void }) {
  const t = useT();
  return (
    <Modal
      open={rows !== null}
      title={t('io.importFailedTitle')}
      onCancel={onClose}
      onOk={onClose}
      okText={t('common.close')}
      cancelButtonProps={{ style: { display: 'none' } }}
      width={720}
      destroyOnHidden
    >
      <Alert className="import-errors-alert" type="error" showIcon title={message} description={t('io.importFailedHint')} />
      <Table<ImportRowError>
        data-testid="import-errors"
        size="small"
        rowKey={(row, index) => `${row.row}:${row.column ?? ''}:${index ?? 0}`}
        dataSource={rows ?? []}
        pagination={(rows?.length ?? 0) > 10 ? { pageSize: 10, size: 'small' } : false}
        columns={[
          { key: 'row', title: t('io.row'), dataIndex: 'row', width: 80 },
          { key: 'column', title: t('io.column'), dataIndex: 'column', width: 160, render: (value?: string) => value ?? '—' },
          { key: 'reason', title: t('io.reason'), dataIndex: 'reason' },
        ]}
      />
    </Modal>
  );
}
