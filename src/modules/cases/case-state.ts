import type { CaseStatus, CaseTier, Satisfaction, Urgency } from '../../shared/cases.ts';
import type { UnitType } from '../../shared/organisation.ts';
import type { Actor } from '../access/actor.ts';
import { can } from '../access/policy.ts';
import type { CaseActor, CaseChanges, CaseParty, CaseState, PartyRole, PendingExtension } from './case-workflow.ts';
import type { CaseRow, CaseUpdate, PartyRow } from './cases.repository.ts';

/** Translates between stored rows and the workflow's state. */

function pendingOf(value: unknown): PendingExtension | null {
  if (!value || typeof value !== 'object') return null;
  const v = value as { until?: string; reason?: string; requestedBy?: number };
  return v.until ? { until: new Date(v.until), reason: v.reason ?? '', requestedBy: Number(v.requestedBy ?? 0) } : null;
}

export function partiesOf(rows: readonly PartyRow[]): CaseParty[] {
  return rows.map((p) => ({
    unitId: p.unit_id,
    unitType: p.unit_type as UnitType,
    role: p.role as PartyRole,
    dueAt: p.due_at,
    acknowledgedAt: p.acknowledged_at,
  }));
}

export function stateOf(row: CaseRow, parties: readonly PartyRow[]): CaseState {
  return {
    status: row.status as CaseStatus,
    categoryId: row.category_id === null ? null : Number(row.category_id),
    tier: row.tier as CaseTier | null,
    urgency: row.urgency as Urgency,
    leadUnitId: row.lead_unit_id === null ? null : Number(row.lead_unit_id),
    parties: partiesOf(parties),
    responseDueAt: row.response_due_at,
    resolveDueAt: row.resolve_due_at,
    acknowledgedAt: row.acknowledged_at,
    overruled: row.overruled,
    pendingExtension: pendingOf(row.pending_extension),
    extensionCount: row.extension_count,
    returnCount: row.return_count,
    sendBackCount: row.send_back_count,
    reopenCount: row.reopen_count,
    escalationLevel: row.escalation_level,
    satisfaction: row.satisfaction as Satisfaction | null,
    solved: row.solved,
    mergedIntoId: row.merged_into_id === null ? null : Number(row.merged_into_id),
    recurrenceOfId: row.recurrence_of_id === null ? null : Number(row.recurrence_of_id),
  };
}

/** The columns that change with the workflow's changes (parties are stored separately). */
export function columnsOf(changes: CaseChanges): CaseUpdate {
  const out: CaseUpdate = {};
  if (changes.status !== undefined) out.status = changes.status;
  if (changes.categoryId !== undefined) out.category_id = changes.categoryId;
  if (changes.tier !== undefined) out.tier = changes.tier;
  if (changes.urgency !== undefined) out.urgency = changes.urgency;
  if (changes.leadUnitId !== undefined) out.lead_unit_id = changes.leadUnitId;
  if (changes.responseDueAt !== undefined) out.response_due_at = changes.responseDueAt;
  if (changes.resolveDueAt !== undefined) out.resolve_due_at = changes.resolveDueAt;
  if (changes.acknowledgedAt !== undefined) out.acknowledged_at = changes.acknowledgedAt;
  if (changes.overruled !== undefined) out.overruled = changes.overruled;
  if (changes.pendingExtension !== undefined)
    out.pending_extension = changes.pendingExtension
      ? JSON.stringify({ ...changes.pendingExtension, until: changes.pendingExtension.until.toISOString() })
      : null;
  if (changes.extensionCount !== undefined) out.extension_count = changes.extensionCount;
  if (changes.returnCount !== undefined) out.return_count = changes.returnCount;
  if (changes.sendBackCount !== undefined) out.send_back_count = changes.sendBackCount;
  if (changes.reopenCount !== undefined) out.reopen_count = changes.reopenCount;
  if (changes.escalationLevel !== undefined) out.escalation_level = changes.escalationLevel;
  if (changes.satisfaction !== undefined) out.satisfaction = changes.satisfaction;
  if (changes.solved !== undefined) out.solved = changes.solved;
  if (changes.mergedIntoId !== undefined) out.merged_into_id = changes.mergedIntoId;
  // A cleared recurrence flag takes its reason with it (the timeline event keeps which case it named).
  if (changes.recurrenceOfId !== undefined) {
    out.recurrence_of_id = changes.recurrenceOfId;
    if (changes.recurrenceOfId === null) out.recurrence_reason = null;
  }
  return out;
}

/**
 * What the person is to this case (派单员, 督查, 承办/配合/报到 units, the reporting citizen), from
 * their grants over the case's place and over each party unit.
 */
export function caseActorOf(
  actor: Actor | null,
  row: CaseRow,
  parties: readonly PartyRow[],
  options: { reporterProven?: boolean } = {},
): CaseActor {
  if (!actor)
    return {
      personId: 0,
      dispatcher: false,
      supervisor: false,
      actingUnitIds: [],
      reporter: options.reporterProven === true,
      system: false,
    };
  const reporter =
    options.reporterProven === true ||
    (actor.kind === 'citizen' && row.reporter_person_id !== null && Number(row.reporter_person_id) === actor.personId);
  if (actor.kind === 'citizen')
    return {
      personId: actor.personId,
      dispatcher: false,
      supervisor: false,
      actingUnitIds: [],
      reporter,
      system: false,
    };
  return {
    personId: actor.personId,
    dispatcher: can(actor, 'case.dispatch', row.place_path),
    supervisor: can(actor, 'case.supervise', row.place_path),
    actingUnitIds: [...new Set(parties.filter((p) => can(actor, 'case.handle', p.unit_path)).map((p) => p.unit_id))],
    reporter,
    system: false,
  };
}

export const systemCaseActor: CaseActor = {
  personId: 0,
  dispatcher: false,
  supervisor: false,
  actingUnitIds: [],
  reporter: false,
  system: true,
};
