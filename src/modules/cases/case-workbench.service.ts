import { AppError, isAppError } from '../../platform/errors/app-error.ts';
import type { RequestContext } from '../access/request-context.ts';
import { queuesFor } from '../../shared/case-queues.ts';
import type { CaseStatus } from '../../shared/cases.ts';
import { heldPermissions, rootPathOf } from '../access/actor.ts';
import { permissions } from '../access/permissions.ts';
import { requireHolds } from '../access/policy.ts';
import { actOnCase } from './case-actions.service.ts';
import type { CaseDeps } from './case-deps.ts';
import { caseFilterOf } from './case-queries.service.ts';
import { queueConditions } from './case-queues.ts';
import { countOpenQueues } from './case-workbench.repository.ts';
import type {
  BulkDispatchBody,
  BulkDispatchResult,
  QueueCounts,
  QueueCountsQuery,
  SummonOptions,
} from './case-workbench.schemas.ts';
import * as repo from './cases.repository.ts';

/** Queue counts are exact (one pass over the open cases in scope) but shown capped, like the list's total. */
export const queueCountCap = 10_000;

/**
 * 我的工作: the caller's queues (by the permissions they hold) with their counts under the filters.
 * The archive (closed) is a queue too but is not counted: it only grows, and it is not work in hand.
 */
export async function countMyQueues(
  deps: CaseDeps,
  ctx: RequestContext,
  query: QueueCountsQuery,
): Promise<QueueCounts> {
  const actor = requireHolds(ctx.actor, 'case.read');
  const queues = queuesFor(heldPermissions(actor, permissions)).filter((queue) => queue !== 'closed');
  const directory = await deps.directory.get();
  const filter = caseFilterOf(query, directory, ctx.now);
  const counts = await countOpenQueues(
    deps.db,
    actor,
    filter,
    new Map(queues.map((queue) => [queue, queueConditions[queue]])),
    ctx.now,
  );
  return {
    items: queues.map((queue) => {
      const count = counts.get(queue) ?? 0;
      return { queue, count: Math.min(count, queueCountCap), exact: count <= queueCountCap };
    }),
    cap: queueCountCap,
  };
}

/**
 * 批量派单: each case dispatched through the ordinary action (its own lock, checks, deadlines, audit
 * and notifications), one after another; a case that cannot be dispatched is reported with the
 * reason and the others go ahead.
 */
export async function bulkDispatch(
  deps: CaseDeps,
  ctx: RequestContext,
  body: BulkDispatchBody,
): Promise<BulkDispatchResult> {
  const actor = requireHolds(ctx.actor, 'case.dispatch');
  const items: BulkDispatchResult['items'] = [];
  const action = {
    leadUnitId: body.leadUnitId,
    ...(body.supportingUnitIds ? { supportingUnitIds: body.supportingUnitIds } : {}),
    ...(body.note?.trim() ? { note: body.note.trim() } : {}),
  };
  for (const id of body.caseIds) {
    try {
      const detail = await actOnCase(deps, ctx, id, 'dispatch', action);
      items.push({ id, ok: true, trackingCode: detail.trackingCode, status: detail.status, error: null });
    } catch (error) {
      if (!isAppError(error)) throw error;
      const row = await repo.findReadableCase(deps.db, actor, id);
      items.push({
        id,
        ok: false,
        trackingCode: row?.tracking_code ?? null,
        status: (row?.status as CaseStatus | undefined) ?? null,
        error: { code: error.code, message: error.messageFor(ctx.locale) },
      });
    }
  }
  const dispatched = items.filter((item) => item.ok).length;
  return { items, dispatched, failed: items.length - dispatched };
}

/**
 * 吹哨报到: the units a case can summon — the district's departments and task forces not yet part of
 * it. A township handler reads only the township's own units, so the summon form asks here.
 */
export async function summonOptions(deps: CaseDeps, ctx: RequestContext, id: number): Promise<SummonOptions> {
  const actor = requireHolds(ctx.actor, 'case.read');
  const row = await repo.findReadableCase(deps.db, actor, id);
  if (!row) throw new AppError('NOT_FOUND');
  const [parties, directory] = await Promise.all([repo.listParties(deps.db, [id]), deps.directory.get()]);
  const taken = new Set(parties.map((p) => p.unit_id));
  const district = rootPathOf(row.place_path ?? directory.root?.path ?? '/');
  const items = [...directory.units.values()]
    .filter(
      (u) => (u.type === 'department' || u.type === 'task_force') && u.path.startsWith(district) && !taken.has(u.id),
    )
    .sort((a, b) => a.path.localeCompare(b.path))
    .map((u) => ({ id: u.id, nameZh: u.nameZh, nameEn: u.nameEn, type: u.type }));
  return { items };
}
