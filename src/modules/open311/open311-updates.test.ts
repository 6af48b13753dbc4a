import { afterAll, beforeAll, expect, it } from 'vitest';
import { type CaseWorld, createCaseWorld } from '../../../tests/helpers/case-world.ts';
import { makePerson } from '../../../tests/helpers/factories.ts';
import { type Part, multipart, tinyPng } from '../../../tests/helpers/form-bodies.ts';
import { signInAs } from '../../../tests/helpers/http-session.ts';
import { describeEachDatabase } from '../../../tests/helpers/test-databases.ts';

/**
 * POST servicerequestupdates as FixMyStreet's client (perllib/Open311.pm) sends it when one of its
 * users adds an update to a report it sent: a form with jurisdiction_id and api_key, the request's
 * service_request_id, its own update_id, the W3C updated_datetime, a status (OPEN or CLOSED, or
 * its extended statuses), the text as description, the user's name split in first_name and
 * last_name ("-" when there is no second word), email and phone, a media_url for a photo; with
 * photos uploaded, the same fields as multipart/form-data with `media` file parts. It reads back
 * `<service_request_updates><request_update><update_id>`.
 */

interface TimelineEvent {
  id: number;
  action: string;
  actorLabel: string | null;
  note: string | null;
  publicText: string | null;
  data: Record<string, unknown>;
}
interface Detail {
  status: string;
  version: number;
  timeline: TimelineEvent[];
  attachments: { id: number; contentType: string; size: number; url: string }[];
}

describeEachDatabase('Open311 POST servicerequestupdates (FixMyStreet)', (ctx) => {
  let world: CaseWorld;
  let apiKey: string;
  let readOnlyKey: string;
  let categoryId: number;
  let serviceCode: string;

  beforeAll(async () => {
    world = await createCaseWorld(ctx.database);
    const unitRow = (code: string) =>
      world.db.selectFrom('unit').selectAll().where('code', '=', code).executeTakeFirstOrThrow();
    const person = await makePerson(world.db, {
      username: 'fms.updates',
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
    const readOnly = await world.app.inject({
      method: 'POST',
      url: '/api/v1/tokens',
      headers: session.headers(),
      payload: { name: 'read only', scopes: ['case.read'] },
    });
    expect(readOnly.statusCode).toBe(201);
    readOnlyKey = (readOnly.json() as { token: string }).token;
    categoryId = await world.categoryId('城市建设和市政管理', '环境卫生');
    serviceCode = (
      await world.db.selectFrom('category').select('code').where('id', '=', categoryId).executeTakeFirstOrThrow()
    ).code;
  }, 120_000);
  afterAll(async () => {
    await world?.close();
  });

  const form = (url: string, fields: Record<string, string>, headers: Record<string, string> = {}) =>
    world.app.inject({
      method: 'POST',
      url: `/open311/v2${url}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
      payload: new URLSearchParams(fields).toString(),
    });
  const postMultipart = (url: string, parts: Part[]) => {
    const { boundary, body } = multipart(parts);
    return world.app.inject({
      method: 'POST',
      url: `/open311/v2${url}`,
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: body,
    });
  };

  /** A report as FixMyStreet sends it; answers its service_request_id and the case's id. */
  async function fmsReport(): Promise<{ code: string; id: number }> {
    const posted = await form('/requests.xml', {
      jurisdiction_id: 'chengchuan.gov.cn',
      api_key: apiKey,
      service_code: serviceCode,
      description: 'title: Rubbish by the bus stop\n\ndetail: Bags left for a week.\n\nSubmitted via FixMyStreet\n',
      first_name: 'Bob',
      last_name: 'Smith',
      email: 'bob.smith@example.org',
      lat: '37.861234',
      long: '112.560345',
    });
    expect(posted.statusCode, posted.body).toBe(201);
    const code = /<service_request_id>([^<]+)<\/service_request_id>/.exec(posted.body)?.[1] ?? '';
    const row = await world.db
      .selectFrom('case_record')
      .select('id')
      .where('tracking_code', '=', code)
      .executeTakeFirstOrThrow();
    return { code, id: Number(row.id) };
  }

  /** The fields FixMyStreet's client posts for an update by Bob Smith on `code`. */
  const fmsUpdate = (code: string, extra: Record<string, string> = {}): Record<string, string> => ({
    jurisdiction_id: 'chengchuan.gov.cn',
    api_key: apiKey,
    updated_datetime: '2026-12-07T10:15:00+08:00',
    service_request_id: code,
    status: 'OPEN',
    description: 'Still there this morning, and more bags. Call me on 13912345678 if needed. Bob Smith',
    last_name: 'Smith',
    first_name: 'Bob',
    email: 'bob.smith@example.org',
    phone: '028-8765 4321',
    update_id: '90210',
    ...extra,
  });

  const act = async (login: string, id: number, action: string, payload: object) => {
    const res = await world.app.inject({
      method: 'POST',
      url: `/api/v1/cases/${id}/${action}`,
      headers: (await world.as(login)).headers(),
      payload,
    });
    expect(res.statusCode, res.body).toBe(200);
  };
  const detailAs = async (login: string, id: number): Promise<Detail> => {
    const res = await world.app.inject({ url: `/api/v1/cases/${id}`, headers: (await world.as(login)).headers() });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as Detail;
  };
  const comments = (detail: Detail) => detail.timeline.filter((e) => e.action === 'reporter_comment');
  const updateIdOf = (xml: string) => {
    const match =
      /<service_request_updates><request_update><update_id>(\d+)<\/update_id><\/request_update><\/service_request_updates>/.exec(
        xml,
      );
    expect(match, xml).not.toBeNull();
    return match?.[1] ?? '';
  };

  it('takes the form FixMyStreet posts, as a reporter comment the lead unit hears of, masked for readers without pii.read', async () => {
    const { code, id } = await fmsReport();
    await act('dispatcher', id, 'accept', {});
    await act('dispatcher', id, 'classify', { categoryId, tier: 'general' });
    await act('dispatcher', id, 'dispatch', { leadUnitId: await world.unitId('D01-T01') });
    const before = await detailAs('dispatcher', id);

    const posted = await form('/servicerequestupdates.xml', fmsUpdate(code));
    expect(posted.statusCode, posted.body).toBe(201);
    expect(posted.headers['content-type']).toBe('text/xml; charset=utf-8');
    const updateId = updateIdOf(posted.body);

    // The dispatcher (pii.read) reads the comment as sent, and who sent it.
    const seen = await detailAs('dispatcher', id);
    expect(seen.status).toBe('dispatched');
    expect(seen.version).toBe(before.version);
    const [comment] = comments(seen);
    expect(comment).toMatchObject({
      id: Number(updateId),
      note: 'Still there this morning, and more bags. Call me on 13912345678 if needed. Bob Smith',
      publicText: null,
      data: {
        source: 'open311',
        externalId: '90210',
        claim: 'unresolved',
        displayName: 'Bob Smith',
        email: 'bob.smith@example.org',
        phone: '028-8765 4321',
        sent: { status: 'OPEN', updatedAt: '2026-12-07T02:15:00.000Z' },
      },
    });
    // A supervisor (no pii.read) reads the masked copy: no number, no name, no address.
    const masked = comments(await detailAs('supervisor', id))[0];
    expect(masked?.note).toContain('Still there this morning');
    expect(JSON.stringify(masked)).not.toMatch(/13912345678|Bob Smith|bob\.smith|8765 4321/);
    expect(masked?.data['email']).toBe('b***@example.org');

    // The lead unit's handlers hear of it, with the masked words.
    const notices = await world.db
      .selectFrom('notification as n')
      .innerJoin('person as p', 'p.id', 'n.person_id')
      .select(['p.username', 'n.title', 'n.body'])
      .where('n.case_id', '=', id)
      .where('n.kind', '=', 'case.comment')
      .execute();
    expect(notices.map((n) => n.username)).toEqual(expect.arrayContaining(['town.handler', 'town.lead']));
    expect(notices.map((n) => n.username)).not.toContain('dispatcher');
    for (const notice of notices) {
      expect(notice.title).toMatch(/^群众补充：/);
      expect(notice.body).not.toContain('13912345678');
    }
    // Audited like every change.
    const audited = await world.db
      .selectFrom('audit_log')
      .select(['action', 'after'])
      .where('entity_type', '=', 'case')
      .where('entity_id', '=', String(id))
      .where('action', '=', 'case.reporterComment')
      .execute();
    expect(audited).toHaveLength(1);
    expect(audited[0]?.after).toMatchObject({ eventId: Number(updateId), externalId: '90210' });

    // JSON answers the same list.
    const json = await form('/servicerequestupdates.json', fmsUpdate(code, { update_id: '90211', description: 'ok' }));
    expect(json.statusCode, json.body).toBe(201);
    expect(json.json()).toEqual([{ update_id: expect.stringMatching(/^\d+$/) }]);

    // The public feeds carry the government's wording only: no comment, nothing of it.
    const feed = await world.app.inject({ url: '/open311/v2/servicerequestupdates.json' });
    expect(feed.statusCode).toBe(200);
    const ids = (feed.json() as { update_id: string }[]).map((u) => u.update_id);
    expect(ids).not.toContain(updateId);
    expect(feed.body).not.toMatch(/Still there|13912345678/);
    const page = await world.app.inject({ url: `/api/v1/public/cases/${code}` });
    expect(page.body).not.toMatch(/Still there|13912345678/);
  });

  it('makes one comment of a retry, by update_id and, without one, by the same body', async () => {
    const { code, id } = await fmsReport();
    const first = await form('/servicerequestupdates.xml', fmsUpdate(code, { update_id: '555' }));
    expect(first.statusCode, first.body).toBe(201);
    const again = await form('/servicerequestupdates.xml', fmsUpdate(code, { update_id: '555' }));
    expect(again.statusCode, again.body).toBe(200);
    expect(updateIdOf(again.body)).toBe(updateIdOf(first.body));
    // Two retries at once still make one comment.
    const racing = await Promise.all([
      form('/servicerequestupdates.json', fmsUpdate(code, { update_id: '556' })),
      form('/servicerequestupdates.json', fmsUpdate(code, { update_id: '556' })),
    ]);
    expect(racing.map((r) => r.statusCode).sort()).toEqual([200, 201]);
    expect(racing[0]?.json()).toEqual(racing[1]?.json());

    const bare = { ...fmsUpdate(code, { description: 'No id this time' }) } as Record<string, string>;
    delete bare['update_id'];
    const once = await form('/servicerequestupdates.json', bare);
    const twice = await form('/servicerequestupdates.json', bare);
    expect([once.statusCode, twice.statusCode]).toEqual([201, 200]);
    expect(twice.json()).toEqual(once.json());
    const other = await form('/servicerequestupdates.json', { ...bare, description: 'Something else' });
    expect(other.statusCode).toBe(201);

    expect(comments(await detailAs('dispatcher', id))).toHaveLength(4);
    const audited = await world.db
      .selectFrom('audit_log')
      .select('id')
      .where('entity_id', '=', String(id))
      .where('action', '=', 'case.reporterComment')
      .execute();
    expect(audited).toHaveLength(4);
  });

  it('takes photos as multipart media parts, linked to the comment, and notes a reopening without applying it', async () => {
    const { code, id } = await fmsReport();
    await act('dispatcher', id, 'decline', { reason: '属物业管理范围' });
    const png = tinyPng();
    const posted = await postMultipart('/servicerequestupdates.xml', [
      ...(Object.entries(
        fmsUpdate(code, {
          update_id: '777',
          status: 'OPEN',
          description: 'The property company says it is yours.',
          media_url: 'https://fixmystreet.example.org/photo/c/777.0.full.jpeg',
        }),
      ) as Part[]),
      ['media', { fileName: '777.0.full.jpeg', type: 'image/jpeg', bytes: png }],
    ]);
    expect(posted.statusCode, posted.body).toBe(201);
    const updateId = Number(updateIdOf(posted.body));
    const seen = await detailAs('dispatcher', id);
    // Still declined: a reopening is the dispatcher's to decide; the comment says what was asked.
    expect(seen.status).toBe('declined');
    const comment = comments(seen).find((e) => e.id === updateId);
    expect(comment?.note).toContain('The property company says it is yours.');
    expect(comment?.note).toContain('（图片：https://fixmystreet.example.org/photo/c/777.0.full.jpeg）');
    expect(comment?.note).toContain('群众表示问题仍未解决，要求重新办理（OPEN）。');
    expect(comment?.data).toMatchObject({ claim: 'unresolved', attachmentCount: 1 });
    expect(seen.attachments.map((a) => [a.contentType, a.size])).toEqual([['image/png', png.length]]);
    const linked = await world.db
      .selectFrom('attachment')
      .select(['event_id', 'case_id'])
      .where('case_id', '=', id)
      .execute();
    expect(linked.map((a) => Number(a.event_id))).toEqual([updateId]);
    // The dispatch centre hears of it: the case is not with a unit.
    const told = await world.db
      .selectFrom('notification as n')
      .innerJoin('person as p', 'p.id', 'n.person_id')
      .select('p.username')
      .where('n.case_id', '=', id)
      .where('n.kind', '=', 'case.comment')
      .execute();
    expect(told.map((n) => n.username)).toContain('dispatcher');

    // A retry of the multipart post uploads nothing more.
    const attachments = async () =>
      Number(
        (
          await world.db
            .selectFrom('attachment')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const stored = await attachments();
    const retry = await postMultipart('/servicerequestupdates.xml', [
      ...(Object.entries(
        fmsUpdate(code, { update_id: '777', description: 'The property company says it is yours.' }),
      ) as Part[]),
      ['media', { fileName: '777.0.full.jpeg', type: 'image/jpeg', bytes: png }],
    ]);
    expect(retry.statusCode, retry.body).toBe(200);
    expect(await attachments()).toBe(stored);

    // A photo that is no image is refused, and makes no comment.
    const notImage = await postMultipart('/servicerequestupdates.json', [
      ...(Object.entries(fmsUpdate(code, { update_id: '778' })) as Part[]),
      ['media', { fileName: 'x.jpeg', type: 'image/jpeg', bytes: Buffer.from('<html></html>') }],
    ]);
    expect(notImage.statusCode).toBe(415);
    expect(comments(await detailAs('dispatcher', id))).toHaveLength(1);
  });

  it('notes a reporter who says it is fixed while the case is open, and FixMyStreet’s extended statuses', async () => {
    const { code, id } = await fmsReport();
    const fixed = await form('/servicerequestupdates.json', fmsUpdate(code, { update_id: '801', status: 'FIXED' }));
    expect(fixed.statusCode, fixed.body).toBe(201);
    const plain = await form('/servicerequestupdates.json', fmsUpdate(code, { update_id: '802', status: 'OPEN' }));
    expect(plain.statusCode, plain.body).toBe(201);
    const seen = comments(await detailAs('dispatcher', id));
    expect(seen[0]?.note).toMatch(/群众表示问题已解决（FIXED）。$/);
    // OPEN on an open case says nothing new: the comment is the words alone.
    expect(seen[1]?.note).not.toContain('群众表示');
    expect(seen[1]?.data['sent']).toMatchObject({ status: 'OPEN' });
    expect((await detailAs('dispatcher', id)).status).toBe('submitted');
  });

  it('answers an unknown request 404 and a missing description 400, in the Open311 format', async () => {
    const { code } = await fmsReport();
    const unknown = await form('/servicerequestupdates.xml', fmsUpdate('LS000000-NOPE00'));
    expect(unknown.statusCode).toBe(404);
    expect(unknown.body).toContain(
      '<errors><error><code>404</code><description>No request has the id LS000000-NOPE00.',
    );
    const chinese = await form('/servicerequestupdates.json', fmsUpdate('LS000000-NOPE00'), {
      'accept-language': 'zh-CN',
    });
    expect(chinese.json()).toEqual([{ code: 404, description: '没有编号为 LS000000-NOPE00 的诉求。' }]);

    const { description: _dropped, ...noText } = fmsUpdate(code, { update_id: '901' });
    const missing = await form('/servicerequestupdates.json', noText);
    expect(missing.statusCode).toBe(400);
    expect(missing.json()).toEqual([{ code: 400, description: expect.stringContaining('description') }]);
    const empty = await form('/servicerequestupdates.xml', fmsUpdate(code, { update_id: '902', description: '' }));
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('<code>400</code>');
    const blank = await form(
      '/servicerequestupdates.json',
      fmsUpdate(code, { update_id: '903', description: '  \n ' }),
    );
    expect(blank.statusCode).toBe(400);
    const badTime = await form(
      '/servicerequestupdates.json',
      fmsUpdate(code, { update_id: '904', updated_datetime: 'yesterday' }),
    );
    expect(badTime.statusCode).toBe(400);
    expect(badTime.json()[0].description).toContain('updated_datetime');
    const badLink = await form(
      '/servicerequestupdates.json',
      fmsUpdate(code, { update_id: '905', media_url: 'ftp://x' }),
    );
    expect(badLink.statusCode).toBe(400);
  });

  it('refuses a missing, unknown or too weak api_key (403) and a bad bearer token (401)', async () => {
    const { code, id } = await fmsReport();
    const { api_key: _key, ...keyless } = fmsUpdate(code);
    expect((await form('/servicerequestupdates.json', keyless)).statusCode).toBe(403);
    const bogus = await form('/servicerequestupdates.xml', { ...keyless, api_key: 'ls_nothing_at_all' });
    expect(bogus.statusCode).toBe(403);
    expect(bogus.body).toContain('<code>403</code>');
    const refused = await form('/servicerequestupdates.json', { ...keyless, api_key: readOnlyKey });
    expect(refused.statusCode).toBe(403);
    expect(refused.json()[0].description).toContain('case.create');
    const bearer = await form('/servicerequestupdates.xml', keyless, { authorization: 'Bearer ls_bogus_token' });
    expect(bearer.statusCode).toBe(401);
    expect(bearer.body).toContain('<code>401</code>');
    expect(comments(await detailAs('dispatcher', id))).toHaveLength(0);
  });

  it('refuses NUL in a field with 400, url-encoded or multipart, never a 500', async () => {
    const { code, id } = await fmsReport();
    const encoded = await form('/servicerequestupdates.json', fmsUpdate(code, { description: 'bad\u0000text' }));
    expect(encoded.statusCode).toBe(400);
    expect(encoded.json()).toEqual([{ code: 400, description: expect.any(String) }]);
    const named = await form('/servicerequestupdates.json', fmsUpdate(code, { first_name: 'B\u0000b' }));
    expect(named.statusCode).toBe(400);
    const parts = await postMultipart('/servicerequestupdates.xml', [
      ...(Object.entries(fmsUpdate(code, { description: 'bad\u0000text' })) as Part[]),
    ]);
    expect(parts.statusCode).toBe(400);
    expect(parts.body).toContain('<code>400</code>');
    const fileName = await postMultipart('/servicerequestupdates.xml', [
      ...(Object.entries(fmsUpdate(code)) as Part[]),
      ['media', { fileName: 'a\u0000.png', type: 'image/png', bytes: tinyPng() }],
    ]);
    expect(fileName.statusCode).toBe(400);
    // The same hole in POST requests is closed too.
    const request = await postMultipart('/requests.json', [
      ['api_key', apiKey],
      ['service_code', serviceCode],
      ['address_string', '柳林镇石桥村'],
      ['description', 'nul\u0000here'],
    ]);
    expect(request.statusCode).toBe(400);
    expect(comments(await detailAs('dispatcher', id))).toHaveLength(0);
  });
});
