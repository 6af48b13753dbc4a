import { type Expression, type SqlBool, sql } from 'kysely';
import { type Actor, grantedPrefixes } from './actor.ts';
import type { Permission } from './permissions.ts';

/**
 * Tree paths in SQL: the one home of "this path lies under that one" (`path like prefix || '%'`),
 * of the actor's scope built from it, and of escaping LIKE patterns. Tree paths look like /1/5/12/,
 * so a prefix match is a subtree.
 */

/**
 * The SQL condition "the tree path in `pathColumn` lies in the actor's scope for `permission`",
 * to put inside a WHERE clause so out-of-scope rows are never read.
 */
export function pathInScope(actor: Actor, permission: Permission, pathColumn: Expression<string>): Expression<SqlBool> {
  const prefixes = grantedPrefixes(actor, permission);
  if (prefixes.length === 0) return sql<SqlBool>`false`;
  const likes = prefixes.map((prefix) => pathUnder(pathColumn, prefix));
  return sql<SqlBool>`(${sql.join(likes, sql` or `)})`;
}

/** The path in `pathColumn` is `prefix` or lies below it. */
export function pathUnder(pathColumn: Expression<string>, prefix: string): Expression<SqlBool> {
  return sql<SqlBool>`${pathColumn} like ${likePrefix(prefix)}`;
}

/**
 * The path in `pathColumn` is the one in `ancestorColumn` or lies below it (both columns: paths hold
 * digits and slashes only, so the stored path needs no escaping).
 */
export function pathUnderColumn(
  pathColumn: Expression<string>,
  ancestorColumn: Expression<string>,
): Expression<SqlBool> {
  return sql<SqlBool>`${pathColumn} like ${ancestorColumn} || '%'`;
}

/** A LIKE pattern for the values starting with `prefix`, taken literally. */
export function likePrefix(prefix: string): string {
  return `${escapeLike(prefix)}%`;
}

/** A LIKE pattern for the values containing `text`, taken literally. */
export function likeContaining(text: string): string {
  return `%${escapeLike(text)}%`;
}

/** Paths hold digits and slashes only, but escape anyway so a pattern can never widen. */
function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}
