import { Type } from 'typebox';

/**
 * A row id in a path, query or body: a positive whole number that both JavaScript and PostgreSQL's
 * bigint hold exactly. A larger one is refused at the edge (400), never sent to the database.
 */
export const Id = (options: { description?: string } = {}) =>
  Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER, ...options });

/** The largest version a row can have: versions are PostgreSQL integers. */
export const MAX_VERSION = 2_147_483_647;

/** The version of a row as read (optimistic locking): a positive integer column. */
export const VersionNumber = (options: { description?: string } = {}) =>
  Type.Integer({ minimum: 1, maximum: MAX_VERSION, ...options });
