import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Kysely } from 'kysely';
import { buildApp } from '../../src/app/build-app.ts';
import { sealAuditLog } from '../../src/modules/audit/audit.service.ts';
import type { SmsProvider } from '../../src/modules/auth/sms-provider.ts';
import { indexQueuedCases } from '../../src/modules/cases/case-search-indexer.ts';
import { ensureDefaultCategories } from '../../src/modules/categories/categories.service.ts';
import { createModuleRuntime, type ModuleRuntime } from '../../src/modules/runtime.ts';
import type { Database } from '../../src/platform/db/database.ts';
import type { DB } from '../../src/platform/db/schema.ts';
import type { App } from '../../src/platform/http/types.ts';
import { createLogger } from '../../src/platform/logging/logger.ts';
import { makeTestDistrict, type TestLogin } from '../factories/district-factory.ts';
import { makePerson } from '../helpers/factories.ts';
import { type HttpSession, signInAs } from '../helpers/http-session.ts';
import { testConfig } from '../helpers/test-app.ts';
import { citizenText, planted } from './planted-pii.ts';

/** A one-pixel PNG: the planted citizen's photo, named after them. */
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

/** The ids of everything planted, which fill the path and query parameters of the walk. */
export interface PlantedRecords {
  personId: number;
  /** 1: hotline intake by the dispatcher, taken through the loop and closed by the follow-up call. */
  hotlineCaseId: number;
  /** 2: the signed-in citizen's own case, rated by them on the public page. */
  citizenCaseId: number;
  /** 3: the public form, named (钱雨桐, the planted mobile), left waiting to be accepted. */
  publicCaseId: number;
  /** 4: an outside app's Open311 request for the citizen (name, phone, address, text, plate attribute). */
  open311CaseId: number;
  trackingCodes: string[];
  caseAttachmentIds: number[];
  categoryIds: number[];
  categoryCodes: string[];
  programmeId: number;
  topicId: number;
  taskId: number;
  formId: number;
  reportId: number;
  taskAttachmentIds: number[];
  units: { grid: number; village: number; town: number; water: number };
  /** A river segment in 石桥村, its sign's slug, and a patrol of it with a finding quoting the citizen. */
  objectId: number;
  objectSlug: string;
  patrolId: number;
}

export interface PlantedWorld {
  app: App;
  db: Kysely<DB>;
  runtime: ModuleRuntime;
  records: PlantedRecords;
  /** A session for a person of the test district. */
  as(login: TestLogin): Promise<HttpSession>;
  /** The planted citizen's own session (signed in by text message). */
  plantedSession: HttpSession;
  close(): Promise<void>;
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/**
 * The test district with the planted citizen's data put, through the real HTTP API, into every field
 * a citizen (or an operator taking their call) fills: the citizen's own account (registered by text
 * message, renamed by an administrator), three cases (hotline intake with the reporter's name and
 * mobile, the signed-in citizen's form with the category's extra fields and a photo, the public form),
 * the dispatcher's note of a call, the follow-up comment and the citizen's rating comment, and a topic
 * proposal which the office publishes and turns into a task. Then the search indexer and the audit
 * sealer run, as the server's jobs would.
 */
export async function plantWorld(database: Database): Promise<PlantedWorld> {
  const db = database.db;
  const { password } = await makeTestDistrict(db);
  await ensureDefaultCategories(db);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'luoshi-pii-'));
  const config = testConfig({
    DATA_DIR: dataDir,
    LOGIN_RATE_PER_MINUTE: '1000',
    PUBLIC_INTAKE_PER_MINUTE: '1000',
  });
  const logger = createLogger(config.logLevel);
  const runtime = createModuleRuntime(config, database, logger);
  const texts: { mobile: string; text: string }[] = [];
  const sms: SmsProvider = { send: async (mobile, text) => void texts.push({ mobile, text }) };
  const app = await buildApp({ config, database, logger, runtime, sms });
  const sessions = new Map<string, HttpSession>();
  const as = async (login: TestLogin) => {
    let session = sessions.get(login);
    if (!session) {
      session = await signInAs(app, login, password);
      sessions.set(login, session);
    }
    return session;
  };

  const call = async (
    session: HttpSession | null,
    method: Method,
    url: string,
    payload?: unknown,
    headers: Record<string, string> = {},
  ) => {
    const res = await app.inject({
      method,
      url: `/api/v1${url}`,
      ...(payload === undefined ? {} : { payload: payload as object }),
      headers: { ...(session?.headers() ?? {}), ...headers },
    });
    if (res.statusCode >= 300) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
    return res.body && String(res.headers['content-type']).includes('json') ? res.json() : null;
  };
  const unitId = async (code: string) =>
    Number((await db.selectFrom('unit').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id);
  const category = async (level2: string, level3: string) => {
    const row = await db
      .selectFrom('category as c')
      .innerJoin('category as p', 'p.id', 'c.parent_id')
      .select(['c.id', 'c.code'])
      .where('p.name_zh', '=', level2)
      .where('c.name_zh', '=', level3)
      .executeTakeFirstOrThrow();
    return { id: Number(row.id), code: row.code };
  };
  const unitRow = (code: string) =>
    db.selectFrom('unit').selectAll().where('code', '=', code).executeTakeFirstOrThrow();
  const units = {
    grid: await unitId('D01-T01-V01-G01'),
    village: await unitId('D01-T01-V01'),
    town: await unitId('D01-T01'),
    water: await unitId('D01-DEPT-WATER'),
  };

  /** A citizen's sign-in by text message: the code is read from what the SMS gateway was given. */
  const citizenSignIn = async (mobile: string): Promise<{ session: HttpSession; personId: number }> => {
    await call(null, 'POST', '/auth/sms-code', { mobile });
    const sent = texts.filter((t) => t.mobile === mobile).at(-1);
    const code = /(\d{6})/.exec(sent?.text ?? '')?.[1];
    if (!code) throw new Error(`no code sent to ${mobile}`);
    const res = await app.inject({ method: 'POST', url: '/api/v1/auth/citizen-login', payload: { mobile, code } });
    if (res.statusCode !== 200) throw new Error(`citizen sign-in failed: ${res.statusCode} ${res.body}`);
    const cookie = `luoshi_session=${res.cookies.find((c) => c.name === 'luoshi_session')!.value}`;
    const csrfToken = res.json().csrfToken as string;
    return {
      session: { cookie, csrfToken, headers: () => ({ cookie, 'x-csrf-token': csrfToken }) },
      personId: res.json().person.id as number,
    };
  };

  // The citizen registers with a number of their own, then an administrator records their name and
  // their usual mobile (the audit row of a person change), and they sign in with it (the audit row
  // of a citizen's sign-in).
  const registered = await citizenSignIn('13900002468');
  const admin = await as('admin');
  const person = await call(admin, 'GET', `/people/${registered.personId}`);
  await call(admin, 'PATCH', `/people/${registered.personId}`, {
    version: person.version,
    displayName: planted.name,
    mobile: planted.mobile,
  });
  const { session: plantedSession, personId } = await citizenSignIn(planted.mobile);
  if (personId !== registered.personId) throw new Error('the renamed citizen did not sign in as themself');

  const upload = async (session: HttpSession, name: string) => {
    const res = await app.inject({
      method: 'POST',
      url: `/api/v1/attachments?name=${encodeURIComponent(name)}`,
      payload: png,
      headers: { ...session.headers(), 'content-type': 'image/png' },
    });
    if (res.statusCode !== 201) throw new Error(`upload failed: ${res.statusCode} ${res.body}`);
    return res.json() as { id: number; token: string };
  };

  const traffic = await category('交通管理', '交通安全管理');
  const labour = await category('劳动关系', '劳动合同纠纷');
  const dispatcher = await as('dispatcher');
  const townHandler = await as('town.handler');

  // 2: the signed-in citizen's own form, with the category's extra field and a photo named after them.
  const photo = await upload(plantedSession, `${planted.name}${planted.mobile}身份证.png`);
  const citizenCase = await call(plantedSession, 'POST', '/cases', {
    description: citizenText('公司拖欠工资三个月'),
    address: planted.address,
    categoryId: labour.id,
    placeUnitId: units.grid,
    extra: { employerName: `${planted.road}88号个体店（联系人${planted.name} ${planted.mobile}）` },
    attachments: [photo.token],
  });

  // 1: the hotline: an operator writes down the call, with the reporter's name and mobile.
  const hotlineCase = await call(dispatcher, 'POST', '/cases', {
    channel: 'hotline',
    description: citizenText('来电反映小区消防通道被占'),
    address: planted.address,
    categoryId: traffic.id,
    placeUnitId: units.grid,
    reporterName: planted.name,
    reporterMobile: planted.mobile,
    extra: { plateNumber: planted.plate },
  });

  // 3: the public form, named by someone else with the planted mobile.
  const publicCase = await call(null, 'POST', '/public/cases', {
    description: citizenText('和平路路灯不亮'),
    address: planted.address,
    reporterName: planted.otherName,
    reporterMobile: planted.mobile,
  });

  // 4: an outside app speaks Open311 for the citizen, with an API token of an integration account
  // (registers cases as a dispatcher, issues tokens as an administrator).
  const bridge = await makePerson(db, {
    username: 'open311.bridge',
    memberships: [
      { unit: await unitRow('D01-HOT'), role: 'dispatcher' },
      { unit: await unitRow('D01'), role: 'administrator' },
    ],
  });
  const bridgeSession = await signInAs(app, bridge.username, bridge.password);
  const apiKey = (await call(bridgeSession, 'POST', '/tokens', { name: 'open311', scopes: ['case.create'] })).token;
  const open311 = await app.inject({
    method: 'POST',
    url: '/open311/v2/requests.json',
    payload: {
      api_key: apiKey,
      service_code: traffic.code,
      last_name: planted.name.slice(0, 2),
      first_name: planted.name.slice(2),
      phone: planted.mobile,
      address_string: planted.address,
      description: citizenText('第三方应用转来'),
      attribute: { plateNumber: planted.plate },
    },
  });
  if (open311.statusCode !== 201) throw new Error(`Open311 request failed: ${open311.statusCode} ${open311.body}`);
  const open311Code = (open311.json() as { service_request_id: string }[])[0]!.service_request_id;
  const open311CaseId = Number(
    (await db.selectFrom('case_record').select('id').where('tracking_code', '=', open311Code).executeTakeFirstOrThrow())
      .id,
  );

  // Cases 1 and 2 go through the loop to the town (the water bureau supporting): notifications for the
  // units, a note of a call, the result, then the follow-up.
  for (const [id, categoryId] of [
    [hotlineCase.id as number, traffic.id],
    [citizenCase.id as number, labour.id],
  ] as const) {
    await call(dispatcher, 'POST', `/cases/${id}/accept`, {});
    await call(dispatcher, 'POST', `/cases/${id}/classify`, { categoryId, tier: 'general' });
    await call(dispatcher, 'POST', `/cases/${id}/note`, { text: citizenText('群众来电补充') });
    await call(dispatcher, 'POST', `/cases/${id}/dispatch`, {
      leadUnitId: units.town,
      supportingUnitIds: [units.water],
    });
    await call(townHandler, 'POST', `/cases/${id}/acknowledge`, {});
    await call(townHandler, 'POST', `/cases/${id}/resolve`, { result: '已联系相关单位处理完毕' });
    await call(dispatcher, 'POST', `/cases/${id}/approve`, {});
  }
  await call(dispatcher, 'POST', `/cases/${hotlineCase.id}/follow-up`, {
    satisfaction: 'unsatisfied',
    solved: false,
    comment: citizenText('回访时群众表示'),
  });
  // Unsatisfied, the hotline case is back with the town: the supervision office urges and escalates it
  // (the board's escalated section, the lead unit's notifications).
  const supervisor = await as('supervisor');
  await call(supervisor, 'POST', `/cases/${hotlineCase.id}/urge`, { note: '请加快办理' });
  await call(supervisor, 'POST', `/cases/${hotlineCase.id}/escalate`, { note: '群众不满意，提级督办' });
  await call(
    null,
    'POST',
    `/public/cases/${citizenCase.trackingCode}/rating`,
    { satisfaction: 'basically_satisfied', solved: true, comment: citizenText('评价') },
    { 'x-reporter-mobile': planted.mobile },
  );

  // A topic proposal on a public programme's window: published, then selected into a task.
  const office = await as('office');
  const programme = await call(office, 'POST', '/programmes', {
    title: '2026年民生实事',
    kind: 'pledges',
    ownerUnitId: await unitId('D01'),
    startsOn: '2026-01-01',
    endsOn: '2026-12-31',
    visibility: 'public',
  });
  await call(office, 'POST', `/programmes/${programme.id}/activate`, {});
  const opened = await call(office, 'GET', `/programmes/${programme.id}`);
  await call(office, 'PUT', `/programmes/${programme.id}/topic-window`, {
    version: opened.version,
    opensAt: '2026-01-01T00:00:00+08:00',
    closesAt: '2027-01-01T00:00:00+08:00',
  });
  const topic = await call(plantedSession, 'POST', '/public/topics', {
    programmeId: programme.id,
    title: `${planted.road}88号5栋门前积水`,
    description: citizenText('雨天门前积水严重'),
  });
  const published = await call(office, 'POST', `/topics/${topic.id}/publish`, {});
  const selected = await call(office, 'POST', `/topics/${topic.id}/select`, {
    version: published.version,
    leadUnitId: units.town,
  });
  const taskId = (selected.task?.id ?? (await call(office, 'GET', `/topics/${topic.id}`)).task.id) as number;
  const form = await call(office, 'POST', `/programmes/${programme.id}/forms`, {
    name: '民生实事月报',
    frequency: 'monthly',
    startsOn: '2026-01-01',
    fields: [{ key: 'progress', label: '进展', type: 'text', required: false }],
  });
  const report = await call(townHandler, 'POST', `/tasks/${taskId}/reports`, { formId: form.id });
  const evidence = await upload(townHandler, '现场照片.png');
  await call(townHandler, 'POST', `/tasks/${taskId}/evidence`, { attachments: [evidence.token] });

  // The server's jobs: the search index and the audit seal.
  await indexQueuedCases(runtime.cases);
  // The dispatcher looks the caller up by name and mobile and exports the list, as on a call back
  // (their search terms go into the audit trail).
  for (const q of [planted.name, planted.mobile]) {
    await call(dispatcher, 'GET', `/cases?q=${encodeURIComponent(q)}`);
    await call(dispatcher, 'GET', `/cases/export.xlsx?q=${encodeURIComponent(q)}`);
  }
  // A chief's patrol finding that quotes the citizen (a culprit's plate, a caller's number): staff free text.
  const village = await unitId('D01-T01-V01');
  const object = await call(admin, 'POST', '/responsibility-objects', {
    kind: 'river_segment',
    name: '石桥河石桥村段',
    geometry: {
      type: 'LineString',
      coordinates: [
        [113.3, 23.1],
        [113.31, 23.105],
      ],
    },
    unitId: village,
  });
  // Its author (who reads their own note as written) is a village chief outside the walk's callers.
  const villageRow = await db.selectFrom('unit').selectAll().where('id', '=', village).executeTakeFirstOrThrow();
  const author = await makePerson(db, {
    username: 'planted.chief',
    displayName: '石守川',
    password,
    memberships: [{ unit: villageRow, role: 'unit_lead' }],
  });
  const lead = await signInAs(app, author.username, password);
  const leadId = author.id;
  await call(admin, 'POST', `/responsibility-objects/${object.id}/appointments`, {
    personId: leadId,
    level: 'village',
    fromDate: '2026-01-01',
  });
  const patrol = await call(lead, 'POST', '/patrols', { objectId: object.id, clientId: 'planted-patrol-1' });
  await call(lead, 'POST', `/patrols/${patrol.id}/findings`, {
    itemCode: 'dumping',
    note: citizenText('河岸有人倾倒建筑垃圾'),
  });
  await call(lead, 'POST', `/patrols/${patrol.id}/stop`, { openCases: false });
  await sealAuditLog(db);

  const codes = await db
    .selectFrom('case_record')
    .select('tracking_code')
    .where('id', 'in', [hotlineCase.id, citizenCase.id, publicCase.id, open311CaseId])
    .execute();
  return {
    app,
    db,
    runtime,
    as,
    plantedSession,
    records: {
      personId,
      hotlineCaseId: hotlineCase.id,
      citizenCaseId: citizenCase.id,
      publicCaseId: publicCase.id,
      open311CaseId,
      trackingCodes: codes.map((c) => c.tracking_code),
      caseAttachmentIds: [photo.id],
      categoryIds: [traffic.id, labour.id],
      categoryCodes: [traffic.code, labour.code],
      programmeId: programme.id,
      topicId: topic.id,
      taskId,
      formId: form.id,
      reportId: report.id,
      taskAttachmentIds: [evidence.id],
      units,
      objectId: object.id,
      objectSlug: object.publicSlug,
      patrolId: patrol.id,
    },
    async close() {
      await app.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
