import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Kysely } from 'kysely';
import type { DB } from '../../src/platform/db/schema.ts';
import type { Database } from '../../src/platform/db/database.ts';
import type { App } from '../../src/platform/http/types.ts';
import type { Role } from '../../src/modules/access/permissions.ts';
import type { CategoryRow } from '../../src/modules/categories/categories.repository.ts';
import type { CaseRow } from '../../src/modules/cases/cases.repository.ts';
import { linkAttachments } from '../../src/modules/attachments/attachments.repository.ts';
import { linkAttachments as linkTaskAttachments } from '../../src/modules/programmes/tasks.repository.ts';
import type { UnitRow } from '../../src/modules/units/units.repository.ts';
import { makeCase, makeCategory } from '../factories/case-factory.ts';
import { makeNotification } from '../factories/notification-factory.ts';
import {
  type MadeProgramme,
  type MadeTask,
  makeProgramme,
  makeReport,
  makeReportForm,
  makeTask,
  makeTopic,
} from '../factories/programme-factory.ts';
import { type MadePerson, makePerson, makeUnit } from '../helpers/factories.ts';
import { type HttpSession, signInAs } from '../helpers/http-session.ts';
import { createTestApp } from '../helpers/test-app.ts';

/**
 * The people the authorization matrix signs in as, one per column of its tables, in this order.
 * Each holds one role in one unit of a small tree made by the factories: a district with a hotline,
 * supervision and discipline units, a water department, and two townships, the one "in" scope of
 * the township people (甲镇) and the one "out" of it (乙镇), each with a village and a grid.
 */
export const actorNames = [
  'administrator',
  'township_administrator',
  'leader',
  'supervisor',
  'discipline_commission',
  'organisation_department',
  'programme_office',
  'dispatcher',
  'unit_lead',
  'township_handler',
  'department_handler',
  'grid_worker',
  'citizen',
] as const;
export type ActorName = (typeof actorNames)[number];

type UnitKey = 'district' | 'hotline' | 'supervision' | 'discipline' | 'water' | 'townIn' | 'gridIn';
export const actorHomes: Record<ActorName, { unit: UnitKey; role: Role } | null> = {
  administrator: { unit: 'district', role: 'administrator' },
  township_administrator: { unit: 'townIn', role: 'administrator' },
  leader: { unit: 'district', role: 'leader' },
  supervisor: { unit: 'supervision', role: 'supervisor' },
  discipline_commission: { unit: 'discipline', role: 'supervisor' },
  organisation_department: { unit: 'district', role: 'organisation_department' },
  programme_office: { unit: 'district', role: 'programme_office' },
  dispatcher: { unit: 'hotline', role: 'dispatcher' },
  unit_lead: { unit: 'townIn', role: 'unit_lead' },
  township_handler: { unit: 'townIn', role: 'handler' },
  department_handler: { unit: 'water', role: 'handler' },
  grid_worker: { unit: 'gridIn', role: 'grid_worker' },
  citizen: null,
};

export type Side = 'in' | 'out';
export const sides: readonly Side[] = ['in', 'out'];

/** Records made once and only read by the matrix (writes make their own, see the route tables). */
export interface World {
  app: App;
  db: Kysely<DB>;
  dataDir: string;
  sessions: Map<ActorName, HttpSession>;
  people: Map<ActorName, MadePerson>;
  homes: Map<string, string>;
  units: Record<UnitKey, UnitRow>;
  /** The townships (parents) and villages of each side. */
  parents: Record<Side, UnitRow>;
  villages: Record<Side, UnitRow>;
  grids: Record<Side, UnitRow>;
  /** Staff members of a village on each side (for the people routes). */
  staff: Record<Side, MadePerson>;
  citizenId: number;
  category: CategoryRow;
  /** A case placed in the side's grid and led by its township, with a photo. */
  cases: Record<Side, CaseRow>;
  attachments: Record<Side, number>;
  /** A photo given as evidence of the side's task. */
  taskAttachments: Record<Side, number>;
  /** A programme owned by the side's township, with a task it leads, a report and a topic. */
  programmes: Record<Side, MadeProgramme>;
  tasks: Record<Side, MadeTask>;
  forms: Record<Side, number>;
  reports: Record<Side, number>;
  topics: Record<Side, number>;
  notifications: Record<Side, number>;
}

/** Words that mark the out-of-scope records, so no answer may carry them to someone out of scope. */
export const outMarkers = {
  case: 'MX乙镇诉求',
  task: 'MX乙镇任务',
  programme: 'MX乙镇清单',
  topic: 'MX乙镇点题',
} as const;

export const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

export const matrixPassword = 'Matrix2026pass';

export async function buildWorld(database: Database): Promise<World> {
  const db = database.db;
  const district = await makeUnit(db, { type: 'district', code: 'MXD', nameZh: '矩阵区' });
  const unit = (code: string, type: string, parent: UnitRow) => makeUnit(db, { code, type, parent });
  const hotline = await unit('MXD-HOT', 'department', district);
  const supervision = await unit('MXD-SUP', 'department', district);
  const discipline = await unit('MXD-DIS', 'department', district);
  const water = await unit('MXD-WATER', 'department', district);
  const townIn = await unit('MXT-IN', 'township', district);
  const townOut = await unit('MXT-OUT', 'township', district);
  const villages = { in: await unit('MX-IN', 'village', townIn), out: await unit('MX-OUT', 'village', townOut) };
  const grids = {
    in: await unit('MXG-IN', 'grid', villages.in),
    out: await unit('MXG-OUT', 'grid', villages.out),
  };
  const units = { district, hotline, supervision, discipline, water, townIn, gridIn: grids.in };

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'luoshi-matrix-'));
  const app = await createTestApp(database, { env: { LOGIN_RATE_PER_MINUTE: '10000', DATA_DIR: dataDir } });
  const sessions = new Map<ActorName, HttpSession>();
  const people = new Map<ActorName, MadePerson>();
  const homes = new Map<string, string>();
  for (const name of actorNames) {
    const home = actorHomes[name];
    const person = await makePerson(db, {
      username: `mx.${name}`,
      password: matrixPassword,
      kind: home ? 'staff' : 'citizen',
      memberships: home ? [{ unit: units[home.unit], role: home.role }] : [],
    });
    people.set(name, person);
    sessions.set(name, await signInAs(app, person.username, matrixPassword));
    if (home) homes.set(name, units[home.unit].path);
  }
  const staff = {
    in: await makePerson(db, { username: 'mx.inside', memberships: [{ unit: villages.in, role: 'handler' }] }),
    out: await makePerson(db, { username: 'mx.outside', memberships: [{ unit: villages.out, role: 'handler' }] }),
  };
  const category = await makeCategory(db, { code: 'MXCAT', nameZh: '路灯' });
  const dispatcher = sessions.get('dispatcher')!;

  const made = {} as Pick<
    World,
    | 'cases'
    | 'attachments'
    | 'taskAttachments'
    | 'programmes'
    | 'tasks'
    | 'forms'
    | 'reports'
    | 'topics'
    | 'notifications'
  >;
  for (const key of [
    'cases',
    'attachments',
    'taskAttachments',
    'programmes',
    'tasks',
    'forms',
    'reports',
    'topics',
    'notifications',
  ])
    (made as Record<string, unknown>)[key] = {};
  const citizen = people.get('citizen')!;
  for (const side of sides) {
    const township = side === 'in' ? townIn : townOut;
    const marker = (word: keyof typeof outMarkers) => (side === 'out' ? outMarkers[word] : `MX甲镇${word}`);
    const row = await makeCase(db, {
      place: grids[side],
      lead: township,
      status: 'handling',
      category,
      title: marker('case'),
    });
    made.cases[side] = row;
    const attachmentId = await uploadPng(app, dispatcher);
    await linkAttachments(db, [attachmentId], Number(row.id), null);
    made.attachments[side] = attachmentId;

    const programme = await makeProgramme(db, { owner: township, title: marker('programme'), topicWindow: true });
    made.programmes[side] = programme;
    const task = await makeTask(db, { programme, lead: township, title: marker('task'), withMilestone: true });
    made.tasks[side] = task;
    made.taskAttachments[side] = await uploadPng(app, dispatcher);
    await linkTaskAttachments(db, [made.taskAttachments[side]], { taskId: task.id });
    made.forms[side] = await makeReportForm(db, { programme });
    made.reports[side] = Number((await makeReport(db, { task, formId: made.forms[side], status: 'submitted' })).id);
    made.topics[side] = await makeTopic(db, {
      programme,
      status: 'published',
      title: marker('topic'),
    });
  }
  for (const side of sides)
    made.notifications[side] = await makeNotification(db, {
      personId: (side === 'in' ? people.get('township_handler') : people.get('department_handler'))!.id,
    });
  return {
    app,
    db,
    dataDir,
    sessions,
    people,
    homes,
    units,
    parents: { in: townIn, out: townOut },
    villages,
    grids,
    staff,
    citizenId: citizen.id,
    category,
    ...made,
  };
}

async function uploadPng(app: App, session: HttpSession): Promise<number> {
  const upload = await app.inject({
    method: 'POST',
    url: '/api/v1/attachments?name=photo.png',
    payload: png,
    headers: { ...session.headers(), 'content-type': 'image/png' },
  });
  if (upload.statusCode !== 201) throw new Error(`upload failed: ${upload.body}`);
  return Number(upload.json().id);
}

export async function closeWorld(world: World | undefined): Promise<void> {
  if (!world) return;
  await world.app.close();
  fs.rmSync(world.dataDir, { recursive: true, force: true });
}

export interface Answer {
  status: number;
  body: string;
}

export async function call(
  world: World,
  session: HttpSession,
  method: string,
  url: string,
  payload?: unknown,
  extra: Record<string, string> = {},
): Promise<Answer> {
  const res = await world.app.inject({
    method: method as 'GET',
    url,
    headers: { ...session.headers(), ...extra },
    ...(payload === undefined ? {} : { payload: payload as string }),
  });
  return { status: res.statusCode, body: res.body };
}

let counter = 0;
export const unique = (prefix: string) => `${prefix}-${++counter}`;
