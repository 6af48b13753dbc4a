import { Alert, Modal, Table } from 'antd';
import type { ImportRowError } from '../../api/types.ts';
import { useT } from '../../i18n/use-t.ts';

/**
 * The rows an import refused, with the reminder that nothing at all was imported. Problems with the
 * file itself (row 0: not an .xlsx file, no sheet) have no row to point at and are listed apart.
 */
export function ImportErrorsModal({
  rows,
  message,
  onClose,
}: {
  rows: ImportRowError[] | null;
  message: string;
  onClose: () => void;
}) {
  const t = useT();
  const rowErrors = (rows ?? []).filter((row) => row.row >= 1);
  const fileErrors = (rows ?? []).filter((row) => row.row < 1);
  return (
    <Modal
      open={rows !== null}
      title={message || t('io.importFailedTitle')}
      onCancel={onClose}
      onOk={onClose}
      okText={t('common.close')}
      cancelButtonProps={{ style: { display: 'none' } }}
      width={rowErrors.length > 0 ? 720 : 520}
      destroyOnHidden
    >
      {fileErrors.length > 0 && (
        <p className="admin-muted" data-testid="import-file-errors">
          {t('io.fileProblem', { reason: fileErrors.map((row) => row.reason).join('; ') })}
        </p>
      )}
      {rowErrors.length > 0 && (
        <>
          <Alert
            className="import-errors-alert"
            type="warning"
            showIcon
            title={t('io.importFailedHint', { count: rowErrors.length })}
          />
          <Table<ImportRowError>
            data-testid="import-errors"
            size="small"
            rowKey={(row) => `${row.row}:${row.column ?? ''}:${row.reason}`}
            dataSource={rowErrors}
            pagination={rowErrors.length > 10 ? { pageSize: 10, size: 'small' } : false}
            columns={[
              { key: 'row', title: t('io.row'), dataIndex: 'row', width: 80 },
              {
                key: 'column',
                title: t('io.column'),
                dataIndex: 'column',
                width: 160,
                render: (value?: string) => value ?? '—',
              },
              { key: 'reason', title: t('io.reason'), dataIndex: 'reason' },
            ]}
          />
        </>
      )}
    </Modal>
  );
}
