import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type CaseWorld, createCaseWorld } from '../helpers/case-world.ts';
import { describeEachDatabase } from '../helpers/test-databases.ts';
import type { HttpSession } from '../helpers/http-session.ts';
import { makeCase } from '../factories/case-factory.ts';
import { makeNotification } from '../factories/notification-factory.ts';
import { makeProgramme, makeReport, makeReportForm, makeTask, makeTopic } from '../factories/programme-factory.ts';

/**
 * Every route of the app's own OpenAPI document (/api/openapi.json), every method, signed in and
 * anonymous, sent hostile input derived from its schemas: path parameters (valid ids, ids past the
 * bigint range, negative, 1e309, NUL, lone surrogates, malformed percent-encoding, very long),
 * query parameters (from their schemas, and the same hostile values), header parameters, and
 * bodies generated from the request body schema with hostile leaves (NUL, lone surrogates, numbers
 * past every range, wrong types, deep nesting, extra and hostile keys). Nothing may answer 5xx; a
 * failure prints the method, address, identity and body that caused it, and the seed
 * (FUZZ_SEED=<n> repeats a run).
 */

const seed = Number(process.env.FUZZ_SEED ?? 20261125);

type Schema = Record<string, any>;
interface Operation {
  method: string;
  path: string;
  parameters: Array<{ name: string; in: 'path' | 'query' | 'header'; schema: Schema; required?: boolean }>;
  body?: { type: string; schema: Schema };
}
type Identity = 'admin' | 'dispatcher' | 'anonymous';
interface Attempt {
  op: Operation;
  identity: Identity;
  url: string;
  headers?: Record<string, string>;
  contentType?: string;
  payload?: string | Buffer;
}

/** A number literal JSON.stringify cannot write: replaced in the JSON text after stringifying. */
const HUGE = '\u0001HUGE';
const NEG_HUGE = '\u0001NEGHUGE';
const BEYOND_BIGINT = '\u0001BEYOND';
const literals: Record<string, string> = {
  [HUGE]: '1e309',
  [NEG_HUGE]: '-1e309',
  [BEYOND_BIGINT]: '99999999999999999999',
};
function toJson(value: unknown): string {
  let text = JSON.stringify(value) ?? 'null';
  for (const [marker, literal] of Object.entries(literals)) text = text.split(JSON.stringify(marker)).join(literal);
  return text;
}

/** JSON nested `levels` deep (arrays and objects in turn) around a NUL: written as text, not stringified. */
function deepJson(levels: number): string {
  const half = Math.floor(levels / 2);
  return `${'[{"a":'.repeat(half)}"\\u0000"${'}]'.repeat(half)}`;
}
const DEEP = '\u0001DEEP';
literals[DEEP] = deepJson(2_000);

/** Leaves that no route should take, and none should answer with 5xx. */
const hostileLeaves: unknown[] = [
  '\u0000',
  'a\u0000b',
  '\ud800',
  'x\udc00y',
  HUGE,
  NEG_HUGE,
  BEYOND_BIGINT,
  9007199254740992,
  -1,
  0,
  1.5,
  2147483648,
  1e300,
  -1e300,
  5e-324,
  true,
  null,
  [],
  {},
  '',
  'x'.repeat(20_000),
  '😀'.repeat(300),
  "' or 1=1 --",
  '%_\\',
  '2026-02-30T25:61:00Z',
  DEEP,
  { '\u0000': 1 },
  { '\ud800': 'x' },
  { __proto__: { polluted: true } },
  [BEYOND_BIGINT, HUGE],
];
const hostileLeaf = fc.constantFrom(...hostileLeaves);

/** Path segments, already percent-encoded as a client would send them (or would not). */
const hostileSegments = [
  '99999999999999999999',
  '9007199254740992',
  '-1',
  '0',
  '1e309',
  '-1e309',
  '1.5',
  'NaN',
  '%00',
  'a%00b',
  '%ED%A0%80',
  '%E0%A4%A',
  '%',
  '%C0%AF',
  encodeURIComponent('😀'),
  'x'.repeat(300),
  '..%2F..%2Fetc%2Fpasswd',
];
/** The path segments every parameter of every route is sent in turn (the rest come at random). */
const eachSegment = ['99999999999999999999', '-1', '1e309', 'a%00b', '%ED%A0%80', '%E0%A4%A', 'x'.repeat(300)];
/** Query values, percent-encoded as sent. */
const hostileQueryValues = [
  '1e309',
  '-1e309',
  '99999999999999999999',
  '-1',
  '%00',
  'a%00b',
  '%ED%A0%80',
  '%E0%A4%A',
  '%',
  '',
  'x'.repeat(5_000),
  '2026-13-45',
];
/** The query values every parameter of every route is sent in turn (the rest come at random). */
const eachQueryValue = ['1e309', '99999999999999999999', '-1', '%00', '%ED%A0%80', '', 'x'.repeat(5_000)];

function resolve(doc: Schema, schema: Schema | undefined): Schema {
  let current = schema ?? {};
  for (let i = 0; i < 10 && typeof current.$ref === 'string'; i += 1) {
    const name = String(current.$ref).split('/').pop() as string;
    current = doc.components?.schemas?.[name] ?? {};
  }
  return current;
}

export function operationsOf(doc: Schema): Operation[] {
  const ops: Operation[] = [];
  for (const [path, item] of Object.entries(doc.paths as Record<string, Record<string, Schema>>)) {
    for (const [method, op] of Object.entries(item)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
      const content = op.requestBody?.content as Record<string, { schema: Schema }> | undefined;
      const type = content ? Object.keys(content)[0] : undefined;
      ops.push({
        method: method.toUpperCase(),
        path,
        parameters: ((op.parameters ?? []) as Operation['parameters']).map((p) => ({
          ...p,
          schema: resolve(doc, p.schema),
        })),
        ...(content && type ? { body: { type, schema: resolve(doc, content[type]?.schema) } } : {}),
      });
    }
  }
  return ops;
}

interface Records {
  /** Valid ids by the resource a path or field names (cases, programmes, …), the district's otherwise. */
  ids: Record<string, number[]>;
  trackingCode: string;
  /** An Open311 service code: an active leaf category's code. */
  serviceCode: string;
}

function idPool(records: Records, path: string, name: string): number[] {
  const resource = /^\/api\/v1\/(?:public\/)?([a-z-]+)/.exec(path)?.[1] ?? '';
  const byName: Record<string, string> = {
    formId: 'forms',
    milestoneId: 'milestones',
    attachmentId: 'attachments',
    programmeId: 'programmes',
    taskId: 'tasks',
    unitId: 'units',
    leadUnitId: 'units',
    placeUnitId: 'units',
    parentId: 'units',
    categoryId: 'categories',
    targetId: 'cases',
  };
  const key = name === 'id' ? resource : (byName[name] ?? (name.endsWith('Ids') ? 'units' : 'any'));
  return records.ids[key] ?? records.ids.any ?? [1];
}

/** Valid-looking values for a schema, with hostile leaves mixed in when `hostile` is set. */
function valueOf(
  doc: Schema,
  given: Schema | undefined,
  ctx: { records: Records; path: string; name: string },
  hostile: boolean,
  depth = 0,
): fc.Arbitrary<unknown> {
  const schema = resolve(doc, given);
  const plain = plainValueOf(doc, schema, ctx, hostile, depth);
  return hostile ? fc.oneof({ weight: 5, arbitrary: plain }, { weight: 1, arbitrary: hostileLeaf }) : plain;
}

function plainValueOf(
  doc: Schema,
  schema: Schema,
  ctx: { records: Records; path: string; name: string },
  hostile: boolean,
  depth: number,
): fc.Arbitrary<unknown> {
  const alternatives = (schema.anyOf ?? schema.oneOf) as Schema[] | undefined;
  if (alternatives?.length) return fc.oneof(...alternatives.map((s) => valueOf(doc, s, ctx, hostile, depth)));
  if ('const' in schema) return fc.constant(schema.const);
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return fc.constantFrom(...(schema.enum as unknown[]));
  const types = Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string | undefined];
  if (types.length > 1)
    return fc.oneof(...types.map((type) => plainValueOf(doc, { ...schema, type }, ctx, hostile, depth)));
  switch (types[0]) {
    case 'string': {
      if (schema.format === 'date') return fc.constantFrom('2026-11-25', '2026-12-01', '2026-01-01');
      if (schema.format === 'date-time') return fc.constantFrom('2026-11-25T10:00:00+08:00', '2026-12-31T00:00:00Z');
      const min = Number(schema.minLength ?? 0);
      const max = Math.max(min, Math.min(Number(schema.maxLength ?? 30), 30));
      return fc.oneof(
        fc.string({ minLength: min, maxLength: max }),
        fc.constant('柳林镇石桥村路灯不亮'.slice(0, max).padEnd(min, '字')),
      );
    }
    case 'integer': {
      const min = Number(schema.minimum ?? -10);
      const max = Number(schema.maximum ?? 1_000);
      const pool = idPool(ctx.records, ctx.path, ctx.name).filter((id) => id >= min && id <= max);
      const range = fc.integer({ min: Math.max(min, -1_000_000), max: Math.min(max, 1_000_000) });
      return pool.length ? fc.oneof(fc.constantFrom(...pool), range) : range;
    }
    case 'number':
      return fc.double({
        min: Math.max(Number(schema.minimum ?? -1e6), -1e6),
        max: Math.min(Number(schema.maximum ?? 1e6), 1e6),
        noNaN: true,
        noDefaultInfinity: true,
      });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      if (depth > 4) return fc.constant([]);
      return fc.array(valueOf(doc, schema.items as Schema, ctx, hostile, depth + 1), {
        minLength: Math.min(Number(schema.minItems ?? 0), 3),
        maxLength: Math.min(Math.max(Number(schema.minItems ?? 0), Number(schema.maxItems ?? 3)), 3),
      });
    case 'object':
    default: {
      if (depth > 4) return fc.constant({});
      const properties = (schema.properties ?? {}) as Record<string, Schema>;
      const model: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [name, property] of Object.entries(properties))
        model[name] = valueOf(doc, property, { ...ctx, name }, hostile, depth + 1);
      const required = ((schema.required ?? []) as string[]).filter((name) => name in model);
      const record = fc.record(model, { requiredKeys: required });
      if (!hostile) return record;
      const extra = fc.dictionary(
        fc.constantFrom('extra', '\u0000', 'a\ud800', '__proto__', 'constructor', 'id'),
        hostileLeaf,
        { maxKeys: 2 },
      );
      return fc.tuple(record, extra).map(([a, b]) => ({ ...b, ...a }));
    }
  }
}

/** A valid value for a path parameter: an id of a record that exists, an enum member, a format or code. */
function validSegment(op: Operation, name: string, schema: Schema, records: Records): string {
  if (name === 'format') return 'json';
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return String(schema.enum[0]);
  if (schema.type === 'integer') return String(idPool(records, op.path, name)[0] ?? 1);
  if (name === 'day') return '2026-12-01';
  if (name === 'trackingCode' || (name === 'id' && op.path.startsWith('/open311/'))) return records.trackingCode;
  if (name === 'code') return records.serviceCode;
  return 'x';
}

function urlOf(op: Operation, segments: Record<string, string>, query: string): string {
  const path = op.path.replace(/\{([^}]+)\}/g, (_m, name: string) => segments[name] ?? 'x');
  return query ? `${path}?${query}` : path;
}

/** Percent-encodes text; a lone surrogate becomes the bytes a careless client sends for it (%ED%A0%80). */
function pct(text: string): string {
  return text
    .split(/([\ud800-\udbff][\udc00-\udfff]|[\ud800-\udfff])/)
    .map((part) => (part.length === 1 && /[\ud800-\udfff]/.test(part) ? '%ED%A0%80' : encodeURIComponent(part)))
    .join('');
}

function encodeQueryValue(value: unknown): string {
  if (value === undefined) return '';
  if (Array.isArray(value)) return value.map(encodeQueryValue).join(',');
  if (typeof value === 'string' && value in literals) return literals[value] as string;
  return pct(typeof value === 'object' ? JSON.stringify(value) : String(value));
}

function formOf(body: Record<string, unknown>): string {
  return Object.entries(body)
    .flatMap(([key, value]) =>
      value && typeof value === 'object' && !Array.isArray(value)
        ? Object.entries(value).map(([k, v]) => `${pct(`${key}[${k}]`)}=${encodeQueryValue(v)}`)
        : [`${pct(key)}=${encodeQueryValue(value)}`],
    )
    .join('&');
}

describeEachDatabase('every route of the OpenAPI document answers hostile input without a 5xx', (ctx) => {
  let world: CaseWorld;
  let doc: Schema;
  let records: Records;
  const sessions = new Map<Identity, HttpSession>();

  beforeAll(async () => {
    world = await createCaseWorld(ctx.database, {
      PUBLIC_INTAKE_PER_MINUTE: '1000000',
      LOGIN_RATE_PER_MINUTE: '10000',
    });
    const db = world.db;
    const unit = (code: string) => db.selectFrom('unit').selectAll().where('code', '=', code).executeTakeFirstOrThrow();
    const person = async (username: string) =>
      Number(
        (await db.selectFrom('person').select('id').where('username', '=', username).executeTakeFirstOrThrow()).id,
      );
    const [district, town, village] = [await unit('D01'), await unit('D01-T01'), await unit('D01-T01-V01')];
    const submitted = await makeCase(db, { place: village });
    const dispatched = await makeCase(db, { place: village, status: 'dispatched', lead: town });
    const programme = await makeProgramme(db, { owner: district, visibility: 'public', topicWindow: true });
    const task = await makeTask(db, { programme, lead: town, withMilestone: true });
    const formId = await makeReportForm(db, { programme });
    const report = await makeReport(db, { task, formId, status: 'submitted' });
    const topic = await makeTopic(db, { programme, status: 'published' });
    const admin = await person('admin');
    const notification = await makeNotification(db, { personId: admin, caseId: Number(dispatched.id) });
    const category = await db
      .selectFrom('category')
      .select(['id', 'code'])
      .where('depth', '=', 2)
      .orderBy('id')
      .executeTakeFirstOrThrow();
    records = {
      ids: {
        any: [Number(dispatched.id), Number(village.id)],
        cases: [Number(dispatched.id), Number(submitted.id)],
        units: [Number(village.id), Number(town.id)],
        // Never the people the fuzz signs in as, so they stay able to.
        people: [await person('citizen'), await person('town.handler')],
        categories: [Number(category.id)],
        programmes: [programme.id],
        tasks: [task.id],
        forms: [formId],
        milestones: task.milestoneId ? [task.milestoneId] : [1],
        reports: [Number(report.id)],
        topics: [topic],
        notifications: [notification],
        tokens: [1],
        attachments: [1],
      },
      trackingCode: dispatched.tracking_code,
      serviceCode: category.code,
    };
    doc = (await world.app.inject({ url: '/api/openapi.json' })).json();
  }, 120_000);
  afterAll(async () => {
    await world?.close();
  });

  async function headersOf(identity: Identity): Promise<Record<string, string>> {
    if (identity === 'anonymous') return {};
    let session = sessions.get(identity);
    if (!session) {
      session = await world.as(identity);
      sessions.set(identity, session);
    }
    return session.headers();
  }

  it('answers every route, method and identity without a 5xx', async () => {
    const ops = operationsOf(doc);
    const failures: string[] = [];
    let sent = 0;
    const identities: Identity[] = ['admin', 'dispatcher', 'anonymous'];

    async function send(attempt: Attempt): Promise<number> {
      const { op, identity } = attempt;
      // Signing out would end the session the rest of the run uses.
      const who = op.path.endsWith('/auth/logout') ? 'anonymous' : identity;
      const headers = { ...(await headersOf(who)), ...attempt.headers };
      if (attempt.contentType) headers['content-type'] = attempt.contentType;
      sent += 1;
      // The live stream answers 200 and stays open: read as a stream (answered once the head is
      // written) and closed at once.
      const streaming = op.path.endsWith('/stream');
      const res = await world.app.inject({
        method: op.method as 'GET',
        url: attempt.url,
        headers,
        ...(attempt.payload === undefined ? {} : { payload: attempt.payload }),
        ...(streaming ? { payloadAsStream: true } : {}),
      });
      if (streaming) {
        if (res.statusCode >= 500) failures.push(`${res.statusCode} ${op.method} ${attempt.url} as ${identity}`);
        res.stream().destroy();
        return res.statusCode;
      }
      if (res.statusCode >= 500) {
        const body =
          typeof attempt.payload === 'string' ? attempt.payload.slice(0, 300) : attempt.payload ? '<bytes>' : '';
        failures.push(
          `${res.statusCode} ${op.method} ${attempt.url.slice(0, 300)} as ${identity}` +
            `${attempt.headers ? ` headers ${JSON.stringify(attempt.headers)}` : ''}${body ? ` body ${body}` : ''} → ${res.body.slice(0, 300)}`,
        );
      }
      if (res.statusCode === 401 && identity !== 'anonymous' && !op.path.includes('/auth/')) sessions.delete(identity);
      return res.statusCode;
    }

    for (const op of ops) {
      const pathParams = op.parameters.filter((p) => p.in === 'path');
      const queryParams = op.parameters.filter((p) => p.in === 'query');
      const headerParams = op.parameters.filter((p) => p.in === 'header');
      const valid: Record<string, string> = {};
      for (const p of pathParams) valid[p.name] = validSegment(op, p.name, p.schema, records);
      const jsonBody = op.body && op.body.type === 'application/json';
      const validBody = op.body
        ? fc.sample(valueOf(doc, op.body.schema, { records, path: op.path, name: '' }, false), { seed, numRuns: 1 })[0]
        : undefined;
      const bodyPart = (value: unknown): Pick<Attempt, 'contentType' | 'payload'> =>
        !op.body
          ? op.method === 'GET' || op.method === 'DELETE'
            ? {}
            : { contentType: 'application/json', payload: toJson(value ?? {}) }
          : jsonBody
            ? { contentType: 'application/json', payload: toJson(value) }
            : { contentType: op.body.type, payload: formOf((value ?? {}) as Record<string, unknown>) };

      for (const identity of ['admin', 'anonymous'] as Identity[]) {
        // The valid request, then each path parameter hostile in turn; anonymous only where the
        // route serves the public (the random requests below still send all three identities).
        const status = await send({ op, identity, url: urlOf(op, valid, ''), ...bodyPart(validBody) });
        if (identity === 'anonymous' && status === 401) continue;
        for (const p of pathParams)
          for (const segment of eachSegment)
            await send({ op, identity, url: urlOf(op, { ...valid, [p.name]: segment }, ''), ...bodyPart(validBody) });
        // Each query parameter hostile in turn.
        for (const p of queryParams)
          for (const value of eachQueryValue)
            await send({
              op,
              identity,
              url: urlOf(op, valid, `${encodeURIComponent(p.name)}=${value}`),
              ...bodyPart(validBody),
            });
        // Each header parameter hostile in turn (Idempotency-Key).
        for (const p of headerParams)
          for (const value of ['key\u0000key', 'key\ud800key', 'x'.repeat(5_000)])
            await send({
              op,
              identity,
              url: urlOf(op, valid, ''),
              headers: { [p.name]: value },
              ...bodyPart(validBody),
            });
        // Each top-level body field hostile in turn, and a few whole hostile bodies.
        if (op.body && validBody && typeof validBody === 'object') {
          const properties = Object.keys((op.body.schema.properties ?? {}) as Record<string, Schema>);
          for (const name of properties)
            for (const leaf of ['\u0000', HUGE, BEYOND_BIGINT, [BEYOND_BIGINT]])
              await send({ op, identity, url: urlOf(op, valid, ''), ...bodyPart({ ...validBody, [name]: leaf }) });
        }
        if (op.method !== 'GET')
          for (const raw of ['{"\\u0000":1}', '{"a":["\\ud800"]}', '[1e309]', deepJson(10_000)])
            await send({ op, identity, url: urlOf(op, valid, ''), contentType: 'application/json', payload: raw });
      }
      if (op.method === 'POST' && !op.body)
        for (const contentType of [
          'application/octet-stream',
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          'image/png',
        ])
          await send({
            op,
            identity: 'admin',
            url: urlOf(op, valid, 'name=a%00b'),
            contentType,
            payload: Buffer.from('PK\u0003\u0004\u0000garbage'),
          });

      // Random requests from the schemas with hostile leaves, for every identity.
      const randomQuery = fc.array(
        fc.oneof(
          ...(queryParams.length
            ? [
                fc
                  .constantFrom(...queryParams)
                  .chain((p) =>
                    fc
                      .oneof(
                        valueOf(doc, p.schema, { records, path: op.path, name: p.name }, true).map(encodeQueryValue),
                        fc.constantFrom(...hostileQueryValues),
                      )
                      .map((v) => `${encodeURIComponent(p.name)}=${v}`),
                  ),
              ]
            : [fc.constant('')]),
        ),
        { maxLength: 4 },
      );
      const randomBody = op.body
        ? valueOf(doc, op.body.schema, { records, path: op.path, name: '' }, true)
        : fc.constant(undefined);
      const randomSegments = fc.record(
        Object.fromEntries(
          pathParams.map((p) => [
            p.name,
            fc.oneof(
              { weight: 3, arbitrary: fc.constant(valid[p.name] as string) },
              fc.constantFrom(...hostileSegments),
            ),
          ]),
        ),
      );
      const samples = fc.sample(fc.tuple(fc.constantFrom(...identities), randomSegments, randomQuery, randomBody), {
        seed: seed + ops.indexOf(op),
        numRuns: 6,
      });
      for (const [identity, segments, query, body] of samples)
        await send({
          op,
          identity,
          url: urlOf(op, segments as Record<string, string>, query.filter(Boolean).join('&')),
          ...bodyPart(body),
        });
    }

    console.log(
      `OpenAPI fuzz [${ctx.target}]: seed ${seed}, ${ops.length} routes, ${sent} requests, ${failures.length} answered 5xx`,
    );
    expect(ops.length).toBeGreaterThan(100);
    expect(failures, `seed ${seed} (FUZZ_SEED=${seed} repeats it):\n${failures.join('\n')}`).toEqual([]);
  }, 600_000);
});
