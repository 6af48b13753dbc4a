import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntdApp, ConfigProvider, type ThemeConfig } from 'antd';
import { Suspense, useLayoutEffect } from 'react';
import { Link, NavLink, Outlet } from 'react-router';
import { setApiLocale } from '../api/client.ts';
import { queryClient } from '../api/query-client.ts';
import { BrandMark } from '../app/brand-mark.tsx';
import { LocaleSwitch } from '../app/locale-switch.tsx';
import { PageFallback } from '../app/page-fallback.tsx';
import { usePageTitle } from '../app/use-page-title.ts';
import '../i18n/all-messages.ts';
import { useDayjsLocale } from '../i18n/dayjs-locale.ts';
import { useLocale } from '../i18n/use-locale.ts';
import './citizen.css';

/**
 * Hover and pressed shades darker than antd derives from the brand blue: on a phone the hover state
 * sticks after a tap, and white text on the lighter shade falls below 4.5:1.
 */
const citizenTheme: ThemeConfig = {
  token: { colorPrimaryHover: '#184f9e', colorPrimaryActive: '#133f80', colorLinkHover: '#184f9e' },
};

/**
 * The frame of the citizen's pages (/m…): phone-first, no sign-in, none of the staff layout. A
 * header with the language switch, the tabs, and the page.
 */
export function CitizenRoot() {
  const { locale, t } = useLocale();
  // No AuthProvider here: the API client learns the language from this frame.
  useLayoutEffect(() => setApiLocale(locale), [locale]);
  usePageTitle();
  useDayjsLocale();

  return (
    <QueryClientProvider client={queryClient}>
      <ConfigProvider theme={citizenTheme}>
        <AntdApp>
          <div className="citizen">
            <a className="skip-link" href="#citizen-main">
              {t('app.skipToContent')}
            </a>
            <header className="citizen-header">
              <Link to="/m" className="citizen-brand">
                <BrandMark className="citizen-brand-mark" />
                <span>
                  {t('app.name')} · {t('citizen.brand')}
                </span>
              </Link>
              <LocaleSwitch />
            </header>
            <nav className="citizen-nav" aria-label={t('citizen.nav.label')}>
              <NavLink to="/m" end data-testid="citizen-nav-submit">
                {t('citizen.nav.submit')}
              </NavLink>
              <NavLink to="/m/track" data-testid="citizen-nav-track">
                {t('citizen.nav.track')}
              </NavLink>
              <NavLink to="/m/cases" data-testid="citizen-nav-cases">
                {t('citizen.nav.cases')}
              </NavLink>
              <NavLink to="/m/topics" data-testid="citizen-nav-topics">
                {t('citizen.nav.topics')}
              </NavLink>
              <NavLink to="/m/messages" data-testid="citizen-nav-messages">
                {t('citizen.nav.messages')}
              </NavLink>
            </nav>
            <main id="citizen-main" className="citizen-main" tabIndex={-1}>
              <Suspense fallback={<PageFallback />}>
                <Outlet />
              </Suspense>
            </main>
            <footer className="citizen-footer">
              <span>{t('citizen.footer')}</span>
              <Link to="/login">{t('citizen.staffLogin')}</Link>
            </footer>
          </div>
        </AntdApp>
      </ConfigProvider>
    </QueryClientProvider>
  );
}
