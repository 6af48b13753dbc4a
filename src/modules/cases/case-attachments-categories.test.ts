import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type CaseWorld, createCaseWorld } from '../../../tests/helpers/case-world.ts';
import { describeEachDatabase } from '../../../tests/helpers/test-databases.ts';

const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from('IHDR-demo-bytes'),
]);
const html = Buffer.from('<html><script>alert(1)</script></html>');

describeEachDatabase('attachments, categories and the calendar over HTTP', (ctx) => {
  let world: CaseWorld;
  beforeAll(async () => {
    world = await createCaseWorld(ctx.database, { ATTACHMENT_MAX_BYTES: '2048' });
  }, 120_000);
  afterAll(async () => {
    await world?.close();
  });

  const upload = (bytes: Buffer, contentType: string, name = 'photo.png', headers: Record<string, string> = {}) =>
    world.app.inject({
      method: 'POST',
      url: `/api/v1/attachments?name=${encodeURIComponent(name)}`,
      payload: bytes,
      headers: { 'content-type': contentType, ...headers },
    });

  it('checks uploads by content, not by name or header, and limits their size', async () => {
    const fake = await upload(html, 'image/png', 'photo.png');
    expect([fake.statusCode, fake.json().error.code]).toEqual([415, 'ATTACHMENT_TYPE']);
    const big = await upload(Buffer.concat([png, Buffer.alloc(4096)]), 'image/png');
    expect(big.statusCode).toBe(413);
    const good = await upload(png, 'application/octet-stream', '现场照片.exe');
    expect(good.statusCode).toBe(201);
    expect(good.json()).toMatchObject({
      contentType: 'image/png',
      fileName: '现场照片.png',
      token: expect.stringMatching(/^\d+\.[A-Za-z0-9_-]+$/),
    });
  });

  it("attaches a citizen's photo by its token and serves it only to people who may see the case", async () => {
    const uploaded = (await upload(png, 'image/png')).json();
    const created = await world.app.inject({
      method: 'POST',
      url: '/api/v1/public/cases',
      payload: {
        description: '柳林镇石桥村路面塌陷，见照片',
        address: '柳林镇石桥村',
        anonymous: true,
        attachments: [uploaded.token],
      },
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id as number;
    const detail = (
      await world.app.inject({ url: `/api/v1/cases/${id}`, headers: (await world.as('dispatcher')).headers() })
    ).json();
    expect(detail.attachments).toEqual([expect.objectContaining({ id: uploaded.id, contentType: 'image/png' })]);
    const file = await world.app.inject({
      url: detail.attachments[0].url,
      headers: (await world.as('dispatcher')).headers(),
    });
    expect([file.statusCode, file.headers['content-type'], file.rawPayload.equals(png)]).toEqual([
      200,
      'image/png',
      true,
    ]);
    expect(file.headers['x-content-type-options']).toBe('nosniff');
    const other = await world.app.inject({
      url: detail.attachments[0].url,
      headers: (await world.as('handler.d01-t02')).headers(),
    });
    expect(other.statusCode).toBe(404);
    const anonymous = await world.app.inject({ url: detail.attachments[0].url });
    expect(anonymous.statusCode).toBe(401);
    const reused = await world.app.inject({
      method: 'POST',
      url: '/api/v1/public/cases',
      payload: { description: '再用一次这张照片', anonymous: true, attachments: [uploaded.token] },
    });
    expect([reused.statusCode, reused.json().error.code]).toEqual([400, 'VALIDATION_FAILED']);
    const forged = await world.app.inject({
      method: 'POST',
      url: '/api/v1/public/cases',
      payload: { description: '伪造的附件', anonymous: true, attachments: [`${uploaded.id}.AAAAAAAAAAAAAAAAAAAAAAAA`] },
    });
    expect(forged.statusCode).toBe(400);
  });

  it('takes a case and its photos in one statement: a failure while linking leaves no case, and the retry with the same key has its photos', async () => {
    const uploaded = (await upload(png, 'image/png')).json();
    // A fault injected into the database between writing the case and linking its photo.
    await sql`create table intake_fault (active boolean not null)`.execute(world.db);
    await sql`insert into intake_fault values (true)`.execute(world.db);
    await sql`
      create function intake_fault() returns trigger language plpgsql as $$
      begin
        if exists (select 1 from intake_fault where active) then raise exception 'injected: linking the photos failed'; end if;
        return new;
      end $$`.execute(world.db);
    await sql`create trigger intake_fault before update on attachment for each row execute function intake_fault()`.execute(
      world.db,
    );
    try {
      const submit = () =>
        world.app.inject({
          method: 'POST',
          url: '/api/v1/public/cases',
          headers: { 'idempotency-key': 'photos-with-the-case' },
          payload: { description: '柳林镇石桥村桥栏杆断了，见照片', anonymous: true, attachments: [uploaded.token] },
        });
      const failed = await submit();
      expect(failed.statusCode).toBe(500);
      const keyed = () =>
        world.db.selectFrom('case_record').select('id').where('idempotency_key', '=', 'photos-with-the-case').execute();
      expect(await keyed()).toEqual([]);

      await sql`update intake_fault set active = false`.execute(world.db);
      const retried = await submit();
      expect(retried.statusCode).toBe(201);
      expect((await keyed()).map((row) => Number(row.id))).toEqual([retried.json().id]);
      const linked = await world.db
        .selectFrom('attachment')
        .select(['id', 'case_id'])
        .where('id', '=', uploaded.id)
        .executeTakeFirstOrThrow();
      expect(Number(linked.case_id)).toBe(retried.json().id);
    } finally {
      await sql`drop trigger intake_fault on attachment`.execute(world.db);
      await sql`drop function intake_fault()`.execute(world.db);
      await sql`drop table intake_fault`.execute(world.db);
    }
  });

  it('stores the same photo once on disk however often it is uploaded', async () => {
    const a = (await upload(png, 'image/png')).json();
    const b = (await upload(png, 'image/png')).json();
    expect(a.id).not.toBe(b.id);
    const rows = await world.db.selectFrom('attachment').select('sha256').where('id', 'in', [a.id, b.id]).execute();
    expect(new Set(rows.map((r) => r.sha256)).size).toBe(1);
  });

  it('serves the category tree to anyone, with inherited rules, and lets only an administrator edit it', async () => {
    const tree = (await world.app.inject({ url: '/api/v1/categories' })).json();
    expect(tree.total).toBe(650);
    const leaf = tree.items.find((c: { nameZh: string; depth: number }) => c.nameZh === '环境卫生' && c.depth === 2);
    expect(leaf.routing).toBeNull();
    expect(leaf.effective.routing).toEqual({ lead: 'territory', department: 'URBAN' });
    expect(leaf.effective.limits.general.normal).toEqual({ responseHours: 4, resolveHours: 35 });
    expect(leaf.allowedActions).toEqual([]);
    const patch = {
      version: leaf.version,
      limits: {
        ...leaf.effective.limits,
        general: { ...leaf.effective.limits.general, normal: { responseHours: 2, resolveHours: 14 } },
      },
    };
    const denied = await world.app.inject({
      method: 'PATCH',
      url: `/api/v1/categories/${leaf.id}`,
      payload: patch,
      headers: (await world.as('dispatcher')).headers(),
    });
    expect(denied.statusCode).toBe(403);
    const admin = (await world.as('admin')).headers();
    const changed = await world.app.inject({
      method: 'PATCH',
      url: `/api/v1/categories/${leaf.id}`,
      payload: patch,
      headers: admin,
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().effective.limits.general.normal).toEqual({ responseHours: 2, resolveHours: 14 });
    const stale = await world.app.inject({
      method: 'PATCH',
      url: `/api/v1/categories/${leaf.id}`,
      payload: patch,
      headers: admin,
    });
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');
    const bad = await world.app.inject({
      method: 'PATCH',
      url: `/api/v1/categories/${leaf.id}`,
      payload: {
        version: leaf.version + 1,
        limits: {
          ...patch.limits,
          minor: { normal: { responseHours: 50, resolveHours: 10 }, urgent: { responseHours: 1, resolveHours: 2 } },
        },
      },
      headers: admin,
    });
    expect([bad.statusCode, bad.json().error.code]).toEqual([400, 'VALIDATION_FAILED']);
  });

  it("asks the category's extra fields at intake", async () => {
    const wages = await world.categoryId('工资福利', '工资发放');
    const missing = await world.app.inject({
      method: 'POST',
      url: '/api/v1/public/cases',
      payload: { description: '公司拖欠工资三个月', anonymous: true, categoryId: wages },
    });
    expect([missing.statusCode, missing.json().error.code]).toEqual([400, 'CASE_EXTRA_FIELDS']);
    expect(missing.json().error.details.map((d: { path: string }) => d.path)).toContain('/extra/employerName');
  });

  it("lets an administrator enter next year's holidays, which deadlines then skip", async () => {
    const admin = (await world.as('admin')).headers();
    const before = (await world.app.inject({ url: '/api/v1/calendar', headers: admin })).json();
    expect(before.coveredUntilYear).toBeGreaterThanOrEqual(2026);
    const set = await world.app.inject({
      method: 'PUT',
      url: '/api/v1/calendar/overrides/2027-02-08',
      payload: { kind: 'holiday', note: '春节' },
      headers: admin,
    });
    expect(set.json().overrides).toEqual([{ day: '2027-02-08', kind: 'holiday', note: '春节' }]);
    expect(world.runtime.calendar.get().isWorkingDay('2027-02-08')).toBe(false);
    const denied = await world.app.inject({
      method: 'PUT',
      url: '/api/v1/calendar/overrides/2027-02-09',
      payload: { kind: 'holiday' },
      headers: (await world.as('dispatcher')).headers(),
    });
    expect(denied.statusCode).toBe(403);
    const invalid = await world.app.inject({
      method: 'PUT',
      url: '/api/v1/calendar/overrides/2027-02-30',
      payload: { kind: 'holiday' },
      headers: admin,
    });
    expect(invalid.statusCode).toBe(400);
    await world.app.inject({ method: 'DELETE', url: '/api/v1/calendar/overrides/2027-02-08', headers: admin });
    expect(world.runtime.calendar.get().isWorkingDay('2027-02-08')).toBe(true);
  });

  it('says from November that next year is missing, marks deadlines there as estimates, until the year is declared entered', async () => {
    const admin = (await world.as('admin')).headers();
    const dispatcher = (await world.as('dispatcher')).headers();
    // The tests' clock stands in late November 2026; the built-in data ends with 2026.
    const before = (await world.app.inject({ url: '/api/v1/calendar?year=2027', headers: admin })).json();
    expect(before).toMatchObject({ coveredUntilYear: 2026, nextYearMissing: true, enteredYears: [] });
    expect(before.year.exceptions).toEqual([]);
    const made = await world.app.inject({
      method: 'POST',
      url: '/api/v1/public/cases',
      payload: { description: '元旦前后路灯不亮，请尽快修复', anonymous: true },
    });
    const id = made.json().id as number;
    await world.db
      .updateTable('case_record')
      .set({ resolve_due_at: new Date('2027-01-05T09:00:00Z') })
      .where('id', '=', id)
      .execute();
    const estimated = await world.app.inject({ url: `/api/v1/cases/${id}`, headers: dispatcher });
    expect(estimated.json().deadlinesEstimated).toBe(true);

    await world.app.inject({
      method: 'PUT',
      url: '/api/v1/calendar/overrides/2027-01-01',
      payload: { kind: 'holiday', note: '元旦' },
      headers: admin,
    });
    const declared = await world.app.inject({
      method: 'PUT',
      url: '/api/v1/calendar/years/2027',
      payload: { entered: true },
      headers: admin,
    });
    expect(declared.statusCode, declared.body).toBe(200);
    expect(declared.json()).toMatchObject({ coveredUntilYear: 2027, nextYearMissing: false, enteredYears: [2027] });
    expect(declared.json().year.exceptions).toContainEqual({ day: '2027-01-01', kind: 'holiday', source: 'entered' });
    expect(
      (await world.app.inject({ url: `/api/v1/cases/${id}`, headers: dispatcher })).json().deadlinesEstimated,
    ).toBe(false);
    const audited = await world.db
      .selectFrom('audit_log')
      .select('entity_id')
      .where('action', '=', 'calendar.year-entered')
      .execute();
    expect(audited.map((a) => a.entity_id)).toEqual(['2027']);
    const refused = await world.app.inject({
      method: 'PUT',
      url: '/api/v1/calendar/years/2027',
      payload: { entered: false },
      headers: dispatcher,
    });
    expect(refused.statusCode).toBe(403);
    const reopened = await world.app.inject({
      method: 'PUT',
      url: '/api/v1/calendar/years/2027',
      payload: { entered: false },
      headers: admin,
    });
    expect(reopened.json()).toMatchObject({ coveredUntilYear: 2026, nextYearMissing: true });
  });
});
