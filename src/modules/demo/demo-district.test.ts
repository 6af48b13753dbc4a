import { describe, expect, it } from 'vitest';
import { buildDemoDistrict, type DemoRole, type DemoUnitType } from './demo-district.ts';

const district = buildDemoDistrict();
const { units, people } = district;
const unitByCode = new Map(units.map((unit) => [unit.code, unit]));
const countOf = (type: DemoUnitType) => units.filter((unit) => unit.type === type).length;

describe('buildDemoDistrict — units', () => {
  it('has the expected shape', () => {
    expect(countOf('district')).toBe(1);
    expect(countOf('subdistrict')).toBe(3);
    expect(countOf('township')).toBe(6);
    expect(countOf('village') + countOf('community')).toBe(60);
    expect(countOf('village')).toBeGreaterThan(0);
    expect(countOf('community')).toBeGreaterThan(0);
    expect(countOf('grid')).toBe(200);
    expect(countOf('department')).toBe(20);
    expect(countOf('supervision_office')).toBe(1);
    expect(countOf('discipline_commission')).toBe(1);
    expect(countOf('hotline_centre')).toBe(1);
    expect(countOf('task_force')).toBeGreaterThanOrEqual(1);
  });

  it('has unique codes and unique Chinese names', () => {
    expect(new Set(units.map((unit) => unit.code)).size).toBe(units.length);
    expect(new Set(units.map((unit) => unit.nameZh)).size).toBe(units.length);
    for (const unit of units) expect(unit.code).toMatch(/^[A-Z0-9-]+$/);
  });

  it('lists every parent before its children', () => {
    const seen = new Set<string>();
    for (const unit of units) {
      if (unit.type === 'district') expect(unit.parentCode).toBeNull();
      else {
        expect(unit.parentCode).not.toBeNull();
        expect(seen.has(unit.parentCode ?? '')).toBe(true);
      }
      seen.add(unit.code);
    }
  });

  it('nests the territorial tiers correctly', () => {
    const parentType = (code: string | null) => (code === null ? undefined : unitByCode.get(code)?.type);
    for (const unit of units) {
      const parent = parentType(unit.parentCode);
      if (unit.type === 'grid') expect(['village', 'community']).toContain(parent);
      if (unit.type === 'village' || unit.type === 'community') expect(['township', 'subdistrict']).toContain(parent);
      if (
        [
          'township',
          'subdistrict',
          'department',
          'supervision_office',
          'discipline_commission',
          'hotline_centre',
          'task_force',
        ].includes(unit.type)
      ) {
        expect(parent).toBe('district');
      }
    }
  });

  it('gives every village and community at least one grid, unevenly', () => {
    const gridsPer = new Map<string, number>();
    for (const unit of units) {
      if (unit.type === 'grid' && unit.parentCode !== null)
        gridsPer.set(unit.parentCode, (gridsPer.get(unit.parentCode) ?? 0) + 1);
    }
    const places = units.filter((unit) => unit.type === 'village' || unit.type === 'community');
    for (const place of places) expect(gridsPer.get(place.code) ?? 0).toBeGreaterThanOrEqual(1);
    expect(new Set(gridsPer.values()).size).toBeGreaterThan(1);
  });

  it('has the named bodies and departments', () => {
    expect(unitByCode.get('D01')?.type).toBe('district');
    expect(unitByCode.get('D01-SUP')?.nameZh).toBe('区委督查室');
    expect(unitByCode.get('D01-DIS')?.nameZh).toBe('区纪委监委');
    expect(unitByCode.get('D01-HOT')?.nameZh).toBe('区12345热线中心');
    expect(unitByCode.get('D01-TF-PETITION')?.type).toBe('task_force');
    expect(unitByCode.get('D01-DEPT-WATER')?.nameZh).toBe('区水务局');
    expect(unitByCode.get('D01-T01-V01')?.type).toBe('village');
    expect(unitByCode.get('D01-T01-V01-G01')?.type).toBe('grid');
  });
});

describe('buildDemoDistrict — people', () => {
  it('has unique usernames and unique, well-formed mobiles', () => {
    expect(new Set(people.map((person) => person.username)).size).toBe(people.length);
    expect(new Set(people.map((person) => person.mobile)).size).toBe(people.length);
    for (const person of people) {
      expect(person.mobile).toMatch(/^1[3-9]\d{9}$/);
      expect(person.username).toMatch(/^[a-z0-9.-]+$/);
      expect(person.displayName).toMatch(/^[\u4e00-\u9fa5]{2,3}$/);
    }
    expect(people.length).toBeGreaterThanOrEqual(300);
  });

  it('only refers to existing units', () => {
    for (const person of people) {
      for (const membership of person.memberships) expect(unitByCode.has(membership.unitCode)).toBe(true);
    }
  });

  it('has one demo login per role (two supervisors, two handlers) and a unit-less citizen', () => {
    const demo = people.filter((person) => person.demoLogin);
    const perRole = new Map<DemoRole, number>();
    for (const person of demo) {
      expect(person.memberships.length).toBeLessThanOrEqual(1);
      const role = person.memberships[0]?.role ?? 'citizen';
      perRole.set(role, (perRole.get(role) ?? 0) + 1);
    }
    expect(Object.fromEntries(perRole)).toEqual({
      administrator: 1,
      leader: 1,
      supervisor: 2,
      dispatcher: 1,
      programme_office: 1,
      organisation_department: 1,
      unit_lead: 1,
      handler: 2,
      grid_worker: 1,
      citizen: 1,
    });
    const citizen = demo.find((person) => person.username === 'citizen');
    expect(citizen?.memberships).toEqual([]);
    const membershipOf = (username: string) => demo.find((person) => person.username === username)?.memberships[0];
    expect(membershipOf('admin')).toEqual({ unitCode: 'D01', role: 'administrator' });
    expect(membershipOf('discipline')).toEqual({ unitCode: 'D01-DIS', role: 'supervisor' });
    expect(membershipOf('town.lead')).toEqual({ unitCode: 'D01-T01', role: 'unit_lead' });
    expect(membershipOf('dept.handler')).toEqual({ unitCode: 'D01-DEPT-WATER', role: 'handler' });
    expect(membershipOf('grid')).toEqual({ unitCode: 'D01-T01-V01-G01', role: 'grid_worker' });
  });

  it('staffs every unit', () => {
    const has = (unitCode: string, role: DemoRole) =>
      people.some((person) => person.memberships.some((m) => m.unitCode === unitCode && m.role === role));
    for (const unit of units) {
      if (['township', 'subdistrict', 'department'].includes(unit.type)) {
        expect(has(unit.code, 'unit_lead')).toBe(true);
        expect(has(unit.code, 'handler')).toBe(true);
      }
      if (unit.type === 'village' || unit.type === 'community') expect(has(unit.code, 'unit_lead')).toBe(true);
      if (unit.type === 'grid') expect(has(unit.code, 'grid_worker')).toBe(true);
    }
  });
});

describe('buildDemoDistrict — determinism', () => {
  it('returns deep-equal results on every call', () => {
    expect(buildDemoDistrict()).toEqual(buildDemoDistrict());
    expect(buildDemoDistrict()).toEqual(district);
  });
});
