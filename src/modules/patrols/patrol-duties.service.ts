import { withTransaction } from '../../platform/db/database.ts';
import { checkVersion, updatedOrConflict } from '../../platform/db/version-check.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { chinaDayStart } from '../../shared/china-time.ts';
import { type DutyPeriod, type ObjectKind, type PatrolLevelName, patrolLevels } from '../../shared/patrols.ts';
import { can, requireActor, requireHolds } from '../access/policy.ts';
import type { RequestContext } from '../access/request-context.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { findUnitInScope } from '../units/units.repository.ts';
import {
  type CountedPatrol,
  dutyStatus,
  periodOf,
  periodsSince,
  pickRule,
  type ScopedDutyRule,
} from './duty-status.ts';
import { defaultThresholds, thresholdsFor } from './patrol-thresholds.ts';
import type { PatrolDeps } from './patrol-deps.ts';
import type {
  DueItem,
  DutyRuleBody,
  DutyRuleView,
  ThresholdOverrideView,
  UpdateDutyRuleBody,
} from './patrols.schemas.ts';
import * as repo from './patrols.repository.ts';

/**
 * Patrol duties (巡查频次) per jurisdiction and level, the judge's thresholds per jurisdiction and
 * level, and each person's due patrols: for every object they hold, the rule that governs it, the
 * current period's done and required counts, the next due date and the earlier periods missed.
 */

type RuleRow = Awaited<ReturnType<typeof repo.listDutyRules>>[number];

function ruleView(row: RuleRow): DutyRuleView {
  return {
    id: Number(row.id),
    unit: { id: Number(row.unit_id), nameZh: row.unit_name, nameEn: row.unit_name_en },
    level: row.level as PatrolLevelName,
    objectKind: row.object_kind as ObjectKind | null,
    times: row.times,
    period: row.period as DutyPeriod,
    seasonMonths: row.season_months?.map(Number) ?? null,
    raisedTimes: row.raised_times,
    note: row.note,
    version: row.version,
  };
}

function scoped(row: RuleRow): ScopedDutyRule {
  return {
    id: Number(row.id),
    unitPath: row.unit_path,
    level: row.level as PatrolLevelName,
    objectKind: row.object_kind as ObjectKind | null,
    times: row.times,
    period: row.period as DutyPeriod,
    seasonMonths: row.season_months?.map(Number) ?? null,
    raisedTimes: row.raised_times,
  };
}

/** How many earlier periods "my due patrols" looks back over for missed ones. */
const missedLookBack = 12;

export async function myDuePatrols(deps: PatrolDeps, ctx: RequestContext): Promise<{ items: DueItem[] }> {
  const actor = requireActor(ctx.actor);
  if (actor.kind !== 'staff') throw new AppError('FORBIDDEN');
  const held = await repo.listMyAppointments(deps.db, actor.personId);
  if (held.length === 0) return { items: [] };
  const rules = (
    await repo.dutyRulesOver(
      deps.db,
      held.map((h) => h.unit_path),
    )
  ).map(scoped);
  const picked = held.map((h) =>
    pickRule(rules, { unitPath: h.unit_path, level: h.level as PatrolLevelName, kind: h.kind as ObjectKind }, ctx.now),
  );
  const earliest = Math.min(
    ...held.map((h, i) => periodOf(picked[i]!.rule.period, ctx.now, -missedLookBack).start.getTime()),
  );
  const patrols = await repo.listPatrolsForDuties(
    deps.db,
    actor.personId,
    held.map((h) => Number(h.object_id)),
    new Date(earliest),
  );
  const items = held.map((h, i): DueItem => {
    const { rule, source } = picked[i]!;
    const counted: CountedPatrol[] = patrols
      .filter((p) => Number(p.object_id) === Number(h.object_id) && p.level === h.level)
      .map((p) => ({ startedAt: new Date(p.started_at), counts: (p.review_verdict ?? p.verdict) !== 'invalid' }));
    const raised = Number(h.open_findings) > 0;
    const windows = periodsSince(rule.period, chinaDayStart(h.from_date), ctx.now, missedLookBack + 1);
    const current = dutyStatus(rule, counted, windows[0] ?? periodOf(rule.period, ctx.now), ctx.now, { raised });
    const missed = windows
      .slice(1)
      .map((w) => dutyStatus(rule, counted, w, ctx.now, { raised: false }))
      .filter((s) => s.state === 'missed')
      .map((s) => s.key);
    return {
      object: {
        id: Number(h.object_id),
        name: h.name,
        kind: h.kind as ObjectKind,
        unit: { id: Number(h.unit_id), nameZh: h.unit_name, nameEn: h.unit_name_en },
      },
      level: h.level as PatrolLevelName,
      rule: {
        times: rule.times,
        period: rule.period,
        seasonMonths: rule.seasonMonths ? [...rule.seasonMonths] : null,
        raisedTimes: rule.raisedTimes,
        source,
      },
      current: {
        key: current.key,
        start: current.start.toISOString(),
        end: current.end.toISOString(),
        required: current.required,
        done: current.done,
        state: current.state,
        raised: current.raised,
      },
      nextDueDate: current.nextDueDate,
      missedPeriods: missed,
    };
  });
  const order = { due: 0, missed: 1, done: 2, off_season: 3 } as const;
  items.sort(
    (a, b) =>
      order[a.current.state] - order[b.current.state] ||
      (a.nextDueDate ?? '9999').localeCompare(b.nextDueDate ?? '9999') ||
      a.object.name.localeCompare(b.object.name),
  );
  return { items };
}

export async function listDutyRules(deps: PatrolDeps, ctx: RequestContext): Promise<{ items: DutyRuleView[] }> {
  const actor = requireHolds(ctx.actor, 'patrol.read');
  return { items: (await repo.dutyRulesInScope(deps.db, actor)).map(ruleView) };
}

function checkRuleShape(times: number, raised: number | null | undefined): void {
  if (raised !== null && raised !== undefined && raised < times)
    throw new AppError('VALIDATION_FAILED', {
      details: [{ in: 'body', path: '/raisedTimes', message: 'raised frequency below the ordinary one' }],
    });
}

export async function createDutyRule(deps: PatrolDeps, ctx: RequestContext, body: DutyRuleBody): Promise<DutyRuleView> {
  const actor = requireHolds(ctx.actor, 'patrol.manage');
  const unit = await findUnitInScope(deps.db, actor, body.unitId);
  if (!unit)
    throw new AppError('VALIDATION_FAILED', { details: [{ in: 'body', path: '/unitId', message: 'no such unit' }] });
  if (!can(actor, 'patrol.manage', unit.path)) throw new AppError('FORBIDDEN');
  checkRuleShape(body.times, body.raisedTimes);
  const id = await withTransaction(deps.db, async (trx) => {
    const made = await repo.insertDutyRule(trx, {
      unit_id: Number(unit.id),
      unit_path: unit.path,
      level: body.level,
      object_kind: body.objectKind ?? null,
      times: body.times,
      period: body.period,
      season_months: body.seasonMonths ? [...body.seasonMonths].sort((a, b) => a - b) : null,
      raised_times: body.raisedTimes ?? null,
      note: body.note?.trim() || null,
      created_by: actor.personId,
      updated_at: ctx.now,
    });
    await recordAudit(trx, ctx, {
      action: 'patrol_duty_rule.create',
      entityType: 'patrol_duty_rule',
      entityId: made,
      after: body,
    });
    return made;
  });
  return ruleView((await repo.findDutyRule(deps.db, actor, id))!);
}

async function loadRule(deps: PatrolDeps, ctx: RequestContext, id: number) {
  const actor = requireHolds(ctx.actor, 'patrol.manage');
  const row = await repo.findDutyRule(deps.db, actor, id);
  if (!row) throw new AppError('NOT_FOUND');
  if (!can(actor, 'patrol.manage', row.unit_path)) throw new AppError('FORBIDDEN');
  return { actor, row };
}

export async function updateDutyRule(
  deps: PatrolDeps,
  ctx: RequestContext,
  id: number,
  body: UpdateDutyRuleBody,
): Promise<DutyRuleView> {
  const { actor, row } = await loadRule(deps, ctx, id);
  checkVersion(body.version, row.version);
  const fields: Record<string, unknown> = { updated_at: ctx.now };
  if (body.level !== undefined) fields.level = body.level;
  if (body.objectKind !== undefined) fields.object_kind = body.objectKind;
  if (body.times !== undefined) fields.times = body.times;
  if (body.period !== undefined) fields.period = body.period;
  if (body.seasonMonths !== undefined)
    fields.season_months = body.seasonMonths ? [...body.seasonMonths].sort((a, b) => a - b) : null;
  if (body.raisedTimes !== undefined) fields.raised_times = body.raisedTimes;
  if (body.note !== undefined) fields.note = body.note?.trim() || null;
  checkRuleShape(body.times ?? row.times, body.raisedTimes === undefined ? row.raised_times : body.raisedTimes);
  await withTransaction(deps.db, async (trx) => {
    updatedOrConflict(await repo.updateDutyRule(trx, id, row.version, fields));
    await recordAudit(trx, ctx, {
      action: 'patrol_duty_rule.update',
      entityType: 'patrol_duty_rule',
      entityId: id,
      before: ruleView(row),
      after: fields,
    });
  });
  return ruleView((await repo.findDutyRule(deps.db, actor, id))!);
}

export async function deleteDutyRule(deps: PatrolDeps, ctx: RequestContext, id: number): Promise<void> {
  const { row } = await loadRule(deps, ctx, id);
  await withTransaction(deps.db, async (trx) => {
    await repo.deleteDutyRule(trx, id);
    await recordAudit(trx, ctx, {
      action: 'patrol_duty_rule.delete',
      entityType: 'patrol_duty_rule',
      entityId: id,
      before: ruleView(row),
    });
  });
}

function effectiveThresholds(level: PatrolLevelName, overrides: Record<string, number>): Record<string, number> {
  const result = thresholdsFor(level, overrides);
  return { ...(result.ok ? result.thresholds : defaultThresholds[level]) };
}

type OverrideRow = Awaited<ReturnType<typeof repo.thresholdOverridesInScope>>[number];

function overrideView(row: OverrideRow): ThresholdOverrideView {
  const overrides = (row.overrides ?? {}) as Record<string, number>;
  return {
    id: Number(row.id),
    unit: { id: Number(row.unit_id), nameZh: row.unit_name, nameEn: row.unit_name_en },
    level: row.level as PatrolLevelName,
    overrides,
    effective: effectiveThresholds(row.level as PatrolLevelName, overrides),
    version: row.version,
  };
}

export async function listThresholds(deps: PatrolDeps, ctx: RequestContext) {
  const actor = requireHolds(ctx.actor, 'patrol.read');
  const defaults = Object.fromEntries(patrolLevels.map((level) => [level, { ...defaultThresholds[level] }])) as Record<
    string,
    Record<string, number>
  >;
  return { defaults, items: (await repo.thresholdOverridesInScope(deps.db, actor)).map(overrideView) };
}

/** Sets a jurisdiction's overrides for a level (the ones given; an empty object goes back to the defaults). */
export async function putThresholds(
  deps: PatrolDeps,
  ctx: RequestContext,
  unitId: number,
  level: PatrolLevelName,
  body: { version?: number | undefined; overrides: Record<string, number | undefined> },
): Promise<ThresholdOverrideView> {
  const actor = requireHolds(ctx.actor, 'patrol.manage');
  const unit = await findUnitInScope(deps.db, actor, unitId);
  if (!unit) throw new AppError('NOT_FOUND');
  if (!can(actor, 'patrol.manage', unit.path)) throw new AppError('FORBIDDEN');
  const checked = thresholdsFor(level, body.overrides);
  if (!checked.ok)
    throw new AppError('VALIDATION_FAILED', {
      details: checked.problems.map((p) => ({ in: 'body', path: `/overrides${p.path}`, message: p.en })),
    });
  const overrides = Object.fromEntries(
    Object.entries(body.overrides).filter((e): e is [string, number] => typeof e[1] === 'number'),
  );
  await withTransaction(deps.db, async (trx) => {
    const existing = await repo.findThresholdOverride(trx, unitId, level);
    if (existing) checkVersion(body.version, existing.version);
    const written = await repo.upsertThresholdOverride(
      trx,
      { unit_id: unitId, unit_path: unit.path, level, overrides, updated_by: actor.personId, updated_at: ctx.now },
      existing ? existing.version : null,
    );
    updatedOrConflict(written);
    await recordAudit(trx, ctx, {
      action: 'patrol_threshold.set',
      entityType: 'patrol_threshold_override',
      entityId: `${unitId}:${level}`,
      before: existing ? (existing.overrides as object) : null,
      after: overrides,
    });
  });
  return overrideView((await repo.findThresholdOverride(deps.db, unitId, level))!);
}
