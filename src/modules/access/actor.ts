import { maskName } from './masking.ts';
import type { Permission, Role } from './permissions.ts';
import { roleGrants } from './permissions.ts';

export interface ActorMembership {
  unitId: number;
  /** The unit's tree path, /1/5/23/ */
  unitPath: string;
  role: Role;
}

/** Who is acting: a signed-in person (or an API token acting for one). */
export interface Actor {
  personId: number;
  displayName: string;
  kind: 'staff' | 'citizen';
  memberships: ActorMembership[];
  /** For API tokens: the permissions the token is limited to; null for a browser session. */
  tokenScopes: Permission[] | null;
  via: 'session' | 'token';
}

/**
 * How an actor is named in records others read (timelines, audit rows, comments): staff by name,
 * citizens by their masked name (张*), so a citizen's name is never copied into shared records.
 */
export function actorLabel(actor: Pick<Actor, 'displayName' | 'kind'>): string {
  return actor.kind === 'citizen' ? maskName(actor.displayName) : actor.displayName;
}

/** The path of the tree root a unit belongs to: /1/5/23/ → /1/ */
export function rootPathOf(path: string): string {
  const first = path.split('/')[1];
  return `/${first}/`;
}

/** Removes prefixes already covered by a shorter one, so /1/ covers /1/5/. */
function normalisePrefixes(prefixes: Iterable<string>): string[] {
  const sorted = [...new Set(prefixes)].sort((a, b) => a.length - b.length);
  const kept: string[] = [];
  for (const prefix of sorted) if (!kept.some((k) => prefix.startsWith(k))) kept.push(prefix);
  return kept;
}

const grantCache = new WeakMap<Actor, Map<Permission, string[]>>();

/** The tree prefixes over which the actor holds a permission (empty: nowhere). */
export function grantedPrefixes(actor: Actor, permission: Permission): string[] {
  let cache = grantCache.get(actor);
  if (!cache) {
    cache = new Map();
    grantCache.set(actor, cache);
  }
  const cached = cache.get(permission);
  if (cached) return cached;
  const prefixes: string[] = [];
  if (!actor.tokenScopes || actor.tokenScopes.includes(permission)) {
    for (const membership of actor.memberships) {
      const grant = roleGrants[membership.role];
      if (grant.district.includes(permission)) prefixes.push(rootPathOf(membership.unitPath));
      if (grant.subtree.includes(permission)) prefixes.push(membership.unitPath);
    }
  }
  const result = normalisePrefixes(prefixes);
  cache.set(permission, result);
  return result;
}

/** Every permission the actor holds somewhere (for the UI's menus). */
export function heldPermissions(actor: Actor, all: readonly Permission[]): Permission[] {
  return all.filter((permission) => grantedPrefixes(actor, permission).length > 0);
}

export function rolesOf(actor: Actor): Role[] {
  return [...new Set(actor.memberships.map((m) => m.role))];
}
