import type { Kysely } from 'kysely';
import { withTransaction } from '../../platform/db/database.ts';
import type { DB } from '../../platform/db/schema.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { checkVersion } from '../../platform/db/version-check.ts';
import type { RequestContext } from '../access/request-context.ts';
import type { Actor } from '../access/actor.ts';
import { can, requireActor, requireHolds } from '../access/policy.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { findUnit } from '../units/units.repository.ts';
import { isOffice } from './programme-access.ts';
import type { ProgrammeDeps } from './programme-deps.ts';
import {
  countsOf,
  isTopicWindowOpen,
  presentProgramme,
  presentProgrammeDetail,
  programmeActionsFor,
} from './programme-view.ts';
import * as repo from './programmes.repository.ts';
import type {
  CreateProgrammeBody,
  ProgrammeDetail,
  ProgrammeSummary,
  TopicWindowBody,
  UpdateProgrammeBody,
} from './programmes.schemas.ts';
import type { ProgrammeAction } from '../../shared/programmes.ts';

/** Programmes (清单): the programme office creates, edits, starts and ends them; every change is audited. */

type Phases = NonNullable<CreateProgrammeBody['phases']>;

function checkDates(startsOn: string, endsOn: string, phases: Phases | undefined): void {
  const bad =
    endsOn < startsOn ||
    (phases ?? []).some(
      (p, i, all) =>
        p.endsOn < p.startsOn ||
        p.startsOn < startsOn ||
        p.endsOn > endsOn ||
        (i > 0 && p.startsOn < (all[i - 1]?.startsOn ?? '')),
    );
  if (bad) throw new AppError('PROGRAMME_DATES');
}

/** The programme, loaded for a change the actor must be allowed to make. */
export async function loadForAction(
  trx: Kysely<DB>,
  actor: Actor,
  id: number,
  action: ProgrammeAction,
  now: Date,
  version?: number,
): Promise<repo.ProgrammeRow> {
  const row = await repo.findReadableProgramme(trx, actor, id, { forUpdate: true });
  if (!row) throw new AppError('NOT_FOUND');
  checkVersion(version, row.version);
  if (!programmeActionsFor(actor, row, now).includes(action)) {
    throw new AppError(isOffice(actor, row.owner_path) ? 'PROGRAMME_ACTION_NOT_ALLOWED' : 'FORBIDDEN', {
      details: { action, status: row.status },
    });
  }
  return row;
}

export async function getProgramme(deps: ProgrammeDeps, ctx: RequestContext, id: number): Promise<ProgrammeDetail> {
  const actor = requireHolds(ctx.actor, 'programme.read');
  const row = await repo.findReadableProgramme(deps.db, actor, id);
  if (!row) throw new AppError('NOT_FOUND');
  const [phases, forms, counts] = await Promise.all([
    repo.listPhases(deps.db, [id]),
    repo.listForms(deps.db, [id]),
    repo.countTasksByStatus(deps.db, [id], actor),
  ]);
  return presentProgrammeDetail(row, phases, forms, countsOf(counts).get(id), actor, ctx.now);
}

export async function listProgrammes(
  deps: ProgrammeDeps,
  ctx: RequestContext,
  query: {
    status?: string | undefined;
    kind?: string | undefined;
    q?: string | undefined;
    cursor?: string | undefined;
    limit?: number | undefined;
  },
): Promise<{ items: ProgrammeSummary[]; nextCursor: string | null }> {
  const actor = requireHolds(ctx.actor, 'programme.read');
  const limit = query.limit ?? 20;
  const rows = await repo.listProgrammes(deps.db, actor, query, {
    limit,
    afterId: query.cursor === undefined ? undefined : Number(query.cursor),
  });
  const counts = countsOf(
    await repo.countTasksByStatus(
      deps.db,
      rows.map((r) => Number(r.id)),
      actor,
    ),
  );
  const last = rows.at(-1);
  return {
    items: rows.map((r) => presentProgramme(r, counts.get(Number(r.id)), actor, ctx.now)),
    nextCursor: rows.length === limit && last ? String(last.id) : null,
  };
}

export async function createProgramme(
  deps: ProgrammeDeps,
  ctx: RequestContext,
  body: CreateProgrammeBody,
): Promise<ProgrammeDetail> {
  const actor = requireHolds(ctx.actor, 'programme.manage');
  checkDates(body.startsOn, body.endsOn, body.phases);
  const id = await withTransaction(deps.db, async (trx) => {
    const owner = await findUnit(trx, body.ownerUnitId);
    // A unit outside the actor's reach is reported exactly like one that does not exist.
    if (!owner || !can(actor, 'programme.manage', owner.path))
      throw new AppError('VALIDATION_FAILED', {
        details: [{ in: 'body', path: '/ownerUnitId', message: 'no such unit in your scope' }],
      });
    const programmeId = await repo.insertProgramme(trx, {
      title: body.title.trim(),
      kind: body.kind,
      description: body.description?.trim() ?? '',
      owner_unit_id: Number(owner.id),
      owner_path: owner.path,
      starts_on: body.startsOn,
      ends_on: body.endsOn,
      visibility: body.visibility ?? 'internal',
      at_risk_working_days: body.atRiskWorkingDays ?? 5,
      created_by: actor.personId,
      created_at: ctx.now,
      updated_at: ctx.now,
    });
    if (body.phases && body.phases.length > 0)
      await repo.replacePhases(
        trx,
        programmeId,
        body.phases.map(({ id: _id, ...p }) => p),
      );
    await recordAudit(trx, ctx, {
      action: 'programme.create',
      entityType: 'programme',
      entityId: programmeId,
      after: {
        title: body.title,
        kind: body.kind,
        ownerUnitId: body.ownerUnitId,
        visibility: body.visibility ?? 'internal',
      },
    });
    return programmeId;
  });
  return getProgramme(deps, ctx, id);
}

export async function updateProgramme(
  deps: ProgrammeDeps,
  ctx: RequestContext,
  id: number,
  body: UpdateProgrammeBody,
): Promise<ProgrammeDetail> {
  const actor = requireHolds(ctx.actor, 'programme.manage');
  await withTransaction(deps.db, async (trx) => {
    const row = await loadForAction(trx, actor, id, 'update', ctx.now, body.version);
    const startsOn = body.startsOn ?? row.starts_on;
    const endsOn = body.endsOn ?? row.ends_on;
    const phases =
      body.phases ??
      (await repo.listPhases(trx, [id])).map((p) => ({
        id: p.id,
        name: p.name,
        startsOn: p.starts_on,
        endsOn: p.ends_on,
      }));
    checkDates(startsOn, endsOn, phases);
    if (body.phases) {
      const existing = await repo.listPhases(trx, [id]);
      const kept = new Set(body.phases.map((p) => p.id).filter((v) => v !== undefined));
      const unknown = body.phases.filter((p) => p.id !== undefined && !existing.some((e) => e.id === p.id));
      if (unknown.length > 0)
        throw new AppError('VALIDATION_FAILED', {
          details: [{ in: 'body', path: '/phases', message: 'a phase id is not one of this programme' }],
        });
      const removed = existing.filter((e) => !kept.has(e.id)).map((e) => e.id);
      if ((await repo.countPhaseUses(trx, removed)) > 0) throw new AppError('PROGRAMME_PHASE_IN_USE');
      await repo.replacePhases(trx, id, body.phases);
    }
    const fields = {
      ...(body.title !== undefined ? { title: body.title.trim() } : {}),
      ...(body.kind !== undefined ? { kind: body.kind } : {}),
      ...(body.description !== undefined ? { description: body.description.trim() } : {}),
      ...(body.startsOn !== undefined ? { starts_on: body.startsOn } : {}),
      ...(body.endsOn !== undefined ? { ends_on: body.endsOn } : {}),
      ...(body.visibility !== undefined ? { visibility: body.visibility } : {}),
      ...(body.atRiskWorkingDays !== undefined ? { at_risk_working_days: body.atRiskWorkingDays } : {}),
    };
    await repo.updateProgramme(trx, id, { ...fields, updated_at: ctx.now });
    await recordAudit(trx, ctx, {
      action: 'programme.update',
      entityType: 'programme',
      entityId: id,
      before: { title: row.title, visibility: row.visibility, version: row.version },
      after: { ...fields, phases: body.phases?.length },
    });
  });
  return getProgramme(deps, ctx, id);
}

const statusAfter: Partial<Record<ProgrammeAction, string>> = { activate: 'active', close: 'closed', reopen: 'active' };

/** 启动 / 结束 / 重新启动 a programme. Closing also closes an open topic window. */
export async function changeProgrammeStatus(
  deps: ProgrammeDeps,
  ctx: RequestContext,
  id: number,
  action: 'activate' | 'close' | 'reopen',
  version?: number,
): Promise<ProgrammeDetail> {
  const actor = requireHolds(ctx.actor, 'programme.manage');
  await withTransaction(deps.db, async (trx) => {
    const row = await loadForAction(trx, actor, id, action, ctx.now, version);
    const status = statusAfter[action] ?? row.status;
    const closeWindow =
      action === 'close' && isTopicWindowOpen(row, ctx.now) ? { topic_window_closes_at: ctx.now } : {};
    await repo.updateProgramme(trx, id, { status, ...closeWindow, updated_at: ctx.now });
    await recordAudit(trx, ctx, {
      action: `programme.${action}`,
      entityType: 'programme',
      entityId: id,
      before: { status: row.status },
      after: { status },
    });
  });
  return getProgramme(deps, ctx, id);
}

/** 开启群众点题: sets the window in which citizens propose and support topics, and the per-person limits. */
export async function openTopicWindow(
  deps: ProgrammeDeps,
  ctx: RequestContext,
  id: number,
  body: TopicWindowBody,
): Promise<ProgrammeDetail> {
  const actor = requireHolds(ctx.actor, 'programme.manage');
  const opensAt = new Date(body.opensAt);
  const closesAt = new Date(body.closesAt);
  if (!(closesAt > opensAt) || closesAt <= ctx.now)
    throw new AppError('VALIDATION_FAILED', {
      details: [{ in: 'body', path: '/closesAt', message: 'must lie after opensAt and after now' }],
    });
  await withTransaction(deps.db, async (trx) => {
    const row = await loadForAction(trx, actor, id, 'openTopicWindow', ctx.now, body.version);
    const fields = {
      topic_window_opens_at: opensAt,
      topic_window_closes_at: closesAt,
      ...(body.supportLimit !== undefined ? { topic_support_limit: body.supportLimit } : {}),
      ...(body.proposalLimit !== undefined ? { topic_proposal_limit: body.proposalLimit } : {}),
      ...(body.intro !== undefined ? { topic_intro: body.intro.trim() || null } : {}),
    };
    await repo.updateProgramme(trx, id, { ...fields, updated_at: ctx.now });
    await recordAudit(trx, ctx, {
      action: 'programme.topic_window.open',
      entityType: 'programme',
      entityId: id,
      before: { opensAt: row.topic_window_opens_at, closesAt: row.topic_window_closes_at },
      after: {
        opensAt: body.opensAt,
        closesAt: body.closesAt,
        supportLimit: body.supportLimit,
        proposalLimit: body.proposalLimit,
      },
    });
  });
  return getProgramme(deps, ctx, id);
}

export async function closeTopicWindow(
  deps: ProgrammeDeps,
  ctx: RequestContext,
  id: number,
  version?: number,
): Promise<ProgrammeDetail> {
  const actor = requireHolds(ctx.actor, 'programme.manage');
  await withTransaction(deps.db, async (trx) => {
    await loadForAction(trx, actor, id, 'closeTopicWindow', ctx.now, version);
    await repo.updateProgramme(trx, id, { topic_window_closes_at: ctx.now, updated_at: ctx.now });
    await recordAudit(trx, ctx, {
      action: 'programme.topic_window.close',
      entityType: 'programme',
      entityId: id,
      after: { closesAt: ctx.now.toISOString() },
    });
  });
  return getProgramme(deps, ctx, id);
}

/** The programme of a record the caller reached (for services that need its row). */
export async function requireReadableProgramme(
  db: Kysely<DB>,
  ctx: RequestContext,
  id: number,
): Promise<{ actor: Actor; row: repo.ProgrammeRow }> {
  const actor = requireActor(ctx.actor);
  const row = await repo.findReadableProgramme(db, actor, id);
  if (!row) throw new AppError('NOT_FOUND');
  return { actor, row };
}
