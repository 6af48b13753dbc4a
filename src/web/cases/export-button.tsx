import { DownloadOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { apiDownload } from '../api/client.ts';
import { useApiFeedback } from '../components/use-api-feedback.tsx';
import { useT } from '../i18n/use-t.ts';

/** 导出: the list under the current filters as .xlsx (GET /cases/export.xlsx), saved by the browser. */
export function ExportButton({ query }: { query: string }) {
  const t = useT();
  const { showError, message } = useApiFeedback();
  const [busy, setBusy] = useState(false);

  const download = async () => {
    setBusy(true);
    try {
      const { blob, fileName } = await apiDownload(`/cases/export.xlsx${query ? `?${query}` : ''}`);
      const name = fileName ?? 'cases.xlsx';
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = name;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      void message.success(t('cases.exportDone', { file: name }));
    } catch (error) {
      showError(error, { title: t('cases.exportFailed') });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Button
      icon={<DownloadOutlined aria-hidden="true" />}
      loading={busy}
      onClick={() => void download()}
      data-testid="case-export"
    >
      {t('cases.export')}
    </Button>
  );
}
