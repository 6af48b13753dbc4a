import { describe, expect, it } from 'vitest';
import { isAppError } from '../errors/app-error.ts';
import { checkVersion, updatedOrConflict } from './version-check.ts';

const conflictOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (isAppError(error)) return { code: error.code, details: error.details };
    throw error;
  }
  return null;
};

describe('the version check', () => {
  it('passes the version read, or no version at all', () => {
    expect(conflictOf(() => checkVersion(3, 3))).toBeNull();
    expect(conflictOf(() => checkVersion(undefined, 3))).toBeNull();
    expect(conflictOf(() => checkVersion(null, 3))).toBeNull();
  });

  it('refuses an older version with VERSION_CONFLICT, saying both', () => {
    expect(conflictOf(() => checkVersion(2, 3))).toEqual({
      code: 'VERSION_CONFLICT',
      details: { expected: 2, actual: 3 },
    });
  });

  it('refuses an update that touched no row, and gives back the row that was updated', () => {
    expect(conflictOf(() => updatedOrConflict(undefined))?.code).toBe('VERSION_CONFLICT');
    expect(conflictOf(() => updatedOrConflict(false))?.code).toBe('VERSION_CONFLICT');
    expect(updatedOrConflict({ id: 1, version: 4 })).toEqual({ id: 1, version: 4 });
  });
});
