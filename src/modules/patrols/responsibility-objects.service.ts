import { randomBytes } from 'node:crypto';
import { withTransaction } from '../../platform/db/database.ts';
import { checkVersion, updatedOrConflict } from '../../platform/db/version-check.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { chinaDate, chinaDayStart } from '../../shared/china-time.ts';
import {
  fourDisordersChecklist,
  type ObjectAction,
  type ObjectKind,
  type PatrolLevelName,
  singleHolderLevels,
} from '../../shared/patrols.ts';
import type { Actor } from '../access/actor.ts';
import { can, holds as holdsPermission, requireActor, requireHolds } from '../access/policy.ts';
import type { RequestContext } from '../access/request-context.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { findCategory } from '../categories/categories.repository.ts';
import { findUnitInScope } from '../units/units.repository.ts';
import { checkGeometry, measureGeometry, type ObjectGeometry } from './object-geometry.ts';
import type { PatrolDeps } from './patrol-deps.ts';
import type {
  AppointBody,
  ChecklistItem,
  Chief,
  CreateObjectBody,
  ObjectListQuery,
  ObjectSummary,
  ObjectView,
  UpdateObjectBody,
} from './patrols.schemas.ts';
import * as repo from './patrols.repository.ts';

/**
 * Responsibility objects (责任对象) and their appointments (任命): the river office (河长办, patrol.manage)
 * draws segments, lakes, grids and sites, names who answers for each at which level from which day,
 * and closes an appointment rather than overwriting it, so "who was chief of this segment on that day"
 * always has an answer. Everyone reads the objects in their subtree; a chief also reads those they hold.
 */

function validation(problems: { path: string; message: string }[]): AppError {
  return new AppError('VALIDATION_FAILED', { details: problems.map((p) => ({ in: 'body', ...p })) });
}

export function objectActionsFor(actor: Actor, row: repo.ObjectRow, holds: boolean): ObjectAction[] {
  const actions: ObjectAction[] = [];
  const manage = can(actor, 'patrol.manage', row.unit_path);
  if (manage) actions.push('update', 'appoint');
  if (manage && row.active) actions.push('retire');
  // Recording needs the permission anywhere (a district chief's reaches the village) and a current appointment.
  if (holds && row.active && holdsPermission(actor, 'patrol.record')) actions.push('patrol');
  return actions;
}

function bboxOf(row: repo.ObjectRow): number[] {
  return [Number(row.min_lng), Number(row.min_lat), Number(row.max_lng), Number(row.max_lat)];
}

function summaryOf(actor: Actor, row: repo.ObjectRow, holds: boolean): ObjectSummary {
  return {
    id: Number(row.id),
    kind: row.kind as ObjectKind,
    name: row.name,
    code: row.code,
    riverName: row.river_name,
    rangeMetres: Number(row.range_metres),
    lengthMetres: Number(row.length_metres),
    bbox: bboxOf(row),
    unit: { id: Number(row.unit_id), nameZh: row.unit_name, nameEn: row.unit_name_en },
    publicSlug: row.public_slug,
    active: row.active,
    openFindings: Number(row.open_findings),
    version: row.version,
    allowedActions: objectActionsFor(actor, row, holds),
  };
}

export function chiefOf(a: repo.AppointmentRow): Chief {
  return {
    appointmentId: a.id,
    personId: a.person_id,
    name: a.person_name,
    level: a.level as PatrolLevelName,
    fromDate: a.from_date,
    toDate: a.to_date,
    officePhone: a.office_phone,
  };
}

export async function listObjects(
  deps: PatrolDeps,
  ctx: RequestContext,
  query: ObjectListQuery,
): Promise<{ items: ObjectSummary[]; nextOffset: number | null }> {
  const actor = requireHolds(ctx.actor, 'patrol.read');
  const limit = query.limit ?? 100;
  const offset = query.offset ?? 0;
  let unitPath: string | undefined;
  if (query.unitId !== undefined) {
    const unit = await findUnitInScope(deps.db, actor, query.unitId);
    if (!unit) return { items: [], nextOffset: null };
    unitPath = unit.path;
  }
  const bbox =
    query.minLng !== undefined && query.minLat !== undefined && query.maxLng !== undefined && query.maxLat !== undefined
      ? { minLng: query.minLng, minLat: query.minLat, maxLng: query.maxLng, maxLat: query.maxLat }
      : undefined;
  const rows = await repo.listObjects(
    deps.db,
    actor,
    { kind: query.kind, unitPath, q: query.q?.trim() || undefined, active: query.active, bbox },
    { limit, offset },
  );
  const held = await heldObjectIds(
    deps,
    actor.personId,
    rows.map((r) => Number(r.id)),
  );
  return {
    items: rows.map((r) => summaryOf(actor, r, held.has(Number(r.id)))),
    nextOffset: rows.length === limit ? offset + limit : null,
  };
}

async function heldObjectIds(deps: PatrolDeps, personId: number, objectIds: number[]): Promise<Set<number>> {
  const current = await repo.listAppointments(deps.db, objectIds, { current: true });
  return new Set(current.filter((a) => a.person_id === personId).map((a) => a.object_id));
}

export async function loadObject(deps: PatrolDeps, actor: Actor, id: number): Promise<repo.ObjectRow> {
  requireHolds(actor, 'patrol.read');
  const row = await repo.findObjectInScope(deps.db, actor, id);
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

export async function getObject(deps: PatrolDeps, ctx: RequestContext, id: number): Promise<ObjectView> {
  const actor = requireActor(ctx.actor);
  const row = await loadObject(deps, actor, id);
  const chiefs = await repo.listAppointments(deps.db, [id], { current: true });
  const holds = chiefs.some((c) => c.person_id === actor.personId);
  return {
    ...summaryOf(actor, row, holds),
    geometry: row.geometry,
    parentObjectId: row.parent_object_id === null ? null : Number(row.parent_object_id),
    publicPhone: row.public_phone,
    checklist: (row.checklist as ChecklistItem[]) ?? [],
    chiefs: chiefs.map(chiefOf),
    retiredAt: row.retired_at ? new Date(row.retired_at).toISOString() : null,
    createdAt: new Date(row.created_at).toISOString(),
  };
}

async function checkChecklist(deps: PatrolDeps, items: readonly ChecklistItem[]): Promise<ChecklistItem[]> {
  const problems: { path: string; message: string }[] = [];
  const codes = new Set<string>();
  for (const [i, item] of items.entries()) {
    if (codes.has(item.code)) problems.push({ path: `/checklist/${i}/code`, message: 'codes must differ' });
    codes.add(item.code);
    if (item.categoryId !== null && !(await findCategory(deps.db, item.categoryId)))
      problems.push({ path: `/checklist/${i}/categoryId`, message: 'no such category' });
  }
  if (problems.length > 0) throw validation(problems);
  return items.map((item) => ({ code: item.code, label: item.label.trim(), categoryId: item.categoryId }));
}

/** The four disorders (四乱) for rivers and lakes, each opening a case of 江河湖治理 when the tree has it. */
async function defaultChecklist(deps: PatrolDeps, kind: ObjectKind): Promise<ChecklistItem[]> {
  if (kind !== 'river_segment' && kind !== 'lake') return [{ code: 'problem', label: '发现问题', categoryId: null }];
  const categoryId = await repo.findCategoryIdByName(deps.db, '江河湖治理');
  return fourDisordersChecklist.map((item) => ({ code: item.code, label: item.label, categoryId }));
}

async function placeUnit(deps: PatrolDeps, actor: Actor, unitId: number) {
  const unit = await findUnitInScope(deps.db, actor, unitId);
  if (!unit) throw validation([{ path: '/unitId', message: 'no such unit in your scope' }]);
  if (!can(actor, 'patrol.manage', unit.path)) throw new AppError('FORBIDDEN');
  return unit;
}

function checkedGeometry(value: unknown): { geometry: ObjectGeometry; measures: ReturnType<typeof measureGeometry> } {
  const problems = checkGeometry(value);
  if (problems.length > 0) throw validation(problems);
  const geometry = value as ObjectGeometry;
  // Only what GeoJSON defines is stored (a body may carry other members).
  const clean = { type: geometry.type, coordinates: geometry.coordinates } as ObjectGeometry;
  return { geometry: clean, measures: measureGeometry(clean) };
}

function newSlug(): string {
  return randomBytes(9).toString('base64url');
}

export async function createObject(deps: PatrolDeps, ctx: RequestContext, body: CreateObjectBody): Promise<ObjectView> {
  const actor = requireHolds(ctx.actor, 'patrol.manage');
  const unit = await placeUnit(deps, actor, body.unitId);
  const { geometry, measures } = checkedGeometry(body.geometry);
  const checklist =
    body.checklist === undefined ? await defaultChecklist(deps, body.kind) : await checkChecklist(deps, body.checklist);
  if (body.code && (await repo.objectCodeTaken(deps.db, body.code)))
    throw new AppError('CONFLICT', { details: [{ in: 'body', path: '/code', message: 'code already used' }] });
  if (body.parentObjectId !== undefined && !(await repo.findObjectInScope(deps.db, actor, body.parentObjectId)))
    throw validation([{ path: '/parentObjectId', message: 'no such object in your scope' }]);
  const id = await withTransaction(deps.db, async (trx) => {
    const inserted = await repo.insertObject(trx, {
      kind: body.kind,
      name: body.name.trim(),
      code: body.code ?? null,
      river_name: body.riverName?.trim() ?? null,
      parent_object_id: body.parentObjectId ?? null,
      geometry,
      range_metres: body.rangeMetres ?? (body.kind === 'river_segment' || body.kind === 'lake' ? 10 : 0),
      length_metres: measures.lengthMetres,
      min_lng: measures.minLng,
      min_lat: measures.minLat,
      max_lng: measures.maxLng,
      max_lat: measures.maxLat,
      unit_id: Number(unit.id),
      unit_path: unit.path,
      public_slug: newSlug(),
      public_phone: body.publicPhone?.trim() || null,
      checklist,
      created_by: actor.personId,
      updated_at: ctx.now,
    });
    await recordAudit(trx, ctx, {
      action: 'responsibility_object.create',
      entityType: 'responsibility_object',
      entityId: inserted,
      after: { kind: body.kind, name: body.name, unitId: body.unitId, lengthMetres: measures.lengthMetres },
    });
    return inserted;
  });
  return getObject(deps, ctx, id);
}

export async function updateObject(
  deps: PatrolDeps,
  ctx: RequestContext,
  id: number,
  body: UpdateObjectBody,
): Promise<ObjectView> {
  const actor = requireHolds(ctx.actor, 'patrol.manage');
  const row = await loadObject(deps, actor, id);
  if (!can(actor, 'patrol.manage', row.unit_path)) throw new AppError('FORBIDDEN');
  const fields: Record<string, unknown> = { updated_at: ctx.now };
  if (body.name !== undefined) fields.name = body.name.trim();
  if (body.riverName !== undefined) fields.river_name = body.riverName?.trim() ?? null;
  if (body.rangeMetres !== undefined) fields.range_metres = body.rangeMetres;
  if (body.publicPhone !== undefined) fields.public_phone = body.publicPhone?.trim() || null;
  if (body.checklist !== undefined) fields.checklist = await checkChecklist(deps, body.checklist);
  if (body.geometry !== undefined) {
    const { geometry, measures } = checkedGeometry(body.geometry);
    Object.assign(fields, {
      geometry,
      length_metres: measures.lengthMetres,
      min_lng: measures.minLng,
      min_lat: measures.minLat,
      max_lng: measures.maxLng,
      max_lat: measures.maxLat,
    });
  }
  if (body.unitId !== undefined) {
    const unit = await placeUnit(deps, actor, body.unitId);
    fields.unit_id = Number(unit.id);
    fields.unit_path = unit.path;
  }
  await withTransaction(deps.db, async (trx) => {
    const locked = await repo.lockObject(trx, id);
    if (!locked) throw new AppError('NOT_FOUND');
    checkVersion(body.version, locked.version);
    updatedOrConflict(await repo.updateObject(trx, id, locked.version, fields));
    const { geometry: _g, ...changed } = fields;
    await recordAudit(trx, ctx, {
      action: 'responsibility_object.update',
      entityType: 'responsibility_object',
      entityId: id,
      before: { name: row.name, unitId: Number(row.unit_id), rangeMetres: Number(row.range_metres) },
      after: { ...changed, geometryChanged: body.geometry !== undefined },
    });
  });
  return getObject(deps, ctx, id);
}

/** 撤销: the object stays with its history, but takes no new patrols nor appointments; current ones end today. */
export async function retireObject(
  deps: PatrolDeps,
  ctx: RequestContext,
  id: number,
  version: number | undefined,
): Promise<ObjectView> {
  const actor = requireHolds(ctx.actor, 'patrol.manage');
  const row = await loadObject(deps, actor, id);
  if (!can(actor, 'patrol.manage', row.unit_path)) throw new AppError('FORBIDDEN');
  if (!row.active) throw new AppError('CONFLICT');
  await withTransaction(deps.db, async (trx) => {
    const locked = await repo.lockObject(trx, id);
    if (!locked) throw new AppError('NOT_FOUND');
    checkVersion(version, locked.version);
    updatedOrConflict(
      await repo.updateObject(trx, id, locked.version, { active: false, retired_at: ctx.now, updated_at: ctx.now }),
    );
    const current = await repo.listAppointments(trx, [id], { current: true });
    await repo.closeAppointments(
      trx,
      current.map((a) => a.id),
      chinaDate(ctx.now),
      actor.personId,
    );
    await recordAudit(trx, ctx, {
      action: 'responsibility_object.retire',
      entityType: 'responsibility_object',
      entityId: id,
      before: { active: true },
      after: { active: false, endedAppointments: current.map((a) => a.id) },
    });
  });
  return getObject(deps, ctx, id);
}

/** The appointments of an object: its whole history, or who held it (at each level) on date `on`. */
export async function listObjectAppointments(
  deps: PatrolDeps,
  ctx: RequestContext,
  id: number,
  on: string | undefined,
): Promise<{ items: Chief[]; on: string | null }> {
  const actor = requireActor(ctx.actor);
  await loadObject(deps, actor, id);
  if (on !== undefined && Number.isNaN(chinaDayStart(on).getTime()))
    throw new AppError('VALIDATION_FAILED', { details: [{ in: 'querystring', path: '/on', message: 'not a date' }] });
  const rows = await repo.listAppointments(deps.db, [id], { on });
  return { items: rows.map(chiefOf), on: on ?? null };
}

function checkDate(value: string, path: string): void {
  if (Number.isNaN(chinaDayStart(value).getTime()) || chinaDate(chinaDayStart(value)) !== value)
    throw validation([{ path, message: 'not a date' }]);
}

/**
 * 任命: names a person to the object at a level from a day. For the chiefs' levels (district,
 * township, village), one holder at a time: the current holder's appointment closes on that day.
 */
export async function appoint(deps: PatrolDeps, ctx: RequestContext, id: number, body: AppointBody): Promise<Chief> {
  const actor = requireHolds(ctx.actor, 'patrol.manage');
  const row = await loadObject(deps, actor, id);
  if (!can(actor, 'patrol.manage', row.unit_path)) throw new AppError('FORBIDDEN');
  if (!row.active) throw new AppError('CONFLICT');
  checkDate(body.fromDate, '/fromDate');
  const person = await repo.personExists(deps.db, body.personId);
  if (!person || person.kind !== 'staff' || !person.active)
    throw validation([{ path: '/personId', message: 'no such active member of staff' }]);
  const appointmentId = await withTransaction(deps.db, async (trx) => {
    await repo.lockObject(trx, id);
    const current = (await repo.listAppointments(trx, [id], { current: true })).filter((a) => a.level === body.level);
    const same = current.find((a) => a.person_id === body.personId);
    if (same) throw new AppError('CONFLICT', { details: { appointmentId: same.id } });
    const replaced = singleHolderLevels.includes(body.level) ? current : [];
    if (replaced.some((a) => a.from_date > body.fromDate))
      throw validation([{ path: '/fromDate', message: 'before the current holder was appointed' }]);
    await repo.closeAppointments(
      trx,
      replaced.map((a) => a.id),
      body.fromDate,
      actor.personId,
    );
    const made = await repo.insertAppointment(trx, {
      object_id: id,
      person_id: body.personId,
      level: body.level,
      from_date: body.fromDate,
      office_phone: body.officePhone?.trim() || null,
      appointed_by: actor.personId,
    });
    await recordAudit(trx, ctx, {
      action: 'responsibility_appointment.create',
      entityType: 'responsibility_appointment',
      entityId: made,
      after: { objectId: id, personId: body.personId, level: body.level, fromDate: body.fromDate },
      ...(replaced.length > 0 ? { before: { closed: replaced.map((a) => a.id) } } : {}),
    });
    return made;
  });
  return chiefOf((await repo.findAppointment(deps.db, appointmentId))!);
}

/** 免职: ends an appointment; `toDate` is the first day it no longer holds. */
export async function endAppointment(
  deps: PatrolDeps,
  ctx: RequestContext,
  appointmentId: number,
  toDate: string,
): Promise<Chief> {
  const actor = requireHolds(ctx.actor, 'patrol.manage');
  const found = await repo.findAppointment(deps.db, appointmentId);
  if (!found) throw new AppError('NOT_FOUND');
  const row = await loadObject(deps, actor, found.object_id);
  if (!can(actor, 'patrol.manage', row.unit_path)) throw new AppError('FORBIDDEN');
  checkDate(toDate, '/toDate');
  await withTransaction(deps.db, async (trx) => {
    const locked = await repo.findAppointment(trx, appointmentId, { forUpdate: true });
    if (!locked) throw new AppError('NOT_FOUND');
    if (locked.to_date !== null) throw new AppError('CONFLICT');
    if (toDate < locked.from_date) throw validation([{ path: '/toDate', message: 'before the appointment began' }]);
    await repo.closeAppointments(trx, [appointmentId], toDate, actor.personId);
    await recordAudit(trx, ctx, {
      action: 'responsibility_appointment.end',
      entityType: 'responsibility_appointment',
      entityId: appointmentId,
      before: { toDate: null },
      after: { toDate },
    });
  });
  return chiefOf((await repo.findAppointment(deps.db, appointmentId))!);
}
