import http from 'node:http';
import type { App } from '../../src/platform/http/types.ts';
import { chinaMonth } from '../../src/shared/china-time.ts';
import type { HttpSession } from '../helpers/http-session.ts';
import {
  type Datum,
  type Field,
  findPlanted,
  headerText,
  jsonFields,
  pathsOf,
  planted,
  xlsxFields,
  xlsxType,
} from './planted-pii.ts';
import type { PlantedRecords } from './planted-pii-world.ts';

/**
 * The walk: every GET route of the OpenAPI document (and the POST routes that only answer data),
 * with its path parameters filled by the planted records' ids and its query parameters by values
 * that would surface them, sent as one caller; each answer's decoded text (JSON, XML, spreadsheet
 * cells, headers) searched for the planted data.
 */

interface Parameter {
  in: 'path' | 'query' | 'header' | 'cookie';
  name: string;
  required?: boolean;
  schema?: Schema;
}
interface Schema {
  type?: string;
  enum?: unknown[];
  anyOf?: Schema[];
  const?: unknown;
  items?: Schema;
}
export interface OpenApiDocument {
  paths: Record<string, Record<string, { parameters?: Parameter[] }>>;
}

export interface WalkRequest {
  /** `GET /api/v1/cases/{id}`: the route as the document names it. */
  route: string;
  method: 'GET' | 'POST';
  url: string;
  payload?: object;
  /** The planted datum this request searches by (q=, text), if any: an answer naming a planted record is a hit. */
  searchesBy?: string;
  /** The first request of a route and path (its parameters at their defaults); the others vary its query or body. */
  first: boolean;
  /** Route and path without the query: requests with the same door. */
  door: string;
}

export interface Caller {
  /** Who, as the table prints it: `town.handler (handler)`, `anonymous`. */
  label: string;
  session: HttpSession | null;
  /** Requests come from this address, one per caller, as from their own machine (rate limits are per address). */
  ip: string;
}

export interface Leak {
  route: string;
  caller: string;
  datum: string;
  /** Where in the answer: JSON paths, sheet columns, headers. */
  paths: string[];
  excerpt: string;
  url: string;
  status: number;
}

/** The POST routes that change nothing and answer data, with bodies that would surface the planted case. */
const readOnlyPosts: Record<string, (r: PlantedRecords) => { payload: object; searchesBy?: string }[]> = {
  'POST /api/v1/cases/duplicate-check': (r) => [
    { payload: { text: '小区消防通道被占，楼下常有一辆小车堵住消防通道', placeUnitId: r.units.grid } },
    { payload: { text: '公司拖欠工资三个月，工资卡被物业扣款' } },
    { payload: { text: `手机${planted.mobile}` }, searchesBy: 'mobile' },
    { payload: { text: planted.name }, searchesBy: 'name' },
  ],
  'POST /api/v1/cases/routing-suggestion': (r) => [{ payload: { tier: 'minor', placeUnitId: r.units.grid } }],
  'POST /api/v1/text/category-suggestions': () => [{ payload: { text: '小区消防通道被占，工资卡被物业扣款' } }],
};

/** Search terms: each planted datum a person might type into a search box, and the road (not personal). */
const searchTerms: { value: string; searchesBy?: string }[] = [
  { value: planted.mobile, searchesBy: 'mobile' },
  { value: planted.name, searchesBy: 'name' },
  { value: planted.otherName, searchesBy: 'otherName' },
  { value: planted.idNumber, searchesBy: 'idNumber' },
  { value: planted.plate, searchesBy: 'plate' },
  { value: planted.bankCard, searchesBy: 'bankCard' },
  { value: planted.road },
];

/**
 * Query parameters left at their defaults on purpose, with the reason. Any other parameter without a
 * value below is walked only at its default (and a required one makes its route "not walked").
 */
export const defaultedQuery: Record<string, string> = {
  mobile: "the reporter's proof on the public page: whoever has it is the planted citizen (exception a)",
  cursor: 'paging: the planted records are on the first page',
  beforeId: 'paging: the planted records are on the first page',
  offset: 'paging: the planted records are on the first page',
  limit: 'the default page holds the planted records',
  from: 'the default period holds today',
  to: 'the default period holds today',
  createdFrom: 'the default period holds today',
  createdTo: 'the default period holds today',
  start_date: 'the default window holds today',
  end_date: 'the default window holds today',
  jurisdiction_id: 'accepted and ignored (one jurisdiction)',
  periodKey: 'a period filter: the default is every period',
  displayStatus: 'walked by its enum values',
};

function enumOf(schema: Schema | undefined): unknown[] | undefined {
  if (!schema) return undefined;
  if (schema.enum) return schema.enum;
  if (schema.anyOf?.every((s) => 'const' in s)) return schema.anyOf.map((s) => s.const);
  if (schema.type === 'array') return enumOf(schema.items);
  if (schema.type === 'boolean') return [true, false];
  return undefined;
}

function pathValues(path: string, param: Parameter, r: PlantedRecords): (string | number)[] | undefined {
  const segments = path.split('/');
  const at = segments.findIndex((s) => s.includes(`{${param.name}}`));
  const before = segments[at - 1] ?? '';
  const known: Record<string, (string | number)[]> = {
    'cases:id': [r.hotlineCaseId, r.citizenCaseId, r.publicCaseId, r.open311CaseId],
    'cases:trackingCode': r.trackingCodes,
    'people:id': [r.personId],
    'programmes:id': [r.programmeId],
    'topics:id': [r.topicId],
    'tasks:id': [r.taskId],
    'attachments:attachmentId': r.taskAttachmentIds,
    'attachments:id': r.caseAttachmentIds,
    'reports:id': [r.reportId],
    'units:id': [r.units.grid, r.units.village, r.units.town],
    'categories:id': r.categoryIds,
    'requests:id': r.trackingCodes,
    'tokens:token': r.trackingCodes,
    'services:code': r.categoryCodes,
    'responsibility-objects:id': [r.objectId],
    'patrols:id': [r.patrolId],
    'objects:slug': [r.objectSlug],
  };
  const key = `${before}:${param.name}`;
  if (known[key]) return known[key];
  if (param.name === 'format') return ['json', 'xml'];
  return enumOf(param.schema) as (string | number)[] | undefined;
}

type QueryValue = string | number | boolean | string[];

function queryValues(
  route: string,
  param: Parameter,
  r: PlantedRecords,
  now: Date,
): { value: QueryValue; searchesBy?: string }[] | undefined {
  const plain = (values: (string | number | boolean)[]) => values.map((value) => ({ value }));
  switch (param.name) {
    case 'q':
      return searchTerms;
    case 'programmeId':
      return plain([r.programmeId]);
    case 'taskId':
      return plain([r.taskId]);
    case 'formId':
      return plain([r.formId]);
    case 'unitId':
      return plain([r.units.town, r.units.water, r.units.grid]);
    case 'leadUnitId':
      return plain([r.units.town]);
    case 'placeUnitId':
      return plain([r.units.grid]);
    case 'parentId':
      return plain([route.includes('/tasks') ? r.taskId : r.units.village]);
    case 'categoryId':
      return plain(r.categoryIds);
    case 'actorId':
      return plain([r.personId]);
    case 'month':
      return plain([chinaMonth(now)]);
    case 'after':
      return plain([0]);
    case 'service_request_id':
      return plain(r.trackingCodes);
    case 'service_code':
      return plain(r.categoryCodes);
    case 'unit':
      return plain(['D01-T01', 'D01-T01-V01']);
  }
  const values = enumOf(param.schema);
  // A list filter (status=a&status=b…) only narrows its default; one request with every value walks it.
  if (values && param.schema?.type === 'array') return [{ value: values as string[] }];
  return values ? plain(values as (string | number | boolean)[]) : undefined;
}

function product<T>(lists: T[][]): T[][] {
  return lists.reduce<T[][]>((acc, list) => acc.flatMap((prefix) => list.map((item) => [...prefix, item])), [[]]);
}

export interface WalkPlan {
  requests: WalkRequest[];
  /** Routes of the document in the walk. */
  walked: string[];
  /** Routes not walked, with the parameter that had no value. */
  notWalked: Record<string, string>;
  /** Routes the document has that are writes, left out of the walk. */
  writes: string[];
}

/** Every request of the walk, from the document and the planted records. */
export function planWalk(doc: OpenApiDocument, r: PlantedRecords, now: Date): WalkPlan {
  const requests: WalkRequest[] = [];
  const walked: string[] = [];
  const notWalked: Record<string, string> = {};
  const writes: string[] = [];
  const routes = Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => ({ method: method.toUpperCase(), path, params: op.parameters ?? [] })),
  );
  routes.push({ method: 'GET', path: '/api/openapi.json', params: [] });
  for (const { method, path, params } of routes) {
    const route = `${method} ${path}`;
    const post = readOnlyPosts[route];
    if (method !== 'GET' && !post) {
      writes.push(route);
      continue;
    }
    const pathParams = params.filter((p) => p.in === 'path');
    const filled = pathParams.map((p) => ({ p, values: pathValues(path, p, r) }));
    const missing = filled.find((f) => !f.values || f.values.length === 0);
    if (missing) {
      notWalked[route] = `no value for path parameter {${missing.p.name}}`;
      continue;
    }
    const queryParams = params.filter((p) => p.in === 'query');
    const required: Record<string, QueryValue> = {};
    let lacking: string | null = null;
    for (const p of queryParams.filter((q) => q.required)) {
      const values = queryValues(route, p, r, now);
      if (!values?.length) lacking = p.name;
      else required[p.name] = values[0]!.value;
    }
    if (lacking) {
      notWalked[route] = `no value for required query parameter ${lacking}`;
      continue;
    }
    // One variant per optional parameter value (no cross product), plus the audit's entity pairs.
    const variants: { query: Record<string, QueryValue>; searchesBy?: string }[] = [{ query: {} }];
    for (const p of queryParams.filter((q) => !q.required && q.name !== 'entityId' && q.name !== 'entityType')) {
      if (p.name in defaultedQuery) continue;
      for (const v of queryValues(route, p, r, now) ?? [])
        variants.push({ query: { [p.name]: v.value }, ...(v.searchesBy ? { searchesBy: v.searchesBy } : {}) });
    }
    if (queryParams.some((q) => q.name === 'entityId') && queryParams.some((q) => q.name === 'entityType'))
      for (const [entityType, entityId] of [
        ['person', r.personId],
        ['case', r.hotlineCaseId],
        ['case', r.citizenCaseId],
        ['case', r.publicCaseId],
        ['case', r.open311CaseId],
        ['topic', r.topicId],
      ] as const)
        variants.push({ query: { entityType, entityId } });
    walked.push(route);
    for (const values of product(filled.map((f) => f.values!))) {
      let url = path;
      pathParams.forEach((p, i) => (url = url.replace(`{${p.name}}`, encodeURIComponent(String(values[i])))));
      const door = `${method} ${url}`;
      if (post) {
        for (const [i, body] of post(r).entries())
          requests.push({
            route,
            method: 'POST',
            url,
            payload: body.payload,
            ...(body.searchesBy ? { searchesBy: body.searchesBy } : {}),
            first: i === 0,
            door,
          });
        continue;
      }
      for (const [i, variant] of variants.entries()) {
        const search = new URLSearchParams();
        for (const [name, value] of Object.entries({ ...required, ...variant.query }))
          for (const one of Array.isArray(value) ? value : [value]) search.append(name, String(one));
        const qs = search.toString();
        requests.push({
          route,
          method: 'GET',
          url: qs ? `${url}?${qs}` : url,
          ...(variant.searchesBy ? { searchesBy: variant.searchesBy } : {}),
          first: i === 0,
          door,
        });
      }
    }
  }
  return { requests, walked, notWalked, writes };
}

const streamRoute = 'GET /api/v1/notifications/stream';

/**
 * What one caller was shown, decoded: headers and body (JSON, XML and text as sent, spreadsheets
 * cell by cell), as one text and as fields that say where each piece sits.
 */
async function answerText(res: {
  headers: Record<string, string | string[] | number | undefined>;
  rawPayload: Buffer;
  body: string;
}): Promise<{ text: string; fields: () => Field[]; unread: string | null }> {
  const type = String(res.headers['content-type'] ?? '');
  const head = headerText(res.headers);
  // Fields are taken apart only when something was found: most answers hold nothing.
  const headers = () => head.split('\n').map((line) => ({ path: `header ${line.split(':')[0]}`, text: line }));
  if (type.startsWith(xlsxType)) {
    const cells = await xlsxFields(res.rawPayload);
    return {
      text: `${head}\n${cells.map((c) => c.text).join('\n')}`,
      fields: () => [...headers(), ...cells],
      unread: null,
    };
  }
  if (res.rawPayload.length === 0 || /json|xml|text|javascript|csv/.test(type)) {
    const body = (): Field[] => {
      if (type.includes('json'))
        try {
          return jsonFields(JSON.parse(res.body));
        } catch {
          // not JSON after all: the body as text
        }
      return [{ path: type.includes('xml') ? 'XML body' : 'body', text: res.body }];
    };
    return { text: `${head}\n${res.body}`, fields: () => [...headers(), ...body()], unread: null };
  }
  // Images are the bytes uploaded (planted in their names only, which travel in the headers).
  if (type.startsWith('image/')) return { text: head, fields: headers, unread: null };
  return { text: head, fields: headers, unread: type };
}

export interface WalkResult {
  leaks: Leak[];
  requests: number;
  /** Answers whose body could not be decoded (content type), by route. */
  unreadBodies: Record<string, string>;
  /** Requests refused for their rate (429): the walk did not see what they would have answered. */
  rateLimited: string[];
  /** Routes skipped for a caller under a documented exception. */
  excepted: string[];
  /**
   * Requests not sent because the same route and path refused the caller at the door (401/403) with
   * its parameters at their defaults: a filter or a search term does not open a door the route keeps shut.
   */
  shutOut: number;
  /** Status letters by route: how many answers were 2xx, 4xx… over every caller and request. */
  statuses: Record<string, Record<string, number>>;
  /** Milliseconds spent per route, over every caller. */
  timeByRoute: Record<string, number>;
}

/** The one audited reveal route the lead unit may use to call the citizen back (exception b). */
export const revealRoute = 'GET /api/v1/cases/{id}/reporter';

/**
 * Sends every planned request as each caller, then reads each caller's notification stream, and
 * answers every planted datum found. `streamBase` is the listening server's address (the stream
 * never ends, so it is read over real HTTP, a bounded number of events).
 */
export async function walk(
  app: App,
  plan: WalkPlan,
  callers: Caller[],
  records: PlantedRecords,
  options: { streamBase: string; skip?: (caller: Caller, route: string) => boolean },
): Promise<WalkResult> {
  const result: WalkResult = {
    leaks: [],
    requests: 0,
    unreadBodies: {},
    rateLimited: [],
    excepted: [],
    shutOut: 0,
    statuses: {},
    timeByRoute: {},
  };
  const count = (route: string, status: number) => {
    const letter = `${String(status)[0]}xx`;
    const row = (result.statuses[route] ??= {});
    row[letter] = (row[letter] ?? 0) + 1;
  };
  const record = (caller: Caller, req: WalkRequest, status: number, text: string, fields: () => Field[]) => {
    const found = findPlanted(text);
    const parts = found.length > 0 ? fields() : [];
    for (const { datum, excerpt } of found)
      result.leaks.push({
        route: req.route,
        caller: caller.label,
        datum: datum.label,
        paths: pathsOf(parts, datum),
        excerpt,
        url: req.url,
        status,
      });
    if (req.searchesBy && status < 300) {
      const hit =
        records.trackingCodes.find((code) => text.includes(code)) ??
        (req.route.startsWith('GET /api/v1/people') && listsPerson(text, records.personId)
          ? `person ${records.personId}`
          : undefined);
      if (hit)
        result.leaks.push({
          route: req.route,
          caller: caller.label,
          datum: `found by searching ${req.searchesBy}`,
          paths: [],
          excerpt: hit,
          url: req.url,
          status,
        });
    }
  };
  for (const caller of callers) {
    const shut = new Set<string>();
    for (const req of plan.requests) {
      if (req.route === streamRoute) continue;
      if (shut.has(req.door)) {
        result.shutOut += 1;
        continue;
      }
      if (options.skip?.(caller, req.route)) {
        result.excepted.push(`${req.route} as ${caller.label}`);
        continue;
      }
      const sent = performance.now();
      const res = await app.inject({
        method: req.method,
        url: req.url,
        remoteAddress: caller.ip,
        headers: caller.session?.headers() ?? {},
        ...(req.payload ? { payload: req.payload } : {}),
      });
      result.requests += 1;
      count(req.route, res.statusCode);
      if (req.first && (res.statusCode === 401 || res.statusCode === 403)) shut.add(req.door);
      if (res.statusCode === 429) result.rateLimited.push(`${req.url} as ${caller.label}`);
      const { text, fields, unread } = await answerText(res);
      if (unread) result.unreadBodies[req.route] = unread;
      record(caller, req, res.statusCode, text, fields);
      result.timeByRoute[req.route] = (result.timeByRoute[req.route] ?? 0) + performance.now() - sent;
    }
    if (plan.walked.includes(streamRoute)) {
      const url = '/api/v1/notifications/stream?after=0';
      const req: WalkRequest = { route: streamRoute, method: 'GET', url, first: true, door: url };
      const list = caller.session
        ? await app.inject({ url: '/api/v1/notifications?limit=100', headers: caller.session.headers() })
        : null;
      const expected = list?.statusCode === 200 ? (list.json().items as unknown[]).length : 0;
      const sent = performance.now();
      const stream = await readStream(`${options.streamBase}${req.url}`, caller, expected);
      result.timeByRoute[req.route] = (result.timeByRoute[req.route] ?? 0) + performance.now() - sent;
      result.requests += 1;
      count(req.route, stream.status);
      record(caller, req, stream.status, stream.text, () => streamFields(stream.text));
    }
  }
  return result;
}

/** The fields of each event's JSON data in a stream (`notification $.title`). */
function streamFields(text: string): Field[] {
  return text.split('\n\n').flatMap((block) => {
    const name = /^event: (.*)$/m.exec(block)?.[1] ?? 'stream';
    const data = /^data: (.*)$/m.exec(block)?.[1];
    if (data === undefined) return [{ path: `stream ${name}`, text: block }];
    try {
      return jsonFields(JSON.parse(data), `${name} $`);
    } catch {
      return [{ path: `stream ${name}`, text: data }];
    }
  });
}

/** True when a JSON list answer (`items`) holds the person. */
function listsPerson(text: string, personId: number): boolean {
  const body = text.slice(text.indexOf('\n{') + 1);
  try {
    const items = (JSON.parse(body) as { items?: { id?: number }[] }).items;
    return Array.isArray(items) && items.some((item) => item.id === personId);
  } catch {
    return false;
  }
}

/**
 * Opens the caller's notification stream from the start (after=0) and reads until `expected`
 * notifications (what their inbox lists) have come, or the stream ends, or 5 s pass.
 */
async function readStream(url: string, caller: Caller, expected: number): Promise<{ status: number; text: string }> {
  const res = await new Promise<http.IncomingMessage>((resolve, reject) => {
    http
      .get(
        url,
        { agent: false, headers: { accept: 'text/event-stream', ...(caller.session?.headers() ?? {}) } },
        resolve,
      )
      .on('error', reject);
  });
  let text = '';
  const head = headerText(res.headers as Record<string, string | string[] | undefined>);
  await new Promise<void>((resolve) => {
    const timer = setTimeout(finish, 5000);
    function finish() {
      clearTimeout(timer);
      res.destroy();
      resolve();
    }
    res.setEncoding('utf8');
    res.on('data', (chunk: string) => {
      text += chunk;
      const notifications = text.split('event: notification\n').length - 1;
      if (text.includes('event: ready') && notifications >= expected) finish();
    });
    res.on('end', finish);
    res.on('close', finish);
    res.on('error', finish);
  });
  return { status: res.statusCode ?? 0, text: `${head}\n${text}` };
}

/**
 * The leaks as a table: one line per route and set of data, naming every caller shown that set,
 * where in the answer (JSON paths, sheet columns, headers), one excerpt and one example request.
 */
export function leakTable(leaks: Leak[]): string {
  interface Entry {
    data: Set<string>;
    paths: Set<string>;
    example: Leak;
  }
  const byRoute = new Map<string, Map<string, Entry>>();
  for (const leak of leaks) {
    const callers = byRoute.get(leak.route) ?? new Map<string, Entry>();
    byRoute.set(leak.route, callers);
    const entry = callers.get(leak.caller) ?? { data: new Set<string>(), paths: new Set<string>(), example: leak };
    callers.set(leak.caller, entry);
    entry.data.add(leak.datum);
    for (const path of leak.paths) entry.paths.add(path);
  }
  const lines: string[] = [];
  for (const route of [...byRoute.keys()].sort()) {
    const groups = new Map<string, { callers: string[]; entry: Entry }>();
    for (const [caller, entry] of byRoute.get(route)!) {
      const key = `${[...entry.data].sort().join(', ')} | in ${[...entry.paths].sort().join(', ')}`;
      const group = groups.get(key) ?? { callers: [], entry };
      groups.set(key, group);
      group.callers.push(caller);
    }
    for (const [key, { callers, entry }] of groups)
      lines.push(
        `${route} | ${callers.join('; ')} | ${key} | e.g. ${entry.example.status} ${entry.example.url}: …${entry.example.excerpt}…`,
      );
  }
  return lines.join('\n');
}

export type { Datum };
