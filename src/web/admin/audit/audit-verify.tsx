import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client.ts';
import type { AuditVerification } from '../../api/types.ts';
import { ApiErrorAlert } from '../../components/api-error-alert.tsx';
import { useT } from '../../i18n/use-t.ts';

/** 校验审计链: the button, and the result below the toolbar (green when intact, red with where it broke). */
export function useAuditVerify() {
  const t = useT();
  const [checking, setChecking] = useState(false);
  const [result, setResult] = useState<AuditVerification | null>(null);
  const [error, setError] = useState<unknown>(null);

  const verify = async () => {
    setChecking(true);
    setError(null);
    try {
      setResult(await api.get<AuditVerification>('/audit/verify'));
    } catch (caught) {
      setResult(null);
      setError(caught);
    } finally {
      setChecking(false);
    }
  };

  const button = (
    <Button
      icon={<SafetyCertificateOutlined />}
      loading={checking}
      onClick={() => void verify()}
      data-testid="audit-verify"
    >
      {t('audit.verify')}
    </Button>
  );

  const close = () => {
    setResult(null);
    setError(null);
  };
  let outcome = null;
  if (error) outcome = <ApiErrorAlert error={error} className="audit-verify-result" />;
  else if (result?.ok) {
    outcome = (
      <Alert
        className="audit-verify-result"
        data-testid="audit-verify-result"
        type="success"
        showIcon
        closable={{ onClose: close }}
        title={t('audit.verifyOkTitle')}
        description={
          <>
            {t('audit.verifyOk', { checked: result.checked })}
            {result.unsealed > 0 && <> {t('audit.verifyUnsealed', { count: result.unsealed })}</>}
          </>
        }
      />
    );
  } else if (result) {
    outcome = (
      <Alert
        className="audit-verify-result"
        data-testid="audit-verify-result"
        type="error"
        showIcon
        closable={{ onClose: close }}
        title={t('audit.verifyBrokenTitle')}
        description={
          result.problem
            ? t('audit.verifyBroken', { seq: result.problem.seq, reason: result.problem.reason })
            : undefined
        }
      />
    );
  }
  return { button, outcome };
}
