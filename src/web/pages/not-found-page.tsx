import { Button, Card, Result } from 'antd';
import { useLocation, useNavigate } from 'react-router';
import { useT } from '../i18n/use-t.ts';

export function NotFoundPage() {
  const t = useT();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  return (
    <Card>
      <Result
        status="404"
        title={<h2 className="page-result-title">404</h2>}
        subTitle={t('notFound.body', { path: pathname })}
        extra={
          <Button type="primary" onClick={() => navigate('/')}>
            {t('module.backToWorkbench')}
          </Button>
        }
      />
    </Card>
  );
}
