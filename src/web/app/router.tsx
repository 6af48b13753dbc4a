import { lazy, type ReactNode, Suspense } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { AuthRoot } from '../auth/auth-root.tsx';
import { RequireAuth } from '../auth/require-auth.tsx';
import { RouteErrorPage } from '../pages/route-error-page.tsx';
import { NAV_ITEMS } from './nav-items.tsx';
import { PageFallback } from './page-fallback.tsx';
import { routeHandle as handle } from './route-handle.ts';

/**
 * Route pages are split into their own chunks and loaded on first visit. So is the staff frame:
 * the sign-in page does not need it.
 */
const AppLayout = lazy(() => import('./app-layout.tsx').then((m) => ({ default: m.AppLayout })));
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
const CalendarPage = lazy(() =>
  import('../admin/calendar/calendar-page.tsx').then((m) => ({ default: m.CalendarPage })),
);
const RelatedCategoriesPage = lazy(() =>
  import('../admin/categories/related-categories-page.tsx').then((m) => ({ default: m.RelatedCategoriesPage })),
);
const AuditPage = lazy(() => import('../admin/audit/audit-page.tsx').then((m) => ({ default: m.AuditPage })));
const CitizenRoot = lazy(() => import('../citizen/citizen-root.tsx').then((m) => ({ default: m.CitizenRoot })));
const SubmitPage = lazy(() => import('../citizen/submit/submit-page.tsx').then((m) => ({ default: m.SubmitPage })));
const TrackPage = lazy(() => import('../citizen/track/track-page.tsx').then((m) => ({ default: m.TrackPage })));
const PublicCasesPage = lazy(() =>
  import('../citizen/cases/public-cases-page.tsx').then((m) => ({ default: m.PublicCasesPage })),
);

const SupervisionPage = lazy(() =>
  import('../supervision/supervision-page.tsx').then((m) => ({ default: m.SupervisionPage })),
);
const DashboardPage = lazy(() => import('../dashboard/dashboard-page.tsx').then((m) => ({ default: m.DashboardPage })));
const CaseListPage = lazy(() => import('../cases/case-list-page.tsx').then((m) => ({ default: m.CaseListPage })));
const CasePage = lazy(() => import('../cases/case-page.tsx').then((m) => ({ default: m.CasePage })));
const StaffIntakePage = lazy(() =>
  import('../cases/intake/staff-intake-page.tsx').then((m) => ({ default: m.StaffIntakePage })),
);
const ProgrammeListPage = lazy(() =>
  import('../programmes/programme-list-page.tsx').then((m) => ({ default: m.ProgrammeListPage })),
);
const ProgrammeBoardPage = lazy(() =>
  import('../programmes/programme-board-page.tsx').then((m) => ({ default: m.ProgrammeBoardPage })),
);
const TaskPage = lazy(() => import('../programmes/task-page.tsx').then((m) => ({ default: m.TaskPage })));
const ReportQueuePage = lazy(() =>
  import('../programmes/report-queue-page.tsx').then((m) => ({ default: m.ReportQueuePage })),
);
const ReportPage = lazy(() => import('../programmes/report-page.tsx').then((m) => ({ default: m.ReportPage })));
const OfficeTopicsPage = lazy(() =>
  import('../topics/office/office-topics-page.tsx').then((m) => ({ default: m.OfficeTopicsPage })),
);
const MessagesPage = lazy(() =>
  import('../citizen/messages/messages-page.tsx').then((m) => ({ default: m.MessagesPage })),
);
const PublicTopicsPage = lazy(() =>
  import('../topics/public-topics-page.tsx').then((m) => ({ default: m.PublicTopicsPage })),
);
const PublicTopicPage = lazy(() =>
  import('../topics/public-topic-page.tsx').then((m) => ({ default: m.PublicTopicPage })),
);

/** Navigation items whose pages are built; the others show UnderConstructionPage. */
const modulePages: Record<string, ReactNode> = {
  '/supervision': <SupervisionPage />,
  '/dashboard': <DashboardPage />,
  '/cases': <CaseListPage />,
  '/programmes': <ProgrammeListPage />,
  '/reports': <ReportQueuePage />,
};

const moduleRoutes: RouteObject[] = NAV_ITEMS.filter((item) => item.path !== '/' && item.path !== '/admin').map(
  (item) => ({
    path: item.path.slice(1),
    handle: handle(item.labelKey),
    element: modulePages[item.path] ?? <UnderConstructionPage titleKey={item.labelKey} />,
  }),
);

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
    { path: 'calendar', handle: handle('admin.calendar'), element: <CalendarPage /> },
    { path: 'categories', handle: handle('admin.categories'), element: <RelatedCategoriesPage /> },
  ],
};

/** 群众端: the citizen's phone pages, outside sign-in and the staff frame, each its own chunk. */
const citizenRoute: RouteObject = {
  path: 'm',
  errorElement: <RouteErrorPage standalone />,
  element: (
    <Suspense fallback={<PageFallback />}>
      <CitizenRoot />
    </Suspense>
  ),
  children: [
    { index: true, handle: handle('citizen.submit.title'), element: <SubmitPage /> },
    { path: 'track', handle: handle('citizen.track.title'), element: <TrackPage /> },
    { path: 'cases', handle: handle('citizen.cases.title'), element: <PublicCasesPage /> },
    { path: 'topics', handle: handle('topics.title'), element: <PublicTopicsPage /> },
    { path: 'topics/:id', handle: handle('topics.progressTitle'), element: <PublicTopicPage /> },
    { path: 'messages', handle: handle('citizen.messages.title'), element: <MessagesPage /> },
  ],
};

export const router = createBrowserRouter([
  citizenRoute,
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
              { path: 'cases/new', handle: handle('intake.title'), element: <StaffIntakePage /> },
              { path: 'cases/:id', handle: handle('nav.cases'), element: <CasePage /> },
              { path: 'programmes/:id', handle: handle('nav.programmes'), element: <ProgrammeBoardPage /> },
              { path: 'programmes/:id/topics', handle: handle('topicOffice.title'), element: <OfficeTopicsPage /> },
              { path: 'programmes/:id/tasks/:taskId', handle: handle('nav.programmes'), element: <TaskPage /> },
              { path: 'tasks/:taskId', handle: handle('nav.programmes'), element: <TaskPage /> },
              { path: 'reports/:id', handle: handle('nav.reports'), element: <ReportPage /> },
              adminRoute,
              { path: '*', handle: handle('notFound.title'), element: <NotFoundPage /> },
            ],
          },
        ],
      },
    ],
  },
]);
