import { Button } from 'antd';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { PageFallback } from '../app/page-fallback.tsx';
import { PlainResult } from '../components/plain-result.tsx';
import { useT } from '../i18n/use-t.ts';
import { useAuth } from './use-auth.ts';

/** Shows its children to a signed-in person; sends everyone else to /login (and back afterwards). */
export function RequireAuth({ children }: { children: ReactNode }) {
  const t = useT();
  const { me, loading, startupError, signedOut, refresh } = useAuth();
  const location = useLocation();

  if (loading) return <PageFallback />;
  if (startupError) {
    return (
      <main className="app-content">
        <PlainResult
          status="warning"
          title={<h1 className="page-result-title">{t('login.startupFailed')}</h1>}
          subTitle={startupError.message}
          extra={
            <Button type="primary" onClick={() => void refresh()}>
              {t('common.retry')}
            </Button>
          }
        />
      </main>
    );
  }
  if (!me) {
    const next = `${location.pathname}${location.search}`;
    const target = signedOut || next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`;
    return <Navigate to={target} replace />;
  }
  return children;
}
