import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button } from 'antd';
import { useState } from 'react';
import { useApiGet } from '../../api/queries.ts';
import type { AuditVerification } from '../../api/types.ts';
import { ApiErrorAlert } from '../../components/api-error-alert.tsx';
import { useT } from '../../i18n/use-t.ts';

/** 校验审计链: the button, and the result below the toolbar (green when intact, red with where it broke). */
export function useAuditVerify() {
  const t = useT();
  // The check runs when asked (and again at each click); its answer shows until closed.
  const [asked, setAsked] = useState(false);
  const check = useApiGet<AuditVerification>(asked ? '/audit/verify' : null);
  const result = asked ? (check.data ?? null) : null;
  const error = asked && !check.isFetching ? check.error : null;

  const button = (
    <Button
      icon={<SafetyCertificateOutlined />}
      loading={check.isFetching}
      onClick={() => (asked ? void check.refetch() : setAsked(true))}
      data-testid="audit-verify"
    >
      {t('audit.verify')}
    </Button>
  );

  const close = () => setAsked(false);
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
