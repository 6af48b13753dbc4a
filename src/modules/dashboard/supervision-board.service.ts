import type { RequestContext } from '../access/request-context.ts';
import type { CaseStatus, CaseTier, Satisfaction, Urgency } from '../../shared/cases.ts';
import type { Actor } from '../access/actor.ts';
import { requireHolds } from '../access/policy.ts';
import { colourOf } from '../cases/case-clock.ts';
import { currentDueOf, isOverdue } from '../cases/case-deadline-rules.ts';
import type { CaseDeps } from '../cases/case-deps.ts';
import type { Directory } from '../cases/case-directory.ts';
import { caseActorOf, stateOf } from '../cases/case-state.ts';
import { urgedToday } from '../cases/case-urge-rule.ts';
import { clockFactsOf } from '../cases/case-view.ts';
import { guard } from '../cases/case-workflow.ts';
import { listParties } from '../cases/cases.repository.ts';
import type {
  BoardLine,
  BoardQuery,
  BoardResult,
  BoardSection,
  OverdueUnitRow,
  SectionQuery,
  SectionResult,
} from './dashboard.schemas.ts';
import { type Period, periodOf } from './period.ts';
import * as repo from './supervision-board.repository.ts';

/**
 * The supervision board (督查室、纪委): what is overdue now, by lead unit and tier; what is escalated
 * (挂牌督办); and, over a period, cases returned twice or more (多次退单), closures the citizen rated
 * unsatisfied, and problems that came back (反弹回潮). Each line says whether the caller may urge
 * (督办) it now, by the same rules the urge action applies.
 */

const dayMs = 86_400_000;
const boardDefaultDays = 90;

export function unitBrief(directory: Directory, id: number | null) {
  if (id === null) return null;
  const unit = directory.units.get(id);
  return unit
    ? { id: unit.id, nameZh: unit.nameZh, nameEn: unit.nameEn, type: unit.type }
    : { id, nameZh: `#${id}`, nameEn: null, type: 'unknown' };
}

async function presentLines(
  deps: CaseDeps,
  actor: Actor,
  rows: readonly repo.LineRow[],
  directory: Directory,
  now: Date,
): Promise<BoardLine[]> {
  const parties = await listParties(
    deps.db,
    rows.map((r) => Number(r.id)),
  );
  const clock = deps.clock();
  return rows.map((row) => {
    const id = Number(row.id);
    const own = parties.filter((p) => p.case_id === id);
    const due = currentDueOf(row);
    const overdue = isOverdue(row, now);
    const category = row.category_id === null ? undefined : directory.categories.get(Number(row.category_id));
    const today = urgedToday(row.last_urged_at, now);
    const permitted = guard(stateOf(row, own), 'urge', caseActorOf(actor, row, own), deps.limits) === null;
    return {
      id,
      trackingCode: row.tracking_code,
      title: row.title,
      status: row.status as CaseStatus,
      tier: row.tier as CaseTier | null,
      urgency: row.urgency as Urgency,
      category: category ? { id: category.id, nameZh: category.nameZh, nameEn: category.nameEn } : null,
      place: unitBrief(directory, row.place_unit_id === null ? null : Number(row.place_unit_id)),
      leadUnit: unitBrief(directory, row.lead_unit_id === null ? null : Number(row.lead_unit_id)),
      dueAt: due?.toISOString() ?? null,
      overdueDays: overdue && due ? Math.floor((now.getTime() - due.getTime()) / dayMs) : null,
      colour: colourOf(clock, clockFactsOf(row), now),
      escalationLevel: row.escalation_level,
      returnCount: row.return_count,
      reopenCount: row.reopen_count,
      satisfaction: row.satisfaction as Satisfaction | null,
      recurrenceOfId: row.recurrence_of_id === null ? null : Number(row.recurrence_of_id),
      createdAt: row.created_at.toISOString(),
      closedAt: row.closed_at?.toISOString() ?? null,
      lastUrgedAt: row.last_urged_at?.toISOString() ?? null,
      urgedToday: today,
      canUrge: permitted && !today,
    };
  });
}

const tierKey = (tier: string | null): 'minor' | 'general' | 'major' | 'unclassified' =>
  tier === 'minor' || tier === 'general' || tier === 'major' ? tier : 'unclassified';

/** Overdue counts per lead unit (the most first) and in all per tier. */
export async function overdueByUnit(
  deps: CaseDeps,
  scope: repo.Scope,
  directory: Directory,
  now: Date,
): Promise<{
  total: number;
  byTier: Record<'minor' | 'general' | 'major' | 'unclassified', number>;
  byUnit: OverdueUnitRow[];
}> {
  const groups = await repo.countOverdueByUnit(deps.db, scope, now);
  const byTier = { minor: 0, general: 0, major: 0, unclassified: 0 };
  const units = new Map<number, OverdueUnitRow>();
  let total = 0;
  for (const group of groups) {
    total += group.n;
    byTier[tierKey(group.tier)] += group.n;
    if (group.unitId === null) continue;
    let row = units.get(group.unitId);
    if (!row) {
      row = {
        unit: unitBrief(directory, group.unitId) ?? { id: group.unitId, nameZh: '', nameEn: null, type: 'unknown' },
        minor: 0,
        general: 0,
        major: 0,
        unclassified: 0,
        total: 0,
      };
      units.set(group.unitId, row);
    }
    row[tierKey(group.tier)] += group.n;
    row.total += group.n;
  }
  const byUnit = [...units.values()].sort(
    (a, b) => b.total - a.total || a.unit.nameZh.localeCompare(b.unit.nameZh, 'zh'),
  );
  return { total, byTier, byUnit };
}

async function sectionBlock(
  deps: CaseDeps,
  scope: repo.Scope,
  section: BoardSection,
  directory: Directory,
  now: Date,
  period: Period,
  limit: number,
) {
  const [total, rows] = await Promise.all([
    repo.countSection(deps.db, scope, section, now, period),
    repo.listSection(deps.db, scope, section, now, period, { offset: 0, limit }),
  ]);
  return { total, lines: await presentLines(deps, scope.actor, rows, directory, now) };
}

/** The caller's supervision scope; 403 without case.supervise anywhere. */
export async function supervisionScope(deps: CaseDeps, ctx: RequestContext): Promise<repo.Scope> {
  const actor = requireHolds(ctx.actor, 'case.supervise');
  return { actor, rootPaths: await repo.listRootPaths(deps.db) };
}

/** GET /supervision/board: every section's count and its first lines. */
export async function getSupervisionBoard(
  deps: CaseDeps,
  ctx: RequestContext,
  query: BoardQuery,
): Promise<BoardResult> {
  const scope = await supervisionScope(deps, ctx);
  const period = periodOf(query, ctx.now, boardDefaultDays);
  const limit = query.limit ?? 10;
  const directory = await deps.directory.get();
  const now = ctx.now;
  const [overdueCounts, overdueRows, escalated, returned, unsatisfied, recurrences] = await Promise.all([
    overdueByUnit(deps, scope, directory, now),
    repo.listSection(deps.db, scope, 'overdue', now, period, { offset: 0, limit }),
    sectionBlock(deps, scope, 'escalated', directory, now, period, limit),
    sectionBlock(deps, scope, 'returned', directory, now, period, limit),
    sectionBlock(deps, scope, 'unsatisfied', directory, now, period, limit),
    sectionBlock(deps, scope, 'recurrences', directory, now, period, limit),
  ]);
  return {
    generatedAt: now.toISOString(),
    period: { from: period.from.toISOString(), to: period.to.toISOString() },
    overdue: {
      total: overdueCounts.total,
      lines: await presentLines(deps, scope.actor, overdueRows, directory, now),
      byTier: overdueCounts.byTier,
      byUnit: overdueCounts.byUnit,
    },
    escalated,
    returned,
    unsatisfied,
    recurrences,
  };
}

/** GET /supervision/board/{section}: one section, a page at a time. */
export async function getBoardSection(
  deps: CaseDeps,
  ctx: RequestContext,
  section: BoardSection,
  query: SectionQuery,
): Promise<SectionResult> {
  const scope = await supervisionScope(deps, ctx);
  const period = periodOf(query, ctx.now, boardDefaultDays);
  const offset = query.offset ?? 0;
  const directory = await deps.directory.get();
  const [total, rows] = await Promise.all([
    repo.countSection(deps.db, scope, section, ctx.now, period),
    repo.listSection(deps.db, scope, section, ctx.now, period, { offset, limit: query.limit ?? 20 }),
  ]);
  return { section, total, offset, items: await presentLines(deps, scope.actor, rows, directory, ctx.now) };
}
