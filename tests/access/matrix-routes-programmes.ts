import type { ProgrammeStatus, ReportStatus, TaskStatus, TopicStatus } from '../../src/shared/programmes.ts';
import { makeProgramme, makeReport, makeTask, makeTopic } from '../factories/programme-factory.ts';
import { call, png, type Side, type World } from './matrix-world.ts';
import type { RouteCheck } from './matrix-table.ts';

/*
 * Programmes (清单), tasks, reports (报送) and topics (点题). Columns as in the case table:
 *   A T L S D G O P U H W R C (administrator … citizen). o 2xx · f 403 · h 404 · c 409.
 * "in" records belong to a programme owned by 甲镇 with a task 甲镇 leads; "out" the same for 乙镇.
 * The programme office of the district runs both.
 */

const fresh = async (w: World, side: Side, status: ProgrammeStatus = 'active', visibility?: 'public') =>
  makeProgramme(w.db, {
    owner: w.parents[side],
    status,
    topicWindow: true,
    ...(visibility ? { visibility } : {}),
  });

const freshTask = async (w: World, side: Side, status: TaskStatus = 'active') =>
  makeTask(w.db, {
    programme: w.programmes[side],
    lead: w.parents[side],
    status,
    withMilestone: true,
  });

const freshReport = async (w: World, side: Side, status: ReportStatus) =>
  makeReport(w.db, { task: await freshTask(w, side), formId: w.forms[side], status });

const freshTopic = async (w: World, side: Side, status: TopicStatus) =>
  makeTopic(w.db, { programme: w.programmes[side], status });

//                        ATLSDGOPUHWRC
/** Programme actions: only the office; the rest are turned away at the door (403). */
const office = { in: 'ffffffoffffff', out: 'ffffffoffffff' };
/** Task and report actions of the office: those who cannot read the task are told it is not there. */
const officeOnTask = { in: 'ffffffofffhhf', out: 'fhffffofhhhhf' };
/** The dispatcher and citizens hold no programme.read (403); the department and grid do not reach 甲镇's task (404). */
const readers = { in: 'ooooooofoohhf', out: 'ohooooofhhhhf' };
/** The lead unit (and the office, which runs the task). */
const lead = { in: 'ffffffofoohhf', out: 'fhffffofhhhhf' };
/** The lead unit only. */
const leadOnly = { in: 'ffffffffoohhf', out: 'fhffffffhhhhf' };
const supervisors = { in: 'ffooofofffhhf', out: 'fhooofofhhhhf' };
/** Topics are the office's to moderate: nobody else sees them before they are public. */
const moderators = { in: 'hhhhhhohhhhhh', out: 'hhhhhhohhhhhh' };

function programmeAction(verb: string, status: ProgrammeStatus, body: unknown, expect = office): RouteCheck {
  return {
    route: `POST /api/v1/programmes/{id}/${verb}`,
    run: async (w, s, side) => {
      const p = await fresh(w, side, status);
      return call(w, s, 'POST', `/api/v1/programmes/${p.id}/${verb}`, body);
    },
    expect,
  };
}

function taskAction(verb: string, status: TaskStatus, body: unknown, expect: RouteCheck['expect']): RouteCheck {
  return {
    route: `POST /api/v1/tasks/{id}/${verb}`,
    run: async (w, s, side) => {
      const t = await freshTask(w, side, status);
      return call(w, s, 'POST', `/api/v1/tasks/${t.id}/${verb}`, body);
    },
    expect,
  };
}

function reportAction(verb: string, status: ReportStatus, body: unknown, expect: RouteCheck['expect']): RouteCheck {
  return {
    route: `POST /api/v1/reports/{id}/${verb}`,
    run: async (w, s, side) => {
      const r = await freshReport(w, side, status);
      return call(w, s, 'POST', `/api/v1/reports/${r.id}/${verb}`, body);
    },
    expect,
  };
}

function topicAction(verb: string, status: TopicStatus, body: (w: World, side: Side) => unknown): RouteCheck {
  return {
    route: `POST /api/v1/topics/{id}/${verb}`,
    run: async (w, s, side) => {
      const id = await freshTopic(w, side, status);
      return call(w, s, 'POST', `/api/v1/topics/${id}/${verb}`, body(w, side));
    },
    // Those who read the programme are refused (403); those who do not are told the topic is not there.
    expect: { in: 'ffffffohffhhh', out: 'fhffffohhhhhh' },
  };
}

const get = (route: string, url: (w: World, side: Side) => string, expect: RouteCheck['expect']): RouteCheck => ({
  route,
  run: (w, s, side) => call(w, s, 'GET', url(w, side)),
  expect,
});

export const programmeRoutes: RouteCheck[] = [
  get('GET /api/v1/programmes', () => '/api/v1/programmes', { in: 'ooooooofoooof' }),
  {
    route: 'POST /api/v1/programmes',
    run: (w, s, side) =>
      call(w, s, 'POST', '/api/v1/programmes', {
        title: '矩阵新清单',
        kind: 'campaign',
        ownerUnitId: Number(w.parents[side].id),
        startsOn: '2026-01-01',
        endsOn: '2026-12-31',
      }),
    expect: { in: 'ffffffoffffff' },
  },
  get('GET /api/v1/programmes/{id}', (w, side) => `/api/v1/programmes/${w.programmes[side].id}`, readers),
  {
    route: 'PATCH /api/v1/programmes/{id}',
    run: async (w, s, side) => {
      const p = await fresh(w, side);
      return call(w, s, 'PATCH', `/api/v1/programmes/${p.id}`, { version: 1, title: '矩阵改名' });
    },
    expect: office,
  },
  programmeAction('activate', 'draft', {}),
  programmeAction('close', 'active', {}),
  programmeAction('reopen', 'closed', {}),
  {
    route: 'PUT /api/v1/programmes/{id}/topic-window',
    run: async (w, s, side) => {
      const p = await makeProgramme(w.db, { owner: w.parents[side], visibility: 'public' });
      return call(w, s, 'PUT', `/api/v1/programmes/${p.id}/topic-window`, {
        opensAt: '2026-11-20T00:00:00Z',
        closesAt: '2026-12-20T00:00:00Z',
      });
    },
    expect: office,
  },
  programmeAction('topic-window/close', 'active', {}),
  programmeAction('forms', 'active', {
    name: '月报',
    fields: [{ key: 'done', label: '完成情况', type: 'text', required: true }],
    frequency: 'monthly',
    startsOn: '2026-12-01',
  }),
  {
    route: 'PATCH /api/v1/programmes/{id}/forms/{formId}',
    run: (w, s, side) =>
      call(w, s, 'PATCH', `/api/v1/programmes/${w.programmes[side].id}/forms/${w.forms[side]}`, { name: '矩阵月报' }),
    expect: office,
  },
  get(
    'GET /api/v1/programmes/{id}/tasks/import-template.xlsx',
    (w, side) => `/api/v1/programmes/${w.programmes[side].id}/tasks/import-template.xlsx`,
    // An empty spreadsheet, the same for every programme.
    { in: 'ooooooooooooo' },
  ),
  {
    route: 'POST /api/v1/programmes/{id}/tasks/import',
    run: (w, s, side) =>
      call(w, s, 'POST', `/api/v1/programmes/${w.programmes[side].id}/tasks/import`, png, {
        'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      }),
    // The office gets past the door and is told the file is no spreadsheet (422).
    expect: { in: 'ffffffvffffff' },
  },
  get(
    'GET /api/v1/programmes/{id}/export/tasks.xlsx',
    (w, side) => `/api/v1/programmes/${w.programmes[side].id}/export/tasks.xlsx`,
    readers,
  ),
  get(
    'GET /api/v1/programmes/{id}/export/reports.xlsx',
    (w, side) => `/api/v1/programmes/${w.programmes[side].id}/export/reports.xlsx`,
    readers,
  ),
  get('GET /api/v1/tasks', () => '/api/v1/tasks', { in: 'ooooooofoooof' }),
  {
    route: 'POST /api/v1/programmes/{id}/tasks',
    run: (w, s, side) =>
      call(w, s, 'POST', `/api/v1/programmes/${w.programmes[side].id}/tasks`, {
        title: '矩阵新任务',
        leadUnitId: Number(w.parents[side].id),
      }),
    expect: office,
  },
  get('GET /api/v1/tasks/{id}', (w, side) => `/api/v1/tasks/${w.tasks[side].id}`, readers),
  {
    route: 'PATCH /api/v1/tasks/{id}',
    run: async (w, s, side) => {
      const t = await freshTask(w, side);
      return call(w, s, 'PATCH', `/api/v1/tasks/${t.id}`, { version: 1, title: '矩阵改名' });
    },
    expect: officeOnTask,
  },
  {
    route: 'POST /api/v1/tasks/{id}/milestones',
    run: async (w, s, side) => {
      const t = await freshTask(w, side);
      return call(w, s, 'POST', `/api/v1/tasks/${t.id}/milestones`, { title: '新节点', dueOn: '2026-12-15' });
    },
    expect: officeOnTask,
  },
  {
    route: 'PATCH /api/v1/tasks/{id}/milestones/{milestoneId}',
    run: async (w, s, side) => {
      const t = await freshTask(w, side);
      return call(w, s, 'PATCH', `/api/v1/tasks/${t.id}/milestones/${t.milestoneId}`, { title: '改名节点' });
    },
    expect: officeOnTask,
  },
  {
    route: 'DELETE /api/v1/tasks/{id}/milestones/{milestoneId}',
    run: async (w, s, side) => {
      const t = await freshTask(w, side);
      return call(w, s, 'DELETE', `/api/v1/tasks/${t.id}/milestones/${t.milestoneId}`);
    },
    expect: officeOnTask,
  },
  {
    route: 'POST /api/v1/tasks/{id}/milestones/{milestoneId}/complete',
    run: async (w, s, side) => {
      const t = await freshTask(w, side);
      return call(w, s, 'POST', `/api/v1/tasks/${t.id}/milestones/${t.milestoneId}/complete`, {});
    },
    expect: lead,
  },
  {
    route: 'POST /api/v1/tasks/{id}/milestones/{milestoneId}/reopen',
    run: async (w, s, side) => {
      const t = await freshTask(w, side);
      return call(w, s, 'POST', `/api/v1/tasks/${t.id}/milestones/${t.milestoneId}/reopen`, { reason: '重做' });
    },
    // The milestone is still open: the office gets past the door and is told so (409).
    expect: { in: 'ffffffcfffhhf', out: 'fhffffcfhhhhf' },
  },
  {
    route: 'POST /api/v1/tasks/{id}/evidence',
    run: async (w, s, side) => {
      const t = await freshTask(w, side);
      const upload = await w.app.inject({
        method: 'POST',
        url: '/api/v1/attachments?name=evidence.png',
        payload: png,
        headers: { ...s.headers(), 'content-type': 'image/png' },
      });
      return call(w, s, 'POST', `/api/v1/tasks/${t.id}/evidence`, { attachments: [upload.json().token] });
    },
    expect: lead,
  },
  get(
    'GET /api/v1/tasks/{id}/attachments/{attachmentId}',
    (w, side) => `/api/v1/tasks/${w.tasks[side].id}/attachments/${w.taskAttachments[side]}`,
    readers,
  ),
  {
    route: 'POST /api/v1/tasks/{id}/reports',
    run: async (w, s, side) => {
      const t = await freshTask(w, side);
      return call(w, s, 'POST', `/api/v1/tasks/${t.id}/reports`, { formId: w.forms[side] });
    },
    // Filing is the lead unit's; the department and the grid are turned away (403), the citizen too.
    expect: { in: 'ffffffffoohff', out: 'ffffffffhhhff' },
  },
  // The lead unit gets past the door; a task with an open milestone cannot be claimed done yet (409).
  taskAction('claim-done', 'active', { note: '已完成' }, { in: 'ffffffffcchhf', out: 'fhffffffhhhhf' }),
  taskAction('verify', 'done', { note: '核验通过' }, officeOnTask),
  taskAction('reject', 'done', { reason: '佐证不足' }, officeOnTask),
  taskAction('move-to-routine', 'active', { reason: '转常态' }, officeOnTask),
  taskAction('resume', 'routine', { reason: '恢复推进' }, officeOnTask),
  taskAction('withdraw', 'active', { reason: '撤销' }, officeOnTask),
  taskAction('comment', 'active', { text: '请加快进度' }, supervisors),
  taskAction('urge', 'active', { text: '请尽快推进' }, supervisors),
  get('GET /api/v1/reports', () => '/api/v1/reports', { in: 'ooooooofoooof' }),
  get('GET /api/v1/reports/{id}', (w, side) => `/api/v1/reports/${w.reports[side]}`, readers),
  reportAction('save', 'pending', { values: { done: '推进中' } }, leadOnly),
  reportAction('submit', 'pending', { values: { done: '已完成' } }, leadOnly),
  reportAction('recall', 'submitted', {}, leadOnly),
  reportAction('accept', 'submitted', {}, officeOnTask),
  reportAction('return', 'submitted', { reason: '数据有误' }, officeOnTask),
  // Supervisors and the office get past the door; a report not yet due cannot be urged (409).
  reportAction('urge', 'pending', {}, { in: 'ffcccfcfffhhf', out: 'fhcccfcfhhhhf' }),
  reportAction('waive', 'pending', { reason: '本期免报' }, officeOnTask),
  get('GET /api/v1/topics', (w, side) => `/api/v1/topics?programmeId=${w.programmes[side].id}`, {
    in: 'ffffffohffhhf',
    out: 'fhffffohhhhhf',
  }),
  get('GET /api/v1/topics/{id}', (w, side) => `/api/v1/topics/${w.topics[side]}`, moderators),
  get(
    'GET /api/v1/topics/{id}/related-cases',
    (w, side) => `/api/v1/topics/${w.topics[side]}/related-cases`,
    moderators,
  ),
  topicAction('publish', 'pending', () => ({ version: 1 })),
  topicAction('reject', 'pending', () => ({ version: 1, reason: '重复' })),
  topicAction('select', 'published', (w, side) => ({ version: 1, leadUnitId: Number(w.parents[side].id) })),
];

/** The public side of programmes and topics: what anyone sees, what a citizen proposes and supports. */
export const publicProgrammeRoutes: RouteCheck[] = [
  get('GET /api/v1/public/programmes', () => '/api/v1/public/programmes', { in: 'ooooooooooooo' }),
  {
    route: 'GET /api/v1/public/programmes/{id}',
    run: async (w, s, side) =>
      call(w, s, 'GET', `/api/v1/public/programmes/${(await fresh(w, side, 'active', 'public')).id}`),
    expect: { in: 'ooooooooooooo' },
  },
  get('GET /api/v1/public/topics', () => '/api/v1/public/topics', { in: 'ooooooooooooo' }),
  {
    route: 'POST /api/v1/public/topics',
    run: async (w, s, side) =>
      call(w, s, 'POST', '/api/v1/public/topics', {
        programmeId: (await fresh(w, side, 'active', 'public')).id,
        title: '建议增设路灯',
        description: '小区门口太暗，建议增设路灯。',
      }),
    expect: { in: 'ffffffffffffo' },
  },
  get('GET /api/v1/public/topics/mine', () => '/api/v1/public/topics/mine', { in: 'ffffffffffffo' }),
  {
    route: 'GET /api/v1/public/topics/{id}',
    run: async (w, s, side) => {
      const id = await makeTopic(w.db, { programme: await fresh(w, side, 'active', 'public'), status: 'published' });
      return call(w, s, 'GET', `/api/v1/public/topics/${id}`);
    },
    expect: { in: 'ooooooooooooo' },
  },
  {
    route: 'POST /api/v1/public/topics/{id}/support',
    run: async (w, s, side) => {
      const id = await makeTopic(w.db, { programme: await fresh(w, side, 'active', 'public'), status: 'published' });
      return call(w, s, 'POST', `/api/v1/public/topics/${id}/support`);
    },
    expect: { in: 'ffffffffffffo' },
  },
  {
    route: 'DELETE /api/v1/public/topics/{id}/support',
    run: async (w, s, side) => {
      const id = await makeTopic(w.db, { programme: await fresh(w, side, 'active', 'public'), status: 'published' });
      return call(w, s, 'DELETE', `/api/v1/public/topics/${id}/support`);
    },
    // The citizen gets past the door and is told there is no support to withdraw (409).
    expect: { in: 'ffffffffffffc' },
  },
];
