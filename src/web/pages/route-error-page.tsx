import { Button } from 'antd';
import { useRouteError } from 'react-router';
import { PlainResult } from '../components/plain-result.tsx';
import { useT } from '../i18n/use-t.ts';

/**
 * Shown when a route fails to render (for example, its code could not be downloaded).
 * `standalone` when the frame itself failed, so the page supplies its own `<main>`.
 */
export function RouteErrorPage({ standalone = false }: { standalone?: boolean }) {
  const t = useT();
  const error = useRouteError();
  if (import.meta.env.DEV) console.error(error);
  const Container = standalone ? 'main' : 'div';
  return (
    <Container className={standalone ? 'app-content' : undefined}>
      <PlainResult
        status="error"
        title={<h2 className="page-result-title">{t('error.title')}</h2>}
        subTitle={t('error.body')}
        extra={
          <Button type="primary" onClick={() => window.location.reload()}>
            {t('error.reload')}
          </Button>
        }
      />
    </Container>
  );
}
