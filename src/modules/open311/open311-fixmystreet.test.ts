import { afterAll, beforeAll, expect, it } from 'vitest';
import { type CaseWorld, createCaseWorld } from '../../../tests/helpers/case-world.ts';
import { makePerson } from '../../../tests/helpers/factories.ts';
import { type Part, multipart, tinyPng } from '../../../tests/helpers/form-bodies.ts';
import { signInAs } from '../../../tests/helpers/http-session.ts';
import { describeEachDatabase } from '../../../tests/helpers/test-databases.ts';

/**
 * What FixMyStreet's Open311 client (perllib/Open311.pm) sends, field for field: a form with
 * jurisdiction_id and api_key, its long "title/detail/url" description, the user's name split at the
 * first space (first_name = first word, last_name = the rest), email and phone as the user gave
 * them, truncated coordinates, and every extra field of the report as attribute[name] (easting,
 * northing, fixmystreet_id…, which the service never defined). With photos it sends the same
 * fields as multipart/form-data, each photo a `media` file part.
 */

describeEachDatabase('Open311 with the FixMyStreet client', (ctx) => {
  let world: CaseWorld;
  let apiKey: string;
  let potholeCode: string;

  beforeAll(async () => {
    world = await createCaseWorld(ctx.database);
    const unitRow = (code: string) =>
      world.db.selectFrom('unit').selectAll().where('code', '=', code).executeTakeFirstOrThrow();
    const person = await makePerson(world.db, {
      username: 'fms.bridge',
      memberships: [
        { unit: await unitRow('D01-HOT'), role: 'dispatcher' },
        { unit: await unitRow('D01'), role: 'administrator' },
      ],
    });
    const session = await signInAs(world.app, person.username, person.password);
    const issued = await world.app.inject({
      method: 'POST',
      url: '/api/v1/tokens',
      headers: session.headers(),
      payload: { name: 'FixMyStreet', scopes: ['case.create'] },
    });
    expect(issued.statusCode).toBe(201);
    apiKey = (issued.json() as { token: string }).token;
    potholeCode = (
      await world.db
        .selectFrom('category')
        .select('code')
        .where('id', '=', await world.categoryId('城市建设和市政管理', '环境卫生'))
        .executeTakeFirstOrThrow()
    ).code;
  }, 120_000);
  afterAll(async () => {
    await world?.close();
  });

  /** The fields FixMyStreet's client puts in every POST requests.xml for a report by `name`. */
  const fmsFields = (extra: Record<string, string> = {}): Record<string, string> => ({
    jurisdiction_id: 'chengchuan.gov.cn',
    api_key: apiKey,
    description:
      'title: Rubbish dumped by the bus stop\n\n' +
      'detail: Bags of rubbish have been left by the stop for a week.\n\n' +
      'url: https://fixmystreet.example.org/report/4711\n\nSubmitted via FixMyStreet\n',
    service_code: potholeCode,
    first_name: 'Bob',
    last_name: 'Smith',
    email: 'bob.smith@example.org',
    phone: '028-8765 4321',
    lat: '37.861234',
    long: '112.560345',
    'attribute[easting]': '531234',
    'attribute[northing]': '181234',
    'attribute[fixmystreet_id]': '4711',
    'attribute[closest_address]': 'Station Road',
    'attribute[report_url]': 'https://fixmystreet.example.org/report/4711',
    ...extra,
  });
  const postForm = (fields: Record<string, string>, headers: Record<string, string> = {}) =>
    world.app.inject({
      method: 'POST',
      url: '/open311/v2/requests.xml',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
      payload: new URLSearchParams(fields).toString(),
    });
  const postMultipart = (parts: Part[]) => {
    const { boundary, body } = multipart(parts);
    return world.app.inject({
      method: 'POST',
      url: '/open311/v2/requests.xml',
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: body,
    });
  };
  /** The service_request_id of an XML answer (FixMyStreet reads request/service_request_id). */
  const requestIdOf = (xml: string) => {
    const match = /<request><service_request_id>([^<]+)<\/service_request_id>/.exec(xml);
    expect(match, xml).not.toBeNull();
    return match?.[1] ?? '';
  };
  const caseByCode = (code: string) =>
    world.db.selectFrom('case_record').selectAll().where('tracking_code', '=', code).executeTakeFirstOrThrow();
  const detailAs = async (login: string, id: number) => {
    const res = await world.app.inject({
      url: `/api/v1/cases/${id}`,
      headers: (await world.as(login)).headers(),
    });
    expect(res.statusCode).toBe(200);
    return res.json() as {
      reporter: { anonymous: boolean; name: string | null; mobile: string | null };
      extra: Record<string, unknown>;
      attachments: { id: number; contentType: string; size: number; url: string }[];
    };
  };

  it('keeps a Western reporter with a landline and e-mail, and the attributes it does not know', async () => {
    const posted = await postForm(fmsFields());
    expect(posted.statusCode, posted.body).toBe(201);
    const id = requestIdOf(posted.body);
    const stored = await caseByCode(id);
    expect(stored).toMatchObject({
      reporter_name: 'Bob Smith',
      reporter_mobile: null,
      anonymous: false,
      lat: 37.861234,
      lng: 112.560345,
    });
    expect(stored.extra).toMatchObject({ email: 'bob.smith@example.org', phone: '028-8765 4321' });
    expect((stored.extra as Record<string, string>).open311Attributes).toContain('easting: 531234');
    expect((stored.extra as Record<string, string>).open311Attributes).toContain('fixmystreet_id: 4711');

    // The dispatcher (pii.read) sees who reported and how to reach them.
    const seen = await detailAs('dispatcher', Number(stored.id));
    expect(seen.reporter).toMatchObject({ anonymous: false, name: 'Bob Smith', mobile: null });
    expect(seen.extra).toMatchObject({ email: 'bob.smith@example.org', phone: '028-8765 4321' });
    // A supervisor (no pii.read) sees them masked.
    const masked = await detailAs('supervisor', Number(stored.id));
    expect(JSON.stringify(masked)).not.toMatch(/bob\.smith|8765 4321|Bob Smith/);
    expect(masked.extra.email).toBe('b***@example.org');

    // The public feed shows none of it.
    for (const path of [`/requests/${id}.json`, `/requests/${id}.xml`, '/requests.json']) {
      const body = (await world.app.inject({ url: `/open311/v2${path}` })).body;
      expect(body).toContain(id);
      for (const secret of ['Bob', 'Smith', 'bob.smith', '8765', 'easting', '531234'])
        expect(body).not.toContain(secret);
    }
  });

  it('joins a Chinese name family first, and takes a long last name', async () => {
    const chinese = await postForm(
      fmsFields({ first_name: '秀英', last_name: '欧阳', phone: '+86 139 8765 4321', email: '' }),
    );
    expect(chinese.statusCode, chinese.body).toBe(201);
    expect(await caseByCode(requestIdOf(chinese.body))).toMatchObject({
      reporter_name: '欧阳秀英',
      reporter_mobile: '13987654321',
      anonymous: false,
    });

    // FixMyStreet puts everything after the first word in last_name.
    const longLast = 'Featherstonehaugh-Wolfeschlegelstein';
    const western = await postForm(fmsFields({ first_name: 'Bartholomew', last_name: longLast }));
    expect(western.statusCode, western.body).toBe(201);
    const stored = await caseByCode(requestIdOf(western.body));
    expect(stored.reporter_name).toBe(`Bartholomew ${longLast}`.slice(0, 40));
    expect(stored.extra).toMatchObject({ reporterName: `Bartholomew ${longLast}` });

    // A name alone, with no way to reach them, is still a named report.
    const nameOnly = await postForm(fmsFields({ email: '', phone: '' }));
    expect(nameOnly.statusCode, nameOnly.body).toBe(201);
    expect(await caseByCode(requestIdOf(nameOnly.body))).toMatchObject({
      reporter_name: 'Bob Smith',
      anonymous: false,
    });
  });

  it('takes photos sent as multipart media parts, as attachments checked by their content', async () => {
    const png = tinyPng();
    const fields = Object.entries(fmsFields()) as Part[];
    const posted = await postMultipart([
      ...fields,
      ['media', { fileName: '4711.0.full.jpeg', type: 'image/jpeg', bytes: png }],
      ['media', { fileName: '4711.1.full.png', type: 'image/png', bytes: png }],
    ]);
    expect(posted.statusCode, posted.body).toBe(201);
    const stored = await caseByCode(requestIdOf(posted.body));
    expect(stored).toMatchObject({ reporter_name: 'Bob Smith', extra: { email: 'bob.smith@example.org' } });
    const seen = await detailAs('dispatcher', Number(stored.id));
    // Typed by content: both are PNGs whatever the part said.
    expect(seen.attachments.map((a) => [a.contentType, a.size])).toEqual([
      ['image/png', png.length],
      ['image/png', png.length],
    ]);
    const file = await world.app.inject({
      url: seen.attachments[0]?.url ?? '',
      headers: (await world.as('dispatcher')).headers(),
    });
    expect(file.statusCode).toBe(200);
    expect(Buffer.compare(file.rawPayload, png)).toBe(0);

    // Without photos, multipart is just another form.
    const plain = await postMultipart(fields);
    expect(plain.statusCode, plain.body).toBe(201);
  });

  it('refuses a media part that is no image, and one too large, in the Open311 error format', async () => {
    const before = await world.db
      .selectFrom('case_record')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const fields = Object.entries(fmsFields()) as Part[];
    const notImage = await postMultipart([
      ...fields,
      ['media', { fileName: 'photo.jpeg', type: 'image/jpeg', bytes: Buffer.from('<html>not a photo</html>') }],
    ]);
    expect(notImage.statusCode).toBe(415);
    expect(notImage.headers['content-type']).toBe('text/xml; charset=utf-8');
    expect(notImage.body).toMatch(
      /<errors><error><code>415<\/code><description>media must be a JPG, PNG, GIF or WebP image/,
    );
    const pdf = await postMultipart([
      ...fields,
      ['media', { fileName: 'a.pdf', type: 'application/pdf', bytes: Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj\n') }],
    ]);
    expect(pdf.statusCode).toBe(415);

    const huge = Buffer.concat([tinyPng(), Buffer.alloc(world.runtime.cases.config.attachmentMaxBytes)]);
    const tooLarge = await postMultipart([
      ...fields,
      ['media', { fileName: 'big.png', type: 'image/png', bytes: huge }],
    ]);
    expect(tooLarge.statusCode).toBe(413);
    expect(tooLarge.body).toContain('<code>413</code>');

    const broken = await world.app.inject({
      method: 'POST',
      url: '/open311/v2/requests.json',
      headers: { 'content-type': 'multipart/form-data; boundary=nothing' },
      payload: '--other\r\nContent-Disposition: form-data; name="a"\r\n\r\nb',
    });
    expect(broken.statusCode).toBeGreaterThanOrEqual(400);
    expect(broken.statusCode).toBeLessThan(500);
    expect(broken.json()).toEqual([{ code: broken.statusCode, description: expect.any(String) }]);

    const after = await world.db
      .selectFrom('case_record')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('answers an unknown service 404, in English unless Chinese is asked for', async () => {
    const unknown = await postForm(fmsFields({ service_code: 'POTHOLES' }));
    expect(unknown.statusCode).toBe(404);
    expect(unknown.body).toContain('<description>No service has the code POTHOLES.</description>');
    const chinese = await postForm(fmsFields({ service_code: 'POTHOLES' }), { 'accept-language': 'zh-CN,zh;q=0.9' });
    expect(chinese.body).toContain('没有服务代码为 POTHOLES 的服务。');
    const preferEnglish = await postForm(fmsFields({ service_code: 'POTHOLES' }), {
      'accept-language': 'en-GB,zh;q=0.5',
    });
    expect(preferEnglish.body).toContain('No service has the code');
  });

  it('reads status repeated as both, and says why a merged or declined request closed', async () => {
    const first = requestIdOf((await postForm(fmsFields())).body);
    const second = requestIdOf((await postForm(fmsFields())).body);
    const [one, two] = [await caseByCode(first), await caseByCode(second)];
    const dispatcher = await world.as('dispatcher');
    const merged = await world.app.inject({
      method: 'POST',
      url: `/api/v1/cases/${two.id}/merge`,
      headers: dispatcher.headers(),
      payload: { targetId: Number(one.id) },
    });
    expect(merged.statusCode, merged.body).toBe(200);

    const listed = async (query: string) =>
      (
        (await world.app.inject({ url: `/open311/v2/requests.json?${query}` })).json() as {
          service_request_id: string;
        }[]
      ).map((r) => r.service_request_id);
    for (const query of ['status=open&status=closed', 'status=open,closed', '']) {
      expect(await listed(query)).toEqual(expect.arrayContaining([first, second]));
    }
    expect(await listed('status=closed&status=closed')).toContain(second);
    expect(await listed('status=closed&status=closed')).not.toContain(first);

    const read = async (id: string, headers: Record<string, string> = {}) =>
      (await world.app.inject({ url: `/open311/v2/requests/${id}.json`, headers })).json()[0] as {
        status: string;
        status_notes: string | null;
      };
    expect(await read(second)).toEqual(
      expect.objectContaining({
        status: 'closed',
        status_notes: 'Merged with another case about the same problem; follow that case.',
      }),
    );
    expect((await read(second, { 'accept-language': 'zh' })).status_notes).toBe(
      '已合并：您反映的问题已与同一问题的诉求合并办理。',
    );

    const declined = await world.app.inject({
      method: 'POST',
      url: `/api/v1/cases/${one.id}/decline`,
      headers: dispatcher.headers(),
      payload: { reason: '属物业管理范围，请联系物业' },
    });
    expect(declined.statusCode, declined.body).toBe(200);
    expect(await read(first)).toEqual(
      expect.objectContaining({ status: 'closed', status_notes: 'Declined: 属物业管理范围，请联系物业' }),
    );
    expect((await read(first, { 'accept-language': 'zh-CN' })).status_notes).toBe(
      '不予受理：属物业管理范围，请联系物业',
    );
  });
  it('answers servicerequestupdates: each public step of a request, oldest first, in JSON and XML, nothing personal', async () => {
    const code = requestIdOf((await postForm(fmsFields())).body);
    const row = await caseByCode(code);
    const dispatcher = await world.as('dispatcher');
    const act = async (action: string, payload: object) => {
      const res = await world.app.inject({
        method: 'POST',
        url: `/api/v1/cases/${row.id}/${action}`,
        headers: dispatcher.headers(),
        payload,
      });
      expect(res.statusCode, res.body).toBe(200);
    };
    await act('accept', {});
    await act('decline', { reason: '属物业管理范围，请联系物业 13987654321' });
    const updates = await world.app.inject({ url: '/open311/v2/servicerequestupdates.json' });
    expect(updates.statusCode, updates.body).toBe(200);
    const mine = (updates.json() as { service_request_id: string; status: string; description: string }[]).filter(
      (u) => u.service_request_id === code,
    );
    expect(mine.map((u) => u.status)).toEqual(['OPEN', 'OPEN', 'NOT_COUNCILS_RESPONSIBILITY']);
    expect(mine[2]?.description).toContain('属物业管理范围');
    expect(updates.body).not.toMatch(/13987654321|bob\.smith@example\.org|Smith/);
    const xml = await world.app.inject({ url: '/open311/v2/servicerequestupdates.xml' });
    expect(xml.body).toContain('<service_request_updates><request_update><update_id>');
    expect(xml.body).toContain(`<service_request_id>${code}</service_request_id>`);
    const bad = await world.app.inject({ url: '/open311/v2/servicerequestupdates.json?start_date=yesterday' });
    expect(bad.statusCode).toBe(400);
  });
});
