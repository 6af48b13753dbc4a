import { Button, Card, Result, Spin } from 'antd';
import { useT } from '../i18n/use-t.ts';
import { errorMessage } from './api-error-alert.tsx';

/** A card-sized "loading…" placeholder. */
export function LoadingBlock() {
  const t = useT();
  return (
    <Card>
      <div className="admin-loading" role="status">
        <Spin aria-hidden="true" />
        <span>{t('app.loading')}</span>
      </div>
    </Card>
  );
}

/** A card-sized load failure with the server's message and a retry button. */
export function LoadFailed({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const t = useT();
  return (
    <Card>
      <Result
        status="warning"
        title={<h2 className="page-result-title">{t('common.loadFailed')}</h2>}
        subTitle={errorMessage(error)}
        extra={
          <Button type="primary" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        }
      />
    </Card>
  );
}
