import {
  appointToObject,
  makePatrolRecord,
  makeResponsibilityObject,
  factoryLine,
} from '../factories/patrol-factory.ts';
import { testNow } from '../helpers/clock.ts';
import { call, type Side, type World } from './matrix-world.ts';
import type { RouteCheck } from './matrix-table.ts';

/*
 * Responsibility objects, appointments, duties, thresholds and patrols (河长制). Columns as in the
 * case table: A T L S D G O P U H W R C. o 2xx · f 403 · h 404 · b 400 · c 409.
 * "in" records lie in 甲镇's village, "out" in 乙镇's; patrols belong to the village's own handler,
 * so nobody in the matrix records or changes them (their own patrol is tested in patrols.routes.test.ts).
 * Reading (patrol.read) follows the tree: district-wide for leaders, supervisors and the discipline
 * commission, the subtree for a unit's people; the organisation department, the programme office,
 * the dispatcher and citizens hold none (403). Managing (patrol.manage) is the river office's and the
 * administrators' over their subtree; reviewing (patrol.review) the river office's alone.
 */

const object = (w: World, side: Side) => makeResponsibilityObject(w.db, { unit: w.villages[side] });
const patrol = async (w: World, side: Side, options: { judged?: 'valid'; finding?: string } = {}) => {
  const objectId = await object(w, side);
  return makePatrolRecord(w.db, { objectId, unit: w.villages[side], personId: w.staff[side].id, ...options });
};
const ruleId = async (w: World, side: Side) =>
  Number(
    (
      await w.db
        .insertInto('patrol_duty_rule')
        .values({
          unit_id: Number(w.villages[side].id),
          unit_path: w.villages[side].path,
          level: 'village',
          times: 1,
          period: 'week',
          season_months: null,
          raised_times: null,
          object_kind: null,
          note: null,
          created_by: null,
          updated_at: testNow(),
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id,
  );

//                           ATLSDGOPUHWRC
const readers = { in: 'ooooofffoohhf', out: 'ohooofffhhhhf' };
const anyReader = { in: 'ooooofffoooof' };
const managers = { in: 'oofffffffffff', out: 'ohfffffffffff' };
const managersPlacing = { in: 'oofffffffffff', out: 'obfffffffffff' };
const nobodyElse = { in: 'ffffffffffhhf', out: 'fhffffffhhhhf' };

const onPatrol = (
  route: string,
  method: string,
  verb: string,
  body: unknown,
  expect: RouteCheck['expect'],
  options: { judged?: 'valid' } = {},
): RouteCheck => ({
  route,
  run: async (w, s, side) => {
    const { patrolId } = await patrol(w, side, options);
    return call(w, s, method, `/api/v1/patrols/${patrolId}${verb}`, body);
  },
  expect,
});

export const patrolRoutes: RouteCheck[] = [
  {
    route: 'GET /api/v1/responsibility-objects',
    run: (w, s) => call(w, s, 'GET', '/api/v1/responsibility-objects'),
    expect: anyReader,
  },
  {
    route: 'POST /api/v1/responsibility-objects',
    run: (w, s, side) =>
      call(w, s, 'POST', '/api/v1/responsibility-objects', {
        kind: 'river_segment',
        name: '矩阵河段',
        geometry: factoryLine,
        unitId: Number(w.villages[side].id),
      }),
    expect: managersPlacing,
  },
  {
    route: 'GET /api/v1/responsibility-objects/{id}',
    run: async (w, s, side) => call(w, s, 'GET', `/api/v1/responsibility-objects/${await object(w, side)}`),
    expect: readers,
  },
  {
    route: 'PATCH /api/v1/responsibility-objects/{id}',
    run: async (w, s, side) =>
      call(w, s, 'PATCH', `/api/v1/responsibility-objects/${await object(w, side)}`, { rangeMetres: 8 }),
    expect: managers,
  },
  {
    route: 'POST /api/v1/responsibility-objects/{id}/retire',
    run: async (w, s, side) => call(w, s, 'POST', `/api/v1/responsibility-objects/${await object(w, side)}/retire`, {}),
    expect: managers,
  },
  {
    route: 'GET /api/v1/responsibility-objects/{id}/appointments',
    run: async (w, s, side) =>
      call(w, s, 'GET', `/api/v1/responsibility-objects/${await object(w, side)}/appointments?on=2026-11-01`),
    expect: readers,
  },
  {
    route: 'POST /api/v1/responsibility-objects/{id}/appointments',
    run: async (w, s, side) =>
      call(w, s, 'POST', `/api/v1/responsibility-objects/${await object(w, side)}/appointments`, {
        personId: w.staff[side].id,
        level: 'village',
        fromDate: '2026-11-01',
      }),
    expect: managers,
  },
  {
    route: 'POST /api/v1/responsibility-appointments/{id}/end',
    run: async (w, s, side) => {
      const id = await appointToObject(w.db, { objectId: await object(w, side), personId: w.staff[side].id });
      return call(w, s, 'POST', `/api/v1/responsibility-appointments/${id}/end`, { toDate: '2026-11-20' });
    },
    expect: managers,
  },
  {
    route: 'GET /api/v1/patrol-duty-rules',
    run: (w, s) => call(w, s, 'GET', '/api/v1/patrol-duty-rules'),
    expect: anyReader,
  },
  {
    route: 'POST /api/v1/patrol-duty-rules',
    run: (w, s, side) =>
      call(w, s, 'POST', '/api/v1/patrol-duty-rules', {
        unitId: Number(w.villages[side].id),
        level: 'village',
        times: 2,
        period: 'week',
      }),
    expect: managersPlacing,
  },
  {
    route: 'PATCH /api/v1/patrol-duty-rules/{id}',
    run: async (w, s, side) => call(w, s, 'PATCH', `/api/v1/patrol-duty-rules/${await ruleId(w, side)}`, { times: 3 }),
    expect: managers,
  },
  {
    route: 'DELETE /api/v1/patrol-duty-rules/{id}',
    run: async (w, s, side) => call(w, s, 'DELETE', `/api/v1/patrol-duty-rules/${await ruleId(w, side)}`),
    expect: managers,
  },
  {
    route: 'GET /api/v1/patrol-thresholds',
    run: (w, s) => call(w, s, 'GET', '/api/v1/patrol-thresholds'),
    expect: anyReader,
  },
  {
    route: 'PUT /api/v1/patrol-thresholds/{unitId}/{level}',
    run: (w, s, side) =>
      call(w, s, 'PUT', `/api/v1/patrol-thresholds/${w.villages[side].id}/village`, {
        overrides: { minDurationMinutes: 15 },
      }),
    expect: managers,
  },
  {
    route: 'GET /api/v1/patrols/due',
    run: (w, s) => call(w, s, 'GET', '/api/v1/patrols/due'),
    expect: { in: 'oooooooooooof' },
  },
  {
    route: 'GET /api/v1/patrols/board',
    run: (w, s) => call(w, s, 'GET', '/api/v1/patrols/board?from=2026-11-01&to=2026-11-30'),
    expect: anyReader,
  },
  {
    route: 'GET /api/v1/patrols',
    run: (w, s) => call(w, s, 'GET', '/api/v1/patrols'),
    expect: anyReader,
  },
  {
    route: 'POST /api/v1/patrols',
    label: 'an object nobody in the matrix holds',
    run: async (w, s, side) =>
      call(w, s, 'POST', '/api/v1/patrols', {
        objectId: await object(w, side),
        clientId: `matrix-${Math.random().toString(36).slice(2, 10)}`,
      }),
    expect: { in: 'ffffffffffhhf', out: 'ffffffffhhhhf' },
  },
  {
    route: 'GET /api/v1/patrols/{id}',
    run: async (w, s, side) => call(w, s, 'GET', `/api/v1/patrols/${(await patrol(w, side)).patrolId}`),
    expect: readers,
  },
  onPatrol('PUT /api/v1/patrols/{id}/points', 'PUT', '/points', { fromSeq: 0, points: [] }, nobodyElse),
  onPatrol(
    'POST /api/v1/patrols/{id}/photos',
    'POST',
    '/photos',
    { attachment: '1.secret', t: 1_795_000_000_000 },
    nobodyElse,
  ),
  onPatrol('POST /api/v1/patrols/{id}/findings', 'POST', '/findings', { itemCode: 'dumping' }, nobodyElse),
  onPatrol('POST /api/v1/patrols/{id}/stop', 'POST', '/stop', {}, nobodyElse),
  onPatrol(
    'POST /api/v1/patrols/{id}/review',
    'POST',
    '/review',
    { version: 2, decision: 'confirm', note: '矩阵复核' },
    nobodyElse,
    { judged: 'valid' },
  ),
  {
    route: 'POST /api/v1/patrol-findings/{id}/case',
    run: async (w, s, side) => {
      const { findingId } = await patrol(w, side, { judged: 'valid', finding: '河岸堆放垃圾' });
      return call(w, s, 'POST', `/api/v1/patrol-findings/${findingId}/case`);
    },
    expect: nobodyElse,
  },
  {
    route: 'POST /api/v1/patrol-findings/{id}/sign-off',
    label: 'no case yet',
    run: async (w, s, side) => {
      const { findingId } = await patrol(w, side, { judged: 'valid', finding: '河岸堆放垃圾' });
      return call(w, s, 'POST', `/api/v1/patrol-findings/${findingId}/sign-off`, {});
    },
    expect: { in: 'ccffffffffhhf', out: 'chffffffhhhhf' },
  },
];
