import { lazy } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
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

const moduleRoutes: RouteObject[] = NAV_ITEMS.filter((item) => item.path !== '/').map((item) => ({
  path: item.path.slice(1),
  handle: handle(item.labelKey),
  element: <UnderConstructionPage titleKey={item.labelKey} />,
}));

export const router = createBrowserRouter([
  {
    element: <AppLayout />,
    errorElement: <RouteErrorPage standalone />,
    children: [
      {
        // Errors inside a page keep the frame (navigation stays usable).
        errorElement: <RouteErrorPage />,
        children: [
          { index: true, handle: handle('nav.workbench'), element: <WorkbenchPage /> },
          ...moduleRoutes,
          { path: '*', handle: handle('notFound.title'), element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
