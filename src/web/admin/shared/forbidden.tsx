import { Button, Card, Result } from 'antd';
import { useNavigate } from 'react-router';
import { useT } from '../../i18n/use-t.ts';

/** Shown instead of a section the signed-in person may not use. */
export function Forbidden() {
  const t = useT();
  const navigate = useNavigate();
  return (
    <Card data-testid="forbidden">
      <Result
        status="403"
        title={<h2 className="page-result-title">{t('admin.forbiddenTitle')}</h2>}
        subTitle={t('admin.forbiddenBody')}
        extra={
          <Button type="primary" onClick={() => void navigate('/')}>
            {t('module.backToWorkbench')}
          </Button>
        }
      />
    </Card>
  );
}
