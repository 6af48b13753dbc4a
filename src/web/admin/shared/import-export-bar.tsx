import { DownloadOutlined, FileExcelOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Space, Upload } from 'antd';
import { useState } from 'react';
import { apiRequest, apiUrl, isApiError } from '../../api/client.ts';
import { useApiMutation } from '../../api/queries.ts';
import { queryKeys } from '../../api/query-keys.ts';
import type { ImportResult, ImportRowError } from '../../api/types.ts';
import { useApiFeedback } from '../../components/use-api-feedback.tsx';
import { useT } from '../../i18n/use-t.ts';
import { ImportErrorsModal } from './import-errors-modal.tsx';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function rowErrors(details: unknown): ImportRowError[] {
  const rows = typeof details === 'object' && details !== null ? (details as { rows?: unknown }).rows : undefined;
  if (!Array.isArray(rows)) return [];
  return rows.filter(
    (row): row is ImportRowError =>
      typeof row === 'object' && row !== null && typeof (row as ImportRowError).row === 'number',
  );
}

interface ImportExportBarProps {
  /** `units` or `people`: the routes are /<resource>/export.xlsx, /import-template.xlsx and /import. */
  resource: 'units' | 'people';
  canImport: boolean;
  onImported: () => void;
}

/** Export to .xlsx, the import template, and import (all-or-nothing; refused rows are listed). */
export function ImportExportBar({ resource, canImport, onImported }: ImportExportBarProps) {
  const t = useT();
  const { showError, modal } = useApiFeedback();
  const [failure, setFailure] = useState<{ rows: ImportRowError[]; message: string } | null>(null);
  // The imported rows show in the resource's lists (and, for units, in every unit picker).
  const importing = useApiMutation(
    (file: File) => apiRequest<ImportResult>('POST', `/${resource}/import`, { raw: { body: file, contentType: XLSX } }),
    [queryKeys[resource]],
  );

  const upload = async (file: File) => {
    try {
      const result = await importing.mutateAsync(file);
      modal.success({
        title: t('io.importDone'),
        content: t('io.importResult', { created: result.created, updated: result.updated }),
      });
      onImported();
    } catch (error) {
      const rows = isApiError(error) && error.code === 'IMPORT_FAILED' ? rowErrors(error.details) : [];
      if (isApiError(error) && error.code === 'IMPORT_FAILED') setFailure({ rows, message: error.message });
      else showError(error, { title: t('io.importFailedTitle') });
    }
  };

  return (
    <Space wrap size={8}>
      <Button icon={<DownloadOutlined />} href={apiUrl(`/${resource}/export.xlsx`)} download>
        {t('io.export')}
      </Button>
      {canImport && (
        <>
          <Button icon={<FileExcelOutlined />} href={apiUrl(`/${resource}/import-template.xlsx`)} download>
            {t('io.template')}
          </Button>
          <Upload
            accept={`.xlsx,${XLSX}`}
            showUploadList={false}
            beforeUpload={(file) => {
              void upload(file);
              return Upload.LIST_IGNORE;
            }}
          >
            <Button icon={<UploadOutlined />} loading={importing.isPending}>
              {t('io.import')}
            </Button>
          </Upload>
        </>
      )}
      <ImportErrorsModal
        rows={failure?.rows ?? null}
        message={failure?.message ?? ''}
        onClose={() => setFailure(null)}
      />
    </Space>
  );
}
