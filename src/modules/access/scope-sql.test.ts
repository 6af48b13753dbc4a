import {
  DummyDriver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type SqlBool,
  sql,
  type Expression,
} from 'kysely';
import { describe, expect, it } from 'vitest';
import type { Actor } from './actor.ts';
import { likeContaining, likePrefix, pathInScope, pathUnder, pathUnderColumn } from './scope-sql.ts';

/** Compiles without a database, to read the SQL and its parameters. */
const compiler = new Kysely<Record<string, never>>({
  dialect: {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (db) => new PostgresIntrospector(db),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  },
});
const compiled = (condition: Expression<SqlBool>) => sql`${condition}`.compile(compiler);

const staff = (memberships: Actor['memberships']): Actor => ({
  personId: 1,
  displayName: '测试',
  kind: 'staff',
  memberships,
  tokenScopes: null,
  via: 'session',
});

describe('paths in SQL', () => {
  it('escapes LIKE metacharacters once, so a pattern never widens', () => {
    expect(likePrefix('/1/5/')).toBe('/1/5/%');
    expect(likePrefix('a_b%c\\')).toBe('a\\_b\\%c\\\\%');
    expect(likeContaining('50%')).toBe('%50\\%%');
  });

  it('puts a prefix match of each granted subtree in the WHERE clause', () => {
    const admin = staff([
      { unitId: 5, unitPath: '/1/5/', role: 'administrator' },
      { unitId: 7, unitPath: '/1/7/', role: 'administrator' },
    ]);
    const query = compiled(pathInScope(admin, 'unit.manage', sql.ref('unit.path')));
    expect(query.sql).toBe('("unit"."path" like $1 or "unit"."path" like $2)');
    expect(query.parameters).toEqual(['/1/5/%', '/1/7/%']);
    expect(compiled(pathInScope(admin, 'case.supervise', sql.ref('unit.path'))).sql).toBe('false');
  });

  it('matches a path under a given prefix or under another column', () => {
    expect(compiled(pathUnder(sql.ref('c.place_path'), '/1/5/')).parameters).toEqual(['/1/5/%']);
    expect(compiled(pathUnderColumn(sql.ref('c.place_path'), sql.ref('t.path'))).sql).toBe(
      `"c"."place_path" like "t"."path" || '%'`,
    );
  });
});
