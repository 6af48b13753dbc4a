import { AppError } from '../errors/app-error.ts';

/**
 * Optimistic concurrency (乐观锁): a change carries the `version` its author read, and is refused with
 * 409 VERSION_CONFLICT when the row has moved on since. Two halves: the version read is compared with
 * the locked row's, and an update `where version = expected` that touched no row is a conflict too.
 */

/** Refuses the change when the caller gave a version (none: no check) that is not the row's. */
export function checkVersion(expected: number | null | undefined, actual: number): void {
  if (expected !== undefined && expected !== null && expected !== actual)
    throw new AppError('VERSION_CONFLICT', { details: { expected, actual } });
}

/** What an update `where version = expected` gave back; nothing (no row, false) means another change came first. */
export function updatedOrConflict<T>(updated: T | undefined | null | false): T {
  if (updated === undefined || updated === null || updated === false) throw new AppError('VERSION_CONFLICT');
  return updated;
}
