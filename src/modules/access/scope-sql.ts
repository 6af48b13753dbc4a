import { type Expression, type SqlBool, sql } from 'kysely';
import { type Actor, grantedPrefixes } from './actor.ts';
import type { Permission } from './permissions.ts';

/**
 * The SQL condition "the tree path in `pathColumn` lies in the actor's scope for `permission`",
 * to put inside a WHERE clause so out-of-scope rows are never read.
 */
export function pathInScope(actor: Actor, permission: Permission, pathColumn: Expression<string>): Expression<SqlBool> {
  const prefixes = grantedPrefixes(actor, permission);
  if (prefixes.length === 0) return sql<SqlBool>`false`;
  const likes = prefixes.map((prefix) => sql<SqlBool>`${pathColumn} like ${`${escapeLike(prefix)}%`}`);
  return sql<SqlBool>`(${sql.join(likes, sql` or `)})`;
}

/** Paths hold digits and slashes only, but escape anyway so a pattern can never widen. */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}
