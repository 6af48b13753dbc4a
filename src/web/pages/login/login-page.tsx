import { Alert, Form } from 'antd';
import { Navigate, useSearchParams } from 'react-router';
import type { DemoLogin, Me } from '../../api/types.ts';
import { BrandMark } from '../../app/brand-mark.tsx';
import { LocaleSwitch } from '../../app/locale-switch.tsx';
import { PageFallback } from '../../app/page-fallback.tsx';
import { usePageTitle } from '../../app/use-page-title.ts';
import { useAuth } from '../../auth/use-auth.ts';
import { useT } from '../../i18n/use-t.ts';
import { DemoLogins } from './demo-logins.tsx';
import { LoginForm, type LoginValues } from './login-form.tsx';
import './login.css';

/** Only addresses inside this app: never follow `next` to another site. */
function safeNext(value: string | null): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/login')) return '/';
  return value;
}

/** Where a person goes once signed in: a citizen to their phone pages (/m), not the staff workbench. */
function landingOf(me: Me, next: string): string {
  if (me.person.kind !== 'citizen') return next;
  return next === '/m' || next.startsWith('/m/') || next.startsWith('/m?') ? next : '/m';
}

/** 登录: outside the app frame; a centred card, and the demo accounts in demo installations. */
export function LoginPage() {
  const t = useT();
  usePageTitle();
  const { me, loading, sessionNotice } = useAuth();
  const [params] = useSearchParams();
  const [form] = Form.useForm<LoginValues>();

  if (loading) return <PageFallback />;
  if (me) return <Navigate to={landingOf(me, safeNext(params.get('next')))} replace />;

  const fill = (login: DemoLogin) => {
    form.setFieldsValue({ login: login.username, password: login.password });
    form.getFieldInstance('password')?.focus?.();
  };

  return (
    <main className="login-page">
      <div className="login-locale">
        <LocaleSwitch />
      </div>
      <div className="login-column">
        <header className="login-brand">
          <BrandMark className="login-brand-mark" />
          <div>
            <h1 className="login-brand-name" data-testid="app-title">
              {t('app.name')}
            </h1>
            <p className="login-brand-subtitle">{t('app.subtitle')}</p>
          </div>
        </header>
        {/* Laid out like antd's Card, which would bring Tabs, Menu and Skeleton along. */}
        <section className="login-card" aria-labelledby="login-heading">
          <div className="login-card-head">
            <h2 id="login-heading" className="card-heading">
              {t('login.heading')}
            </h2>
          </div>
          <div className="login-card-body">
            {sessionNotice && <Alert className="login-notice" type="warning" showIcon title={sessionNotice} />}
            <LoginForm form={form} />
          </div>
        </section>
        <DemoLogins onPick={fill} />
      </div>
    </main>
  );
}
