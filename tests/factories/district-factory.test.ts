import { expect, it } from 'vitest';
import { loadActor } from '../../src/modules/auth/load-actor.ts';
import { verifyPassword } from '../../src/modules/auth/passwords.ts';
import { loadDirectory, placeFromAddress } from '../../src/modules/cases/case-directory.ts';
import { describeEachDatabase } from '../helpers/test-databases.ts';
import { makeTestDistrict, testDistrictPeople, testDistrictUnits } from './district-factory.ts';

describeEachDatabase('the test district', (ctx) => {
  it('builds its units as a tree and one person per login, each holding the one role in the one unit', async () => {
    const { db } = ctx.database;
    const district = await makeTestDistrict(db);

    const rows = await db.selectFrom('unit').select(['id', 'code', 'name_zh', 'type', 'path']).orderBy('id').execute();
    expect(rows.map((r) => r.code)).toEqual(Object.values(testDistrictUnits).map((u) => u.code));
    for (const [key, spec] of Object.entries(testDistrictUnits)) {
      const unit = district.units[key as keyof typeof testDistrictUnits];
      expect([unit.code, unit.name_zh, unit.type]).toEqual([spec.code, spec.nameZh, spec.type]);
      const parent = spec.parent === null ? null : district.units[spec.parent];
      expect(unit.path).toBe(`${parent ? parent.path : '/'}${unit.id}/`);
    }

    for (const [login, spec] of Object.entries(testDistrictPeople)) {
      const person = district.people[login as keyof typeof testDistrictPeople];
      expect(person.username).toBe(login);
      const actor = await loadActor(db, person.id);
      expect([actor.displayName, actor.kind], login).toEqual([spec.displayName, spec.unit ? 'staff' : 'citizen']);
      expect(
        actor.memberships.map((m) => [m.unitId, m.role]),
        login,
      ).toEqual(spec.unit === null ? [] : [[Number(district.units[spec.unit].id), spec.role]]);
    }
    const hash = await db
      .selectFrom('person')
      .select('password_hash')
      .where('username', '=', 'dispatcher')
      .executeTakeFirstOrThrow();
    expect(await verifyPassword(hash.password_hash ?? '', district.password)).toBe(true);

    // Its own place names: an address names its village, by the township too.
    const directory = await loadDirectory(db);
    expect(placeFromAddress(directory, '柳林镇石桥村村口')?.code).toBe('D01-T01-V01');
    expect(placeFromAddress(directory, '滨江街道桂园社区')?.code).toBe('D01-S01-C01');
  });
});
