import type { Kysely } from 'kysely';
import { withTransaction } from '../../platform/db/database.ts';
import type { DB } from '../../platform/db/schema.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { checkVersion } from '../../platform/db/version-check.ts';
import { actorLabel } from '../access/actor.ts';
import type { RequestContext } from '../access/request-context.ts';
import type { CaseAction } from '../../shared/cases.ts';
import { caseActorLabels } from '../../shared/case-texts.ts';
import { requireActor } from '../access/policy.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { linkAttachments } from '../attachments/attachments.service.ts';
import { deliver, type Notified } from '../notifications/notifications.service.ts';
import { type CaseClock, milestonesOf, warnTimeOf } from './case-clock.ts';
import { buildCommand } from './case-commands.ts';
import type { CaseDeps } from './case-deps.ts';
import type { Directory } from './case-directory.ts';
import { countRates, notifyFor } from './case-effects.ts';
import { caseActorOf, columnsOf, stateOf } from './case-state.ts';
import { type CaseActor, type CaseCommand, type CaseError, type CaseState, decide, guard } from './case-workflow.ts';
import { getCaseDetail } from './case-queries.service.ts';
import * as repo from './cases.repository.ts';
import type { ActionBodies, CaseDetail } from './cases.schemas.ts';

/** Kinds that also go out by SMS and email (the rest stay in the inbox). */
export const externalKinds: ReadonlySet<string> = new Set([
  'case.dispatch',
  'case.summon',
  'case.urge',
  'case.escalate',
]);

export function toAppError(error: CaseError): AppError {
  return new AppError(error.code, error.detail ? { details: { reason: error.detail } } : {});
}

interface Applied {
  row: repo.CaseRow;
  notified: Notified[];
}

/** Timestamps and sweep times that follow from a change of status. */
function derivedColumns(
  clock: CaseClock,
  before: CaseState,
  after: CaseState,
  row: repo.CaseRow,
  now: Date,
  directory: Directory,
): repo.CaseUpdate {
  const out: repo.CaseUpdate = { updated_at: now };
  const entered = (status: string) => after.status === status && before.status !== status;
  if (entered('accepted')) out.accepted_at = now;
  if (entered('dispatched')) {
    out.dispatched_at = now;
    out.phase_started_at = now;
  }
  if (entered('handling')) out.phase_started_at = before.status === 'resolved' ? row.phase_started_at : now;
  if (entered('resolved')) out.resolved_at = now;
  if (entered('closed') || entered('declined') || entered('merged')) out.closed_at = now;
  if (after.leadUnitId !== before.leadUnitId)
    out.lead_path = after.leadUnitId === null ? null : (directory.units.get(after.leadUnitId)?.path ?? null);
  const facts = {
    status: after.status,
    urgency: after.urgency,
    phaseStartedAt: out.phase_started_at === undefined ? row.phase_started_at : (out.phase_started_at as Date | null),
    responseDueAt: after.responseDueAt,
    resolveDueAt: after.resolveDueAt,
    leadUnitId: after.leadUnitId,
  };
  out.warn_at = warnTimeOf(clock, facts);
  const summons = after.parties
    .filter((p) => p.role === 'summoned')
    .map((p) => ({ unitId: p.unitId, dueAt: p.dueAt, acknowledgedAt: p.acknowledgedAt }));
  // The earliest milestone of the current phase, even a past one: the sweeper raises each once.
  out.next_sweep_at = milestonesOf(clock, facts, summons)[0]?.at ?? null;
  return out;
}

export interface ApplyInput {
  trx: Kysely<DB>;
  deps: CaseDeps;
  ctx: RequestContext;
  row: repo.CaseRow;
  parties: repo.PartyRow[];
  who: CaseActor;
  command: CaseCommand;
  directory: Directory;
  attachmentIds?: number[];
  mergeTarget?: repo.CaseRow | undefined;
  /** The timeline's label for an actor who is not signed in (the citizen rating on the public page). */
  actorLabel?: string;
}

/** Decides and persists one action on a locked case: row, parties, event, audit, counters, notifications. */
export async function applyCommand(input: ApplyInput): Promise<Applied> {
  const { trx, deps, ctx, row, parties, who, command, directory } = input;
  const before = stateOf(row, parties);
  const decision = decide(before, command, who, ctx.now, deps.limits);
  if (!decision.ok) throw toAppError(decision.error);
  const after: CaseState = { ...before, ...decision.changes };
  const caseId = Number(row.id);
  const updated = await repo.updateCase(trx, caseId, {
    ...columnsOf(decision.changes),
    ...derivedColumns(deps.clock(), before, after, row, ctx.now, directory),
  });
  if (decision.changes.parties) {
    await repo.replaceParties(
      trx,
      caseId,
      after.parties.map((p) => ({
        unit_id: p.unitId,
        unit_path: directory.units.get(p.unitId)?.path ?? '/',
        role: p.role,
        due_at: p.dueAt,
        acknowledged_at: p.acknowledgedAt,
      })),
      ctx.now,
    );
  }
  const event = decision.event;
  const eventId = await repo.insertEvent(trx, {
    case_id: caseId,
    at: ctx.now,
    actor_id: ctx.actor?.personId ?? null,
    actor_label:
      (ctx.actor && actorLabel(ctx.actor)) ?? input.actorLabel ?? (who.system ? caseActorLabels.system.zh : null),
    action: event.action,
    from_status: event.fromStatus,
    to_status: event.toStatus,
    note: event.note,
    public_text: event.publicText,
    data: JSON.stringify(event.data),
  });
  if (input.attachmentIds && input.attachmentIds.length > 0)
    await linkAttachments(trx, input.attachmentIds, caseId, eventId);
  if (command.type === 'merge' && input.mergeTarget) await recordMerge(trx, ctx, row, input.mergeTarget);
  await countRates(trx, command.type, before, after, row, ctx.now);
  await recordAudit(trx, ctx, {
    action: `case.${command.type}`,
    entityType: 'case',
    entityId: caseId,
    before: { status: before.status, version: row.version },
    after: { status: after.status, version: updated.version, ...event.data },
  });
  const notified = await notifyFor({
    trx,
    action: command.type,
    before,
    after,
    event,
    row: updated,
    directory,
    now: ctx.now,
  });
  return { row: updated, notified };
}

/** 合并: the reports of the merged case add to the heat of the case it joins. */
async function recordMerge(
  trx: Kysely<DB>,
  ctx: RequestContext,
  source: repo.CaseRow,
  target: repo.CaseRow,
): Promise<void> {
  await repo.addHeat(trx, Number(target.id), source.heat, ctx.now);
  await repo.insertEvent(trx, {
    case_id: Number(target.id),
    at: ctx.now,
    actor_id: ctx.actor?.personId ?? null,
    actor_label: ctx.actor ? actorLabel(ctx.actor) : null,
    action: 'merged_in',
    from_status: target.status,
    to_status: target.status,
    note: `${source.tracking_code} ${source.title}`,
    public_text: null,
    data: JSON.stringify({ sourceId: Number(source.id), heatAdded: source.heat }),
  });
}

/**
 * Takes one action on a case. The row is locked for the transaction, so concurrent actions on one
 * case run one after another; the loser of a race finds the case changed and gets a 409.
 */
export async function actOnCase<A extends CaseAction>(
  deps: CaseDeps,
  ctx: RequestContext,
  id: number,
  action: A,
  body: ActionBodies[A],
): Promise<CaseDetail> {
  const actor = requireActor(ctx.actor);
  // Read the cached units and categories before the transaction: a reload inside it would wait for
  // the transaction's own connection on PGlite (one connection) and never return.
  const directory = await deps.directory.get();
  const { notified } = await withTransaction(deps.db, async (trx) => {
    const row = await repo.findReadableCase(trx, actor, id, { forUpdate: true });
    if (!row) throw new AppError('NOT_FOUND');
    const version = (body as { version?: number }).version;
    checkVersion(version, row.version);
    const parties = await repo.listParties(trx, [id]);
    const state = stateOf(row, parties);
    const who = caseActorOf(actor, row, parties);
    const refused = guard(state, action, who, deps.limits);
    if (refused) throw toAppError(refused);
    const built = await buildCommand(
      action,
      { trx, actor, caseId: id, state, directory, clock: deps.clock(), now: ctx.now },
      body,
    );
    return applyCommand({
      trx,
      deps,
      ctx,
      row,
      parties,
      who,
      command: built.command,
      directory,
      attachmentIds: built.attachmentIds,
      mergeTarget: built.mergeTarget,
    });
  });
  await deliver(deps.notifications, notified, externalKinds);
  return getCaseDetail(deps, ctx, id, { auditReporterView: false });
}
