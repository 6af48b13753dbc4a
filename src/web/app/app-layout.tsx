import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntdApp, Drawer, Layout } from 'antd';
import { Suspense, useState } from 'react';
import { Outlet } from 'react-router';
import { queryClient } from '../api/query-client.ts';
import '../i18n/all-messages.ts';
import { useDayjsLocale } from '../i18n/dayjs-locale.ts';
import { useT } from '../i18n/use-t.ts';
import { AppBrand } from './app-brand.tsx';
import { AppHeader } from './app-header.tsx';
import { AppNav } from './app-nav.tsx';
import { PageFallback } from './page-fallback.tsx';
import { SIDER_BG } from './theme.ts';
import { useMediaQuery } from './use-media-query.ts';
import { usePageTitle } from './use-page-title.ts';

/** The frame around every page: navigation, header, main content. */
export function AppLayout() {
  const t = useT();
  useDayjsLocale();
  const title = usePageTitle();
  const isPhone = useMediaQuery('(max-width: 767.98px)');
  const [collapsed, setCollapsed] = useState(false);
  const [drawerOpen, setDrawerOpen] = useState(false);

  const navOpen = isPhone ? drawerOpen : !collapsed;
  const toggleNav = () => (isPhone ? setDrawerOpen((open) => !open) : setCollapsed((value) => !value));

  return (
    <QueryClientProvider client={queryClient}>
      <AntdApp>
        <Layout className="app-root">
          <a className="skip-link" href="#main-content">
            {t('app.skipToContent')}
          </a>
          {isPhone ? (
            <Drawer
              open={drawerOpen}
              onClose={() => setDrawerOpen(false)}
              placement="left"
              size={248}
              closable={false}
              title={null}
              styles={{ body: { padding: 0, background: SIDER_BG } }}
            >
              <AppBrand />
              <AppNav onNavigate={() => setDrawerOpen(false)} />
            </Drawer>
          ) : (
            <Layout.Sider className="app-sider" collapsed={collapsed} trigger={null} width={224} collapsedWidth={64}>
              <AppBrand collapsed={collapsed} />
              <AppNav />
            </Layout.Sider>
          )}
          <Layout>
            <AppHeader title={title} compact={isPhone} navOpen={navOpen} onToggleNav={toggleNav} />
            <Layout.Content id="main-content" tabIndex={-1} className="app-content">
              <Suspense fallback={<PageFallback />}>
                <Outlet />
              </Suspense>
            </Layout.Content>
          </Layout>
        </Layout>
      </AntdApp>
    </QueryClientProvider>
  );
}
