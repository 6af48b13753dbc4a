import { afterAll, beforeAll, expect, it } from 'vitest';
import { type CaseWorld, createCaseWorld } from '../../../tests/helpers/case-world.ts';
import { describeEachDatabase } from '../../../tests/helpers/test-databases.ts';

const name = '欧阳秀英';
const mobile = '13987654321';
const idNumber = '11010519491231002X';
const address = '柳林镇石桥村和平路88号5栋2单元301室';
const secrets = [name, mobile, idNumber, '88号', '5栋', '301室'];
const description = `我叫${name}，手机${mobile}，身份证${idNumber}，家门口${address}的垃圾堆放多日无人清理`;

describeEachDatabase('personal data in a case', (ctx) => {
  let world: CaseWorld;
  let id: number;
  beforeAll(async () => {
    world = await createCaseWorld(ctx.database);
    const res = await world.app.inject({
      method: 'POST',
      url: '/api/v1/public/cases',
      payload: { description, address, reporterName: name, reporterMobile: mobile },
    });
    expect(res.statusCode, res.body).toBe(201);
    id = res.json().id;
    const send = async (action: string, body: object) => {
      const reply = await world.app.inject({
        method: 'POST',
        url: `/api/v1/cases/${id}/${action}`,
        payload: body,
        headers: (await world.as('dispatcher')).headers(),
      });
      expect(reply.statusCode, reply.body).toBe(200);
    };
    await send('accept', {});
    const categoryId = await world.categoryId('城市建设和市政管理', '环境卫生');
    await send('classify', { categoryId, tier: 'general' });
    await send('dispatch', { leadUnitId: await world.unitId('D01-T01') });
  }, 120_000);
  afterAll(async () => world?.close());

  const get = async (login: string, url: string) =>
    world.app.inject({ url: `/api/v1${url}`, headers: (await world.as(login)).headers() });
  const piiReads = async () =>
    (
      await world.db
        .selectFrom('audit_log')
        .select(['action', 'actor_label'])
        .where('action', '=', 'pii.read')
        .execute()
    ).length;

  it('shows the lead unit only masked copies: title, description, address, reporter and timeline', async () => {
    const detail = await get('town.handler', `/cases/${id}`);
    expect(detail.statusCode).toBe(200);
    for (const secret of secrets) expect(detail.body, secret).not.toContain(secret);
    const body = detail.json();
    expect(body.address).toBe('柳林镇石桥村和平路');
    expect(body.reporter).toMatchObject({ masked: true, contactable: true, name: '欧阳**', mobile: '139****4321' });
    const list = await get('town.handler', '/cases');
    for (const secret of secrets) expect(list.body, secret).not.toContain(secret);
  });

  it('gives the lead unit the contact on request, audited each time; others are refused', async () => {
    const before = await piiReads();
    const contact = await get('town.handler', `/cases/${id}/reporter`);
    expect(contact.statusCode).toBe(200);
    expect(contact.json()).toEqual({ name, mobile });
    expect(contact.headers['cache-control']).toBe('no-store');
    expect(await piiReads()).toBe(before + 1);
    expect((await get('supervisor', `/cases/${id}/reporter`)).statusCode).toBe(403);
    expect((await get('handler.d01-t02', `/cases/${id}/reporter`)).statusCode).toBe(404);
  });

  it('shows the originals to pii.read, and audits that look', async () => {
    const before = await piiReads();
    const detail = (await get('dispatcher', `/cases/${id}`)).json();
    expect(detail.description).toBe(description);
    expect(detail.address).toBe(address);
    expect(detail.reporter).toMatchObject({ masked: false, contactable: false, name, mobile });
    expect(await piiReads()).toBe(before + 1);
    // The title is made from the masked text, so no list shows the typed data to anyone.
    expect(detail.title).not.toContain(mobile);
  });

  it('never names the citizen in the timeline', async () => {
    const detail = (await get('dispatcher', `/cases/${id}`)).json();
    const labels = detail.timeline.map((e: { actorLabel: string | null }) => e.actorLabel);
    expect(labels).not.toContain(name);
  });

  it('sends notifications with the masked title', async () => {
    const inbox = await get('town.handler', '/notifications');
    expect(inbox.statusCode).toBe(200);
    expect(inbox.body).toContain('新派单');
    for (const secret of secrets) expect(inbox.body, secret).not.toContain(secret);
  });
});
