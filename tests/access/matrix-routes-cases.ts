import type { CaseStatus } from '../../src/shared/cases.ts';
import { makeCase, type CaseOverrides } from '../factories/case-factory.ts';
import { daysFromNow } from '../helpers/clock.ts';
import type { HttpSession } from '../helpers/http-session.ts';
import { call, png, type Side, type World } from './matrix-world.ts';
import type { RouteCheck } from './matrix-table.ts';

/*
 * Cases (诉求). Columns, in order (see actorNames):
 *   A administrator · T township administrator · L leader · S supervisor · D discipline commission ·
 *   G organisation department · O programme office · P dispatcher · U unit lead · H township handler ·
 *   W department handler · R grid worker · C citizen
 * o: answered (2xx) · f: 403 · h: 404 (the record is not even shown) · u: 401.
 * "in" is a case in the grid of 甲镇 led by 甲镇; "out" the same in 乙镇.
 */

/** A fresh case on the side, in `status`, led by the side's township. */
function freshCase(w: World, side: Side, status: CaseStatus, extra: Partial<CaseOverrides> = {}) {
  const assigned = !['submitted', 'accepted', 'declined', 'merged'].includes(status);
  return makeCase(w.db, {
    place: w.grids[side],
    status,
    category: w.category,
    ...(assigned ? { lead: w.parents[side] } : {}),
    ...extra,
  });
}

/** A workflow action on a fresh case in `status`. */
function action(
  route: string,
  status: CaseStatus,
  body: (w: World, side: Side) => unknown,
  expect: { in: string; out: string },
  extra: (w: World, side: Side) => Partial<CaseOverrides> = () => ({}),
): RouteCheck {
  const verb = route.split('/').pop()!;
  return {
    route: `POST /api/v1/cases/{id}/${verb}`,
    run: async (w: World, s: HttpSession, side: Side) => {
      const row = await freshCase(w, side, status, extra(w, side));
      return call(w, s, 'POST', `/api/v1/cases/${row.id}/${verb}`, await body(w, side));
    },
    expect,
  };
}

const read = (suffix: string, expect: { in: string; out: string }): RouteCheck => ({
  route: `GET /api/v1/cases/{id}${suffix}`,
  run: (w, s, side) => call(w, s, 'GET', `/api/v1/cases/${w.cases[side].id}${suffix}`),
  expect,
});

const list = (url: string, route: string, expect: string): RouteCheck => ({
  route,
  run: (w, s) => call(w, s, 'GET', url),
  expect: { in: expect },
});

//                        ATLSDGOPUHWRC
const dispatcherOnly = { in: 'fffffffoffhfh', out: 'fhfffffohhhhh' };
const leadUnit = { in: 'ffffffffoohfh', out: 'fhffffffhhhhh' };
const supervisors = { in: 'ffooofffffhfh', out: 'fhooofffhhhhh' };
const readers = { in: 'oooooooooohoh', out: 'ohoooooohhhhh' };
/** Readers, with a citizen turned away at the door (403) rather than told the case is not there. */
const readersGated = { in: 'oooooooooohof', out: 'ohoooooohhhhf' };
const summoned = (w: World): Partial<CaseOverrides> => ({ parties: [{ unit: w.units.water, role: 'summoned' }] });
const pending = (w: World): Partial<CaseOverrides> => ({
  pendingExtension: { until: daysFromNow(20), reason: '需采购', requestedBy: w.people.get('unit_lead')!.id },
});

export const caseRoutes: RouteCheck[] = [
  action('accept', 'submitted', () => ({}), dispatcherOnly),
  action('decline', 'submitted', () => ({ reason: '不属于受理范围' }), dispatcherOnly),
  action(
    'merge',
    'submitted',
    async (w, side) => ({ targetId: Number((await freshCase(w, side, 'accepted')).id) }),
    dispatcherOnly,
  ),
  action('classify', 'submitted', (w) => ({ categoryId: Number(w.category.id), tier: 'general' }), dispatcherOnly),
  action('dispatch', 'accepted', (w, side) => ({ leadUnitId: Number(w.parents[side].id) }), dispatcherOnly),
  action('acknowledge', 'dispatched', () => ({}), leadUnit),
  action('return', 'dispatched', () => ({ reason: '不属于本单位职责' }), leadUnit),
  action(
    'overrule',
    'returned',
    () => ({ note: '仍由你单位办理' }),
    dispatcherOnly,
    (w, side) => ({
      lead: w.parents[side],
    }),
  ),
  action('summon', 'handling', (w) => ({ unitIds: [Number(w.units.water.id)], note: '请水务局到场' }), {
    in: 'fffffffooohfh',
    out: 'fhfffffohhhhh',
  }),
  action(
    'acknowledge-summons',
    'handling',
    (w) => ({ unitId: Number(w.units.water.id) }),
    { in: 'ffffffffffofh', out: 'fhffffffhhohh' },
    summoned,
  ),
  action('note', 'handling', () => ({ text: '已电话联系' }), { in: 'ffoooffooohfh', out: 'fhoooffohhhhh' }),
  action(
    'request-extension',
    'handling',
    () => ({ until: daysFromNow(20).toISOString(), reason: '需采购材料' }),
    leadUnit,
  ),
  action('approve-extension', 'handling', () => ({}), dispatcherOnly, pending),
  action('deny-extension', 'handling', () => ({ reason: '不予延期' }), dispatcherOnly, pending),
  action('resolve', 'handling', () => ({ result: '已修复路灯' }), leadUnit),
  action('approve', 'resolved', () => ({}), dispatcherOnly),
  action('send-back', 'resolved', () => ({ reason: '未附照片' }), dispatcherOnly),
  action(
    'follow-up',
    'follow_up',
    () => ({ satisfaction: 'satisfied', solved: true }),
    { in: 'fffffffoffhfo', out: 'fhfffffohhhho' },
    (w) => ({ reporterPersonId: w.citizenId }),
  ),
  action('reopen', 'closed', () => ({ reason: '群众反映仍未解决' }), { in: 'ffoooffoffhfh', out: 'fhoooffohhhhh' }),
  action('close', 'follow_up', () => ({ reason: '回访满意' }), dispatcherOnly),
  action('urge', 'handling', () => ({ note: '请尽快办理' }), supervisors),
  action('escalate', 'handling', () => ({ note: '逾期未办' }), supervisors),
  {
    // 清除反弹回潮标记: a case flagged as the recurrence of a closed one.
    route: 'POST /api/v1/cases/{id}/clear-recurrence',
    run: async (w, s, side) => {
      const earlier = await freshCase(w, side, 'closed');
      const row = await freshCase(w, side, 'handling', { recurrenceOf: earlier });
      return call(w, s, 'POST', `/api/v1/cases/${row.id}/clear-recurrence`, { reason: '不是同一问题' });
    },
    expect: dispatcherOnly,
  },
  read('', readers),
  read('/dispatch-suggestion', readers),
  {
    // 查看联系方式: pii.read over the case, or the lead unit while the case is with it.
    route: 'GET /api/v1/cases/{id}/reporter',
    run: async (w, s, side) => {
      const row = await freshCase(w, side, 'handling', { reporterName: '欧阳秀英', reporterMobile: '13987654321' });
      return call(w, s, 'GET', `/api/v1/cases/${row.id}/reporter`);
    },
    expect: { in: 'oofffffooohfh', out: 'ohfffffohhhhh' },
  },
  read('/duplicates', readersGated),
  read('/summon-options', readersGated),
  {
    route: 'GET /api/v1/cases/{id}/reply-check',
    run: async (w, s, side) => {
      const row = await freshCase(w, side, 'follow_up');
      return call(w, s, 'GET', `/api/v1/cases/${row.id}/reply-check`);
    },
    // A case the factory makes has no written reply: whoever may ask is told there is none (404).
    expect: { in: 'hhhhhhhhhhhhf' },
  },
  {
    route: 'POST /api/v1/cases',
    run: (w, s, side) =>
      call(w, s, 'POST', '/api/v1/cases', {
        description: '路灯不亮，夜间出行不便。',
        placeUnitId: Number(w.grids[side].id),
      }),
    // Whoever registers cases may place one anywhere in the district; a citizen files their own.
    expect: { in: 'fffffffoooooo' },
  },
  {
    route: 'POST /api/v1/cases/bulk-dispatch',
    run: async (w, s, side) => {
      const row = await freshCase(w, side, 'accepted');
      return call(w, s, 'POST', '/api/v1/cases/bulk-dispatch', {
        caseIds: [Number(row.id)],
        leadUnitId: Number(w.parents[side].id),
      });
    },
    expect: { in: 'fffffffofffff' },
  },
  {
    route: 'POST /api/v1/cases/routing-suggestion',
    run: (w, s, side) =>
      call(w, s, 'POST', '/api/v1/cases/routing-suggestion', {
        tier: 'general',
        placeUnitId: Number(w.parents[side].id),
      }),
    expect: { in: 'fffffffofffff' },
  },
  {
    route: 'POST /api/v1/cases/duplicate-check',
    run: (w, s) => call(w, s, 'POST', '/api/v1/cases/duplicate-check', { text: '路灯不亮' }),
    expect: { in: 'oooooooooooof' },
  },
  list('/api/v1/cases?limit=50', 'GET /api/v1/cases', 'ooooooooooooo'),
  list('/api/v1/cases/queues', 'GET /api/v1/cases/queues', 'oooooooooooof'),
  list('/api/v1/cases/export.xlsx', 'GET /api/v1/cases/export.xlsx', 'oooooooooooof'),
  list('/api/v1/cases/rates?month=2026-11', 'GET /api/v1/cases/rates', 'oooooooooooof'),
  {
    route: 'GET /api/v1/cases/inbox',
    run: (w, s, side) => call(w, s, 'GET', `/api/v1/cases/inbox?unitId=${w.parents[side].id}`),
    expect: { in: 'oooooooooohhf', out: 'ohoooooohhhhf' },
  },
  {
    route: 'GET /api/v1/attachments/{id}',
    run: (w, s, side) => call(w, s, 'GET', `/api/v1/attachments/${w.attachments[side]}`),
    expect: readers,
  },
  {
    route: 'POST /api/v1/attachments',
    run: (w, s) => call(w, s, 'POST', '/api/v1/attachments?name=photo.png', png, { 'content-type': 'image/png' }),
    expect: { in: 'ooooooooooooo' },
  },
];

/** Routes open to everyone, signed in or not (public intake, tracking, the map). */
export const publicCaseRoutes: RouteCheck[] = [
  {
    route: 'POST /api/v1/public/cases',
    run: (w, s) => call(w, s, 'POST', '/api/v1/public/cases', { description: '楼下路灯坏了，请尽快修理。' }),
    // Staff register cases through /cases: the public form refuses them.
    expect: { in: 'bbbbbbbbbbbbo' },
  },
  list('/api/v1/public/cases', 'GET /api/v1/public/cases', 'ooooooooooooo'),
  {
    route: 'GET /api/v1/public/cases/{trackingCode}',
    // The tracking code and the reporter's mobile are the key, whoever asks.
    run: (w, s, side) =>
      call(w, s, 'GET', `/api/v1/public/cases/${w.cases[side].tracking_code}`, undefined, {
        'x-reporter-mobile': '13800000000',
      }),
    expect: { in: 'ooooooooooooo' },
  },
  {
    route: 'POST /api/v1/public/cases/{trackingCode}/rating',
    run: async (w, s, side) => {
      const row = await freshCase(w, side, 'follow_up', { reporterPersonId: w.citizenId });
      return call(
        w,
        s,
        'POST',
        `/api/v1/public/cases/${row.tracking_code}/rating`,
        { satisfaction: 'satisfied', solved: true },
        { 'x-reporter-mobile': '13800000000' },
      );
    },
    expect: { in: 'ooooooooooooo' },
  },
  list('/api/v1/public/district-map', 'GET /api/v1/public/district-map', 'ooooooooooooo'),
];
