import { type Expression, type Kysely, type SqlBool, sql } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import { type Actor, grantedPrefixes } from '../access/actor.ts';
import { pathInScope } from '../access/scope-sql.ts';
import { currentDueSql, overdueSql } from '../cases/case-deadline-rules.ts';
import type { CaseRow } from '../cases/cases.repository.ts';
import type { BoardSection } from './dashboard.schemas.ts';
import type { Period } from './period.ts';

/**
 * Queries of the supervision board (督查). Every one is scoped to the cases whose place or lead unit
 * lies where the actor holds case.supervise. Overdue cases are found among the open ones; each other
 * section's condition matches a partial index (migration 0007-supervision-indexes), so the board
 * reads only the rows it counts and shows, however long the history.
 */

/** Who asks, and the paths of every tree root in the installation (active or not). */
export interface Scope {
  actor: Actor;
  rootPaths: readonly string[];
}

export async function listRootPaths(db: Kysely<DB>): Promise<string[]> {
  const rows = await db.selectFrom('unit').select('path').where('parent_id', 'is', null).execute();
  return rows.map((r) => r.path);
}

/**
 * The cases the actor supervises: place or lead unit in their case.supervise scope. When that scope
 * holds every tree of the installation (a district-wide supervisor or leader), every case is in it
 * and the condition is left out, so counts can be answered from indexes alone.
 */
export function supervisedBy({ actor, rootPaths }: Scope): Expression<SqlBool> {
  const prefixes = grantedPrefixes(actor, 'case.supervise');
  if (rootPaths.length > 0 && rootPaths.every((root) => prefixes.includes(root))) return sql<SqlBool>`true`;
  const place = pathInScope(actor, 'case.supervise', sql.ref('case_record.place_path'));
  const lead = pathInScope(actor, 'case.supervise', sql.ref('case_record.lead_path'));
  return sql<SqlBool>`(${place} or ${lead})`;
}

function sectionCondition(section: BoardSection, now: Date, period: Period): Expression<SqlBool> {
  switch (section) {
    case 'overdue':
      return overdueSql(now);
    case 'escalated': // 挂牌督办, still being worked on
      return sql<SqlBool>`(case_record.escalation_level > 0 and case_record.status in ('dispatched', 'handling'))`;
    case 'returned': // 多次退单
      return sql<SqlBool>`(case_record.return_count >= 2 and case_record.created_at >= ${period.from} and case_record.created_at < ${period.to})`;
    case 'unsatisfied': // 群众不满意仍办结
      return sql<SqlBool>`(case_record.status = 'closed' and case_record.satisfaction = 'unsatisfied' and case_record.closed_at >= ${period.from} and case_record.closed_at < ${period.to})`;
    case 'recurrences': // 反弹回潮
      return sql<SqlBool>`(case_record.recurrence_of_id is not null and case_record.created_at >= ${period.from} and case_record.created_at < ${period.to})`;
  }
}

function sectionOrder(section: BoardSection) {
  switch (section) {
    case 'overdue':
      return sql`${currentDueSql} asc, case_record.id asc`;
    case 'escalated':
      return sql`case_record.escalation_level desc, ${currentDueSql} asc, case_record.id asc`;
    case 'returned':
      return sql`case_record.return_count desc, case_record.created_at desc, case_record.id desc`;
    case 'unsatisfied':
      return sql`case_record.closed_at desc, case_record.id desc`;
    case 'recurrences':
      return sql`case_record.created_at desc, case_record.id desc`;
  }
}

export async function countSection(
  db: Kysely<DB>,
  scope: Scope,
  section: BoardSection,
  now: Date,
  period: Period,
): Promise<number> {
  const row = await db
    .selectFrom('case_record')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where(sectionCondition(section, now, period))
    .where(supervisedBy(scope))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export type LineRow = CaseRow & { last_urged_at: Date | null };

/** A page of a section's cases, each with the last urge a person gave it. */
export async function listSection(
  db: Kysely<DB>,
  scope: Scope,
  section: BoardSection,
  now: Date,
  period: Period,
  page: { offset: number; limit: number },
): Promise<LineRow[]> {
  return db
    .selectFrom('case_record')
    .selectAll('case_record')
    .select(
      sql<Date | null>`(select max(e.at) from case_event e where e.case_id = case_record.id and e.action = 'urge' and e.actor_id is not null)`.as(
        'last_urged_at',
      ),
    )
    .where(sectionCondition(section, now, period))
    .where(supervisedBy(scope))
    .orderBy(sectionOrder(section))
    .offset(page.offset)
    .limit(page.limit)
    .execute();
}

/** Overdue cases now, counted per lead unit and tier. */
export async function countOverdueByUnit(
  db: Kysely<DB>,
  scope: Scope,
  now: Date,
): Promise<{ unitId: number | null; tier: string | null; n: number }[]> {
  const rows = await db
    .selectFrom('case_record')
    .select(['lead_unit_id', 'tier', (eb) => eb.fn.countAll<number>().as('n')])
    .where(overdueSql(now))
    .where(supervisedBy(scope))
    .groupBy(['lead_unit_id', 'tier'])
    .execute();
  return rows.map((r) => ({
    unitId: r.lead_unit_id === null ? null : Number(r.lead_unit_id),
    tier: r.tier,
    n: Number(r.n),
  }));
}
