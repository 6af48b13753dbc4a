import { demoPosition } from './demo-positions.ts';
import { countCases, findNextSweepAt, mapUsernames } from './demo.repository.ts';
import type { RequestContext } from '../access/request-context.ts';
import type { CaseAction } from '../../shared/cases.ts';
import type { Actor } from '../access/actor.ts';
import { loadActor } from '../auth/load-actor.ts';
import { actOnCase } from '../cases/case-actions.service.ts';
import { later } from '../cases/case-clock.ts';
import type { CaseDeps } from '../cases/case-deps.ts';
import { createDirectoryCache } from '../cases/case-directory.ts';
import { submitCase } from '../cases/case-intake.service.ts';
import { sweepCases } from '../cases/case-sweeper.ts';
import type { ActionBodies, CaseDetail, IntakeBody } from '../cases/cases.schemas.ts';
import { buildDemoCasePlan, type DemoAct, type DemoCaseScript, type DemoStep, stepTime } from './demo-cases.ts';

/**
 * Loads the demo cases (demo-cases.ts) into an installation with the demo district and no cases:
 * each script is replayed through the real services (intake, every action) at its past time and as
 * its demo person, all scripts interleaved in time order. The sweeper runs whenever a warning, urge
 * or escalation falls due on the way, and once more at `now`, so overdue cases carry their alerts.
 * Nothing goes out by SMS or e-mail for these past events (the inbox rows are written as usual).
 */

interface Lookup {
  unitId(code: string): number;
  categoryId(category: DemoCaseScript['category']): number;
  actor(username: string): Promise<Actor>;
}

const minuteMs = 60_000;

async function buildLookup(deps: CaseDeps): Promise<Lookup | null> {
  const directory = await deps.directory.get();
  const units = new Map([...directory.units.values()].map((u) => [u.code, u.id]));
  if (!units.has('D01-HOT') || !units.has('D01-TF-PETITION')) return null;
  const categories = new Map([...directory.categories.values()].map((c) => [c.pathNames.join('/'), c.id]));
  const personIds = await mapUsernames(deps.db);
  const actors = new Map<string, Promise<Actor>>();
  return {
    unitId(code) {
      const id = units.get(code);
      if (id === undefined) throw new Error(`demo cases: no unit ${code}`);
      return id;
    },
    categoryId({ level1, level2, level3 }) {
      const id = categories.get(`${level1}/${level2}/${level3}`);
      if (id === undefined)
        throw new Error(`demo cases: no category ${level1}/${level2}/${level3} (load the default categories first)`);
      return id;
    },
    actor(username) {
      let actor = actors.get(username);
      if (!actor) {
        const id = personIds.get(username);
        if (id === undefined) throw new Error(`demo cases: no person ${username}`);
        actor = loadActor(deps.db, id);
        actors.set(username, actor);
      }
      return actor;
    },
  };
}

/** The unit codes an action names. */
function unitCodesOf(act: DemoAct): string[] {
  if (act.action === 'dispatch') return [act.leadCode, ...act.supportCodes];
  if (act.action === 'summon') return act.unitCodes;
  if (act.action === 'acknowledgeSummons') return [act.unitCode];
  return [];
}

/** Resolves every unit, category and person the plan names, so nothing is written when one is missing. */
async function checkPlan(plan: readonly DemoCaseScript[], lookup: Lookup, deps: CaseDeps): Promise<void> {
  // Some citizens stay unsatisfied through two reopenings (重办) before their case closes.
  if (deps.limits.maxReopens < 2)
    throw new Error(`demo cases: MAX_REOPENS is ${deps.limits.maxReopens}; the demo needs at least 2`);
  for (const script of plan) {
    lookup.categoryId(script.category);
    for (const code of [script.placeCode, ...script.steps.flatMap((s) => unitCodesOf(s.act))]) lookup.unitId(code);
    for (const username of new Set([script.intakeBy, ...script.steps.map((s) => s.by)]))
      if (username !== null) await lookup.actor(username);
  }
}

function contextOf(actor: Actor | null, now: Date): RequestContext {
  return { actor, requestId: 'demo:cases', ip: 'local', locale: 'zh', now };
}

function intakeOf(script: DemoCaseScript, lookup: Lookup): IntakeBody {
  const reporter = script.reporter;
  // One spot per matter and place: the same problem reported again lies where it was first (反弹回潮).
  const position = demoPosition(script.placeCode, JSON.stringify([script.placeCode, script.category]));
  return {
    ...(position ? { lat: position.lat, lng: position.lng } : {}),
    ...(script.intakeBy !== null && reporter.kind !== 'account' ? { channel: script.channel } : {}),
    title: script.title,
    description: script.description,
    address: script.address,
    placeUnitId: lookup.unitId(script.placeCode),
    urgency: script.urgency,
    ...(script.categoryAtIntake ? { categoryId: lookup.categoryId(script.category) } : {}),
    ...(reporter.kind === 'named' ? { reporterName: reporter.name, reporterMobile: reporter.mobile } : {}),
    ...(reporter.kind === 'anonymous' ? { anonymous: true } : {}),
    ...(Object.keys(script.extra).length > 0 ? { extra: script.extra } : {}),
  };
}

interface Replay {
  deps: CaseDeps;
  lookup: Lookup;
  /** Case ids by script key. */
  ids: Map<string, number>;
  /** The latest resolution deadline seen per case (for extension requests). */
  resolveDue: Map<string, Date>;
  /** The earliest sweeper milestone known to be ahead (null: none). */
  nextSweep: Date | null;
}

/** The request body of a scripted action, with codes and keys turned into ids. */
function bodyOf(act: DemoAct, script: DemoCaseScript, replay: Replay, now: Date): ActionBodies[CaseAction] {
  const { lookup } = replay;
  switch (act.action) {
    case 'merge':
      return { targetId: replay.ids.get(act.intoKey) ?? 0 };
    case 'classify':
      return { categoryId: lookup.categoryId(script.category), tier: act.tier, urgency: act.urgency };
    case 'dispatch':
      return {
        leadUnitId: lookup.unitId(act.leadCode),
        supportingUnitIds: act.supportCodes.map((c) => lookup.unitId(c)),
        ...(act.note ? { note: act.note } : {}),
      };
    case 'summon':
      return { unitIds: act.unitCodes.map((c) => lookup.unitId(c)), note: act.note };
    case 'acknowledgeSummons':
      return { unitId: lookup.unitId(act.unitCode) };
    case 'requestExtension': {
      const due = replay.resolveDue.get(script.key) ?? now;
      return {
        until: later(replay.deps.clock(), due, act.workingDays * 7, 'normal').toISOString(),
        reason: act.reason,
      };
    }
    default: {
      const { action: _action, ...body } = act;
      return body as ActionBodies[CaseAction];
    }
  }
}

async function intake(script: DemoCaseScript, replay: Replay): Promise<void> {
  const actor = script.intakeBy === null ? null : await replay.lookup.actor(script.intakeBy);
  const outcome = await submitCase(replay.deps, contextOf(actor, script.at), intakeOf(script, replay.lookup), {
    public: script.intakeBy === null,
  });
  replay.ids.set(script.key, outcome.id);
}

async function act(script: DemoCaseScript, step: DemoStep, replay: Replay): Promise<void> {
  const at = stepTime(script, step);
  const id = replay.ids.get(script.key);
  if (id === undefined) throw new Error(`demo cases: ${script.key} was not submitted`);
  const body = bodyOf(step.act, script, replay, at);
  try {
    const detail = await actOnCase(
      replay.deps,
      contextOf(await replay.lookup.actor(step.by), at),
      id,
      step.act.action,
      body,
    );
    if (detail.resolveDueAt) replay.resolveDue.set(script.key, new Date(detail.resolveDueAt));
    noteMilestones(replay, detail);
  } catch (error) {
    throw new Error(
      `demo cases: ${script.key} (${script.fate}) ${step.act.action} by ${step.by} at ${at.toISOString()} failed`,
      { cause: error },
    );
  }
}

/**
 * Keeps the earliest milestone the sweeper will act on: the warning time and the deadline of the
 * case's current phase, and the report deadlines of summoned units (as milestonesOf lists them).
 */
function noteMilestones(replay: Replay, detail: CaseDetail): void {
  const times: (string | null)[] = [detail.warnAt];
  if (detail.status === 'dispatched') times.push(detail.responseDueAt);
  if (detail.status === 'handling') times.push(detail.resolveDueAt);
  if (['dispatched', 'handling', 'resolved'].includes(detail.status))
    for (const p of detail.parties) if (p.role === 'summoned' && !p.acknowledgedAt) times.push(p.dueAt);
  for (const time of times) {
    if (time === null) continue;
    const at = new Date(time);
    if (replay.nextSweep === null || at < replay.nextSweep) replay.nextSweep = at;
  }
}

interface Moment {
  at: Date;
  script: DemoCaseScript;
  /** null for the intake. */
  step: DemoStep | null;
}

/** Every intake and action of the plan, in time order (each case's own order kept). */
function momentsOf(plan: readonly DemoCaseScript[]): Moment[] {
  const moments: Moment[] = [];
  for (const script of plan) {
    moments.push({ at: script.at, script, step: null });
    for (const step of script.steps) moments.push({ at: stepTime(script, step), script, step });
  }
  return moments.sort(
    (a, b) =>
      a.at.getTime() - b.at.getTime() ||
      (a.script.key < b.script.key ? -1 : a.script.key > b.script.key ? 1 : 0) ||
      (a.step ? 1 : 0) - (b.step ? 1 : 0),
  );
}

/**
 * Runs the sweeper at each milestone that falls due by `until` (never earlier than `since`), as the
 * periodic sweeper would have; answers the next milestone still ahead.
 */
async function sweepUntil(deps: CaseDeps, since: Date, until: Date): Promise<Date | null> {
  for (let rounds = 0; rounds < 1000; rounds++) {
    const next = await findNextSweepAt(deps.db);
    if (!next || next > until) return next;
    const at = new Date(Math.max(Math.ceil(next.getTime() / minuteMs) * minuteMs, since.getTime()));
    await sweepCases(deps, at);
  }
  return null;
}

/** Replays the moments in order, running the sweeper whenever a milestone falls due on the way. */
async function replayAll(replay: Replay, moments: readonly Moment[]): Promise<Date> {
  let last = moments[0]?.at ?? new Date(0);
  for (const moment of moments) {
    if (replay.nextSweep !== null && replay.nextSweep <= moment.at)
      replay.nextSweep = await sweepUntil(replay.deps, last, moment.at);
    if (moment.step === null) await intake(moment.script, replay);
    else await act(moment.script, moment.step, replay);
    last = moment.at;
  }
  return last;
}

/**
 * Loads the demo cases once: does nothing when any case exists or the demo district is missing.
 * Expects the demo district (loadDemoIfEmpty) and the default categories (ensureDefaultCategories);
 * throws before writing anything when a unit, category or person of the plan cannot be found, or
 * when MAX_REOPENS is below 2.
 */
export async function loadDemoCases(deps: CaseDeps, now: Date = new Date()): Promise<{ loaded: number }> {
  if ((await countCases(deps.db)) > 0) return { loaded: 0 };
  // No SMS or e-mail for past events. The directory (units, categories) does not change while
  // loading; a long-lived cache also keeps actOnCase from reloading it inside its transaction, which
  // on PGlite waits forever for the transaction's own connection.
  const quiet: CaseDeps = {
    ...deps,
    notifications: { ...deps.notifications, channels: [] },
    directory: createDirectoryCache(deps.db, 3_600_000),
  };
  const lookup = await buildLookup(quiet);
  if (!lookup) return { loaded: 0 };
  const plan = buildDemoCasePlan(now, deps.clock());
  await checkPlan(plan, lookup, quiet);
  const replay: Replay = { deps: quiet, lookup, ids: new Map(), resolveDue: new Map(), nextSweep: null };
  const last = await replayAll(replay, momentsOf(plan));
  await sweepUntil(quiet, last, now);
  await sweepCases(quiet, now);
  return { loaded: replay.ids.size };
}
