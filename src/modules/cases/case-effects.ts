import { noteFor } from './case-privacy.ts';
import { chinaMonth } from '../../shared/china-time.ts';
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { CaseAction } from '../../shared/cases.ts';
import { type Notified, notifyPeople, notifyUnits } from '../notifications/notifications.service.ts';
import type { UnitNoticeKind } from '../notifications/recipients.ts';
import type { Directory } from './case-directory.ts';
import type { CaseState, EventDraft } from './case-workflow.ts';
import * as repo from './cases.repository.ts';

/** What follows an accepted action besides the case row: the three-rate counters and notifications. */

/** The local (UTC+8) month of a moment, as the first day: 2026-11-01. */
export function monthOf(date: Date): string {
  return `${chinaMonth(date)}-01`;
}

/** 三率 counters: dispatched and responded on time count in the month of dispatch; ratings in the month rated. */
export async function countRates(
  trx: Kysely<DB>,
  action: CaseAction,
  before: CaseState,
  after: CaseState,
  row: repo.CaseRow,
  now: Date,
): Promise<void> {
  const lead = after.leadUnitId;
  if (lead === null) return;
  if (action === 'dispatch') await repo.addRateCounts(trx, lead, monthOf(now), { dispatched: 1 });
  if (action === 'acknowledge' && before.responseDueAt && now <= before.responseDueAt)
    await repo.addRateCounts(trx, lead, monthOf(row.dispatched_at ?? now), { responded_on_time: 1 });
  if (action === 'followUp' && after.satisfaction !== null) {
    await repo.addRateCounts(trx, lead, monthOf(now), {
      rated: 1,
      solved: after.solved ? 1 : 0,
      satisfied: after.satisfaction === 'unsatisfied' ? 0 : 1,
    });
  }
}

function dispatcherUnits(directory: Directory): number[] {
  return [...directory.units.values()]
    .filter((u) => u.type === 'hotline_centre' || u.parentId === null)
    .map((u) => u.id);
}

interface NotifyInput {
  trx: Kysely<DB>;
  action: CaseAction;
  before: CaseState;
  after: CaseState;
  event: EventDraft;
  row: repo.CaseRow;
  directory: Directory;
  now: Date;
}

/** Who hears about an action (an inbox row each; SMS and email for urgent kinds after commit). */
export async function notifyFor(input: NotifyInput): Promise<Notified[]> {
  const { trx, action, before, after, row, directory, now } = input;
  const caseId = Number(row.id);
  const title = (text: string) => `${text}：${row.title}`;
  const out: Notified[] = [];
  const toUnits = async (
    unitIds: readonly (number | null)[],
    kind: UnitNoticeKind,
    text: string,
    // Staff notes may quote the citizen: units read them masked.
    body = noteFor(input.event.note ?? null, row, false) ?? row.tracking_code,
  ) => {
    const ids = unitIds.filter((id): id is number => id !== null);
    if (ids.length > 0) out.push(await notifyUnits(trx, ids, { kind, title: title(text), body, caseId }, now));
  };
  const toDispatchers = (kind: UnitNoticeKind, text: string) => toUnits(dispatcherUnits(directory), kind, text);
  const newParties = after.parties.filter(
    (p) => !before.parties.some((q) => q.unitId === p.unitId && q.role === p.role),
  );
  switch (action) {
    case 'dispatch':
      await toUnits([after.leadUnitId], 'case.dispatch', '新派单');
      await toUnits(
        newParties.filter((p) => p.role === 'support').map((p) => p.unitId),
        'case.support',
        '请配合办理',
      );
      break;
    case 'overrule':
      await toUnits([after.leadUnitId], 'case.dispatch', '退单被驳回，请办理');
      break;
    case 'summon':
      await toUnits(
        newParties.map((p) => p.unitId),
        'case.summon',
        '吹哨报到',
      );
      break;
    case 'return':
      await toDispatchers('case.return', '退单待改派');
      break;
    case 'requestExtension':
      await toDispatchers('case.extension', '延期申请待审批');
      break;
    case 'resolve':
      await toDispatchers('case.resolve', '办结待审核');
      break;
    case 'approveExtension':
    case 'denyExtension':
    case 'sendBack':
    case 'reopen':
      await toUnits(
        [after.leadUnitId],
        `case.${action}` as const,
        action === 'approveExtension' ? '延期已批准' : action === 'denyExtension' ? '延期未批准' : '退回重办',
      );
      break;
    case 'followUp':
      if (after.status === 'handling') await toUnits([after.leadUnitId], 'case.reopen', '群众不满意，重新办理');
      break;
    case 'urge':
      await toUnits([after.leadUnitId], 'case.urge', '督办');
      break;
    case 'escalate':
      await toUnits(escalationUnits(directory, after.leadUnitId), 'case.escalate', '挂牌督办');
      break;
    default:
      break;
  }
  if (row.reporter_person_id !== null && input.event.publicText && action !== 'note') {
    out.push(
      await notifyPeople(
        trx,
        [Number(row.reporter_person_id)],
        { kind: 'case.progress', title: title('诉求进展'), body: input.event.publicText, caseId },
        now,
      ),
    );
  }
  return out;
}

/** Statuses in which the lead unit is working the case; in any other the next step is the dispatch centre's. */
const withUnit: ReadonlySet<string> = new Set(['dispatched', 'handling']);

/**
 * 群众补充: a reporter's comment reaches the lead unit's handlers, and the dispatch centre too
 * when the case is not with a unit (not yet dispatched, returned, awaiting approval or a rating,
 * closed, declined or merged), where it is theirs to act on: a reopening, say. The notice carries
 * the masked comment.
 */
export async function notifyComment(
  trx: Kysely<DB>,
  row: repo.CaseRow,
  maskedText: string,
  directory: Directory,
  now: Date,
): Promise<Notified[]> {
  const lead = row.lead_unit_id === null ? null : Number(row.lead_unit_id);
  const unitIds = [
    ...new Set([
      ...(lead === null ? [] : [lead]),
      ...(lead === null || !withUnit.has(row.status) ? dispatcherUnits(directory) : []),
    ]),
  ];
  if (unitIds.length === 0) return [];
  const body = [...maskedText].length > 200 ? `${[...maskedText].slice(0, 200).join('')}…` : maskedText;
  return [
    await notifyUnits(
      trx,
      unitIds,
      { kind: 'case.comment', title: `群众补充：${row.title}`, body, caseId: Number(row.id) },
      now,
    ),
  ];
}

/** The tier above the lead unit and the supervision office (督查室). */
export function escalationUnits(directory: Directory, leadUnitId: number | null): number[] {
  const lead = leadUnitId === null ? undefined : directory.units.get(leadUnitId);
  const above = lead?.parentId ?? null;
  const offices = [...directory.units.values()].filter((u) => u.type === 'supervision_office').map((u) => u.id);
  return [...new Set([...(above === null ? [] : [above]), ...offices, ...(leadUnitId === null ? [] : [leadUnitId])])];
}
