import { makeCategory } from '../factories/case-factory.ts';
import { insertCategoryRelation } from '../../src/modules/categories/categories.repository.ts';
import { call, type World } from './matrix-world.ts';
import type { RouteCheck } from './matrix-table.ts';

/*
 * Notifications, categories, the working calendar, dashboards, supervision, hot issues and text
 * suggestions. Columns as in the case table: A T L S D G O P U H W R C. o 2xx · f 403 · h 404.
 * These have no record in a township, so both sides expect the same row.
 */

const get = (route: string, url: string, expect: string): RouteCheck => ({
  route,
  run: (w, s) => call(w, s, 'GET', url),
  expect: { in: expect },
});

export const otherRoutes: RouteCheck[] = [
  get('GET /api/v1/notifications', '/api/v1/notifications', 'ooooooooooooo'),
  {
    route: 'POST /api/v1/notifications/read',
    label: "someone else's notification",
    run: (w: World, s, side) => call(w, s, 'POST', '/api/v1/notifications/read', { ids: [w.notifications[side]] }),
    expect: { in: 'ooooooooooooo' },
  },
  get('GET /api/v1/categories', '/api/v1/categories', 'ooooooooooooo'),
  {
    route: 'GET /api/v1/categories/{id}',
    run: (w, s) => call(w, s, 'GET', `/api/v1/categories/${w.category.id}`),
    expect: { in: 'ooooooooooooo' },
  },
  {
    route: 'POST /api/v1/categories',
    run: (w, s) =>
      call(w, s, 'POST', '/api/v1/categories', {
        parentId: Number(w.category.id),
        code: `MXC${Math.random().toString(36).slice(2, 8)}`,
        nameZh: '矩阵分类',
      }),
    expect: { in: 'offffffffffff' },
  },
  {
    route: 'PATCH /api/v1/categories/{id}',
    run: async (w, s) => {
      const version = (
        await w.db
          .selectFrom('category')
          .select('version')
          .where('id', '=', Number(w.category.id))
          .executeTakeFirstOrThrow()
      ).version;
      return call(w, s, 'PATCH', `/api/v1/categories/${w.category.id}`, { version, nameZh: '路灯' });
    },
    expect: { in: 'offffffffffff' },
  },
  {
    route: 'GET /api/v1/categories/{id}/related',
    run: (w, s) => call(w, s, 'GET', `/api/v1/categories/${w.category.id}/related`),
    expect: { in: 'ooooooooooooo' },
  },
  {
    route: 'POST /api/v1/categories/{id}/related',
    label: 'two fresh leaf categories',
    run: async (w, s) => {
      const [a, b] = [await makeCategory(w.db), await makeCategory(w.db)];
      return call(w, s, 'POST', `/api/v1/categories/${a.id}/related`, { categoryId: Number(b.id) });
    },
    expect: { in: 'offffffffffff' },
  },
  {
    route: 'DELETE /api/v1/categories/{id}/related/{relatedId}',
    label: 'two related leaf categories',
    run: async (w, s) => {
      const [a, b] = [await makeCategory(w.db), await makeCategory(w.db)];
      await insertCategoryRelation(w.db, Number(a.id), Number(b.id), null, new Date(0));
      return call(w, s, 'DELETE', `/api/v1/categories/${a.id}/related/${b.id}`);
    },
    expect: { in: 'offffffffffff' },
  },
  get('GET /api/v1/calendar', '/api/v1/calendar', 'ooooooooooooo'),
  {
    route: 'PUT /api/v1/calendar/overrides/{day}',
    run: (w, s) => call(w, s, 'PUT', '/api/v1/calendar/overrides/2026-12-26', { kind: 'workday' }),
    expect: { in: 'offffffffffff' },
  },
  {
    route: 'PUT /api/v1/calendar/years/{year}',
    run: (w, s) => call(w, s, 'PUT', '/api/v1/calendar/years/2027', { entered: false }),
    expect: { in: 'offffffffffff' },
  },
  {
    route: 'DELETE /api/v1/calendar/overrides/{day}',
    run: async (w, s) => {
      await call(w, s, 'PUT', '/api/v1/calendar/overrides/2026-12-27', { kind: 'workday' });
      return call(w, s, 'DELETE', '/api/v1/calendar/overrides/2026-12-27');
    },
    expect: { in: 'offffffffffff' },
  },
  get('GET /api/v1/dashboard', '/api/v1/dashboard', 'ffoooffffffff'),
  get('GET /api/v1/supervision/board', '/api/v1/supervision/board', 'ffoooffffffff'),
  get('GET /api/v1/supervision/board/{section}', '/api/v1/supervision/board/overdue', 'ffoooffffffff'),
  get('GET /api/v1/hot-issues', '/api/v1/hot-issues', 'ofoooooofffff'),
  {
    route: 'POST /api/v1/text/category-suggestions',
    run: (w, s) => call(w, s, 'POST', '/api/v1/text/category-suggestions', { text: '路灯不亮' }),
    expect: { in: 'oooooooooooof' },
  },
];

/**
 * Routes the matrix does not cover, each with the reason: open to anyone, about the caller's own
 * session, or guarded by their own keys and tested with them. A new route must be added either to
 * a table or here, with its reason, or the matrix fails.
 */
export const uncheckedRoutes: Record<string, string> = {
  'GET /healthz': 'health probe, open',
  'GET /readyz': 'readiness probe, open',
  'GET /api/openapi.json': 'the API description, open',
  'GET /api/v1/system/info': 'version and features, open',
  'POST /api/v1/auth/login': 'sign-in',
  'POST /api/v1/auth/logout': "ends the caller's own session",
  'GET /api/v1/auth/me': 'the caller themself',
  'GET /api/v1/auth/session': 'the caller themself, or that nobody is signed in',
  'POST /api/v1/auth/password': "the caller's own password, proven by the current one",
  'POST /api/v1/auth/sms-code': 'citizen sign-in by text message',
  'POST /api/v1/auth/citizen-login': 'citizen sign-in by text message',
  'GET /api/v1/auth/demo-logins': 'the demo logins, shown only when the demo is on',
  'GET /api/v1/notifications/stream':
    'a live stream the matrix cannot end; signed-in only, and only the own inbox (notifications.routes.test.ts)',
  'GET /api/v1/units/import-template.xlsx': 'an empty spreadsheet',
  'GET /api/v1/people/import-template.xlsx': 'an empty spreadsheet',
  'GET /open311/v2/discovery.{format}': 'Open311: open (open311.routes.test.ts)',
  'GET /open311/v2/services.{format}': 'Open311: open (open311.routes.test.ts)',
  'GET /open311/v2/services/{code}.{format}': 'Open311: open (open311.routes.test.ts)',
  'POST /open311/v2/requests.{format}': 'Open311: API key (open311.routes.test.ts)',
  'GET /open311/v2/requests.{format}': 'Open311: open, public text only (open311.routes.test.ts)',
  'GET /open311/v2/requests/{id}.{format}': 'Open311: open, public text only (open311.routes.test.ts)',
  'GET /open311/v2/servicerequestupdates.{format}': 'Open311: open, public text only (open311-fixmystreet.test.ts)',
  'POST /open311/v2/servicerequestupdates.{format}': 'Open311: API key, reporter comments (open311-updates.test.ts)',
  'GET /open311/v2/tokens/{token}.{format}': 'Open311: open (open311.routes.test.ts)',
  'GET /api/v1/public/objects/{slug}': "the sign's public page (公示牌), open: no mobile (patrols.routes.test.ts)",
};
