import { AppError } from '../../platform/errors/app-error.ts';
import { type Actor, grantedPrefixes } from './actor.ts';
import type { Permission } from './permissions.ts';

/**
 * The one permission check: may this actor use this permission on a record at this tree path?
 * Records without a place in the tree (a person with no unit) are covered only by a grant over a
 * whole tree (a root prefix).
 */
export function can(actor: Actor | null, permission: Permission, targetPath: string | null): boolean {
  if (!actor) return false;
  const prefixes = grantedPrefixes(actor, permission);
  if (targetPath === null) return prefixes.some(isRootPrefix);
  return prefixes.some((prefix) => targetPath.startsWith(prefix));
}

/** True when the actor holds the permission anywhere (used to admit a request to a list). */
export function holds(actor: Actor | null, permission: Permission): boolean {
  return actor !== null && grantedPrefixes(actor, permission).length > 0;
}

export function isRootPrefix(prefix: string): boolean {
  return /^\/\d+\/$/.test(prefix);
}

/** Throws UNAUTHENTICATED without an actor. */
export function requireActor(actor: Actor | null): Actor {
  if (!actor) throw new AppError('UNAUTHENTICATED');
  return actor;
}

/** Throws unless the actor holds the permission somewhere; lists then filter by scope in SQL. */
export function requireHolds(actor: Actor | null, permission: Permission): Actor {
  const who = requireActor(actor);
  if (!holds(who, permission)) throw new AppError('FORBIDDEN');
  return who;
}

/**
 * For a record the actor may read but not change, FORBIDDEN; for one the actor may not even read,
 * NOT_FOUND, so nothing about it leaks.
 */
export function requireOn(actor: Actor | null, permission: Permission, targetPath: string | null): Actor {
  const who = requireActor(actor);
  if (!can(who, permission, targetPath)) throw new AppError('FORBIDDEN');
  return who;
}
