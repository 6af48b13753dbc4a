import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type CaseWorld, createCaseWorld } from '../../../tests/helpers/case-world.ts';
import { makePerson } from '../../../tests/helpers/factories.ts';
import { type HttpSession, signInAs } from '../../../tests/helpers/http-session.ts';
import { describeEachDatabase } from '../../../tests/helpers/test-databases.ts';
import { fromNow, testNow } from '../../../tests/helpers/clock.ts';

/** A minimal XML reader for the answers: elements, text and the five entities; enough to check the documents. */
interface XmlNode {
  name: string;
  children: XmlNode[];
  text: string;
}

function parseXml(xml: string): XmlNode {
  expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true);
  const body = xml.replace(/^<\?xml[^>]*\?>\s*/, '');
  const root: XmlNode = { name: '#document', children: [], text: '' };
  const stack: XmlNode[] = [root];
  const decode = (s: string) =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&');
  for (const match of body.matchAll(/<(\/?)([A-Za-z_][\w.-]*)(\/?)>|([^<]+)/g)) {
    const top = stack.at(-1) as XmlNode;
    if (match[4] !== undefined) {
      top.text += decode(match[4]);
    } else if (match[1]) {
      expect(top.name).toBe(match[2]);
      stack.pop();
    } else {
      const node: XmlNode = { name: match[2] as string, children: [], text: '' };
      top.children.push(node);
      if (!match[3]) stack.push(node);
    }
  }
  expect(stack).toHaveLength(1);
  const [document] = root.children;
  if (!document) throw new Error('empty document');
  return document;
}

const child = (node: XmlNode, name: string) => node.children.find((c) => c.name === name);
const textOf = (node: XmlNode, name: string) => child(node, name)?.text.trim();

const requestFields = [
  'service_request_id',
  'status',
  'status_notes',
  'service_name',
  'service_code',
  'description',
  'agency_responsible',
  'service_notice',
  'requested_datetime',
  'updated_datetime',
  'expected_datetime',
  'address',
  'address_id',
  'zipcode',
  'lat',
  'long',
  'media_url',
];

describeEachDatabase('Open311 GeoReport v2', (ctx) => {
  let world: CaseWorld;
  let integrator: HttpSession;
  let apiKey: string;
  let readOnlyKey: string;
  let revokedKey: string;
  let sanitationCode: string;
  let wagesCode: string;
  let pollutionCode: string;

  beforeAll(async () => {
    world = await createCaseWorld(ctx.database);
    // An integration account: registers cases (dispatcher) and may issue tokens (administrator).
    const unitRow = (code: string) =>
      world.db.selectFrom('unit').selectAll().where('code', '=', code).executeTakeFirstOrThrow();
    const person = await makePerson(world.db, {
      username: 'open311.bridge',
      memberships: [
        { unit: await unitRow('D01-HOT'), role: 'dispatcher' },
        { unit: await unitRow('D01'), role: 'administrator' },
      ],
    });
    integrator = await signInAs(world.app, person.username, person.password);
    const issue = async (scopes: string[]) => {
      const res = await world.app.inject({
        method: 'POST',
        url: '/api/v1/tokens',
        headers: integrator.headers(),
        payload: { name: `open311 ${scopes.join(',')}`, scopes },
      });
      expect(res.statusCode).toBe(201);
      return res.json() as { token: string; apiToken: { id: number } };
    };
    apiKey = (await issue(['case.create'])).token;
    readOnlyKey = (await issue(['case.read'])).token;
    const revoked = await issue(['case.create']);
    expect(
      (
        await world.app.inject({
          method: 'DELETE',
          url: `/api/v1/tokens/${revoked.apiToken.id}`,
          headers: integrator.headers(),
        })
      ).statusCode,
    ).toBe(204);
    revokedKey = revoked.token;
    const codeOf = async (level2: string, level3: string) =>
      (
        await world.db
          .selectFrom('category')
          .select('code')
          .where('id', '=', await world.categoryId(level2, level3))
          .executeTakeFirstOrThrow()
      ).code;
    sanitationCode = await codeOf('城市建设和市政管理', '环境卫生');
    const leafUnder = async (level2: string) =>
      (
        await world.db
          .selectFrom('category as c')
          .innerJoin('category as p', 'p.id', 'c.parent_id')
          .select('c.code')
          .where('p.name_zh', '=', level2)
          .orderBy('c.code')
          .limit(1)
          .executeTakeFirstOrThrow()
      ).code;
    wagesCode = await leafUnder('工资福利');
    pollutionCode = await leafUnder('环境污染');
  }, 120_000);
  afterAll(async () => {
    await world?.close();
  });

  const get = (path: string, headers: Record<string, string> = {}) =>
    world.app.inject({ url: `/open311/v2${path}`, headers });
  const postForm = (path: string, fields: Record<string, string>, headers: Record<string, string> = {}) =>
    world.app.inject({
      method: 'POST',
      url: `/open311/v2${path}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
      payload: new URLSearchParams(fields).toString(),
    });
  const expectError = (res: Awaited<ReturnType<typeof get>>, status: number, format: 'json' | 'xml' = 'json') => {
    expect(res.statusCode).toBe(status);
    if (format === 'json') {
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      const body = res.json() as { code: number; description: string }[];
      expect(body).toEqual([{ code: status, description: expect.any(String) }]);
      return body[0]?.description ?? '';
    }
    expect(res.headers['content-type']).toBe('text/xml; charset=utf-8');
    const doc = parseXml(res.body);
    expect(doc.name).toBe('errors');
    const error = doc.children[0] as XmlNode;
    expect([error.name, textOf(error, 'code')]).toEqual(['error', String(status)]);
    return textOf(error, 'description') ?? '';
  };
  const caseByCode = (code: string) =>
    world.db.selectFrom('case_record').selectAll().where('tracking_code', '=', code).executeTakeFirstOrThrow();

  it('answers the discovery document in JSON and XML', async () => {
    const json = await get('/discovery.json');
    expect(json.statusCode).toBe(200);
    const discovery = json.json();
    expect(Object.keys(discovery)).toEqual(['changeset', 'contact', 'key_service', 'endpoints']);
    expect(discovery.endpoints).toEqual([
      {
        specification: 'http://wiki.open311.org/GeoReport_v2',
        url: expect.stringMatching(/\/open311\/v2$/),
        changeset: discovery.changeset,
        type: 'production',
        formats: ['application/json', 'text/xml'],
      },
    ]);
    expect(Number.isNaN(Date.parse(discovery.changeset))).toBe(false);
    expect(json.headers['access-control-allow-origin']).toBe('*');

    const xml = await get('/discovery.xml');
    expect(xml.headers['content-type']).toBe('text/xml; charset=utf-8');
    const doc = parseXml(xml.body);
    expect(doc.name).toBe('discovery');
    const endpoint = child(child(doc, 'endpoints') as XmlNode, 'endpoint') as XmlNode;
    expect(textOf(endpoint, 'specification')).toBe('http://wiki.open311.org/GeoReport_v2');
    expect(textOf(endpoint, 'type')).toBe('production');
    expect(child(endpoint, 'formats')?.children.map((f) => [f.name, f.text])).toEqual([
      ['format', 'application/json'],
      ['format', 'text/xml'],
    ]);
  });

  it('lists one service per active leaf category, the same in JSON and XML', async () => {
    const services = (await get('/services.json')).json() as Record<string, unknown>[];
    expect(services.length).toBeGreaterThan(300);
    for (const s of services)
      expect(Object.keys(s)).toEqual([
        'service_code',
        'service_name',
        'description',
        'metadata',
        'type',
        'keywords',
        'group',
      ]);
    expect(services.find((s) => s.service_code === sanitationCode)).toMatchObject({
      service_name: '环境卫生',
      group: '城乡建设',
      type: 'realtime',
      metadata: false,
      description: '城乡建设 / 城市建设和市政管理 / 环境卫生',
    });
    expect(services.find((s) => s.service_code === wagesCode)).toMatchObject({
      metadata: true,
      group: '劳动和社会保障',
    });
    const level2 = await world.db.selectFrom('category').select('code').where('depth', '=', 1).execute();
    expect(services.filter((s) => level2.some((c) => c.code === s.service_code))).toEqual([]);
    expect(new Set(services.map((s) => s.service_code)).size).toBe(services.length);

    const doc = parseXml((await get('/services.xml')).body);
    expect(doc.name).toBe('services');
    expect(doc.children).toHaveLength(services.length);
    const sanitation = doc.children.find((s) => textOf(s, 'service_code') === sanitationCode) as XmlNode;
    expect(sanitation.children.map((c) => c.name)).toEqual([
      'service_code',
      'service_name',
      'description',
      'metadata',
      'type',
      'keywords',
      'group',
    ]);
    expect([textOf(sanitation, 'service_name'), textOf(sanitation, 'metadata'), textOf(sanitation, 'type')]).toEqual([
      '环境卫生',
      'false',
      'realtime',
    ]);
  });

  it("defines a service by its category's inherited intake fields", async () => {
    // Chinese when asked for; English is the Open311 default (see below).
    const wages = (await get(`/services/${wagesCode}.json`, { 'accept-language': 'zh-CN,zh;q=0.9' })).json();
    expect(wages.service_code).toBe(wagesCode);
    expect(
      wages.attributes.map((a: { code: string; datatype: string; required: boolean; order: number }) => [
        a.code,
        a.datatype,
        a.required,
        a.order,
      ]),
    ).toEqual([
      ['employerName', 'string', true, 1],
      ['amountOwed', 'number', false, 2],
      ['owedSince', 'datetime', false, 3],
      ['workersAffected', 'number', false, 4],
    ]);
    expect(Object.keys(wages.attributes[0])).toEqual([
      'variable',
      'code',
      'datatype',
      'required',
      'datatype_description',
      'order',
      'description',
      'values',
    ]);
    expect(wages.attributes[0]).toMatchObject({ variable: true, description: '用人单位名称', values: [] });
    const english = (await get(`/services/${wagesCode}.json`, { 'accept-language': 'en' })).json();
    expect(english.attributes[0].description).toBe('Employer name');
    expect((await get(`/services/${wagesCode}.json`)).json().attributes[0].description).toBe('Employer name');

    const doc = parseXml((await get(`/services/${pollutionCode}.xml`)).body);
    expect(doc.name).toBe('service_definition');
    const attribute = child(child(doc, 'attributes') as XmlNode, 'attribute') as XmlNode;
    expect([
      textOf(attribute, 'code'),
      textOf(attribute, 'datatype'),
      textOf(attribute, 'required'),
      textOf(attribute, 'variable'),
    ]).toEqual(['timeOfDay', 'singlevaluelist', 'false', 'true']);
    expect(child(attribute, 'values')?.children.map((v) => [v.name, textOf(v, 'key'), textOf(v, 'name')])).toEqual([
      ['value', '白天', '白天'],
      ['value', '夜间', '夜间'],
    ]);
    expect((await get(`/services/${sanitationCode}.json`)).json()).toEqual({
      service_code: sanitationCode,
      attributes: [],
    });

    expect(expectError(await get('/services/NO-SUCH-CODE.json'), 404)).toContain('NO-SUCH-CODE');
    expectError(await get('/services/NO-SUCH-CODE.xml'), 404, 'xml');
    expectError(await get('/services.csv'), 404);
  });

  it('refuses posts without a valid api_key that may register cases', async () => {
    const fields = { service_code: sanitationCode, address_string: '柳林镇石桥村', description: '垃圾堆放' };
    expect(expectError(await postForm('/requests.json', fields), 403)).toContain('api_key');
    expectError(await postForm('/requests.xml', fields), 403, 'xml');
    expectError(await postForm('/requests.json', { ...fields, api_key: 'ls_nothing_at_all' }), 403);
    expectError(await postForm('/requests.json', { ...fields, api_key: revokedKey }), 403);
    expect(expectError(await postForm('/requests.json', { ...fields, api_key: readOnlyKey }), 403)).toContain(
      'case.create',
    );
    // A browser session is not an api_key.
    expectError(await postForm('/requests.json', fields, integrator.headers()), 403);
    // A bad bearer token is refused in this API's own format.
    expectError(await get('/services.xml', { authorization: 'Bearer ls_bogus_token' }), 401, 'xml');
    const count = await world.db
      .selectFrom('case_record')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('description', '=', '垃圾堆放')
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(0);
  });

  it("refuses bad input with 400 in the spec's format, never a 500", async () => {
    const base = { api_key: apiKey, service_code: sanitationCode, description: '路灯不亮' };
    // An unknown service_code is not found (404, as the spec has it), not a bad request.
    expect(
      expectError(
        await postForm('/requests.json', { ...base, service_code: 'C99-99-99', address_string: '柳林镇' }),
        404,
      ),
    ).toContain('C99-99-99');
    expect(expectError(await postForm('/requests.json', { ...base, lat: 'abc', long: '112.5' }), 400)).toContain('lat');
    expectError(await postForm('/requests.xml', { ...base, lat: '95', long: '112.5' }), 400, 'xml');
    expectError(await postForm('/requests.json', { ...base, lat: '37.8' }), 400);
    expectError(await postForm('/requests.json', base), 400);
    expectError(await postForm('/requests.json', { ...base, address_id: 'north-gate' }), 400);
    expectError(
      await postForm('/requests.json', { ...base, address_string: '柳林镇', media_url: 'javascript:alert(1)' }),
      400,
    );
    const wages = { ...base, service_code: wagesCode, address_string: '柳林镇' };
    expect(expectError(await postForm('/requests.json', wages), 400)).toContain('employerName');
    expectError(
      await postForm('/requests.json', {
        ...wages,
        'attribute[employerName]': '某公司',
        'attribute[amountOwed]': 'lots',
      }),
      400,
    );
    expectError(
      await postForm('/requests.json', {
        ...wages,
        'attribute[employerName]': '某公司',
        'attribute[owedSince]': 'last spring',
      }),
      400,
    );
    expectError(
      await postForm('/requests.json', {
        ...base,
        service_code: pollutionCode,
        address_string: '柳林镇',
        'attribute[timeOfDay]': '黄昏',
      }),
      400,
    );
    const malformed = await world.app.inject({
      method: 'POST',
      url: '/open311/v2/requests.json',
      headers: { 'content-type': 'application/json' },
      payload: '{"api_key":',
    });
    expectError(malformed, 400);
  });

  it('end to end: a post with a key becomes a case, readable by id and listed by service and status, with nothing personal', async () => {
    const posted = await postForm('/requests.json', {
      api_key: apiKey,
      service_code: sanitationCode,
      lat: '37.8612',
      long: '112.5603',
      address_string: '柳林镇石桥村村口',
      description: '石桥村村口垃圾堆了一周，联系电话13912345678',
      first_name: '小明',
      last_name: '王',
      phone: '+86 139 8765 4321',
      email: 'wang.xiaoming@example.com',
      account_id: 'app-user-77',
      device_id: 'device-1',
      media_url: 'https://example.com/photo.jpg',
    });
    expect(posted.statusCode).toBe(201);
    const [answer] = posted.json();
    expect(Object.keys(answer)).toEqual(['service_request_id', 'service_notice', 'account_id']);
    expect(answer).toMatchObject({
      service_request_id: expect.stringMatching(/^LS\d{6}-[0-9A-Z]{6}$/),
      account_id: 'app-user-77',
    });
    expect(answer.service_notice).toContain(answer.service_request_id);
    const id = answer.service_request_id as string;

    const stored = await caseByCode(id);
    expect(stored).toMatchObject({
      channel: 'citizen_web',
      status: 'submitted',
      reporter_name: '王小明',
      reporter_mobile: '13987654321',
      anonymous: false,
      lat: 37.8612,
      lng: 112.5603,
    });
    expect(stored.description).toContain('https://example.com/photo.jpg');
    const audit = await world.db
      .selectFrom('audit_log')
      .select(['action', 'actor_label'])
      .where('entity_type', '=', 'case')
      .where('entity_id', '=', String(stored.id))
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['case.submit']);

    const one = await get(`/requests/${id}.json`);
    expect(one.statusCode).toBe(200);
    const [request] = one.json();
    expect(Object.keys(request)).toEqual(requestFields);
    expect(request).toMatchObject({
      service_request_id: id,
      status: 'open',
      service_code: sanitationCode,
      service_name: '环境卫生',
      status_notes: '诉求已提交，等待受理。',
      address: '柳林镇石桥村村口',
      // Public coordinates are rounded to about a hundred metres.
      lat: 37.861,
      long: 112.56,
      expected_datetime: null,
      agency_responsible: null,
    });
    expect(request.description).toBe('石桥村村口垃圾堆了一周，联系电话139****5678');
    expect(request.media_url).toBe('https://example.com/photo.jpg');
    expect(request.address_id).toBe(String(stored.place_unit_id));
    expect(Date.parse(request.requested_datetime)).toBe(stored.created_at.getTime());
    expect((await get(`/requests/${id.toLowerCase()}.json`)).json()[0].service_request_id).toBe(id);

    const listed = (await get(`/requests.json?service_code=${sanitationCode}&status=open`)).json() as {
      service_request_id: string;
    }[];
    expect(listed.map((r) => r.service_request_id)).toContain(id);
    expect(
      (
        (await get(`/requests.json?service_code=${sanitationCode}&status=closed`)).json() as {
          service_request_id: string;
        }[]
      ).map((r) => r.service_request_id),
    ).not.toContain(id);
    expect(
      ((await get(`/requests.json?service_code=${wagesCode}`)).json() as { service_request_id: string }[]).map(
        (r) => r.service_request_id,
      ),
    ).not.toContain(id);
    expect(
      (
        (await get(`/requests.json?service_code=${wagesCode},${sanitationCode}&status=open,closed`)).json() as {
          service_request_id: string;
        }[]
      ).map((r) => r.service_request_id),
    ).toContain(id);

    // Internal notes stay inside; public ones become the status notes.
    const dispatcher = await world.as('dispatcher');
    const note = (text: string, isPublic: boolean) =>
      world.app.inject({
        method: 'POST',
        url: `/api/v1/cases/${stored.id}/note`,
        headers: dispatcher.headers(),
        payload: { text, public: isPublic },
      });
    expect((await note('已联系王小明，群众情绪激动（内部）', false)).statusCode).toBe(200);
    expect((await get(`/requests/${id}.json`)).json()[0].status_notes).toBe('诉求已提交，等待受理。');
    expect((await note('已安排环卫人员现场查看，可拨打13800001111咨询', true)).statusCode).toBe(200);
    expect((await get(`/requests/${id}.json`)).json()[0].status_notes).toBe(
      '已安排环卫人员现场查看，可拨打138****1111咨询',
    );

    const xml = await get(`/requests.xml?service_request_id=${id}`);
    const doc = parseXml(xml.body);
    expect(doc.name).toBe('service_requests');
    const item = doc.children[0] as XmlNode;
    expect(item.name).toBe('request');
    expect(item.children.map((c) => c.name)).toEqual(requestFields);
    expect([textOf(item, 'service_request_id'), textOf(item, 'status'), textOf(item, 'long')]).toEqual([
      id,
      'open',
      '112.56',
    ]);

    for (const body of [
      one.body,
      xml.body,
      (await get('/requests.json')).body,
      (await get('/requests.xml')).body,
      (await get(`/requests/${id}.xml`)).body,
    ]) {
      for (const secret of [
        '王小明',
        '小明',
        '13987654321',
        '13912345678',
        '13800001111',
        'wang.xiaoming',
        'device-1',
        'app-user-77',
        '内部',
        '情绪',
      ])
        expect(body).not.toContain(secret);
      expect(body).not.toMatch(/reporter|mobile|extra/);
    }

    // Declined: closed, with the public reason.
    expect(
      (
        await world.app.inject({
          method: 'POST',
          url: `/api/v1/cases/${stored.id}/decline`,
          headers: dispatcher.headers(),
          payload: { reason: '已由村委会自行清理' },
        })
      ).statusCode,
    ).toBe(200);
    expect((await get(`/requests/${id}.json`, { 'accept-language': 'zh-CN' })).json()[0]).toMatchObject({
      status: 'closed',
      status_notes: '不予受理：已由村委会自行清理',
    });
    expect((await get(`/requests/${id}.json`)).json()[0]).toMatchObject({
      status: 'closed',
      status_notes: 'Declined: 已由村委会自行清理',
    });
    expect(
      (
        (await get(`/requests.json?service_code=${sanitationCode}&status=closed`)).json() as {
          service_request_id: string;
        }[]
      ).map((r) => r.service_request_id),
    ).toContain(id);

    // Synchronous creation: the token is the request id.
    expect((await get(`/tokens/${id}.json`)).json()).toEqual([{ service_request_id: id, token: id }]);
    const tokenXml = parseXml((await get(`/tokens/${id}.xml`)).body);
    expect([tokenXml.name, textOf(tokenXml.children[0] as XmlNode, 'token')]).toEqual(['service_requests', id]);
    expectError(await get('/tokens/LS000000-XXXXXX.json'), 404);
  });

  it('takes JSON bodies with attributes, anonymous without a phone, and honours Idempotency-Key', async () => {
    const body = {
      api_key: apiKey,
      service_code: wagesCode,
      address_string: '柳林镇',
      description: '工地拖欠三个月工资',
      attribute: { employerName: '澄川建工', amountOwed: '36000', owedSince: '2026-01-05T09:00:00+08:00' },
    };
    const headers = { 'idempotency-key': 'open311-retry-0001' };
    const first = await world.app.inject({ method: 'POST', url: '/open311/v2/requests.json', headers, payload: body });
    expect(first.statusCode).toBe(201);
    const second = await world.app.inject({ method: 'POST', url: '/open311/v2/requests.json', headers, payload: body });
    expect(second.statusCode).toBe(200);
    expect(second.json()[0].service_request_id).toBe(first.json()[0].service_request_id);
    const stored = await caseByCode(first.json()[0].service_request_id);
    expect(stored).toMatchObject({
      anonymous: true,
      reporter_name: null,
      reporter_mobile: null,
      extra: { employerName: '澄川建工', amountOwed: 36000, owedSince: '2026-01-05' },
    });
    expectError(
      await world.app.inject({
        method: 'POST',
        url: '/open311/v2/requests.json',
        headers,
        payload: { ...body, description: '另一件事' },
      }),
      422,
    );

    const xml = await postForm('/requests.xml', {
      api_key: apiKey,
      service_code: pollutionCode,
      address_string: '柳林镇',
      description: '夜间施工噪音',
      'attribute[timeOfDay]': '夜间',
    });
    expect(xml.statusCode).toBe(201);
    const doc = parseXml(xml.body);
    expect(doc.name).toBe('service_requests');
    const item = doc.children[0] as XmlNode;
    expect(item.children.map((c) => c.name)).toEqual(['service_request_id', 'service_notice', 'account_id']);
    expect((await caseByCode(textOf(item, 'service_request_id') ?? '')).extra).toEqual({ timeOfDay: '夜间' });
  });

  it('lists the last 90 days by default and any window asked for', async () => {
    const posted = await postForm('/requests.json', {
      api_key: apiKey,
      service_code: sanitationCode,
      address_string: '柳林镇',
      description: '旧的诉求：河道漂浮物',
    });
    const id = posted.json()[0].service_request_id as string;
    const past = fromNow(-100 * 86_400_000);
    await world.db.updateTable('case_record').set({ created_at: past }).where('tracking_code', '=', id).execute();
    const ids = async (query: string) =>
      ((await get(`/requests.json${query}`)).json() as { service_request_id: string }[]).map(
        (r) => r.service_request_id,
      );
    expect(await ids('')).not.toContain(id);
    const day = (daysAgo: number) => fromNow(-daysAgo * 86_400_000).toISOString();
    expect(await ids(`?start_date=${day(110)}&end_date=${day(80)}`)).toContain(id);
    expect(await ids(`?start_date=${day(101)}`)).toContain(id);
    expect(await ids(`?end_date=${day(95)}`)).toContain(id);
    expect(await ids(`?start_date=${day(99)}&end_date=${day(0)}`)).not.toContain(id);
    // service_request_id overrides the window.
    expect(await ids(`?service_request_id=${id},LS000000-NOSUCH`)).toEqual([id]);

    // The spec sets no limit to the window (it used to be refused beyond 90 days): a long one is answered.
    expect(await ids(`?start_date=${day(120)}&end_date=${day(0)}`)).toContain(id);
    expect((await get(`/requests.xml?start_date=${day(400)}&end_date=${day(0)}`)).statusCode).toBe(200);
    expectError(await get(`/requests.json?start_date=${day(1)}&end_date=${day(5)}`), 400);
    expectError(await get('/requests.json?start_date=yesterday'), 400);
    expectError(await get('/requests.json?end_date=2026-13-45'), 400);
    expectError(await get('/requests.json?status=pending'), 400);
    expect((await get('/requests.json?start_date=2026-01-01&end_date=2026-03-01')).statusCode).toBe(200);

    expect(expectError(await get('/requests/LS000000-NOSUCH.json'), 404)).toContain('LS000000-NOSUCH');
    expectError(await get('/requests/LS000000-NOSUCH.xml'), 404, 'xml');
  });

  it('answers at most 1,000 requests, newest first', async () => {
    const place = await world.db.selectFrom('unit').select('path').where('code', '=', 'D01').executeTakeFirstOrThrow();
    await sql`
      insert into case_record (tracking_code, channel, title, description, status, place_path, created_at, updated_at)
      select 'LSBULK-' || lpad(n::text, 6, '0'), 'hotline', '批量', '批量诉求 ' || n, 'submitted', ${place.path},
        ${testNow()}::timestamptz - make_interval(mins => n), ${testNow()}::timestamptz - make_interval(mins => n)
      from generate_series(1, 1005) as n`.execute(world.db);
    const res = await get('/requests.json');
    const list = res.json() as { requested_datetime: string; service_request_id: string }[];
    expect(list).toHaveLength(1000);
    const times = list.map((r) => Date.parse(r.requested_datetime));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(parseXml((await get('/requests.xml?status=open')).body).children).toHaveLength(1000);
  });
});
