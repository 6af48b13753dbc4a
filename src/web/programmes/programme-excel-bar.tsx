import { DownloadOutlined, FileExcelOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Space, Upload } from 'antd';
import { useState } from 'react';
import { apiRequest, apiUrl, isApiError } from '../api/client.ts';
import { useApiMutation } from '../api/queries.ts';
import { queryKeys } from '../api/query-keys.ts';
import type { ImportRowError } from '../api/types.ts';
import { ImportErrorsModal } from '../admin/shared/import-errors-modal.tsx';
import { useApiFeedback } from '../components/use-api-feedback.tsx';
import { useT } from '../i18n/use-t.ts';
import type { ProgrammeDetail } from './programme-types.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function rowErrors(details: unknown): ImportRowError[] {
  const rows = typeof details === 'object' && details !== null ? (details as { rows?: unknown }).rows : undefined;
  return Array.isArray(rows)
    ? rows.filter(
        (row): row is ImportRowError =>
          typeof row === 'object' && row !== null && typeof (row as ImportRowError).row === 'number',
      )
    : [];
}

/**
 * The programme office's Excel bar: template, import (all rows or none), meeting table, report
 * history. An import refreshes the board's programme, tasks and reports through the cache.
 */
export function ProgrammeExcelBar({ programme }: { programme: ProgrammeDetail }) {
  const t = useT();
  const { showError, modal } = useApiFeedback();
  const [failure, setFailure] = useState<{ rows: ImportRowError[]; message: string } | null>(null);
  const base = `/programmes/${programme.id}`;
  const can = (action: string) => (programme.allowedActions as string[]).includes(action);
  const importing = useApiMutation(
    (file: File) =>
      apiRequest<{ created: number; updated: number }>('POST', `${base}/tasks/import`, {
        raw: { body: file, contentType: XLSX },
      }),
    [queryKeys.programmes, queryKeys.tasks, queryKeys.reports],
  );

  const upload = (file: File) =>
    importing.mutate(file, {
      onSuccess: (result) =>
        modal.success({
          title: t('io.importDone'),
          content: t('io.importResult', { created: result.created, updated: result.updated }),
        }),
      onError: (error) => {
        if (isApiError(error) && error.code === 'IMPORT_FAILED')
          setFailure({ rows: rowErrors(error.details), message: error.message });
        else showError(error, { title: t('io.importFailedTitle') });
      },
    });

  return (
    <Space wrap size={8} data-testid="programme-excel">
      {can('importTasks') && (
        <>
          <Button
            icon={<FileExcelOutlined aria-hidden="true" />}
            href={apiUrl(`${base}/tasks/import-template.xlsx`)}
            download
            data-testid="excel-template"
          >
            {t('prog.excel.template')}
          </Button>
          <Upload
            accept={`.xlsx,${XLSX}`}
            showUploadList={false}
            beforeUpload={(file) => {
              upload(file);
              return Upload.LIST_IGNORE;
            }}
          >
            <Button
              icon={<UploadOutlined aria-hidden="true" />}
              loading={importing.isPending}
              data-testid="excel-import"
            >
              {t('prog.excel.import')}
            </Button>
          </Upload>
        </>
      )}
      <Button
        icon={<DownloadOutlined aria-hidden="true" />}
        href={apiUrl(`${base}/export/tasks.xlsx`)}
        download
        data-testid="excel-meeting"
      >
        {t('prog.excel.meeting')}
      </Button>
      <Button
        icon={<DownloadOutlined aria-hidden="true" />}
        href={apiUrl(`${base}/export/reports.xlsx`)}
        download
        data-testid="excel-history"
      >
        {t('prog.excel.history')}
      </Button>
      <ImportErrorsModal
        rows={failure?.rows ?? null}
        message={failure?.message ?? ''}
        onClose={() => setFailure(null)}
      />
    </Space>
  );
}
