import { describe, expect, it } from 'vitest';
import { type Actor, grantedPrefixes, rootPathOf } from './actor.ts';
import { can } from './policy.ts';

const actor = (memberships: Actor['memberships'], tokenScopes: Actor['tokenScopes'] = null): Actor => ({
  personId: 1,
  displayName: '测试',
  kind: 'staff',
  memberships,
  tokenScopes,
  via: tokenScopes ? 'token' : 'session',
});

describe('grants over the tree', () => {
  it('gives a subtree role its unit and everything below, nothing beside or above', () => {
    const admin = actor([{ unitId: 5, unitPath: '/1/5/', role: 'administrator' }]);
    expect(can(admin, 'unit.manage', '/1/5/')).toBe(true);
    expect(can(admin, 'unit.manage', '/1/5/23/')).toBe(true);
    expect(can(admin, 'unit.manage', '/1/55/')).toBe(false); // a sibling whose id starts alike
    expect(can(admin, 'unit.manage', '/1/')).toBe(false);
    expect(can(admin, 'unit.manage', null)).toBe(false);
  });

  it('gives district roles the whole tree of their unit', () => {
    const supervisor = actor([{ unitId: 9, unitPath: '/1/9/', role: 'supervisor' }]);
    expect(rootPathOf('/1/9/')).toBe('/1/');
    expect(can(supervisor, 'audit.read', '/1/5/23/')).toBe(true);
    expect(can(supervisor, 'person.read', null)).toBe(true);
    expect(can(supervisor, 'unit.manage', '/1/9/')).toBe(false);
    expect(can(supervisor, 'audit.read', '/2/')).toBe(false);
  });

  it('merges memberships and drops prefixes a shorter one covers', () => {
    const both = actor([
      { unitId: 23, unitPath: '/1/5/23/', role: 'administrator' },
      { unitId: 5, unitPath: '/1/5/', role: 'administrator' },
      { unitId: 7, unitPath: '/1/7/', role: 'unit_lead' },
    ]);
    expect(grantedPrefixes(both, 'unit.manage')).toEqual(['/1/5/']);
    expect(grantedPrefixes(both, 'person.read').sort()).toEqual(['/1/5/', '/1/7/']);
  });

  it('limits an API token to its scopes', () => {
    const token = actor([{ unitId: 1, unitPath: '/1/', role: 'administrator' }], ['unit.read']);
    expect(can(token, 'unit.read', '/1/5/')).toBe(true);
    expect(can(token, 'unit.manage', '/1/5/')).toBe(false);
  });

  it('gives citizens and nobody nothing', () => {
    expect(can(actor([]), 'unit.read', '/1/')).toBe(false);
    expect(can(null, 'unit.read', '/1/')).toBe(false);
  });
});
