import { afterAll, beforeAll, expect, it } from 'vitest';
import { type CaseWorld, createCaseWorld } from '../../../tests/helpers/case-world.ts';
import { describeEachDatabase } from '../../../tests/helpers/test-databases.ts';
import { testCitizenMobile, testDistrictPeople } from '../../../tests/factories/district-factory.ts';
import { maskIp } from './audit-view.ts';

const citizenName = testDistrictPeople.citizen.displayName;
const newName = '欧阳秀英';
const newMobile = '13987654321';

describeEachDatabase('the audit view and personal data', (ctx) => {
  let world: CaseWorld;
  beforeAll(async () => {
    world = await createCaseWorld(ctx.database);
    await world.as('citizen'); // a citizen's sign-in: its audit row names the citizen as actor
    const person = await world.db
      .selectFrom('person')
      .select(['id', 'version'])
      .where('display_name', '=', citizenName)
      .executeTakeFirstOrThrow();
    const res = await world.app.inject({
      method: 'PATCH',
      url: `/api/v1/people/${person.id}`,
      payload: { version: person.version, displayName: newName, mobile: newMobile },
      headers: (await world.as('admin')).headers(),
    });
    expect(res.statusCode, res.body).toBe(200);
  }, 120_000);
  afterAll(async () => world?.close());

  const audit = async (login: string, query: string) => {
    const res = await world.app.inject({ url: `/api/v1/audit?${query}`, headers: (await world.as(login)).headers() });
    expect(res.statusCode, res.body).toBe(200);
    return res;
  };

  it('masks names and mobiles of person changes and citizen actors for a reader without pii.read', async () => {
    const changes = await audit('supervisor', 'entityType=person&limit=500');
    expect(changes.json().items.length).toBeGreaterThan(0);
    const signIns = await audit('supervisor', 'action=auth.&limit=500');
    expect(signIns.json().items.length).toBeGreaterThan(0);
    for (const body of [changes.body, signIns.body])
      for (const secret of [citizenName, newName, newMobile, testCitizenMobile])
        expect(body, secret).not.toContain(secret);
    const update = changes.json().items.find((e: { action: string }) => e.action === 'person.update');
    expect(update.after).toMatchObject({ displayName: '欧阳**', mobile: '139****4321' });
  });

  it('shows them to an administrator with pii.read, and audits that read', async () => {
    const changes = await audit('admin', 'entityType=person&limit=500');
    expect(changes.body).toContain(newMobile);
    const reads = await world.db
      .selectFrom('audit_log')
      .select('after')
      .where('action', '=', 'pii.read')
      .where('entity_type', '=', 'audit')
      .execute();
    expect(reads.length).toBeGreaterThan(0);
  });
});

it('masks the host part of an address', () => {
  expect(maskIp('203.0.113.7')).toBe('203.0.113.*');
  expect(maskIp('2001:db8:1:2:3:4:5:6')).toBe('2001:db8:1:2:*');
});
