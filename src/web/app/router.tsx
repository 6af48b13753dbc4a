import { lazy } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { AuthRoot } from '../auth/auth-root.tsx';
import { RequireAuth } from '../auth/require-auth.tsx';
import { RouteErrorPage } from '../pages/route-error-page.tsx';
import { AppLayout } from './app-layout.tsx';
import { NAV_ITEMS } from './nav-items.tsx';
import { routeHandle as handle } from './route-handle.ts';

/** Route pages are split into their own chunks and loaded on first visit. */
const WorkbenchPage = lazy(() => import('../pages/workbench-page.tsx').then((m) => ({ default: m.WorkbenchPage })));
const UnderConstructionPage = lazy(() =>
  import('../pages/under-construction-page.tsx').then((m) => ({ default: m.UnderConstructionPage })),
);
const NotFoundPage = lazy(() => import('../pages/not-found-page.tsx').then((m) => ({ default: m.NotFoundPage })));
const LoginPage = lazy(() => import('../pages/login/login-page.tsx').then((m) => ({ default: m.LoginPage })));
const AdminLayout = lazy(() => import('../admin/admin-layout.tsx').then((m) => ({ default: m.AdminLayout })));
const AdminIndex = lazy(() => import('../admin/admin-layout.tsx').then((m) => ({ default: m.AdminIndex })));
const UnitsPage = lazy(() => import('../admin/units/units-page.tsx').then((m) => ({ default: m.UnitsPage })));
const PeoplePage = lazy(() => import('../admin/people/people-page.tsx').then((m) => ({ default: m.PeoplePage })));
const TokensPage = lazy(() => import('../admin/tokens/tokens-page.tsx').then((m) => ({ default: m.TokensPage })));
const AuditPage = lazy(() => import('../admin/audit/audit-page.tsx').then((m) => ({ default: m.AuditPage })));

const moduleRoutes: RouteObject[] = NAV_ITEMS.filter((item) => item.path !== '/' && item.path !== '/admin').map((item) => ({
  path: item.path.slice(1),
  handle: handle(item.labelKey),
  element: <UnderConstructionPage titleKey={item.labelKey} />,
}));

/** 系统管理: each section is its own lazily loaded route under the section menu. */
const adminRoute: RouteObject = {
  path: 'admin',
  handle: handle('nav.admin'),
  element: <AdminLayout />,
  children: [
    { index: true, element: <AdminIndex /> },
    { path: 'units', handle: handle('admin.units'), element: <UnitsPage /> },
    { path: 'people', handle: handle('admin.people'), element: <PeoplePage /> },
    { path: 'tokens', handle: handle('admin.tokens'), element: <TokensPage /> },
    { path: 'audit', handle: handle('admin.audit'), element: <AuditPage /> },
  ],
};

export const router = createBrowserRouter([
  {
    element: <AuthRoot />,
    errorElement: <RouteErrorPage standalone />,
    children: [
      { path: 'login', handle: handle('login.title'), element: <LoginPage /> },
      {
        element: (
          <RequireAuth>
            <AppLayout />
          </RequireAuth>
        ),
        children: [
          {
            // Errors inside a page keep the frame (navigation stays usable).
            errorElement: <RouteErrorPage />,
            children: [
              { index: true, handle: handle('nav.workbench'), element: <WorkbenchPage /> },
              ...moduleRoutes,
              adminRoute,
              { path: '*', handle: handle('notFound.title'), element: <NotFoundPage /> },
            ],
          },
        ],
      },
    ],
  },
]);
