import type { Kysely } from 'kysely';
import {
  countProgrammes,
  findFirstMember,
  findPersonIdByUsername,
  mapUnitCodes,
  mapUsernames,
} from './demo.repository.ts';
import { withTransaction } from '../../platform/db/database.ts';
import type { Logger } from '../../platform/logging/logger.ts';
import type { DB } from '../../platform/db/schema.ts';
import type { Actor } from '../access/actor.ts';
import { loadActor } from '../auth/load-actor.ts';
import { insertPerson } from '../people/people.repository.ts';
import { addDays, localDateOf, nthWorkingDayAfter, startOfDay } from '../programmes/local-dates.ts';
import type { ProgrammeDeps } from '../programmes/programme-deps.ts';
import { findForm, findProgramme } from '../programmes/programmes.repository.ts';
import { openFormReports } from '../programmes/report-cycle.service.ts';
import { sweepReports } from '../programmes/report-sweeper.ts';
import {
  demoPhaseNames,
  type DemoProgramme,
  demoProgrammes,
  demoProgrammeUnitCodes,
  type DemoStory,
  type DemoTask,
} from './demo-programmes.ts';
import {
  contextAs,
  type DemoMoment,
  planReportMoments,
  planTaskMoments,
  planTopicMoments,
  type PlacedTask,
  type Quarter,
} from './demo-programme-moments.ts';
import { createForm } from '../programmes/report-forms.service.ts';
import { changeProgrammeStatus, createProgramme } from '../programmes/programmes.service.ts';
import { createTask } from '../programmes/tasks.service.ts';

/**
 * Loads the demo task lists (demo-programmes.ts) into an installation with the demo district and no
 * programmes: each programme, its tasks and its report form are made through the real services at
 * past times; the reports of every period since the form was defined are opened; then the lead
 * units' filings, the office's reviews, milestones, claims and sign-offs, supervision comments and
 * the public's topics are replayed in time order; a last sweep at `now` urges what is overdue and
 * brings every traffic light up to date. Nothing goes out by SMS or e-mail.
 */

export interface DemoLookup {
  unitId(code: string): number;
  actor(username: string): Promise<Actor>;
  /** Someone who files for a unit (a handler, else its lead). */
  filer(unitCode: string): Promise<Actor>;
  citizens: Actor[];
}

const dayMs = 86_400_000;
const citizenCount = 30;

/** The three quarters of the campaign: the one two before today's, the one before, and today's. */
export function quartersAround(now: Date): Quarter[] {
  const today = localDateOf(now);
  const year = Number(today.slice(0, 4));
  const quarter = Math.floor((Number(today.slice(5, 7)) - 1) / 3);
  return [-2, -1, 0].map((offset, index) => {
    const q = quarter + offset;
    const y = year + Math.floor(q / 4);
    const first = ((q % 4) + 4) % 4;
    const startsOn = `${y}-${String(first * 3 + 1).padStart(2, '0')}-01`;
    const nextFirst = first === 3 ? `${y + 1}-01-01` : `${y}-${String(first * 3 + 4).padStart(2, '0')}-01`;
    return { name: demoPhaseNames[index] ?? '', startsOn, endsOn: addDays(nextFirst, -1) };
  });
}

async function ensureCitizens(db: Kysely<DB>, now: Date): Promise<number[]> {
  const ids: number[] = [];
  for (let n = 1; n <= citizenCount; n++) {
    const username = `demo.citizen${String(n).padStart(2, '0')}`;
    const existing = await findPersonIdByUsername(db, username);
    ids.push(
      existing !== undefined
        ? existing
        : await insertPerson(
            db,
            {
              username,
              display_name: `群众${String(n).padStart(2, '0')}`,
              mobile: `1700000${String(n).padStart(4, '0')}`,
              kind: 'citizen',
              password_hash: null,
            },
            now,
          ),
    );
  }
  return ids;
}

async function buildLookup(db: Kysely<DB>, now: Date): Promise<DemoLookup | null> {
  const units = await mapUnitCodes(db);
  if (!units.has('D01-DIS') || !units.has('D01-DEPT-DEVREFORM')) return null;
  const missing = demoProgrammeUnitCodes().filter((code) => !units.has(code));
  if (missing.length > 0) throw new Error(`demo programmes: no units ${missing.join(', ')}`);
  const people = await mapUsernames(db);
  const actors = new Map<number, Promise<Actor>>();
  const actorOf = (id: number) => {
    let actor = actors.get(id);
    if (!actor) actors.set(id, (actor = loadActor(db, id)));
    return actor;
  };
  const citizenIds = [people.get('citizen'), ...(await ensureCitizens(db, now))].filter(
    (id): id is number => id !== undefined,
  );
  const citizens = await Promise.all(citizenIds.map(actorOf));
  return {
    citizens,
    unitId(code) {
      const id = units.get(code);
      if (id === undefined) throw new Error(`demo programmes: no unit ${code}`);
      return id;
    },
    actor(username) {
      const id = people.get(username);
      if (id === undefined) throw new Error(`demo programmes: no person ${username}`);
      return actorOf(id);
    },
    async filer(unitCode) {
      const personId = await findFirstMember(db, units.get(unitCode) ?? 0, ['handler', 'unit_lead']);
      if (personId === undefined) throw new Error(`demo programmes: nobody files for ${unitCode}`);
      return actorOf(personId);
    },
  };
}

/** Creates one programme as it was set up months ago: phases, tasks (with sub-tasks and milestones), activation, the form. */
async function setUp(
  deps: ProgrammeDeps,
  lookup: DemoLookup,
  spec: DemoProgramme,
  quarters: Quarter[],
  now: Date,
): Promise<{ programmeId: number; formId: number; tasks: PlacedTask[] }> {
  const office = await lookup.actor('office');
  const startsOn = quarters[0]?.startsOn ?? localDateOf(now);
  const endsOn = quarters[2]?.endsOn ?? localDateOf(now);
  const createdAt = new Date(Math.max(startOfDay(startsOn).getTime() - 7 * dayMs, now.getTime() - 240 * dayMs));
  const ctx = contextAs(office, createdAt);
  const programme = await createProgramme(deps, ctx, {
    title: spec.title,
    kind: spec.kind,
    description: spec.description,
    ownerUnitId: lookup.unitId(spec.owner),
    startsOn,
    endsOn,
    visibility: spec.visibility,
    phases: quarters.map((q) => ({ name: q.name, startsOn: q.startsOn, endsOn: q.endsOn })),
  });
  const phaseIds = programme.phases.map((p) => p.id);
  const soon = nthWorkingDayAfter(localDateOf(now), 3, deps.calendar());
  const tasks: PlacedTask[] = [];
  const place = async (task: DemoTask, parentId: number | null) => {
    const milestones = spec.milestoneTitles.map((title, k) => ({
      title,
      dueOn: quarters[k]?.endsOn ?? endsOn,
      ...(phaseIds[k] ? { phaseId: phaseIds[k] } : {}),
    }));
    if (task.story === 'at_risk') milestones.push({ title: '专项检查验收', dueOn: soon });
    const created = await createTask(deps, ctx, programme.id, {
      title: task.title,
      externalId: task.key,
      leadUnitId: lookup.unitId(task.lead),
      supportingUnitIds: (task.support ?? []).map((code) => lookup.unitId(code)),
      ...(task.leader ? { leaderName: task.leader } : {}),
      ...(task.description ? { description: task.description } : {}),
      startsOn,
      dueOn: endsOn,
      ...(task.target
        ? {
            targetText: task.target.text,
            ...(task.target.value !== undefined ? { targetValue: task.target.value } : {}),
            ...(task.target.unit ? { targetUnit: task.target.unit } : {}),
          }
        : {}),
      ...(task.weight ? { weight: task.weight } : {}),
      ...(parentId !== null ? { parentId } : {}),
      milestones,
    });
    tasks.push({
      id: created.id,
      key: task.key,
      index: tasks.length,
      story: task.story as DemoStory,
      lead: task.lead,
      milestones: created.milestones.map((m) => ({
        id: m.id,
        dueOn: m.dueOn,
        deadline: new Date(m.deadline),
        extra: m.title === '专项检查验收',
      })),
      startsOn,
      dueOn: endsOn,
      hasChildren: (task.children?.length ?? 0) > 0,
    });
    for (const child of task.children ?? []) await place(child, created.id);
  };
  for (const task of spec.tasks) await place(task, null);
  await changeProgrammeStatus(
    deps,
    contextAs(office, new Date(createdAt.getTime() + 3_600_000)),
    programme.id,
    'activate',
  );
  const form = await createForm(
    deps,
    contextAs(office, new Date(now.getTime() - spec.form.definedDaysAgo * dayMs)),
    programme.id,
    {
      name: spec.form.name,
      frequency: spec.form.frequency,
      dueWorkingDay: spec.form.dueWorkingDay,
      remindWorkingDays: spec.form.remindWorkingDays,
      startsOn,
      fields: spec.form.fields.map((f) => ({ ...f })),
    },
  );
  return { programmeId: programme.id, formId: form.id, tasks };
}

class Stopped extends Error {}

async function replay(moments: DemoMoment[], signal: AbortSignal | undefined): Promise<void> {
  moments.sort((a, b) => a.at.getTime() - b.at.getTime() || a.order - b.order);
  for (const moment of moments) {
    if (signal?.aborted) throw new Stopped('stopped');
    try {
      await moment.run();
    } catch (error) {
      throw new Error(`demo programmes: ${moment.label} at ${moment.at.toISOString()} failed`, { cause: error });
    }
  }
}

export interface DemoProgrammesOutcome {
  loaded: number;
  tasks: number;
  reports: number;
  /** True when `signal` stopped the load part-way (what was made so far stays). */
  stopped?: boolean;
}

/**
 * Loads the demo programmes once: nothing when any programme exists or the demo district is
 * missing. `signal` stops it between two steps (a server shutting down while it loads).
 */
export async function loadDemoProgrammes(
  deps: ProgrammeDeps,
  now: Date = new Date(),
  options: { signal?: AbortSignal } = {},
): Promise<DemoProgrammesOutcome> {
  try {
    return await load(deps, now, options.signal);
  } catch (error) {
    if (error instanceof Stopped) return { loaded: 0, tasks: 0, reports: 0, stopped: true };
    throw error;
  }
}

async function load(deps: ProgrammeDeps, now: Date, signal: AbortSignal | undefined): Promise<DemoProgrammesOutcome> {
  if ((await countProgrammes(deps.db)) > 0) return { loaded: 0, tasks: 0, reports: 0 };
  const quiet: ProgrammeDeps = { ...deps, notifications: { ...deps.notifications, channels: [] } };
  const lookup = await buildLookup(deps.db, now);
  if (!lookup) return { loaded: 0, tasks: 0, reports: 0 };
  const quarters = quartersAround(now);
  const placed: { spec: DemoProgramme; programmeId: number; formId: number; tasks: PlacedTask[] }[] = [];
  for (const spec of demoProgrammes) {
    if (signal?.aborted) throw new Stopped('stopped');
    placed.push({ spec, ...(await setUp(quiet, lookup, spec, quarters, now)) });
  }

  // The public's topics come first: the two selected become tasks before the reports are opened.
  const topicMoments: DemoMoment[] = [];
  for (const entry of placed)
    if (entry.spec.topics)
      topicMoments.push(
        ...(await planTopicMoments(quiet, lookup, entry.programmeId, entry.spec.topics, quarters, now, entry.tasks)),
      );
  await replay(topicMoments, signal);

  for (const entry of placed) {
    await withTransaction(quiet.db, async (trx) => {
      const form = await findForm(trx, entry.formId);
      const programme = await findProgramme(trx, entry.programmeId);
      if (form && programme) await openFormReports(trx, quiet, form, programme.starts_on, now);
    });
  }
  const moments: DemoMoment[] = [];
  let reports = 0;
  for (const entry of placed) {
    const planned = await planReportMoments(quiet, lookup, entry.formId, entry.spec.form.fields, entry.tasks, now);
    reports += planned.reports;
    moments.push(...planned.moments, ...(await planTaskMoments(quiet, lookup, entry.tasks, now)));
  }
  await replay(moments, signal);
  await sweepReports(quiet, now);
  return { loaded: placed.length, tasks: placed.reduce((sum, p) => sum + p.tasks.length, 0), reports };
}

export interface BackgroundLoad {
  /** True until the load has finished, failed or stopped. */
  running(): boolean;
  /** Stops the load between two steps and waits for it. */
  stop(): Promise<void>;
}

/**
 * Loads the demo task lists while the server already answers (it takes a while on the embedded
 * database); the server stops it before closing the database.
 */
export function loadDemoProgrammesInBackground(deps: ProgrammeDeps, logger: Logger): BackgroundLoad {
  const controller = new AbortController();
  const started = Date.now();
  let finished = false;
  const work = loadDemoProgrammes(deps, new Date(), { signal: controller.signal })
    .then((outcome) => {
      if (outcome.loaded > 0) logger.info({ ...outcome, ms: Date.now() - started }, 'demo task lists loaded');
      if (outcome.stopped) logger.warn('demo task lists: loading stopped part-way by shutdown');
    })
    .catch((error: unknown) => logger.error({ err: error }, 'demo task lists could not be loaded'))
    .finally(() => {
      finished = true;
    });
  return {
    running: () => !finished,
    stop: async () => {
      controller.abort();
      await work;
    },
  };
}
