import { type Kysely, sql } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import { likePrefix } from '../access/scope-sql.ts';

/**
 * Columns that copy a unit's tree path so that scope checks stay prefix matches on one table
 * (migrations 0003, 0004 and 0019): table → path column → the column naming the unit it copies. When a
 * subtree moves, each copy must move with it, in the same transaction as the units themselves, or
 * scoping by the tree goes wrong.
 */
export const unitPathCopies = {
  case_record: { place_path: 'place_unit_id', lead_path: 'lead_unit_id' },
  case_party: { unit_path: 'unit_id' },
  programme: { owner_path: 'owner_unit_id' },
  task: { lead_path: 'lead_unit_id' },
  task_unit: { unit_path: 'unit_id' },
  responsibility_object: { unit_path: 'unit_id' },
  patrol_duty_rule: { unit_path: 'unit_id' },
  patrol_threshold_override: { unit_path: 'unit_id' },
  patrol: { unit_path: 'unit_id' },
  patrol_finding: { unit_path: 'unit_id' },
} as const satisfies Partial<Record<keyof DB, Record<string, string>>>;

type CopyTable = keyof typeof unitPathCopies;

function copiesOf(table: CopyTable): [pathColumn: string, unitColumn: string][] {
  return Object.entries(unitPathCopies[table]);
}

const copyTables = Object.keys(unitPathCopies) as CopyTable[];

/**
 * Rewrites every copied path that starts with `oldPrefix` to start with `newPrefix` instead, the same
 * prefix replacement `moveSubtree` applies to `unit.path`. Answers how many rows changed, per table.
 */
export async function rewriteCopiedPaths(
  db: Kysely<DB>,
  oldPrefix: string,
  newPrefix: string,
): Promise<Record<CopyTable, number>> {
  const pattern = likePrefix(oldPrefix);
  const from = oldPrefix.length + 1;
  const counts = {} as Record<CopyTable, number>;
  for (const table of copyTables) {
    const columns = copiesOf(table).map(([pathColumn]) => sql.ref(pathColumn));
    const sets = columns.map(
      (column) =>
        sql`${column} = case when ${column} like ${pattern} then ${newPrefix} || substr(${column}, ${from}) else ${column} end`,
    );
    const matches = columns.map((column) => sql`${column} like ${pattern}`);
    const result =
      await sql`update ${sql.table(table)} set ${sql.join(sets, sql`, `)} where ${sql.join(matches, sql` or `)}`.execute(
        db,
      );
    counts[table] = Number(result.numAffectedRows ?? 0);
  }
  return counts;
}

/** Copies that no longer equal their unit's path (a consistency check: none, unless a move missed one). */
export async function findStalePathCopies(
  db: Kysely<DB>,
): Promise<{ table: CopyTable; column: string; stale: number }[]> {
  const found: { table: CopyTable; column: string; stale: number }[] = [];
  for (const table of copyTables) {
    for (const [pathColumn, unitColumn] of copiesOf(table)) {
      const result = await sql<{ n: string | number }>`
        select count(*) as n from ${sql.table(table)} as x join unit u on u.id = ${sql.ref(`x.${unitColumn}`)}
        where ${sql.ref(`x.${pathColumn}`)} is distinct from u.path`.execute(db);
      const stale = Number(result.rows[0]?.n ?? 0);
      if (stale > 0) found.push({ table, column: pathColumn, stale });
    }
  }
  return found;
}
