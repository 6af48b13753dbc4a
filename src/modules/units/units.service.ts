import type { Kysely } from 'kysely';
import { withTransaction } from '../../platform/db/database.ts';
import type { DB } from '../../platform/db/schema.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { checkVersion, updatedOrConflict } from '../../platform/db/version-check.ts';
import type { RequestContext } from '../access/request-context.ts';
import type { Actor } from '../access/actor.ts';
import { requireHolds, requireOn } from '../access/policy.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { refreshTownshipMarkersUnder } from '../search/search-markers.repository.ts';
import { rewriteCopiedPaths } from './unit-path-copies.repository.ts';
import { allowedUnitActions } from './unit-policy.ts';
import * as repo from './units.repository.ts';
import type { CreateUnitBody, Unit, UnitListQuery, UpdateUnitBody } from './units.schemas.ts';

export function presentUnit(actor: Actor, row: repo.UnitRow): Unit {
  return {
    id: Number(row.id),
    code: row.code,
    nameZh: row.name_zh,
    nameEn: row.name_en,
    type: row.type as Unit['type'],
    parentId: row.parent_id === null ? null : Number(row.parent_id),
    path: row.path,
    depth: row.depth,
    active: row.active,
    version: row.version,
    allowedActions: allowedUnitActions(actor, row),
  };
}

/** What the audit trail keeps of a unit. */
function auditView(row: repo.UnitRow) {
  return {
    code: row.code,
    nameZh: row.name_zh,
    nameEn: row.name_en,
    type: row.type,
    parentId: row.parent_id === null ? null : Number(row.parent_id),
    active: row.active,
  };
}

export async function listUnits(
  db: Kysely<DB>,
  ctx: RequestContext,
  query: UnitListQuery,
): Promise<{ items: Unit[]; total: number }> {
  const actor = requireHolds(ctx.actor, 'unit.read');
  const { rows, total } = await repo.listUnitsInScope(db, actor, { ...query, limit: query.limit ?? 2000 });
  return { items: rows.map((row) => presentUnit(actor, row)), total };
}

export async function getUnit(db: Kysely<DB>, ctx: RequestContext, id: number): Promise<Unit> {
  const actor = requireHolds(ctx.actor, 'unit.read');
  const row = await repo.findUnitInScope(db, actor, id);
  if (!row) throw new AppError('NOT_FOUND');
  return presentUnit(actor, row);
}

/** Loads a unit for a change: missing or unreadable → NOT_FOUND, readable but not manageable → FORBIDDEN. */
async function loadForChange(trx: Kysely<DB>, actor: Actor, id: number): Promise<repo.UnitRow> {
  const readable = await repo.findUnitInScope(trx, actor, id);
  if (!readable) throw new AppError('NOT_FOUND');
  requireOn(actor, 'unit.manage', readable.path);
  const row = await repo.findUnit(trx, id, { forUpdate: true });
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

async function loadParentForChange(trx: Kysely<DB>, actor: Actor, parentId: number): Promise<repo.UnitRow> {
  const parent = await repo.findUnitInScope(trx, actor, parentId);
  if (!parent)
    throw new AppError('NOT_FOUND', { message: { zh: '上级单位不存在。', en: 'The parent unit does not exist.' } });
  requireOn(actor, 'unit.manage', parent.path);
  return parent;
}

export async function createUnit(db: Kysely<DB>, ctx: RequestContext, input: CreateUnitBody): Promise<Unit> {
  const actor = requireHolds(ctx.actor, 'unit.manage');
  return withTransaction(db, async (trx) => {
    const parent = await loadParentForChange(trx, actor, input.parentId);
    if (await repo.codeExists(trx, input.code))
      throw new AppError('UNIT_CODE_TAKEN', { details: { code: input.code } });
    const row = await repo.insertUnit(
      trx,
      {
        code: input.code,
        name_zh: input.nameZh.trim(),
        name_en: input.nameEn?.trim() || null,
        type: input.type,
        parent_id: Number(parent.id),
      },
      parent,
      ctx.now,
    );
    await recordAudit(trx, ctx, {
      action: 'unit.create',
      entityType: 'unit',
      entityId: Number(row.id),
      after: auditView(row),
    });
    return presentUnit(actor, row);
  });
}

/** Townships and subdistricts (乡镇、街道): the level duplicate checks narrow by (search markers). */
export function isTownshipType(type: string): boolean {
  return type === 'township' || type === 'subdistrict';
}

/**
 * Edits a unit. When its type becomes or stops being a township (乡镇/街道), the township markers of
 * the cases placed under it are given anew in the same transaction, and `onTreeChanged` is told after
 * the commit (the case directory's townships changed).
 */
export async function updateUnit(
  db: Kysely<DB>,
  ctx: RequestContext,
  id: number,
  input: UpdateUnitBody,
  onTreeChanged?: TreeChangedListener,
): Promise<Unit> {
  const actor = requireHolds(ctx.actor, 'unit.manage');
  let townshipChanged = false;
  const updated = await withTransaction(db, async (trx) => {
    const before = await loadForChange(trx, actor, id);
    checkVersion(input.version, before.version);
    if (input.active === false && before.parent_id === null) throw new AppError('UNIT_ROOT');
    if (input.code !== undefined && input.code !== before.code && (await repo.codeExists(trx, input.code, id))) {
      throw new AppError('UNIT_CODE_TAKEN', { details: { code: input.code } });
    }
    const fields = {
      ...(input.code !== undefined ? { code: input.code } : {}),
      ...(input.nameZh !== undefined ? { name_zh: input.nameZh.trim() } : {}),
      ...(input.nameEn !== undefined ? { name_en: input.nameEn?.trim() || null } : {}),
      ...(input.type !== undefined ? { type: input.type } : {}),
      ...(input.active !== undefined ? { active: input.active } : {}),
    };
    const after = updatedOrConflict(await repo.updateUnitFields(trx, id, input.version, fields, ctx.now));
    townshipChanged = isTownshipType(before.type) !== isTownshipType(after.type);
    if (townshipChanged) await refreshTownshipMarkersUnder(trx, after.path);
    const action =
      input.active === false && before.active
        ? 'unit.deactivate'
        : input.active === true && !before.active
          ? 'unit.activate'
          : 'unit.update';
    await recordAudit(trx, ctx, {
      action,
      entityType: 'unit',
      entityId: id,
      before: auditView(before),
      after: auditView(after),
    });
    return presentUnit(actor, after);
  });
  if (townshipChanged) onTreeChanged?.();
  return updated;
}

/** Told after a change to the tree has committed, so in-memory copies of unit paths can be dropped. */
export type TreeChangedListener = () => void;

/**
 * Moves a unit's subtree under a new parent inside the caller's transaction: the units' paths and
 * depths, every copy of those paths (cases, their parties, programmes, tasks, supporting units), and,
 * when the township above the subtree changes, the township markers in its cases' search vectors.
 */
export async function relocateSubtree(
  trx: Kysely<DB>,
  unit: repo.UnitRow,
  parent: repo.UnitRow,
  now: Date,
): Promise<void> {
  const oldParentPath = unit.path.slice(0, unit.path.length - `${unit.id}/`.length);
  const townshipBefore = await repo.findTownshipOnPath(trx, oldParentPath);
  const townshipAfter = await repo.findTownshipOnPath(trx, parent.path);
  const newPath = await repo.moveSubtree(trx, unit, parent, now);
  await rewriteCopiedPaths(trx, unit.path, newPath);
  if (townshipBefore !== townshipAfter) await refreshTownshipMarkersUnder(trx, newPath);
}

/** 调整隶属: moves a unit, with everything below it, under another parent, in one transaction. Refuses cycles. */
export async function moveUnit(
  db: Kysely<DB>,
  ctx: RequestContext,
  id: number,
  input: { parentId: number; version: number },
  onTreeChanged?: TreeChangedListener,
): Promise<Unit> {
  const actor = requireHolds(ctx.actor, 'unit.manage');
  const moved = await withTransaction(db, async (trx) => {
    await repo.lockTreeForMove(trx);
    const unit = await loadForChange(trx, actor, id);
    if (unit.parent_id === null) throw new AppError('UNIT_ROOT');
    checkVersion(input.version, unit.version);
    const parent = await loadParentForChange(trx, actor, input.parentId);
    if (parent.path.startsWith(unit.path)) throw new AppError('UNIT_CYCLE');
    if (Number(unit.parent_id) !== Number(parent.id)) await relocateSubtree(trx, unit, parent, ctx.now);
    const after = await repo.findUnit(trx, id);
    if (!after) throw new AppError('NOT_FOUND');
    await recordAudit(trx, ctx, {
      action: 'unit.move',
      entityType: 'unit',
      entityId: id,
      before: { parentId: Number(unit.parent_id), path: unit.path },
      after: { parentId: Number(parent.id), path: after.path },
    });
    return presentUnit(actor, after);
  });
  onTreeChanged?.();
  return moved;
}

/** Deletes a unit nobody refers to; one with people, cases or tasks must be deactivated instead. */
export async function deleteUnit(db: Kysely<DB>, ctx: RequestContext, id: number): Promise<void> {
  const actor = requireHolds(ctx.actor, 'unit.manage');
  await withTransaction(db, async (trx) => {
    const unit = await loadForChange(trx, actor, id);
    if (unit.parent_id === null) throw new AppError('UNIT_ROOT');
    if ((await repo.countChildren(trx, id)) > 0) throw new AppError('UNIT_HAS_CHILDREN');
    if ((await repo.countReferences(trx, id)) > 0) throw new AppError('UNIT_IN_USE');
    await repo.deleteUnit(trx, id);
    await recordAudit(trx, ctx, { action: 'unit.delete', entityType: 'unit', entityId: id, before: auditView(unit) });
  });
}
