import { afterAll, beforeAll, expect, it } from 'vitest';
import { type CaseWorld, createCaseWorld } from '../../../tests/helpers/case-world.ts';
import type { HttpSession } from '../../../tests/helpers/http-session.ts';
import { describeEachDatabase } from '../../../tests/helpers/test-databases.ts';

describeEachDatabase('API tokens for outside systems (对接系统)', (ctx) => {
  let world: CaseWorld;
  let admin: HttpSession;
  let leafCode: string;

  beforeAll(async () => {
    world = await createCaseWorld(ctx.database);
    admin = await world.as('admin');
    const leaf = await world.db
      .selectFrom('category')
      .select('code')
      .where('id', '=', await world.categoryId('城市建设和市政管理', '环境卫生'))
      .executeTakeFirstOrThrow();
    leafCode = leaf.code;
  });
  afterAll(() => world.close());

  const issue = (session: HttpSession, payload: Record<string, unknown>) =>
    world.app.inject({ method: 'POST', url: '/api/v1/tokens', headers: session.headers(), payload });

  it('refuses a scope the administrator does not hold, naming the scopes that are allowed', async () => {
    const res = await issue(admin, { name: 'Open311', scopes: ['case.create'] });
    expect(res.statusCode).toBe(403);
    const body = res.json() as {
      error: { message: string; details: { scopesNotHeld: string[]; allowedScopes: string[] } };
    };
    expect(body.error.details.scopesNotHeld).toEqual(['case.create']);
    expect(body.error.details.allowedScopes).toContain('token.manage');
    expect(body.error.details.allowedScopes).not.toContain('case.create');
    expect(body.error.message).toContain('为对接系统签发');
  });

  it('issues an intake token for a named integration, whose key registers a case through Open311', async () => {
    const res = await issue(admin, { name: '12345 对接', scopes: ['case.create'], integration: '12345 热线平台' });
    expect(res.statusCode).toBe(201);
    const issued = res.json() as {
      token: string;
      apiToken: { id: number; personId: number; personName: string; allowedActions: string[] };
    };
    expect(issued.apiToken.personName).toBe('12345 热线平台');
    expect(issued.apiToken.allowedActions).toEqual(['revoke']);

    // The service account: staff, no password, only the integration role at the administrator's unit.
    const person = await world.db
      .selectFrom('person')
      .select(['kind', 'password_hash', 'display_name'])
      .where('id', '=', issued.apiToken.personId)
      .executeTakeFirstOrThrow();
    expect(person).toEqual({ kind: 'staff', password_hash: null, display_name: '12345 热线平台' });
    const memberships = await world.db
      .selectFrom('membership')
      .select(['unit_id', 'role'])
      .where('person_id', '=', issued.apiToken.personId)
      .execute();
    expect(memberships.map((m) => [Number(m.unit_id), m.role])).toEqual([[await world.unitId('D01'), 'integration']]);

    // Audited: the account and the token, both by the administrator.
    const audit = await world.db
      .selectFrom('audit_log')
      .select(['action', 'entity_id', 'after'])
      .where('action', 'in', ['person.create', 'token.issue'])
      .where((eb) =>
        eb.or([
          eb.and([eb('entity_type', '=', 'person'), eb('entity_id', '=', String(issued.apiToken.personId))]),
          eb.and([eb('entity_type', '=', 'api_token'), eb('entity_id', '=', String(issued.apiToken.id))]),
        ]),
      )
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['person.create', 'token.issue']);
    expect(audit[1]?.after).toMatchObject({ integration: '12345 热线平台', scopes: ['case.create'] });

    const post = await world.app.inject({
      method: 'POST',
      url: '/open311/v2/requests.json',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({
        api_key: issued.token,
        service_code: leafCode,
        address_string: '柳林镇石桥村',
        description: '路边垃圾堆放多日无人清运',
      }).toString(),
    });
    expect(post.statusCode).toBe(201);
    expect((post.json() as { service_request_id: string }[])[0]?.service_request_id).toMatch(/^LS/);

    // The key reads nothing: the account holds case.create only.
    const read = await world.app.inject({
      method: 'GET',
      url: '/api/v1/cases',
      headers: { authorization: `Bearer ${issued.token}` },
    });
    expect(read.statusCode).toBe(403);
  });

  it('limits an integration token to what the integration role grants', async () => {
    const res = await issue(admin, {
      name: 'x',
      scopes: ['case.create', 'case.read'],
      integration: 'FixMyStreet 对接',
    });
    expect(res.statusCode).toBe(403);
    expect((res.json() as { error: { details: unknown } }).error.details).toEqual({
      scopesNotHeld: ['case.read'],
      allowedScopes: ['case.create'],
    });
    const blank = await issue(admin, { name: 'x', scopes: ['case.create'], integration: '   ' });
    expect(blank.statusCode).toBe(400);
  });

  it('is for token managers only: a dispatcher cannot make an integration account', async () => {
    const res = await issue(await world.as('dispatcher'), {
      name: 'x',
      scopes: ['case.create'],
      integration: '外部系统',
    });
    expect(res.statusCode).toBe(403);
    expect(await world.db.selectFrom('person').select('id').where('display_name', '=', '外部系统').execute()).toEqual(
      [],
    );
  });
});
