import { ToolOutlined } from '@ant-design/icons';
import { Button, Card, Result } from 'antd';
import { useNavigate } from 'react-router';
import type { PlainMessageKey } from '../i18n/message-types.ts';
import { useT } from '../i18n/use-t.ts';

/** Placeholder for a module that has not been built yet. */
export function UnderConstructionPage({ titleKey }: { titleKey: PlainMessageKey }) {
  const t = useT();
  const navigate = useNavigate();
  return (
    <Card>
      <Result
        icon={<ToolOutlined aria-hidden="true" />}
        title={<h2 className="page-result-title">{t('module.underConstruction')}</h2>}
        subTitle={t('module.underConstructionHint', { module: t(titleKey) })}
        extra={
          <Button type="primary" onClick={() => navigate('/')}>
            {t('module.backToWorkbench')}
          </Button>
        }
      />
    </Card>
  );
}
