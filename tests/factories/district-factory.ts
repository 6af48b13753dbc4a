import type { Kysely } from 'kysely';
import type { DB } from '../../src/platform/db/schema.ts';
import type { Role } from '../../src/modules/access/permissions.ts';
import type { UnitRow } from '../../src/modules/units/units.repository.ts';
import { defaultPassword, type MadePerson, makePerson, makeUnit } from '../helpers/factories.ts';

/**
 * A small district of the tests' own (青溪区, Qingxi District), made by the factories: two
 * townships and two subdistricts with a village or community each, one grid, the three departments
 * the default categories route to or the tests name, the supervision and discipline bodies and the
 * hotline centre, and one person per role the tests sign in as. Codes and login names follow the
 * pattern the tests have always used ('D01-T01', 'town.handler', …), but nothing here comes from the
 * demo district (src/modules/demo): a change to the demo breaks no test that does not load it.
 */

export const testDistrictUnits = {
  district: { code: 'D01', nameZh: '青溪区', nameEn: 'Qingxi District', type: 'district', parent: null },
  town: { code: 'D01-T01', nameZh: '柳林镇', nameEn: 'Liulin Town', type: 'township', parent: 'district' },
  village: { code: 'D01-T01-V01', nameZh: '石桥村', nameEn: 'Shiqiao Village', type: 'village', parent: 'town' },
  grid: { code: 'D01-T01-V01-G01', nameZh: '石桥村第1网格', nameEn: 'Shiqiao Grid 1', type: 'grid', parent: 'village' },
  otherTown: { code: 'D01-T02', nameZh: '松岗镇', nameEn: 'Songgang Town', type: 'township', parent: 'district' },
  otherVillage: {
    code: 'D01-T02-V01',
    nameZh: '枫树村',
    nameEn: 'Fengshu Village',
    type: 'village',
    parent: 'otherTown',
  },
  subdistrict: {
    code: 'D01-S01',
    nameZh: '滨江街道',
    nameEn: 'Binjiang Subdistrict',
    type: 'subdistrict',
    parent: 'district',
  },
  community: {
    code: 'D01-S01-C01',
    nameZh: '桂园社区',
    nameEn: 'Guiyuan Community',
    type: 'community',
    parent: 'subdistrict',
  },
  otherSubdistrict: {
    code: 'D01-S02',
    nameZh: '临河街道',
    nameEn: 'Linhe Subdistrict',
    type: 'subdistrict',
    parent: 'district',
  },
  otherCommunity: {
    code: 'D01-S02-C01',
    nameZh: '望江社区',
    nameEn: 'Wangjiang Community',
    type: 'community',
    parent: 'otherSubdistrict',
  },
  water: { code: 'D01-DEPT-WATER', nameZh: '区水务局', nameEn: 'Water Bureau', type: 'department', parent: 'district' },
  urban: {
    code: 'D01-DEPT-URBAN',
    nameZh: '区城市管理局',
    nameEn: 'Urban Management Bureau',
    type: 'department',
    parent: 'district',
  },
  housing: {
    code: 'D01-DEPT-HOUSING',
    nameZh: '区住房和城乡建设局',
    nameEn: 'Housing Bureau',
    type: 'department',
    parent: 'district',
  },
  supervision: {
    code: 'D01-SUP',
    nameZh: '区委督查室',
    nameEn: 'Supervision Office',
    type: 'supervision_office',
    parent: 'district',
  },
  discipline: {
    code: 'D01-DIS',
    nameZh: '区纪委监委',
    nameEn: 'Discipline Commission',
    type: 'discipline_commission',
    parent: 'district',
  },
  hotline: {
    code: 'D01-HOT',
    nameZh: '区12345热线中心',
    nameEn: 'Hotline Centre',
    type: 'hotline_centre',
    parent: 'district',
  },
} as const satisfies Record<
  string,
  { code: string; nameZh: string; nameEn: string; type: string; parent: string | null }
>;
export type TestUnitKey = keyof typeof testDistrictUnits;

/** Who signs in: login, display name, and the one role in one unit (none for the citizen). */
export const testDistrictPeople = {
  admin: { displayName: '宋嘉明', unit: 'district', role: 'administrator' },
  leader: { displayName: '钟岳华', unit: 'district', role: 'leader' },
  office: { displayName: '邵佩珊', unit: 'district', role: 'programme_office' },
  orgdept: { displayName: '魏承志', unit: 'district', role: 'organisation_department' },
  supervisor: { displayName: '汤慕远', unit: 'supervision', role: 'supervisor' },
  discipline: { displayName: '严守正', unit: 'discipline', role: 'supervisor' },
  dispatcher: { displayName: '章若溪', unit: 'hotline', role: 'dispatcher' },
  'town.lead': { displayName: '彭国栋', unit: 'town', role: 'unit_lead' },
  'town.handler': { displayName: '柯晓岚', unit: 'town', role: 'handler' },
  'handler.d01-t02': { displayName: '岑立诚', unit: 'otherTown', role: 'handler' },
  'handler.d01-s01': { displayName: '蒲文静', unit: 'subdistrict', role: 'handler' },
  'dept.handler': { displayName: '简海川', unit: 'water', role: 'handler' },
  grid: { displayName: '祁秋云', unit: 'grid', role: 'grid_worker' },
  citizen: { displayName: '聂桂芬', unit: null, role: null },
} as const satisfies Record<string, { displayName: string; unit: TestUnitKey | null; role: Role | null }>;

/** The citizen's mobile (staff have none). */
export const testCitizenMobile = '13700001234';
export type TestLogin = keyof typeof testDistrictPeople;

export interface TestDistrict {
  units: Record<TestUnitKey, UnitRow>;
  people: Record<TestLogin, MadePerson>;
  /** Every person's password. */
  password: string;
}

/** Writes the test district into an empty database (units in tree order, then the people) and answers handles to them. */
export async function makeTestDistrict(db: Kysely<DB>): Promise<TestDistrict> {
  const units = {} as Record<TestUnitKey, UnitRow>;
  for (const [key, spec] of Object.entries(testDistrictUnits) as [
    TestUnitKey,
    (typeof testDistrictUnits)[TestUnitKey],
  ][]) {
    units[key] = await makeUnit(db, {
      code: spec.code,
      nameZh: spec.nameZh,
      nameEn: spec.nameEn,
      type: spec.type,
      parent: spec.parent === null ? null : units[spec.parent],
    });
  }
  const people = {} as Record<TestLogin, MadePerson>;
  for (const [username, spec] of Object.entries(testDistrictPeople) as [
    TestLogin,
    (typeof testDistrictPeople)[TestLogin],
  ][]) {
    people[username] = await makePerson(db, {
      username,
      displayName: spec.displayName,
      kind: spec.unit === null ? 'citizen' : 'staff',
      mobile: spec.unit === null ? testCitizenMobile : null,
      memberships: spec.unit === null || spec.role === null ? [] : [{ unit: units[spec.unit], role: spec.role }],
    });
  }
  return { units, people, password: defaultPassword };
}
