import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CaseWorld, createCaseWorld } from '../../../tests/helpers/case-world.ts';
import { describeEachDatabase } from '../../../tests/helpers/test-databases.ts';
import { type ExcelColumn, writeSheet, xlsxContentType } from '../excel/excel.ts';
import { findProblem, isUnsafeText } from './request-text.ts';

describe('unsafe text and numbers', () => {
  it('finds NUL and unpaired surrogates, and lets paired ones (emoji) through', () => {
    expect(isUnsafeText('柳林镇石桥村 😀')).toBe(false);
    expect(isUnsafeText('a\u0000b')).toBe(true);
    expect(isUnsafeText('\ud800')).toBe(true);
    expect(isUnsafeText('a\ud83db')).toBe(true);
    expect(isUnsafeText('\udc00x')).toBe(true);
    expect(isUnsafeText('😀\ude00')).toBe(true);
  });

  it('walks values, keys included, and answers where the problem is', () => {
    const both = { text: true, numbers: true };
    expect(findProblem({ a: [1, 'x', { b: 'ok' }] }, both)).toBeNull();
    expect(findProblem({ a: [1, 'x', { 'b/c': 'x\u0000' }] }, both)).toEqual({ path: '/a/2/b~1c', problem: 'text' });
    expect(findProblem({ 'k\u0000': 1 }, both)?.problem).toBe('text');
    expect(findProblem({ n: [Infinity] }, both)).toEqual({ path: '/n/0', problem: 'number' });
    expect(findProblem(Number.NaN, both)).toEqual({ path: '/', problem: 'number' });
    expect(findProblem(Buffer.from([0, 0xed, 0xa0, 0x80]), both)).toBeNull();
    expect(findProblem({ n: 'x\u0000' }, { text: false, numbers: true })).toBeNull();
  });

  it('walks a deeply nested body without overflowing the stack', () => {
    const nested = JSON.parse(`${'[{"a":'.repeat(50_000)}"\\u0000"${'}]'.repeat(50_000)}`) as unknown;
    expect(findProblem(nested, { text: true, numbers: true })?.problem).toBe('text');
  });
});

describeEachDatabase('hostile input is refused at the edge with a 400', (ctx) => {
  let world: CaseWorld;
  beforeAll(async () => {
    world = await createCaseWorld(ctx.database);
  }, 120_000);
  afterAll(async () => {
    await world?.close();
  });

  async function call(
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    url: string,
    options: { payload?: string; contentType?: string; headers?: Record<string, string>; as?: string | null } = {},
  ) {
    const session = options.as === null ? null : await world.as(options.as ?? 'admin');
    const res = await world.app.inject({
      method,
      url,
      headers: {
        ...(session?.headers() ?? {}),
        ...(options.payload === undefined ? {} : { 'content-type': options.contentType ?? 'application/json' }),
        ...options.headers,
      },
      ...(options.payload === undefined ? {} : { payload: options.payload }),
    });
    return { status: res.statusCode, body: res.json() as any, headers: res.headers };
  }

  it('ids past the bigint range, in paths, queries and bodies, and offsets without a bound', async () => {
    for (const url of [
      '/api/v1/categories/99999999999999999999',
      '/api/v1/people?unitId=99999999999999999999',
      '/api/v1/people?offset=99999999999999999999',
      '/api/v1/notifications/stream?after=99999999999999999999',
      '/api/v1/audit?beforeId=9007199254740992',
    ]) {
      const res = await call('GET', url);
      expect([url, res.status, res.body.error?.code]).toEqual([url, 400, 'VALIDATION_FAILED']);
    }
    const res = await call('POST', '/api/v1/cases/1/dispatch', {
      as: 'dispatcher',
      payload: '{"leadUnitId":2,"supportingUnitIds":[99999999999999999999]}',
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION_FAILED');
  });

  it('1e309 (Infinity) for limits, offsets and ids, in the query, the path and a body', async () => {
    for (const url of [
      '/api/v1/people?limit=1e309',
      '/api/v1/people?offset=1e309',
      '/api/v1/units?limit=-1e309',
      '/api/v1/units?parentId=1e309',
      '/api/v1/audit?beforeId=1e309',
      '/api/v1/notifications?beforeId=1e309',
      '/api/v1/cases?leadUnitId=1e309',
      '/api/v1/categories/1e309',
    ]) {
      const res = await call('GET', url);
      expect([url, res.status, res.body.error?.code]).toEqual([url, 400, 'VALIDATION_FAILED']);
      expect(res.body.error.details[0].message).toMatch(/finite|integer|<=|>=/);
    }
    const res = await call('POST', '/api/v1/programmes/1/tasks', { payload: '{"title":"路灯","targetValue":1e309}' });
    expect([res.status, res.body.error.code]).toEqual([400, 'VALIDATION_FAILED']);
  });

  it('NUL in text queries and filters', async () => {
    for (const url of [
      '/api/v1/people?q=%00',
      '/api/v1/units?q=a%00b',
      '/api/v1/tasks?q=%00',
      '/api/v1/programmes?q=%00',
      '/api/v1/audit?action=%00',
      '/api/v1/audit?entityType=%00',
      '/api/v1/cases/export.xlsx?q=%00',
      '/api/v1/attachments?name=a%00b',
    ]) {
      const res = await call(url.includes('attachments') ? 'POST' : 'GET', url);
      expect([url, res.status, res.body.error?.code]).toEqual([url, 400, 'INVALID_TEXT']);
      expect(res.body.error.details[0]).toMatchObject({ in: 'querystring' });
      expect(res.body.error.requestId).toEqual(expect.any(String));
    }
    const english = await world.app.inject({ url: '/api/v1/people?q=%00', headers: { 'accept-language': 'en' } });
    expect(english.json().error.message).toMatch(/invalid characters/);
  });

  it('NUL and lone surrogates in JSON bodies (values and keys) never reach a record or the audit trail', async () => {
    const auditBefore = await world.db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    const attempts: Array<[string, string, string]> = [
      ['POST', '/api/v1/tokens', '{"name":"a\\u0000b","scopes":["unit.read"]}'],
      ['POST', '/api/v1/tokens', '{"name":"\\ud800","scopes":["unit.read"]}'],
      ['PUT', '/api/v1/calendar/overrides/2026-12-01', '{"kind":"workday","note":"\\u0000"}'],
      ['PUT', '/api/v1/calendar/overrides/2026-12-01', '{"kind":"workday","note":"x\\udc00"}'],
      ['PUT', '/api/v1/calendar/overrides/2026-12-01', '{"kind":"workday","\\u0000":1}'],
      ['POST', '/api/v1/auth/login', '{"login":"\\u0000","password":"x"}'],
    ];
    for (const [method, url, payload] of attempts) {
      const res = await call(method as 'POST', url, { payload });
      expect([url, payload, res.status, res.body.error?.code]).toEqual([url, payload, 400, 'INVALID_TEXT']);
      expect(res.body.error.details[0]).toMatchObject({ in: 'body' });
    }
    const auditAfter = await world.db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(auditAfter.n)).toBe(Number(auditBefore.n));
  });

  it('NUL or a lone surrogate in a header (Idempotency-Key) and a path; malformed percent-encoding', async () => {
    const keyed = await call('POST', '/api/v1/public/cases', {
      as: null,
      payload: JSON.stringify({ description: '路灯不亮', anonymous: true }),
      headers: { 'idempotency-key': 'key\u0000key-1' },
    });
    expect([keyed.status, keyed.body.error.code]).toEqual([400, 'INVALID_TEXT']);
    expect(keyed.body.error.details[0]).toMatchObject({ in: 'headers', path: '/idempotency-key' });
    for (const url of [
      '/api/v1/categories/%00',
      '/api/v1/categories/%ED%A0%80',
      '/api/v1/categories/%E0%A4%A',
      '/api/v1/public/cases/%ED%A0%80',
    ]) {
      const res = await call('GET', url);
      expect([url, res.status, res.body.error?.code]).toEqual([url, 400, 'INVALID_TEXT']);
      expect(res.headers['x-request-id']).toBe(res.body.error.requestId);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
    }
  });

  it('NUL or a lone surrogate in an uploaded spreadsheet (the _x0000_ escape of .xlsx) is an import problem of its row', async () => {
    // The unit import's headers (modules/units/units-excel.service.ts), spelled out: platform imports no module.
    const unitColumns: ExcelColumn<string>[] = ['单位编码', '单位名称', '英文名称', '类型', '上级单位编码', '状态'].map(
      (label, i) => ({
        key: ['code', 'nameZh', 'nameEn', 'type', 'parentCode', 'active'][i] as string,
        labels: [label],
      }),
    );
    const sheet = await writeSheet('单位', unitColumns, [
      { code: 'NUL-1', nameZh: '石桥_x0000_村', nameEn: '', type: '村', parentCode: 'D01-T01', active: '' },
      { code: 'NUL-2', nameZh: '石桥村二组', nameEn: 'a_xD800_b', type: '村', parentCode: 'D01-T01', active: '' },
    ]);
    const session = await world.as('admin');
    const res = await world.app.inject({
      method: 'POST',
      url: '/api/v1/units/import',
      payload: sheet,
      headers: { ...session.headers(), 'content-type': xlsxContentType },
    });
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json().error.code).toBe('IMPORT_FAILED');
    expect(res.json().error.details.rows).toEqual([
      expect.objectContaining({ row: 2, column: '单位名称' }),
      expect.objectContaining({ row: 3, column: '英文名称' }),
    ]);
    const made = await world.db.selectFrom('unit').select('id').where('code', 'in', ['NUL-1', 'NUL-2']).execute();
    expect(made).toEqual([]);
  });

  it('Open311 answers the same refusals in its own format, form bodies included', async () => {
    for (const url of [
      '/open311/v2/requests/%00.json',
      '/open311/v2/requests/%E0%A4%A.json',
      '/open311/v2/requests/%ED%A0%80.json',
      '/open311/v2/requests.json?service_request_id=%00',
      '/open311/v2/services.json?jurisdiction_id=1e309%00',
    ]) {
      const res = await call('GET', url, { as: null });
      expect([url, res.status]).toEqual([url, 400]);
      // Open311 answers in English unless the client asks for Chinese (its clients are often foreign).
      expect(res.body).toEqual([{ code: 400, description: expect.stringContaining('invalid characters') }]);
    }
    const zh = await world.app.inject({
      url: '/open311/v2/requests/%00.json',
      headers: { 'accept-language': 'zh-CN' },
    });
    expect(zh.json()).toEqual([{ code: 400, description: expect.stringContaining('无效字符') }]);
    const form = await call('POST', '/open311/v2/requests.json', {
      as: null,
      payload: 'service_code=x&description=a%00b&attribute%5Bk%ED%A0%80%5D=1',
      contentType: 'application/x-www-form-urlencoded',
    });
    expect(form.status).toBe(400);
    expect(form.body[0].code).toBe(400);
    const xml = await world.app.inject({ url: '/open311/v2/requests/%E0%A4%A.xml' });
    expect(xml.statusCode).toBe(400);
    expect(xml.body).toMatch(/<errors>/);
  });
});
