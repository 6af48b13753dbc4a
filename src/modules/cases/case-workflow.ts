import type { CaseAction, CaseStatus, CaseTier, Satisfaction, Urgency } from '../../shared/cases.ts';
import type { UnitType } from '../../shared/organisation.ts';
import { casePublicPrefixes, casePublicTexts } from '../../shared/case-texts.ts';

/**
 * The life of a case (诉求/工单) as a pure state machine: `decide(state, action, actor, now)` answers
 * the changes to make and the timeline events to write, or an error. No I/O: the service loads the
 * state, computes deadlines and the actor's relation to the case, and persists what comes back.
 */

export type PartyRole = 'lead' | 'support' | 'summoned'; // 牵头 / 配合 / 吹哨报到

export interface CaseParty {
  unitId: number;
  unitType: UnitType;
  role: PartyRole;
  /** For summoned units: the time by which they must report (报到). */
  dueAt: Date | null;
  acknowledgedAt: Date | null;
}

export interface PendingExtension {
  until: Date;
  reason: string;
  requestedBy: number;
}

export interface CaseState {
  status: CaseStatus;
  categoryId: number | null;
  tier: CaseTier | null;
  urgency: Urgency;
  leadUnitId: number | null;
  parties: CaseParty[];
  responseDueAt: Date | null;
  resolveDueAt: Date | null;
  acknowledgedAt: Date | null;
  /** Set once a dispatcher overrules a return: the unit must then handle the case. */
  overruled: boolean;
  pendingExtension: PendingExtension | null;
  extensionCount: number;
  returnCount: number;
  sendBackCount: number;
  reopenCount: number;
  escalationLevel: number;
  satisfaction: Satisfaction | null;
  solved: boolean | null;
  mergedIntoId: number | null;
  /** The closed case intake took this one for a recurrence of (反弹回潮), unless a dispatcher cleared it. */
  recurrenceOfId: number | null;
}

/** What the acting person is to this case; the service derives it from roles and the unit tree. */
export interface CaseActor {
  personId: number;
  /** Holds case.dispatch over the case (派单员). */
  dispatcher: boolean;
  /** Holds case.supervise over the case (督查). */
  supervisor: boolean;
  /** Party units the person may act for (case.handle over that unit). */
  actingUnitIds: readonly number[];
  /** The citizen who reported the case. */
  reporter: boolean;
  /** The escalation sweeper. */
  system: boolean;
}

export interface UnitRef {
  id: number;
  type: UnitType;
}

export type CaseCommand =
  | { type: 'accept'; note?: string | undefined }
  | { type: 'decline'; reason: string }
  | { type: 'merge'; targetId: number; targetOpen: boolean }
  | { type: 'classify'; categoryId: number; tier: CaseTier; urgency: Urgency }
  | {
      type: 'dispatch';
      lead: UnitRef;
      supporting: readonly UnitRef[];
      responseDueAt: Date;
      resolveDueAt: Date;
      note?: string | undefined;
    }
  | { type: 'acknowledge' }
  | { type: 'return'; reason: string }
  | { type: 'overrule'; note: string; responseDueAt: Date }
  | { type: 'summon'; units: readonly (UnitRef & { dueAt: Date })[]; note: string }
  | { type: 'acknowledgeSummons'; unitId: number }
  | { type: 'note'; text: string; public: boolean }
  | { type: 'requestExtension'; until: Date; reason: string }
  | { type: 'approveExtension'; note?: string | undefined }
  | { type: 'denyExtension'; reason: string }
  | { type: 'resolve'; result: string; evidenceCount: number }
  | { type: 'approve'; note?: string | undefined }
  | { type: 'sendBack'; reason: string }
  | {
      type: 'followUp';
      satisfaction: Satisfaction;
      solved: boolean;
      comment?: string | undefined;
      reopenResolveDueAt: Date;
    }
  | { type: 'reopen'; reason: string; resolveDueAt: Date }
  | { type: 'close'; reason: string }
  | { type: 'urge'; note: string }
  | { type: 'escalate'; note: string; level: number }
  | { type: 'clearRecurrence'; reason: string };

export type CaseErrorCode =
  | 'CASE_ACTION_NOT_ALLOWED' // not in this status
  | 'CASE_NOT_PERMITTED' // the actor has no part in this action
  | 'CASE_TIER_RULE' // the lead unit does not match the tier
  | 'CASE_NOT_CLASSIFIED'
  | 'CASE_INVALID_DEADLINE'
  | 'CASE_REOPEN_LIMIT'
  | 'CASE_EXTENSION_LIMIT'
  | 'CASE_EXTENSION_PENDING'
  | 'CASE_RETURN_OVERRULED'
  | 'CASE_BAD_PARTIES'
  | 'CASE_MERGE_TARGET';

export interface CaseError {
  code: CaseErrorCode;
  detail?: string;
}

/** A timeline event to write (办理记录). `publicText` is what a citizen following the case sees. */
export interface EventDraft {
  action: CaseAction | 'submit';
  fromStatus: CaseStatus;
  toStatus: CaseStatus;
  note: string | null;
  publicText: string | null;
  data: Record<string, unknown>;
}

export type CaseChanges = Partial<CaseState>;

export type Decision = { ok: true; changes: CaseChanges; event: EventDraft } | { ok: false; error: CaseError };

export interface WorkflowLimits {
  /** 重办次数上限 */
  maxReopens: number;
  /** 延期次数上限 */
  maxExtensions: number;
}

export const defaultWorkflowLimits: WorkflowLimits = { maxReopens: 2, maxExtensions: 2 };

/** 分级规则: the unit types that may lead a case of each tier. */
export const leadTypesByTier: Record<CaseTier, readonly UnitType[]> = {
  minor: ['grid', 'village', 'community'],
  general: ['township', 'subdistrict', 'department'],
  major: ['task_force'],
};

/** Units that may summon departments (吹哨): townships and subdistricts. */
const summoningTypes: readonly UnitType[] = ['township', 'subdistrict'];

/** Statuses a case works through after dispatch, when a lead unit and deadlines exist. */
const assignedStatuses: readonly CaseStatus[] = ['dispatched', 'handling', 'resolved', 'follow_up'];

type Who = 'dispatcher' | 'lead' | 'summoned' | 'party' | 'reporter' | 'supervisor' | 'system';

interface Rule {
  from: readonly CaseStatus[];
  by: readonly Who[];
}

/** Which statuses each action starts from and who may take it. */
const rules: Record<CaseAction, Rule> = {
  accept: { from: ['submitted'], by: ['dispatcher'] },
  decline: { from: ['submitted', 'accepted'], by: ['dispatcher'] },
  merge: { from: ['submitted', 'accepted', 'returned'], by: ['dispatcher'] },
  classify: { from: ['submitted', 'accepted', 'returned'], by: ['dispatcher'] },
  dispatch: { from: ['accepted', 'returned'], by: ['dispatcher'] },
  acknowledge: { from: ['dispatched'], by: ['lead'] },
  return: { from: ['dispatched'], by: ['lead'] },
  overrule: { from: ['returned'], by: ['dispatcher'] },
  summon: { from: ['dispatched', 'handling'], by: ['dispatcher', 'lead'] },
  acknowledgeSummons: { from: ['dispatched', 'handling', 'resolved'], by: ['summoned'] },
  note: {
    from: ['submitted', 'accepted', 'dispatched', 'returned', 'handling', 'resolved', 'follow_up'],
    by: ['dispatcher', 'party', 'supervisor'],
  },
  requestExtension: { from: ['handling'], by: ['lead'] },
  approveExtension: { from: ['handling'], by: ['dispatcher'] },
  denyExtension: { from: ['handling'], by: ['dispatcher'] },
  resolve: { from: ['handling'], by: ['lead'] },
  approve: { from: ['resolved'], by: ['dispatcher'] },
  sendBack: { from: ['resolved'], by: ['dispatcher'] },
  followUp: { from: ['follow_up'], by: ['dispatcher', 'reporter'] },
  reopen: { from: ['closed', 'follow_up'], by: ['dispatcher', 'supervisor'] },
  close: { from: ['follow_up'], by: ['dispatcher'] },
  urge: { from: ['dispatched', 'handling', 'returned'], by: ['supervisor', 'system'] },
  escalate: { from: ['dispatched', 'handling'], by: ['supervisor', 'system'] },
  clearRecurrence: {
    from: ['submitted', 'accepted', 'dispatched', 'returned', 'handling', 'resolved', 'follow_up', 'closed'],
    by: ['dispatcher'],
  },
};

function fits(state: CaseState, actor: CaseActor, who: Who): boolean {
  switch (who) {
    case 'dispatcher':
      return actor.dispatcher;
    case 'supervisor':
      return actor.supervisor;
    case 'system':
      return actor.system;
    case 'reporter':
      return actor.reporter;
    case 'lead':
      return state.leadUnitId !== null && actor.actingUnitIds.includes(state.leadUnitId);
    case 'summoned':
      return state.parties.some(
        (p) => p.role === 'summoned' && p.acknowledgedAt === null && actor.actingUnitIds.includes(p.unitId),
      );
    case 'party':
      return state.parties.some((p) => actor.actingUnitIds.includes(p.unitId));
  }
}

/** Status and role checks only (no payload): the basis of `allowedActions`. */
export function guard(
  state: CaseState,
  action: CaseAction,
  actor: CaseActor,
  limits: WorkflowLimits = defaultWorkflowLimits,
): CaseError | null {
  const rule = rules[action];
  if (!rule.from.includes(state.status))
    return { code: 'CASE_ACTION_NOT_ALLOWED', detail: `${action} from ${state.status}` };
  if (!rule.by.some((who) => fits(state, actor, who))) return { code: 'CASE_NOT_PERMITTED', detail: action };
  return extraGuard(state, action, actor, limits);
}

function extraGuard(state: CaseState, action: CaseAction, actor: CaseActor, limits: WorkflowLimits): CaseError | null {
  switch (action) {
    case 'return':
      return state.overruled ? { code: 'CASE_RETURN_OVERRULED' } : null;
    case 'summon': {
      const lead = state.parties.find((p) => p.role === 'lead');
      const leadMaySummon =
        lead !== undefined && summoningTypes.includes(lead.unitType) && actor.actingUnitIds.includes(lead.unitId);
      return actor.dispatcher || leadMaySummon
        ? null
        : { code: 'CASE_NOT_PERMITTED', detail: 'only a township or subdistrict lead, or a dispatcher, may summon' };
    }
    case 'requestExtension':
      if (state.pendingExtension) return { code: 'CASE_EXTENSION_PENDING' };
      return state.extensionCount >= limits.maxExtensions ? { code: 'CASE_EXTENSION_LIMIT' } : null;
    case 'approveExtension':
    case 'denyExtension':
      return state.pendingExtension
        ? null
        : { code: 'CASE_ACTION_NOT_ALLOWED', detail: 'no extension request is pending' };
    case 'reopen':
      return state.reopenCount >= limits.maxReopens ? { code: 'CASE_REOPEN_LIMIT' } : null;
    case 'dispatch':
      return state.categoryId === null || state.tier === null ? { code: 'CASE_NOT_CLASSIFIED' } : null;
    case 'clearRecurrence':
      return state.recurrenceOfId === null
        ? { code: 'CASE_ACTION_NOT_ALLOWED', detail: 'the case is not flagged as a recurrence' }
        : null;
    default:
      return null;
  }
}

/** The actions this actor may take on the case now: exactly what `decide` would not refuse for status or role. */
export function allowedActions(
  state: CaseState,
  actor: CaseActor,
  limits: WorkflowLimits = defaultWorkflowLimits,
): CaseAction[] {
  return (Object.keys(rules) as CaseAction[]).filter((action) => guard(state, action, actor, limits) === null);
}

const fail = (code: CaseErrorCode, detail?: string): Decision => ({
  ok: false,
  error: detail === undefined ? { code } : { code, detail },
});

function ok(
  state: CaseState,
  action: EventDraft['action'],
  changes: CaseChanges,
  extra: Partial<Omit<EventDraft, 'action' | 'fromStatus' | 'toStatus'>> = {},
): Decision {
  return {
    ok: true,
    changes,
    event: {
      action,
      fromStatus: state.status,
      toStatus: changes.status ?? state.status,
      note: extra.note ?? null,
      publicText: extra.publicText ?? null,
      data: extra.data ?? {},
    },
  };
}

function text(value: string | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

/** Decides one action. Never throws for a bad action: it answers an error instead. */
export function decide(
  state: CaseState,
  command: CaseCommand,
  actor: CaseActor,
  now: Date,
  limits: WorkflowLimits = defaultWorkflowLimits,
): Decision {
  const refused = guard(state, command.type, actor, limits);
  if (refused) return { ok: false, error: refused };
  return apply(state, command, actor, now, limits);
}

function apply(state: CaseState, command: CaseCommand, actor: CaseActor, now: Date, limits: WorkflowLimits): Decision {
  switch (command.type) {
    case 'accept':
      return ok(
        state,
        'accept',
        { status: 'accepted' },
        { note: text(command.note), publicText: casePublicTexts.accepted.zh },
      );
    case 'decline':
      if (!text(command.reason)) return fail('CASE_ACTION_NOT_ALLOWED', 'a reason is required');
      return ok(
        state,
        'decline',
        { status: 'declined' },
        { note: text(command.reason), publicText: `${casePublicPrefixes.declined.zh}${command.reason.trim()}` },
      );
    case 'merge':
      if (!command.targetOpen) return fail('CASE_MERGE_TARGET', 'the target case is closed or merged');
      return ok(
        state,
        'merge',
        { status: 'merged', mergedIntoId: command.targetId },
        { data: { targetId: command.targetId }, publicText: casePublicTexts.merged.zh },
      );
    case 'classify':
      return ok(
        state,
        'classify',
        { categoryId: command.categoryId, tier: command.tier, urgency: command.urgency },
        { data: { categoryId: command.categoryId, tier: command.tier, urgency: command.urgency } },
      );
    case 'dispatch':
      return dispatch(state, command, now);
    case 'acknowledge':
      return ok(
        state,
        'acknowledge',
        {
          status: 'handling',
          acknowledgedAt: now,
          parties: markAcknowledged(state.parties, state.leadUnitId, 'lead', now),
        },
        { publicText: casePublicTexts.handling.zh },
      );
    case 'return':
      if (!text(command.reason)) return fail('CASE_ACTION_NOT_ALLOWED', 'a reason is required');
      return ok(
        state,
        'return',
        { status: 'returned', returnCount: state.returnCount + 1 },
        { note: command.reason.trim(), data: { unitId: state.leadUnitId } },
      );
    case 'overrule':
      if (!text(command.note)) return fail('CASE_ACTION_NOT_ALLOWED', 'a note is required');
      if (command.responseDueAt.getTime() <= now.getTime()) return fail('CASE_INVALID_DEADLINE');
      return ok(
        state,
        'overrule',
        { status: 'dispatched', overruled: true, responseDueAt: command.responseDueAt },
        {
          note: command.note.trim(),
          data: { unitId: state.leadUnitId, responseDueAt: command.responseDueAt.toISOString() },
        },
      );
    case 'summon':
      return summon(state, command, now);
    case 'acknowledgeSummons': {
      const party = state.parties.find(
        (p) => p.role === 'summoned' && p.unitId === command.unitId && p.acknowledgedAt === null,
      );
      if (!party || !actor.actingUnitIds.includes(command.unitId))
        return fail('CASE_NOT_PERMITTED', 'this unit was not summoned or has already reported');
      return ok(
        state,
        'acknowledgeSummons',
        { parties: markAcknowledged(state.parties, command.unitId, 'summoned', now) },
        { data: { unitId: command.unitId, late: party.dueAt !== null && now > party.dueAt } },
      );
    }
    case 'note':
      if (!text(command.text)) return fail('CASE_ACTION_NOT_ALLOWED', 'the note is empty');
      return ok(
        state,
        'note',
        {},
        { note: command.text.trim(), publicText: command.public ? command.text.trim() : null },
      );
    case 'requestExtension':
      if (!text(command.reason)) return fail('CASE_ACTION_NOT_ALLOWED', 'a reason is required');
      if (state.resolveDueAt === null || command.until <= state.resolveDueAt)
        return fail('CASE_INVALID_DEADLINE', 'the new deadline must be later than the current one');
      return ok(
        state,
        'requestExtension',
        { pendingExtension: { until: command.until, reason: command.reason.trim(), requestedBy: actor.personId } },
        { note: command.reason.trim(), data: { until: command.until.toISOString() } },
      );
    case 'approveExtension': {
      const pending = state.pendingExtension as PendingExtension;
      return ok(
        state,
        'approveExtension',
        { pendingExtension: null, resolveDueAt: pending.until, extensionCount: state.extensionCount + 1 },
        {
          note: text(command.note),
          data: { from: state.resolveDueAt?.toISOString() ?? null, until: pending.until.toISOString() },
          publicText: casePublicTexts.extended.zh,
        },
      );
    }
    case 'denyExtension':
      if (!text(command.reason)) return fail('CASE_ACTION_NOT_ALLOWED', 'a reason is required');
      return ok(state, 'denyExtension', { pendingExtension: null }, { note: command.reason.trim() });
    case 'resolve':
      if (!text(command.result)) return fail('CASE_ACTION_NOT_ALLOWED', 'the result is required');
      return ok(
        state,
        'resolve',
        { status: 'resolved', pendingExtension: null },
        {
          note: command.result.trim(),
          data: { evidenceCount: command.evidenceCount, late: state.resolveDueAt !== null && now > state.resolveDueAt },
          publicText: `${casePublicPrefixes.result.zh}${command.result.trim()}`,
        },
      );
    case 'approve':
      return ok(state, 'approve', { status: 'follow_up' }, { note: text(command.note) });
    case 'sendBack':
      if (!text(command.reason)) return fail('CASE_ACTION_NOT_ALLOWED', 'a reason is required');
      return ok(
        state,
        'sendBack',
        { status: 'handling', sendBackCount: state.sendBackCount + 1 },
        { note: command.reason.trim() },
      );
    case 'followUp':
      return followUp(state, command, now, limits);
    case 'reopen':
      if (!text(command.reason)) return fail('CASE_ACTION_NOT_ALLOWED', 'a reason is required');
      if (command.resolveDueAt <= now) return fail('CASE_INVALID_DEADLINE');
      return ok(state, 'reopen', reopenChanges(state, command.resolveDueAt), {
        note: command.reason.trim(),
        data: { resolveDueAt: command.resolveDueAt.toISOString() },
        publicText: casePublicTexts.reopened.zh,
      });
    case 'close':
      if (!text(command.reason)) return fail('CASE_ACTION_NOT_ALLOWED', 'a reason is required');
      return ok(
        state,
        'close',
        { status: 'closed' },
        { note: command.reason.trim(), publicText: casePublicTexts.closed.zh },
      );
    case 'urge':
      return ok(state, 'urge', {}, { note: text(command.note), data: { system: actor.system } });
    case 'clearRecurrence':
      if (!text(command.reason)) return fail('CASE_ACTION_NOT_ALLOWED', 'a reason is required');
      return ok(
        state,
        'clearRecurrence',
        { recurrenceOfId: null },
        { note: text(command.reason), data: { recurrenceOfId: state.recurrenceOfId } },
      );
    case 'escalate':
      if (command.level <= state.escalationLevel)
        return fail('CASE_ACTION_NOT_ALLOWED', 'already escalated to this level');
      return ok(
        state,
        'escalate',
        { escalationLevel: command.level },
        { note: text(command.note), data: { level: command.level, system: actor.system } },
      );
  }
}

function markAcknowledged(
  parties: readonly CaseParty[],
  unitId: number | null,
  role: PartyRole,
  now: Date,
): CaseParty[] {
  return parties.map((p) =>
    p.unitId === unitId && p.role === role && p.acknowledgedAt === null ? { ...p, acknowledgedAt: now } : p,
  );
}

function dispatch(state: CaseState, command: Extract<CaseCommand, { type: 'dispatch' }>, now: Date): Decision {
  const tier = state.tier as CaseTier;
  if (!leadTypesByTier[tier].includes(command.lead.type))
    return fail(
      'CASE_TIER_RULE',
      `${tier} cases are led by ${leadTypesByTier[tier].join('/')}, not ${command.lead.type}`,
    );
  const supportIds = command.supporting.map((u) => u.id);
  if (supportIds.includes(command.lead.id) || new Set(supportIds).size !== supportIds.length)
    return fail('CASE_BAD_PARTIES', 'a unit appears twice');
  if (command.responseDueAt <= now || command.resolveDueAt < command.responseDueAt)
    return fail('CASE_INVALID_DEADLINE');
  const parties: CaseParty[] = [
    {
      unitId: command.lead.id,
      unitType: command.lead.type,
      role: 'lead',
      dueAt: command.responseDueAt,
      acknowledgedAt: null,
    },
    ...command.supporting.map((u): CaseParty => ({
      unitId: u.id,
      unitType: u.type,
      role: 'support',
      dueAt: null,
      acknowledgedAt: null,
    })),
  ];
  const redispatch = state.status === 'returned';
  return ok(
    state,
    'dispatch',
    {
      status: 'dispatched',
      leadUnitId: command.lead.id,
      parties,
      responseDueAt: command.responseDueAt,
      resolveDueAt: command.resolveDueAt,
      acknowledgedAt: null,
      overruled: false,
      escalationLevel: 0,
    },
    {
      note: text(command.note),
      data: {
        leadUnitId: command.lead.id,
        supportingUnitIds: supportIds,
        responseDueAt: command.responseDueAt.toISOString(),
        resolveDueAt: command.resolveDueAt.toISOString(),
        redispatch,
      },
      publicText: redispatch ? casePublicTexts.redispatched.zh : casePublicTexts.dispatched.zh,
    },
  );
}

function summon(state: CaseState, command: Extract<CaseCommand, { type: 'summon' }>, now: Date): Decision {
  if (command.units.length === 0) return fail('CASE_BAD_PARTIES', 'no unit to summon');
  const present = new Set(
    state.parties.filter((p) => p.role !== 'summoned' || p.acknowledgedAt === null).map((p) => p.unitId),
  );
  const ids = command.units.map((u) => u.id);
  if (ids.some((id) => present.has(id)) || new Set(ids).size !== ids.length)
    return fail('CASE_BAD_PARTIES', 'a unit is already on this case');
  if (command.units.some((u) => u.dueAt <= now)) return fail('CASE_INVALID_DEADLINE');
  const added = command.units.map((u): CaseParty => ({
    unitId: u.id,
    unitType: u.type,
    role: 'summoned',
    dueAt: u.dueAt,
    acknowledgedAt: null,
  }));
  const kept = state.parties.filter((p) => !(p.role === 'summoned' && ids.includes(p.unitId)));
  return ok(
    state,
    'summon',
    { parties: [...kept, ...added] },
    {
      note: text(command.note),
      data: { units: command.units.map((u) => ({ unitId: u.id, dueAt: u.dueAt.toISOString() })) },
    },
  );
}

function reopenChanges(state: CaseState, resolveDueAt: Date): CaseChanges {
  return {
    status: 'handling',
    reopenCount: state.reopenCount + 1,
    resolveDueAt,
    pendingExtension: null,
    escalationLevel: 0,
  };
}

function followUp(
  state: CaseState,
  command: Extract<CaseCommand, { type: 'followUp' }>,
  now: Date,
  limits: WorkflowLimits,
): Decision {
  const rating = { satisfaction: command.satisfaction, solved: command.solved };
  const data = { ...rating, comment: text(command.comment) };
  const unhappy = command.satisfaction === 'unsatisfied' || !command.solved;
  if (unhappy && state.reopenCount < limits.maxReopens) {
    if (command.reopenResolveDueAt <= now) return fail('CASE_INVALID_DEADLINE');
    return ok(
      state,
      'followUp',
      { ...rating, ...reopenChanges(state, command.reopenResolveDueAt) },
      {
        note: text(command.comment),
        data: { ...data, reopened: true, resolveDueAt: command.reopenResolveDueAt.toISOString() },
        publicText: casePublicTexts.ratedReopened.zh,
      },
    );
  }
  return ok(
    state,
    'followUp',
    { ...rating, status: 'closed' },
    { note: text(command.comment), data: { ...data, reopened: false }, publicText: casePublicTexts.ratedClosed.zh },
  );
}

/** Problems with a state that must never happen; empty when the state is consistent. */
export function invariantViolations(state: CaseState, limits: WorkflowLimits = defaultWorkflowLimits): string[] {
  const problems: string[] = [];
  const assigned = assignedStatuses.includes(state.status);
  if (assigned) {
    if (state.leadUnitId === null) problems.push('an assigned case has no lead unit');
    if (state.responseDueAt === null || state.resolveDueAt === null) problems.push('an assigned case has no deadlines');
    if (state.categoryId === null || state.tier === null) problems.push('an assigned case is not classified');
  }
  const leads = state.parties.filter((p) => p.role === 'lead');
  if (state.leadUnitId !== null && (leads.length !== 1 || leads[0]?.unitId !== state.leadUnitId))
    problems.push('the lead party does not match the lead unit');
  if (state.leadUnitId === null && leads.length > 0) problems.push('a lead party without a lead unit');
  if (state.tier !== null && leads[0] && !leadTypesByTier[state.tier].includes(leads[0].unitType) && assigned)
    problems.push('the lead unit does not fit the tier');
  if (['handling', 'resolved', 'follow_up'].includes(state.status) && state.acknowledgedAt === null)
    problems.push('handled without acknowledgement');
  if (state.pendingExtension !== null && state.status !== 'handling')
    problems.push('an extension is pending outside handling');
  if (state.reopenCount > limits.maxReopens) problems.push('reopened too often');
  if (state.extensionCount > limits.maxExtensions) problems.push('extended too often');
  if ((state.status === 'merged') !== (state.mergedIntoId !== null)) problems.push('merged status and target disagree');
  const keys = state.parties.map((p) => `${p.unitId}:${p.role}`);
  if (new Set(keys).size !== keys.length) problems.push('a party appears twice');
  return problems;
}
