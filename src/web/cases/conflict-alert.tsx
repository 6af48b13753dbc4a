import { Alert, Button } from 'antd';
import { useT } from '../i18n/use-t.ts';

/** 409 VERSION_CONFLICT: someone else changed the case; reading it again is the way on. */
export function ConflictAlert({ onReload }: { onReload: () => void }) {
  const t = useT();
  return (
    <Alert
      type="warning"
      showIcon
      role="alert"
      className="case-form-alert"
      data-testid="case-conflict"
      title={t('cases.conflict.title')}
      description={t('cases.conflict.body')}
      action={
        <Button size="small" type="primary" onClick={onReload} data-testid="case-conflict-reload">
          {t('cases.conflict.reload')}
        </Button>
      }
    />
  );
}
