import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CaseAction, caseActions, type CaseStatus, caseStatuses, caseTiers } from '../../shared/cases.ts';
import type { UnitType } from '../../shared/organisation.ts';
import {
  allowedActions,
  type CaseActor,
  type CaseCommand,
  type CaseState,
  decide,
  defaultWorkflowLimits,
  guard,
  invariantViolations,
  leadTypesByTier,
} from './case-workflow.ts';

const t0 = new Date('2026-03-02T09:00:00+08:00');
const hours = (h: number, from = t0) => new Date(from.getTime() + h * 3_600_000);

const TOWN = 10;
const DEPT = 20;
const GRID = 30;
const FORCE = 40;
const OTHER_DEPT = 21;
const unitTypes: Record<number, UnitType> = {
  [TOWN]: 'township',
  [DEPT]: 'department',
  [GRID]: 'grid',
  [FORCE]: 'task_force',
  [OTHER_DEPT]: 'department',
};
const unit = (id: number) => ({ id, type: unitTypes[id] ?? 'department' });

const nobody: CaseActor = {
  personId: 1,
  dispatcher: false,
  supervisor: false,
  actingUnitIds: [],
  reporter: false,
  system: false,
};
const dispatcher: CaseActor = { ...nobody, personId: 2, dispatcher: true };
const townHandler: CaseActor = { ...nobody, personId: 3, actingUnitIds: [TOWN] };
const deptHandler: CaseActor = { ...nobody, personId: 4, actingUnitIds: [DEPT] };
const otherDept: CaseActor = { ...nobody, personId: 5, actingUnitIds: [OTHER_DEPT] };
const supervisor: CaseActor = { ...nobody, personId: 6, supervisor: true };
const reporter: CaseActor = { ...nobody, personId: 7, reporter: true };
const system: CaseActor = { ...nobody, personId: 0, system: true };
const actors = { nobody, dispatcher, townHandler, deptHandler, otherDept, supervisor, reporter, system };

function newCase(): CaseState {
  return {
    status: 'submitted',
    categoryId: null,
    tier: null,
    urgency: 'normal',
    leadUnitId: null,
    parties: [],
    responseDueAt: null,
    resolveDueAt: null,
    acknowledgedAt: null,
    overruled: false,
    pendingExtension: null,
    extensionCount: 0,
    returnCount: 0,
    sendBackCount: 0,
    reopenCount: 0,
    escalationLevel: 0,
    satisfaction: null,
    solved: null,
    mergedIntoId: null,
    recurrenceOfId: null,
  };
}

/** Applies a command that must succeed. */
function step(state: CaseState, command: CaseCommand, actor: CaseActor, now = t0): CaseState {
  const decision = decide(state, command, actor, now);
  if (!decision.ok)
    throw new Error(
      `${command.type} by ${actor.personId} refused: ${decision.error.code} ${decision.error.detail ?? ''}`,
    );
  return { ...state, ...decision.changes };
}

function refusal(state: CaseState, command: CaseCommand, actor: CaseActor, now = t0): string {
  const decision = decide(state, command, actor, now);
  return decision.ok ? 'accepted' : decision.error.code;
}

const classify: CaseCommand = { type: 'classify', categoryId: 7, tier: 'general', urgency: 'normal' };
const dispatchTo = (lead: number, supporting: number[] = []): CaseCommand => ({
  type: 'dispatch',
  lead: unit(lead),
  supporting: supporting.map(unit),
  responseDueAt: hours(4),
  resolveDueAt: hours(40),
});

/** A case walked to the given point of its life, led by the township. */
function caseAt(
  point: 'submitted' | 'accepted' | 'dispatched' | 'returned' | 'handling' | 'resolved' | 'follow_up' | 'closed',
): CaseState {
  let s = newCase();
  if (point === 'submitted') return s;
  s = step(s, { type: 'accept' }, dispatcher);
  s = step(s, classify, dispatcher);
  if (point === 'accepted') return s;
  s = step(s, dispatchTo(TOWN, [DEPT]), dispatcher);
  if (point === 'dispatched') return s;
  if (point === 'returned') return step(s, { type: 'return', reason: '不属于本单位职责' }, townHandler);
  s = step(s, { type: 'acknowledge' }, townHandler);
  if (point === 'handling') return s;
  s = step(s, { type: 'resolve', result: '已清理完毕', evidenceCount: 1 }, townHandler);
  if (point === 'resolved') return s;
  s = step(s, { type: 'approve' }, dispatcher);
  if (point === 'follow_up') return s;
  return step(
    s,
    { type: 'followUp', satisfaction: 'satisfied', solved: true, reopenResolveDueAt: hours(80) },
    reporter,
  );
}

describe('the life of a case: the main loop', () => {
  it('walks submitted → accepted → dispatched → handling → resolved → follow_up → closed', () => {
    const statuses: CaseStatus[] = [];
    let s = newCase();
    const walk: [CaseCommand, CaseActor][] = [
      [{ type: 'accept' }, dispatcher],
      [classify, dispatcher],
      [dispatchTo(TOWN, [DEPT]), dispatcher],
      [{ type: 'acknowledge' }, townHandler],
      [{ type: 'note', text: '已到现场查看', public: true }, townHandler],
      [{ type: 'resolve', result: '已清理完毕', evidenceCount: 2 }, townHandler],
      [{ type: 'approve' }, dispatcher],
      [
        { type: 'followUp', satisfaction: 'basically_satisfied', solved: true, reopenResolveDueAt: hours(80) },
        reporter,
      ],
    ];
    for (const [command, actor] of walk) {
      s = step(s, command, actor);
      statuses.push(s.status);
      expect(invariantViolations(s)).toEqual([]);
    }
    expect(statuses).toEqual([
      'accepted',
      'accepted',
      'dispatched',
      'handling',
      'handling',
      'resolved',
      'follow_up',
      'closed',
    ]);
    expect(s.satisfaction).toBe('basically_satisfied');
    expect(s.parties.map((p) => [p.unitId, p.role])).toEqual([
      [TOWN, 'lead'],
      [DEPT, 'support'],
    ]);
  });

  it('records each step as an event with the statuses it moved between', () => {
    const decision = decide(caseAt('dispatched'), { type: 'acknowledge' }, townHandler, hours(1));
    expect(decision.ok && decision.event).toMatchObject({
      action: 'acknowledge',
      fromStatus: 'dispatched',
      toStatus: 'handling',
      publicText: expect.stringContaining('签收'),
    });
    expect(decision.ok && decision.changes.acknowledgedAt).toEqual(hours(1));
  });
});

describe('each action, its statuses and who may take it', () => {
  it('declines only with a reason, and a declined case takes no further action', () => {
    expect(refusal(newCase(), { type: 'decline', reason: '  ' }, dispatcher)).toBe('CASE_ACTION_NOT_ALLOWED');
    const s = step(newCase(), { type: 'decline', reason: '属于司法程序事项' }, dispatcher);
    expect(s.status).toBe('declined');
    expect(allowedActions(s, dispatcher)).toEqual([]);
    expect(allowedActions(s, supervisor)).toEqual([]);
  });

  it('merges into an open case only', () => {
    expect(refusal(newCase(), { type: 'merge', targetId: 9, targetOpen: false }, dispatcher)).toBe('CASE_MERGE_TARGET');
    const s = step(newCase(), { type: 'merge', targetId: 9, targetOpen: true }, dispatcher);
    expect([s.status, s.mergedIntoId]).toEqual(['merged', 9]);
    expect(allowedActions(s, dispatcher)).toEqual([]);
  });

  it('dispatches only classified cases, and only to a unit that fits the tier (分级)', () => {
    const accepted = step(newCase(), { type: 'accept' }, dispatcher);
    expect(refusal(accepted, dispatchTo(TOWN), dispatcher)).toBe('CASE_NOT_CLASSIFIED');
    for (const tier of caseTiers) {
      const classified = step(accepted, { type: 'classify', categoryId: 1, tier, urgency: 'normal' }, dispatcher);
      for (const id of [TOWN, DEPT, GRID, FORCE]) {
        const fitsTier = leadTypesByTier[tier].includes(unit(id).type);
        expect(refusal(classified, dispatchTo(id), dispatcher), `${tier} → ${unit(id).type}`).toBe(
          fitsTier ? 'accepted' : 'CASE_TIER_RULE',
        );
      }
    }
  });

  it('refuses a dispatch with the lead repeated among the supporters, or deadlines in the past', () => {
    const s = caseAt('accepted');
    expect(refusal(s, dispatchTo(TOWN, [TOWN]), dispatcher)).toBe('CASE_BAD_PARTIES');
    expect(refusal(s, dispatchTo(TOWN, [DEPT, DEPT]), dispatcher)).toBe('CASE_BAD_PARTIES');
    expect(
      refusal(
        s,
        { ...(dispatchTo(TOWN) as Extract<CaseCommand, { type: 'dispatch' }>), responseDueAt: hours(-1) },
        dispatcher,
      ),
    ).toBe('CASE_INVALID_DEADLINE');
    expect(
      refusal(
        s,
        { ...(dispatchTo(TOWN) as Extract<CaseCommand, { type: 'dispatch' }>), resolveDueAt: hours(1) },
        dispatcher,
      ),
    ).toBe('CASE_INVALID_DEADLINE');
  });

  it('only the lead unit acknowledges or returns; a supporting unit cannot', () => {
    const s = caseAt('dispatched');
    expect(refusal(s, { type: 'acknowledge' }, deptHandler)).toBe('CASE_NOT_PERMITTED');
    expect(refusal(s, { type: 'acknowledge' }, dispatcher)).toBe('CASE_NOT_PERMITTED');
    expect(refusal(s, { type: 'return', reason: '' }, townHandler)).toBe('CASE_ACTION_NOT_ALLOWED');
    expect(step(s, { type: 'return', reason: '应由区水务局办理' }, townHandler)).toMatchObject({
      status: 'returned',
      returnCount: 1,
    });
  });

  it('after a return the dispatcher re-dispatches elsewhere, or overrules and the unit may not return again', () => {
    const returned = caseAt('returned');
    const redispatched = step(returned, dispatchTo(DEPT), dispatcher);
    expect([redispatched.status, redispatched.leadUnitId, redispatched.parties.length]).toEqual([
      'dispatched',
      DEPT,
      1,
    ]);
    expect(allowedActions(redispatched, townHandler)).toEqual([]);
    const overruled = step(
      returned,
      { type: 'overrule', note: '属地管理，请镇里牵头', responseDueAt: hours(6) },
      dispatcher,
    );
    expect([overruled.status, overruled.leadUnitId, overruled.overruled]).toEqual(['dispatched', TOWN, true]);
    expect(refusal(overruled, { type: 'return', reason: '仍不属于本单位' }, townHandler)).toBe('CASE_RETURN_OVERRULED');
    expect(allowedActions(overruled, townHandler)).not.toContain('return');
    expect(step(overruled, { type: 'acknowledge' }, townHandler).status).toBe('handling');
  });

  it('a township lead summons departments (吹哨报到), each reports once', () => {
    const s = caseAt('handling');
    const summon: CaseCommand = {
      type: 'summon',
      units: [{ ...unit(OTHER_DEPT), dueAt: hours(2) }],
      note: '请区城管局到场',
    };
    expect(refusal(s, summon, deptHandler)).toBe('CASE_NOT_PERMITTED');
    const summoned = step(s, summon, townHandler);
    expect(summoned.parties.find((p) => p.unitId === OTHER_DEPT)).toMatchObject({
      role: 'summoned',
      dueAt: hours(2),
      acknowledgedAt: null,
    });
    expect(refusal(summoned, summon, townHandler)).toBe('CASE_BAD_PARTIES');
    expect(allowedActions(summoned, otherDept)).toEqual(['acknowledgeSummons', 'note']);
    expect(refusal(summoned, { type: 'acknowledgeSummons', unitId: OTHER_DEPT }, deptHandler)).toBe(
      'CASE_NOT_PERMITTED',
    );
    const reported = step(summoned, { type: 'acknowledgeSummons', unitId: OTHER_DEPT }, otherDept, hours(3));
    expect(reported.parties.find((p) => p.unitId === OTHER_DEPT)?.acknowledgedAt).toEqual(hours(3));
    expect(allowedActions(reported, otherDept)).toEqual(['note']);
    expect(refusal(s, { type: 'summon', units: [], note: 'x' }, townHandler)).toBe('CASE_BAD_PARTIES');
  });

  it('a department lead cannot summon; the dispatcher can', () => {
    let s = step(caseAt('accepted'), dispatchTo(DEPT), dispatcher);
    s = step(s, { type: 'acknowledge' }, deptHandler);
    const summon: CaseCommand = { type: 'summon', units: [{ ...unit(OTHER_DEPT), dueAt: hours(2) }], note: '协同' };
    expect(refusal(s, summon, deptHandler)).toBe('CASE_NOT_PERMITTED');
    expect(step(s, summon, dispatcher).parties).toHaveLength(2);
  });

  it('extensions: one pending at a time, approval moves the deadline, bounded in number', () => {
    let s = caseAt('handling');
    expect(refusal(s, { type: 'requestExtension', until: hours(30), reason: '需要协调' }, townHandler)).toBe(
      'CASE_INVALID_DEADLINE',
    );
    expect(refusal(s, { type: 'approveExtension' }, dispatcher)).toBe('CASE_ACTION_NOT_ALLOWED');
    for (let n = 1; n <= defaultWorkflowLimits.maxExtensions; n++) {
      s = step(s, { type: 'requestExtension', until: hours(40 + 10 * n), reason: '需要协调' }, townHandler);
      expect(refusal(s, { type: 'requestExtension', until: hours(100), reason: '再延' }, townHandler)).toBe(
        'CASE_EXTENSION_PENDING',
      );
      s = step(s, { type: 'approveExtension' }, dispatcher);
      expect([s.resolveDueAt, s.extensionCount, s.pendingExtension]).toEqual([hours(40 + 10 * n), n, null]);
    }
    expect(refusal(s, { type: 'requestExtension', until: hours(200), reason: '再延' }, townHandler)).toBe(
      'CASE_EXTENSION_LIMIT',
    );
  });

  it('a denied extension keeps the deadline; resolving clears a pending request', () => {
    let s = step(caseAt('handling'), { type: 'requestExtension', until: hours(60), reason: '需要协调' }, townHandler);
    const denied = step(s, { type: 'denyExtension', reason: '期限内可以办结' }, dispatcher);
    expect([denied.resolveDueAt, denied.pendingExtension, denied.extensionCount]).toEqual([hours(40), null, 0]);
    s = step(s, { type: 'resolve', result: '已处理', evidenceCount: 0 }, townHandler);
    expect([s.status, s.pendingExtension]).toEqual(['resolved', null]);
  });

  it('review: send back returns to handling, approval goes to follow-up', () => {
    const s = caseAt('resolved');
    expect(refusal(s, { type: 'approve' }, townHandler)).toBe('CASE_NOT_PERMITTED');
    expect(step(s, { type: 'sendBack', reason: '未附现场照片' }, dispatcher)).toMatchObject({
      status: 'handling',
      sendBackCount: 1,
    });
    expect(step(s, { type: 'approve' }, dispatcher).status).toBe('follow_up');
  });

  it('follow-up: unsatisfied or unsolved reopens with a new deadline until the limit, then closes', () => {
    let s = caseAt('follow_up');
    const unhappy: CaseCommand = {
      type: 'followUp',
      satisfaction: 'unsatisfied',
      solved: false,
      reopenResolveDueAt: hours(120),
    };
    for (let n = 1; n <= defaultWorkflowLimits.maxReopens; n++) {
      s = step(s, unhappy, reporter);
      expect([s.status, s.reopenCount, s.resolveDueAt]).toEqual(['handling', n, hours(120)]);
      s = step(s, { type: 'resolve', result: '再次处理', evidenceCount: 1 }, townHandler);
      s = step(s, { type: 'approve' }, dispatcher);
    }
    s = step(s, unhappy, reporter);
    expect([s.status, s.satisfaction, s.solved]).toEqual(['closed', 'unsatisfied', false]);
    expect(refusal(s, { type: 'reopen', reason: '群众再次反映', resolveDueAt: hours(200) }, dispatcher)).toBe(
      'CASE_REOPEN_LIMIT',
    );
    expect(
      step(
        caseAt('follow_up'),
        { type: 'followUp', satisfaction: 'satisfied', solved: false, reopenResolveDueAt: hours(90) },
        dispatcher,
      ).status,
    ).toBe('handling');
  });

  it('closed cases can be reopened by a dispatcher or supervisor, not by the unit or the citizen', () => {
    const s = caseAt('closed');
    expect(allowedActions(s, townHandler)).toEqual([]);
    expect(allowedActions(s, reporter)).toEqual([]);
    expect(allowedActions(s, supervisor)).toEqual(['reopen']);
    expect(step(s, { type: 'reopen', reason: '问题反弹', resolveDueAt: hours(100) }, supervisor)).toMatchObject({
      status: 'handling',
      reopenCount: 1,
    });
    expect(refusal(s, { type: 'reopen', reason: '问题反弹', resolveDueAt: hours(-1) }, supervisor)).toBe(
      'CASE_INVALID_DEADLINE',
    );
  });

  it('close without a rating needs a reason (群众联系不上)', () => {
    const s = caseAt('follow_up');
    expect(refusal(s, { type: 'close', reason: '' }, dispatcher)).toBe('CASE_ACTION_NOT_ALLOWED');
    expect(step(s, { type: 'close', reason: '三次回访未接通' }, dispatcher).status).toBe('closed');
  });

  it('urges and escalations come from supervisors and the sweeper; escalation only rises', () => {
    const s = caseAt('handling');
    expect(refusal(s, { type: 'urge', note: '请加快' }, townHandler)).toBe('CASE_NOT_PERMITTED');
    expect(step(s, { type: 'urge', note: '请加快' }, supervisor).status).toBe('handling');
    const escalated = step(s, { type: 'escalate', note: '超期两个工作日', level: 2 }, system);
    expect(escalated.escalationLevel).toBe(2);
    expect(refusal(escalated, { type: 'escalate', note: '再次', level: 2 }, system)).toBe('CASE_ACTION_NOT_ALLOWED');
    expect(refusal(escalated, dispatchTo(DEPT), dispatcher)).toBe('CASE_ACTION_NOT_ALLOWED');
  });

  it('notes need text; public notes carry public wording, internal ones do not', () => {
    const s = caseAt('handling');
    expect(refusal(s, { type: 'note', text: ' ', public: false }, townHandler)).toBe('CASE_ACTION_NOT_ALLOWED');
    const internal = decide(s, { type: 'note', text: '内部协调', public: false }, deptHandler, t0);
    expect(internal.ok && internal.event.publicText).toBeNull();
    const visible = decide(s, { type: 'note', text: '已联系施工方', public: true }, townHandler, t0);
    expect(visible.ok && visible.event.publicText).toBe('已联系施工方');
    expect(refusal(s, { type: 'note', text: '路过', public: false }, otherDept)).toBe('CASE_NOT_PERMITTED');
  });
});

/** A command of each type with a plausible payload, for the exhaustive table. */
function sampleCommand(action: CaseAction, state: CaseState): CaseCommand {
  switch (action) {
    case 'accept':
    case 'acknowledge':
    case 'approve':
    case 'approveExtension':
      return { type: action };
    case 'decline':
    case 'return':
    case 'denyExtension':
    case 'sendBack':
    case 'close':
      return { type: action, reason: '理由' };
    case 'merge':
      return { type: 'merge', targetId: 99, targetOpen: true };
    case 'classify':
      return classify;
    case 'dispatch':
      return dispatchTo(TOWN, [DEPT]);
    case 'overrule':
      return { type: 'overrule', note: '继续办理', responseDueAt: hours(8) };
    case 'summon':
      return { type: 'summon', units: [{ ...unit(OTHER_DEPT), dueAt: hours(2) }], note: '吹哨' };
    case 'acknowledgeSummons':
      return {
        type: 'acknowledgeSummons',
        unitId: state.parties.find((p) => p.role === 'summoned')?.unitId ?? OTHER_DEPT,
      };
    case 'note':
      return { type: 'note', text: '进展', public: false };
    case 'requestExtension':
      return { type: 'requestExtension', until: hours(500), reason: '协调' };
    case 'resolve':
      return { type: 'resolve', result: '已办结', evidenceCount: 1 };
    case 'followUp':
      return { type: 'followUp', satisfaction: 'satisfied', solved: true, reopenResolveDueAt: hours(100) };
    case 'reopen':
      return { type: 'reopen', reason: '重办', resolveDueAt: hours(100) };
    case 'urge':
      return { type: 'urge', note: '督办' };
    case 'escalate':
      return { type: 'escalate', note: '提级', level: state.escalationLevel + 1 };
    case 'clearRecurrence':
      return { type: 'clearRecurrence', reason: '不是同一问题' };
  }
}

describe('every status × action × actor', () => {
  const points = [
    'submitted',
    'accepted',
    'dispatched',
    'returned',
    'handling',
    'resolved',
    'follow_up',
    'closed',
  ] as const;
  const withExtras = (s: CaseState): CaseState[] => [
    s,
    s.status === 'handling' ? step(s, { type: 'requestExtension', until: hours(60), reason: '协调' }, townHandler) : s,
    s.status === 'handling' || s.status === 'dispatched'
      ? step(s, { type: 'summon', units: [{ ...unit(OTHER_DEPT), dueAt: hours(2) }], note: '吹哨' }, dispatcher)
      : s,
    { ...s, recurrenceOfId: 42 },
  ];
  const states = [
    ...points.flatMap((p) => withExtras(caseAt(p))),
    step(newCase(), { type: 'decline', reason: 'x' }, dispatcher),
    step(newCase(), { type: 'merge', targetId: 3, targetOpen: true }, dispatcher),
  ];

  it('covers every status', () => {
    expect(new Set(states.map((s) => s.status))).toEqual(new Set(caseStatuses));
  });

  for (const [name, actor] of Object.entries(actors)) {
    it(`allowedActions agrees with decide for ${name}, and accepted decisions keep the invariants`, () => {
      let accepted = 0;
      const acceptedActions = new Set<CaseAction>();
      for (const state of states) {
        const allowed = allowedActions(state, actor);
        for (const action of caseActions) {
          const decision = decide(state, sampleCommand(action, state), actor, t0);
          if (!allowed.includes(action)) {
            expect(decision.ok, `${name} ${action} from ${state.status}`).toBe(false);
            continue;
          }
          expect(guard(state, action, actor)).toBeNull();
          if (decision.ok) {
            accepted++;
            acceptedActions.add(action);
            expect(
              invariantViolations({ ...state, ...decision.changes }),
              `${name} ${action} from ${state.status}`,
            ).toEqual([]);
            expect(decision.event.fromStatus).toBe(state.status);
          }
        }
      }
      if (name === 'nobody') expect(accepted).toBe(0);
      else if (name === 'otherDept')
        expect([...acceptedActions].sort()).toEqual(['acknowledgeSummons', 'note']); // only once summoned
      else expect(accepted).toBeGreaterThan(0);
    });
  }

  it('terminal cases (declined, merged) accept nothing from anyone', () => {
    for (const state of states.filter((s) => s.status === 'declined' || s.status === 'merged')) {
      for (const actor of Object.values(actors)) expect(allowedActions(state, actor)).toEqual([]);
    }
  });
});

describe('random action sequences (property-based)', () => {
  const actorArb = fc.constantFrom(...Object.values(actors));
  const unitArb = fc.constantFrom(TOWN, DEPT, GRID, FORCE, OTHER_DEPT);
  const offsetArb = fc.integer({ min: -10, max: 300 });
  const commandArb: fc.Arbitrary<CaseCommand> = fc.oneof(
    fc.constant<CaseCommand>({ type: 'accept' }),
    fc.constantFrom('', '理由').map((reason): CaseCommand => ({ type: 'decline', reason })),
    fc.boolean().map((targetOpen): CaseCommand => ({ type: 'merge', targetId: 5, targetOpen })),
    fc
      .tuple(fc.constantFrom(...caseTiers), fc.constantFrom('normal', 'urgent' as const))
      .map(([tier, urgency]): CaseCommand => ({ type: 'classify', categoryId: 3, tier, urgency })),
    fc
      .tuple(unitArb, fc.array(unitArb, { maxLength: 2 }), offsetArb, offsetArb)
      .map(([lead, support, a, b]): CaseCommand => ({
        type: 'dispatch',
        lead: unit(lead),
        supporting: support.map(unit),
        responseDueAt: hours(a),
        resolveDueAt: hours(a + b),
      })),
    fc.constant<CaseCommand>({ type: 'acknowledge' }),
    fc.constantFrom('', '非本单位职责').map((reason): CaseCommand => ({ type: 'return', reason })),
    offsetArb.map((h): CaseCommand => ({ type: 'overrule', note: '继续', responseDueAt: hours(h) })),
    fc.tuple(fc.array(unitArb, { maxLength: 2 }), offsetArb).map(([ids, h]): CaseCommand => ({
      type: 'summon',
      units: ids.map((id) => ({ ...unit(id), dueAt: hours(h) })),
      note: '吹哨',
    })),
    unitArb.map((unitId): CaseCommand => ({ type: 'acknowledgeSummons', unitId })),
    fc.boolean().map((pub): CaseCommand => ({ type: 'note', text: '进展', public: pub })),
    offsetArb.map((h): CaseCommand => ({ type: 'requestExtension', until: hours(h), reason: '协调' })),
    fc.constant<CaseCommand>({ type: 'approveExtension' }),
    fc.constant<CaseCommand>({ type: 'denyExtension', reason: '不同意' }),
    fc.constant<CaseCommand>({ type: 'resolve', result: '已办结', evidenceCount: 1 }),
    fc.constant<CaseCommand>({ type: 'approve' }),
    fc.constant<CaseCommand>({ type: 'sendBack', reason: '重办' }),
    fc
      .tuple(fc.constantFrom('satisfied', 'basically_satisfied', 'unsatisfied' as const), fc.boolean(), offsetArb)
      .map(([satisfaction, solved, h]): CaseCommand => ({
        type: 'followUp',
        satisfaction,
        solved,
        reopenResolveDueAt: hours(h),
      })),
    offsetArb.map((h): CaseCommand => ({ type: 'reopen', reason: '反弹', resolveDueAt: hours(h) })),
    fc.constant<CaseCommand>({ type: 'close', reason: '联系不上' }),
    fc.constant<CaseCommand>({ type: 'urge', note: '督办' }),
    fc.integer({ min: 0, max: 3 }).map((level): CaseCommand => ({ type: 'escalate', note: '提级', level })),
  );

  it('never reach an invalid state, and only allowed actions succeed', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(commandArb, actorArb), { minLength: 1, maxLength: 60 }), (steps) => {
        let state = newCase();
        for (const [command, actor] of steps) {
          const allowedBefore = allowedActions(state, actor);
          const decision = decide(state, command, actor, t0);
          if (!decision.ok) continue;
          expect(allowedBefore).toContain(command.type);
          state = { ...state, ...decision.changes };
          expect(invariantViolations(state)).toEqual([]);
          expect(caseStatuses).toContain(state.status);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('a case is never silently dropped: every non-terminal state leaves someone an action', () => {
    const everyone: CaseActor = {
      personId: 9,
      dispatcher: true,
      supervisor: true,
      actingUnitIds: [TOWN, DEPT, GRID, FORCE, OTHER_DEPT],
      reporter: true,
      system: true,
    };
    fc.assert(
      fc.property(fc.array(fc.tuple(commandArb, actorArb), { maxLength: 40 }), (steps) => {
        let state = newCase();
        for (const [command, actor] of steps) {
          const decision = decide(state, command, actor, t0);
          if (decision.ok) state = { ...state, ...decision.changes };
        }
        const terminal =
          state.status === 'declined' ||
          state.status === 'merged' ||
          (state.status === 'closed' && state.reopenCount >= defaultWorkflowLimits.maxReopens);
        expect(allowedActions(state, everyone).length > 0 || terminal).toBe(true);
      }),
      { numRuns: 1500 },
    );
  });
});
