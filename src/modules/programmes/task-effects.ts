import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { RequestContext } from '../access/request-context.ts';
import { taskPath } from '../../shared/app-paths.ts';
import type { TaskAction } from '../../shared/programmes.ts';
import { type Actor, actorLabel as labelOf } from '../access/actor.ts';
import { findUnitsByIds } from '../units/units.repository.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { rootPathOf } from '../access/actor.ts';
import { type Notified, notifyUnits } from '../notifications/notifications.service.ts';
import type { UnitNoticeKind } from '../notifications/recipients.ts';
import type { TaskEventDraft } from './task-workflow.ts';
import * as repo from './tasks.repository.ts';

/** What follows a task change besides its row: the timeline, notifications, unit checks. */

/** Kinds that also go out by SMS and e-mail (the rest stay in the inbox). */
export const programmeExternalKinds: ReadonlySet<string> = new Set(['task.assign', 'task.urge', 'report.overdue']);

/**
 * The units whose programme office (牵头办公室) hears about a programme: its owner unit and the root
 * of its tree, where the district's programme office usually sits.
 */
export function officeUnitsOf(ownerUnitId: number | string, ownerPath: string): number[] {
  const root = Number(ownerPath.split('/')[1]);
  return [...new Set([Number(ownerUnitId), ...(Number.isInteger(root) && root > 0 ? [root] : [])])];
}

export async function writeTaskEvent(
  trx: Kysely<DB>,
  ctx: RequestContext,
  taskId: number,
  event: TaskEventDraft,
): Promise<void> {
  await repo.insertTaskEvent(trx, {
    task_id: taskId,
    at: ctx.now,
    actor_id: ctx.actor?.personId ?? null,
    actor_label: (ctx.actor && labelOf(ctx.actor)) ?? (ctx.requestId.startsWith('system') ? '系统' : null),
    action: event.action,
    from_status: event.fromStatus,
    to_status: event.toStatus,
    note: event.note,
    public_text: event.publicText,
    data: JSON.stringify(event.data),
  });
}

/** Who hears about a task action: the lead unit, or the programme office for a claim to sign off. */
export async function notifyTaskAction(
  trx: Kysely<DB>,
  action: TaskAction | 'assign',
  row: repo.TaskRow,
  note: string | null,
  now: Date,
): Promise<Notified[]> {
  const message = (kind: UnitNoticeKind, text: string) => ({
    kind,
    title: `${text}：${row.title}`,
    body: note ?? row.programme_title,
    link: taskPath(Number(row.id)),
  });
  const toLead = async (kind: UnitNoticeKind, text: string) => [
    await notifyUnits(trx, [Number(row.lead_unit_id)], message(kind, text), now),
  ];
  switch (action) {
    case 'assign':
      return toLead('task.assign', '新任务');
    case 'claimDone':
      return [
        await notifyUnits(
          trx,
          officeUnitsOf(row.owner_unit_id, row.owner_path),
          message('task.claim_done', '申请销号待核验'),
          now,
        ),
      ];
    case 'verify':
      return toLead('task.verify', '任务已核验销号');
    case 'reject':
      return toLead('task.reject', '核验未通过');
    case 'moveToRoutine':
    case 'resume':
    case 'withdraw':
      return toLead(
        `task.${action}` as const,
        action === 'moveToRoutine' ? '任务转入常态化' : action === 'resume' ? '任务恢复重点推进' : '任务已撤销',
      );
    case 'comment':
      return toLead('task.comment', '督导意见');
    case 'urge':
      return toLead('task.urge', '任务督办');
    default:
      return [];
  }
}

export interface UnitRef {
  id: number;
  path: string;
  nameZh: string;
}

/** The lead and supporting units of a task: existing, active, in the programme's tree, none twice. */
export async function resolveTaskUnits(
  trx: Kysely<DB>,
  ownerPath: string,
  leadUnitId: number,
  supportingIds: readonly number[],
): Promise<{ lead: UnitRef; support: UnitRef[] }> {
  const ids = [leadUnitId, ...supportingIds];
  if (new Set(ids).size !== ids.length)
    throw new AppError('TASK_BAD_UNITS', { details: { reason: 'a unit appears twice' } });
  const rows = new Map((await findUnitsByIds(trx, ids)).map((u) => [Number(u.id), u]));
  const root = rootPathOf(ownerPath);
  const refs = ids.map((id) => {
    const unit = rows.get(id);
    if (!unit || !unit.active || !unit.path.startsWith(root))
      throw new AppError('TASK_BAD_UNITS', { details: { unitId: id } });
    return { id, path: unit.path, nameZh: unit.name_zh };
  });
  const [lead, ...support] = refs;
  if (!lead) throw new AppError('TASK_BAD_UNITS');
  return { lead, support };
}

/** A unique-violation from PostgreSQL (the error object differs between drivers; both carry the code). */
export function isUniqueViolation(error: unknown): boolean {
  return (
    typeof error === 'object' && error !== null && 'code' in error && (error as { code: unknown }).code === '23505'
  );
}

export function actorLabel(actor: Actor | null): string | null {
  return actor ? labelOf(actor) : null;
}
