import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { type CaseAction, type CaseTier, openStatuses, type Urgency } from '../../shared/cases.ts';
import type { Actor } from '../access/actor.ts';
import { verifyAttachmentTokens } from '../attachments/attachments.service.ts';
import type { Limits } from '../categories/default-limits.ts';
import { type CaseClock, deadlinesFor, later, resolveDeadline } from './case-clock.ts';
import type { Directory, UnitInfo } from './case-directory.ts';
import { urgedToday } from './case-urge-rule.ts';
import type { CaseCommand, CaseState, UnitRef } from './case-workflow.ts';
import * as repo from './cases.repository.ts';
import type { ActionBodies } from './cases.schemas.ts';

/**
 * Turns an action's request body into a workflow command: looks up units, computes deadlines on
 * the calendar, checks merge targets and attachment tokens. Everything the pure workflow must not do.
 */

export interface CommandContext {
  trx: Kysely<DB>;
  actor: Actor;
  caseId: number;
  state: CaseState;
  directory: Directory;
  clock: CaseClock;
  now: Date;
}

export interface BuiltCommand {
  command: CaseCommand;
  /** Attachments to link to the event this action writes. */
  attachmentIds: number[];
  /** For a merge: the case merged into, locked. */
  mergeTarget?: repo.CaseRow;
}

const invalid = (path: string, message: string) =>
  new AppError('VALIDATION_FAILED', { details: [{ in: 'body', path, message }] });

function unitRef(directory: Directory, id: number, path: string): UnitInfo & UnitRef {
  const unit = directory.units.get(id);
  if (!unit) throw invalid(path, `unit ${id} does not exist or is inactive`);
  return unit;
}

function limitsOf(ctx: CommandContext): { limits: Limits; tier: CaseTier; urgency: Urgency } {
  const category = ctx.state.categoryId === null ? undefined : ctx.directory.categories.get(ctx.state.categoryId);
  if (!category || ctx.state.tier === null) throw new AppError('CASE_NOT_CLASSIFIED');
  return { limits: category.limits, tier: ctx.state.tier, urgency: ctx.state.urgency };
}

type Builder<A extends CaseAction> = (
  ctx: CommandContext,
  body: ActionBodies[A],
) => Promise<BuiltCommand> | BuiltCommand;

const plain = (command: CaseCommand): BuiltCommand => ({ command, attachmentIds: [] });

const builders: { [A in CaseAction]: Builder<A> } = {
  accept: (_ctx, body) => plain({ type: 'accept', note: body.note }),
  decline: (_ctx, body) => plain({ type: 'decline', reason: body.reason }),
  merge: async (ctx, body) => {
    if (body.targetId === ctx.caseId) throw invalid('/targetId', 'a case cannot be merged into itself');
    const target = await repo.findReadableCase(ctx.trx, ctx.actor, body.targetId, { forUpdate: true });
    if (!target)
      throw new AppError('NOT_FOUND', {
        message: { zh: '要合并到的诉求不存在。', en: 'The case to merge into does not exist.' },
      });
    return {
      command: {
        type: 'merge',
        targetId: Number(target.id),
        targetOpen: openStatuses.includes(target.status as never),
      },
      attachmentIds: [],
      mergeTarget: target,
    };
  },
  classify: (ctx, body) => {
    const category = ctx.directory.categories.get(body.categoryId);
    if (!category || !category.active) throw invalid('/categoryId', 'no such category');
    return plain({
      type: 'classify',
      categoryId: body.categoryId,
      tier: body.tier,
      urgency: body.urgency ?? ctx.state.urgency,
    });
  },
  dispatch: (ctx, body) => {
    const lead = unitRef(ctx.directory, body.leadUnitId, '/leadUnitId');
    const supporting = (body.supportingUnitIds ?? []).map((id, i) =>
      unitRef(ctx.directory, id, `/supportingUnitIds/${i}`),
    );
    const { limits, tier, urgency } = limitsOf(ctx);
    const { responseDueAt, resolveDueAt } = deadlinesFor(ctx.clock, limits, tier, urgency, ctx.now);
    return plain({ type: 'dispatch', lead, supporting, responseDueAt, resolveDueAt, note: body.note });
  },
  acknowledge: () => plain({ type: 'acknowledge' }),
  return: (_ctx, body) => plain({ type: 'return', reason: body.reason }),
  overrule: (ctx, body) => {
    const { limits, tier, urgency } = limitsOf(ctx);
    return plain({
      type: 'overrule',
      note: body.note,
      responseDueAt: later(ctx.clock, ctx.now, limits[tier][urgency].responseHours, urgency),
    });
  },
  summon: (ctx, body) => {
    const { limits, tier, urgency } = limitsOf(ctx);
    const dueAt = later(ctx.clock, ctx.now, body.responseHours ?? limits[tier][urgency].responseHours, urgency);
    return plain({
      type: 'summon',
      units: body.unitIds.map((id, i) => ({ ...unitRef(ctx.directory, id, `/unitIds/${i}`), dueAt })),
      note: body.note,
    });
  },
  acknowledgeSummons: (_ctx, body) => plain({ type: 'acknowledgeSummons', unitId: body.unitId }),
  note: async (ctx, body) => ({
    command: { type: 'note', text: body.text, public: body.public === true },
    attachmentIds: await verifyAttachmentTokens(ctx.trx, body.attachments),
  }),
  requestExtension: (_ctx, body) =>
    plain({ type: 'requestExtension', until: new Date(body.until), reason: body.reason }),
  approveExtension: (_ctx, body) => plain({ type: 'approveExtension', note: body.note }),
  denyExtension: (_ctx, body) => plain({ type: 'denyExtension', reason: body.reason }),
  resolve: async (ctx, body) => {
    const attachmentIds = await verifyAttachmentTokens(ctx.trx, body.attachments);
    return { command: { type: 'resolve', result: body.result, evidenceCount: attachmentIds.length }, attachmentIds };
  },
  approve: (_ctx, body) => plain({ type: 'approve', note: body.note }),
  sendBack: (_ctx, body) => plain({ type: 'sendBack', reason: body.reason }),
  followUp: (ctx, body) => {
    const { limits, tier, urgency } = limitsOf(ctx);
    return plain({
      type: 'followUp',
      satisfaction: body.satisfaction,
      solved: body.solved,
      comment: body.comment,
      reopenResolveDueAt: resolveDeadline(ctx.clock, limits, tier, urgency, ctx.now),
    });
  },
  reopen: (ctx, body) => {
    const { limits, tier, urgency } = limitsOf(ctx);
    return plain({
      type: 'reopen',
      reason: body.reason,
      resolveDueAt: resolveDeadline(ctx.clock, limits, tier, urgency, ctx.now),
    });
  },
  close: (_ctx, body) => plain({ type: 'close', reason: body.reason }),
  urge: async (ctx, body) => {
    if (urgedToday(await repo.lastPersonUrgeAt(ctx.trx, ctx.caseId), ctx.now)) throw new AppError('CASE_URGED_TODAY');
    return plain({ type: 'urge', note: body.note });
  },
  escalate: (ctx, body) => plain({ type: 'escalate', note: body.note, level: ctx.state.escalationLevel + 1 }),
  clearRecurrence: (_ctx, body) => plain({ type: 'clearRecurrence', reason: body.reason }),
};

export function buildCommand<A extends CaseAction>(
  action: A,
  ctx: CommandContext,
  body: ActionBodies[A],
): Promise<BuiltCommand> | BuiltCommand {
  return (builders[action] as Builder<A>)(ctx, body);
}
