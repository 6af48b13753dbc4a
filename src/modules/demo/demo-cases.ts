import { type BusinessCalendar, createBusinessCalendar } from '../../platform/calendar/business-calendar.ts';
import { addTime, defaultOfficeHours, elapsedTime, type OfficeHours } from '../../platform/calendar/working-time.ts';
import { chinaWallClock, startOfChinaDay } from '../../shared/china-time.ts';
import type { CaseChannel, CaseStatus, CaseTier, DeadlineColour, Satisfaction, Urgency } from '../../shared/cases.ts';
import { applyLimitOverride, defaultLimits, limitOverrides } from '../categories/default-limits.ts';
import { routingFor, routingKey } from '../categories/default-routing.ts';
import * as words from './demo-case-texts.ts';
import type { CaseText } from './demo-case-texts.ts';
import { buildDemoDistrict, type DemoRole, type DemoUnit } from './demo-district.ts';

/**
 * The demo cases: about 300 scripted lives of cases in the demo district (澄川区) over the 75 days
 * before `now`, in every status. Pure and deterministic: the same `now` (and calendar) always gives
 * the same plan. demo-cases.service.ts replays it through the real case services.
 *
 * Times are chosen on the working calendar so that the final picture is right as of `now`: cases
 * still open are recent, some past their limit (red), some near it (yellow).
 */

export interface DemoCategory {
  level1: string;
  level2: string;
  level3: string;
}

export type DemoReporter =
  | { kind: 'anonymous' }
  | { kind: 'named'; name: string; mobile: string }
  /** A citizen with an account (the demo login 'citizen'). */
  | { kind: 'account'; username: string }
  /** Found by staff (patrol, inspection…): no citizen reported it. */
  | { kind: 'none' };

/** One action, with units and cases named by code and key instead of database ids. */
export type DemoAct =
  | { action: 'accept'; note?: string }
  | { action: 'decline'; reason: string }
  | { action: 'merge'; intoKey: string }
  | { action: 'classify'; tier: CaseTier; urgency: Urgency }
  | { action: 'dispatch'; leadCode: string; supportCodes: string[]; note?: string }
  | { action: 'acknowledge' }
  | { action: 'return'; reason: string }
  | { action: 'overrule'; note: string }
  | { action: 'summon'; unitCodes: string[]; note: string }
  | { action: 'acknowledgeSummons'; unitCode: string }
  | { action: 'note'; text: string; public: boolean }
  | { action: 'requestExtension'; workingDays: number; reason: string }
  | { action: 'approveExtension'; note?: string }
  | { action: 'denyExtension'; reason: string }
  | { action: 'resolve'; result: string }
  | { action: 'approve'; note?: string }
  | { action: 'sendBack'; reason: string }
  | { action: 'followUp'; satisfaction: Satisfaction; solved: boolean; comment?: string }
  | { action: 'reopen'; reason: string }
  | { action: 'close'; reason: string }
  | { action: 'urge'; note: string };

export interface DemoStep {
  /** Hours after the submission (whole minutes). */
  hours: number;
  /** The demo username who acts. */
  by: string;
  act: DemoAct;
}

export interface DemoCaseScript {
  /** C001, C002… in order of submission. */
  key: string;
  /** What the script is meant to show, e.g. 'handling:red', 'closed:unsatisfied-redo'. */
  fate: string;
  /** Submission time. */
  at: Date;
  channel: CaseChannel;
  /** Who enters it: null for the public form, else a demo username. */
  intakeBy: string | null;
  title: string;
  description: string;
  address: string;
  /** The village or community. */
  placeCode: string;
  category: DemoCategory;
  /** Whether intake already names the category (then a recurrence is flagged at intake). */
  categoryAtIntake: boolean;
  tier: CaseTier;
  urgency: Urgency;
  reporter: DemoReporter;
  extra: Record<string, string>;
  steps: DemoStep[];
  /** The state the script ends in as of `now`; the colour only where the script aims at one. */
  expect: { status: CaseStatus; colour?: DeadlineColour };
}

export interface DemoClock {
  calendar: BusinessCalendar;
  office: OfficeHours;
}

/** The time a step happens. */
export function stepTime(script: DemoCaseScript, step: DemoStep): Date {
  return new Date(script.at.getTime() + Math.round(step.hours * 60) * minute);
}

// ---------------------------------------------------------------------------------------------
// Randomness and time

type Rng = () => number;

/** A small seeded PRNG (splitmix32), numbers in [0, 1). */
function seeded(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return ((z ^ (z >>> 16)) >>> 0) / 4294967296;
  };
}

const between = (rng: Rng, lo: number, hi: number) => lo + rng() * (hi - lo);
const int = (rng: Rng, lo: number, hi: number) => Math.floor(between(rng, lo, hi + 1));
const chance = (rng: Rng, p: number) => rng() < p;

function pick<T>(rng: Rng, list: readonly T[]): T {
  const item = list[Math.floor(rng() * list.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

const minute = 60_000;
const hour = 3_600_000;
const day = 86_400_000;

const ceilMinute = (ms: number) => new Date(Math.ceil(ms / minute) * minute);
const plusMinutes = (t: Date, minutes: number) => new Date(t.getTime() + minutes * minute);
const localHours = (t: Date) => (t.getTime() - startOfChinaDay(t).getTime()) / hour;
const localMidnight = (t: Date) => startOfChinaDay(t).getTime();

function dateLabel(t: Date): string {
  const local = chinaWallClock(t);
  return `${local.getUTCMonth() + 1}月${local.getUTCDate()}日`;
}

const localMonth = (t: Date) => chinaWallClock(t).getUTCMonth() + 1;

/** The hotline centre works 08:00–20:30 every day; later moments move to the next morning. */
function onShift(rng: Rng, t: Date): Date {
  const h = localHours(t);
  if (h >= 8 && h < 20.5) return t;
  const next = localMidnight(t) + (h >= 20.5 ? day : 0) + 8 * hour;
  return ceilMinute(next + int(rng, 3, 45) * minute);
}

function atWork(clock: DemoClock, from: Date, hours: number): Date {
  return ceilMinute(addTime(from, hours, 'working', clock.calendar, clock.office).getTime());
}

/** The latest moment from which `hours` of working time have passed by `now`. */
function workBack(clock: DemoClock, now: Date, hours: number): Date {
  let lo = now.getTime() - (Math.ceil(hours / 7) * 2 + 20) * day;
  let hi = now.getTime();
  while (hi - lo > minute) {
    const mid = Math.floor((lo + hi) / 2);
    if (elapsedTime(new Date(mid), now, 'working', clock.calendar, clock.office) >= hours) lo = mid;
    else hi = mid;
  }
  return new Date(Math.floor(lo / minute) * minute);
}

// ---------------------------------------------------------------------------------------------
// The district as the plan needs it

interface Place {
  code: string;
  name: string;
  kind: 'village' | 'community';
  townCode: string;
  townName: string;
  weight: number;
}

interface World {
  units: Map<string, DemoUnit>;
  places: Place[];
  user(unitCode: string, roles: readonly DemoRole[]): string;
}

function buildWorld(): World {
  const district = buildDemoDistrict();
  const units = new Map(district.units.map((u) => [u.code, u]));
  const members = new Map<string, string>();
  for (const person of district.people)
    for (const m of person.memberships)
      if (!members.has(`${m.unitCode}|${m.role}`)) members.set(`${m.unitCode}|${m.role}`, person.username);
  const places: Place[] = district.units
    .filter((u) => u.type === 'village' || u.type === 'community')
    .map((u) => {
      const town = units.get(u.parentCode ?? '');
      const weight = u.code === 'D01-T01-V01' ? 6 : u.code === 'D01-S01-C01' ? 3 : u.parentCode === 'D01-T01' ? 3 : 1;
      return {
        code: u.code,
        name: u.nameZh,
        kind: u.type === 'village' ? 'village' : 'community',
        townCode: town?.code ?? '',
        townName: town?.nameZh ?? '',
        weight,
      };
    });
  return {
    units,
    places,
    user(unitCode, roles) {
      for (const role of roles) {
        const username = members.get(`${unitCode}|${role}`);
        if (username) return username;
      }
      throw new Error(`no demo person for ${unitCode} as ${roles.join('/')}`);
    },
  };
}

const handlerOf = (w: World, code: string) => w.user(code, ['handler', 'unit_lead', 'grid_worker']);
const leadOf = (w: World, code: string) => w.user(code, ['unit_lead', 'handler']);
const deptCode = (key: string) => `D01-DEPT-${key}`;
const unitName = (w: World, code: string) => w.units.get(code)?.nameZh ?? code;
const TASK_FORCE = 'D01-TF-PETITION';
const DISPATCHER = 'dispatcher';
const SUPERVISOR = 'supervisor';
const CITIZEN = 'citizen';
const CITIZEN_PLACE = 'D01-S01-C01';
const GRID_PLACE = 'D01-T01-V01';

// ---------------------------------------------------------------------------------------------
// Recipes: what each case is meant to show

type Fate =
  | 'submitted'
  | 'accepted'
  | 'declined'
  | 'merged'
  | 'returned'
  | 'dispatched'
  | 'handling'
  | 'resolved'
  | 'follow_up'
  | 'closed';
type Rating =
  'satisfied' | 'basically_satisfied' | 'unsatisfied-redo' | 'unsatisfied-final' | 'anonymous' | 'unreachable';
type Twist =
  | 'redispatch'
  | 'overrule'
  | 'extension'
  | 'extension-pending'
  | 'extension-denied'
  | 'summon'
  | 'summon-unreported'
  | 'send-back'
  | 'reopen-closed'
  | 'recurrence'
  | 'unsatisfied-open'
  | 'supervisor-urge';

interface Recipe {
  fate: Fate;
  colour?: DeadlineColour;
  rating?: Rating;
  twist?: Twist;
  tier?: CaseTier;
  account?: boolean;
  /** A channel the case must come through (else mostly the web form and the hotline). */
  channel?: CaseChannel;
  /** A merge target (2 or 1 duplicates) or a recurrence origin. */
  role?: 'target' | 'origin';
}

function recipes(): Recipe[] {
  const list: [number, Recipe][] = [
    [83, { fate: 'closed', rating: 'satisfied' }],
    [8, { fate: 'closed', rating: 'satisfied', channel: 'patrol' }],
    [3, { fate: 'closed', rating: 'satisfied', channel: 'street_sweep' }],
    [3, { fate: 'closed', rating: 'satisfied', channel: 'inspection' }],
    [2, { fate: 'closed', rating: 'satisfied', channel: 'enterprise_visit' }],
    [1, { fate: 'closed', rating: 'satisfied', channel: 'letter' }],
    [1, { fate: 'closed', rating: 'satisfied', channel: 'visit' }],
    [33, { fate: 'closed', rating: 'basically_satisfied' }],
    [2, { fate: 'closed', rating: 'satisfied', role: 'origin' }],
    [3, { fate: 'closed', rating: 'satisfied', twist: 'redispatch' }],
    [1, { fate: 'closed', rating: 'basically_satisfied', twist: 'overrule' }],
    [4, { fate: 'closed', rating: 'satisfied', twist: 'extension' }],
    [3, { fate: 'closed', rating: 'satisfied', twist: 'summon' }],
    [2, { fate: 'closed', rating: 'basically_satisfied', twist: 'send-back' }],
    [7, { fate: 'closed', rating: 'unsatisfied-redo' }],
    [2, { fate: 'closed', rating: 'unsatisfied-final' }],
    [3, { fate: 'closed', rating: 'anonymous' }],
    [2, { fate: 'closed', rating: 'unreachable' }],
    [1, { fate: 'closed', rating: 'satisfied', tier: 'major', channel: 'supervision' }],
    [1, { fate: 'closed', rating: 'satisfied', account: true }],
    [18, { fate: 'follow_up' }],
    [1, { fate: 'follow_up', account: true }],
    [13, { fate: 'resolved' }],
    [1, { fate: 'resolved', tier: 'major', channel: 'letter' }],
    [14, { fate: 'handling', colour: 'green' }],
    [1, { fate: 'handling', colour: 'green', tier: 'major', channel: 'leader_reception' }],
    [2, { fate: 'handling', colour: 'green', channel: 'patrol' }],
    [1, { fate: 'handling', colour: 'green', account: true }],
    [2, { fate: 'handling', colour: 'green', role: 'target' }],
    [6, { fate: 'handling', colour: 'yellow' }],
    [1, { fate: 'handling', colour: 'yellow', role: 'target' }],
    [11, { fate: 'handling', colour: 'red' }],
    [1, { fate: 'handling', colour: 'green', twist: 'extension-pending' }],
    [1, { fate: 'handling', colour: 'yellow', twist: 'extension-pending' }],
    [1, { fate: 'handling', colour: 'red', twist: 'extension-pending' }],
    [1, { fate: 'handling', colour: 'red', twist: 'extension-denied' }],
    [1, { fate: 'handling', colour: 'red', twist: 'supervisor-urge' }],
    [2, { fate: 'handling', colour: 'green', twist: 'summon' }],
    [1, { fate: 'handling', colour: 'green', twist: 'summon-unreported' }],
    [1, { fate: 'handling', twist: 'overrule' }],
    [1, { fate: 'handling', twist: 'send-back' }],
    [1, { fate: 'handling', twist: 'reopen-closed' }],
    [1, { fate: 'handling', twist: 'unsatisfied-open' }],
    [2, { fate: 'handling', twist: 'recurrence' }],
    [9, { fate: 'dispatched', colour: 'green' }],
    [3, { fate: 'dispatched', colour: 'yellow' }],
    [3, { fate: 'dispatched', colour: 'red' }],
    [4, { fate: 'returned' }],
    [6, { fate: 'accepted' }],
    [11, { fate: 'submitted' }],
    [1, { fate: 'submitted', account: true }],
    [8, { fate: 'declined' }],
    [5, { fate: 'merged' }],
  ];
  return list.flatMap(([count, recipe]) => Array.from({ length: count }, () => ({ ...recipe })));
}

// ---------------------------------------------------------------------------------------------
// Drafts: the case before its life is written

interface Limits {
  response: number;
  resolve: number;
  natural: boolean;
}

interface Draft {
  ref: number;
  recipe: Recipe;
  text: CaseText;
  place: Place;
  spot: string;
  channel: CaseChannel;
  intakeBy: string | null;
  reporter: DemoReporter;
  tier: CaseTier;
  urgency: Urgency;
  lead: string;
  support: string[];
  /** The unit a misrouted first dispatch goes to. */
  wrongLead: string | null;
  slots: Record<string, string>;
  title: string;
  description: string;
  address: string;
  extra: Record<string, string>;
  categoryAtIntake: boolean;
  limits: Limits;
}

const staffChannels: readonly CaseChannel[] = [
  'patrol',
  'inspection',
  'enterprise_visit',
  'street_sweep',
  'supervision',
];

/** Fills {slots}, {vars}, {n:lo-hi} and {a|b}. */
function fill(rng: Rng, text: string, slots: Record<string, string>): string {
  return text.replace(/\{([^{}]+)\}/g, (_match, inner: string) => {
    const slot = slots[inner];
    if (slot !== undefined) return slot;
    const range = /^n:(\d+)-(\d+)$/.exec(inner);
    if (range) return String(int(rng, Number(range[1]), Number(range[2])));
    if (inner.includes('|')) return pick(rng, inner.split('|'));
    throw new Error(`demo case text: unknown slot {${inner}}`);
  });
}

/** Which texts a recipe may use: major ones only, ones a township can lead, or any but major. */
type TierFilter = 'major' | 'general' | 'open';

function tierFits(text: CaseText, filter: TierFilter): boolean {
  if (filter === 'major') return text.tier === 'major';
  if (filter === 'general') return text.tier === undefined || text.tier === 'either';
  return text.tier !== 'major';
}

function filterOf(recipe: Recipe): TierFilter {
  if (recipe.tier === 'major') return 'major';
  return recipe.twist || recipe.role || recipe.fate === 'returned' ? 'general' : 'open';
}

function tierOf(rng: Rng, text: CaseText, filter: TierFilter): CaseTier {
  if (text.tier === 'major') return 'major';
  if (text.tier === 'minor') return 'minor';
  return text.tier === 'either' && filter === 'open' && chance(rng, 0.6) ? 'minor' : 'general';
}

function routeOf(text: CaseText): { lead: 'territory' | 'department'; department: string | null } {
  if (text.leadKey) return { lead: 'department', department: text.leadKey };
  const rule = routingFor(text.category[0], text.category[1]);
  return { lead: rule?.lead ?? 'territory', department: rule?.department ?? null };
}

function textFits(text: CaseText, recipe: Recipe, filter: TierFilter, month: number | null): boolean {
  if (!tierFits(text, filter)) return false;
  if (text.months && month !== null && !text.months.includes(month)) return false;
  if (recipe.account && text.where === 'village') return false;
  if ((recipe.role || recipe.twist === 'recurrence' || recipe.twist === 'reopen-closed') && !text.again) return false;
  if (recipe.rating === 'anonymous' && text.reply.includes('来电人')) return false;
  const channel = recipe.channel;
  if (channel && channel !== 'citizen_web' && channel !== 'hotline') {
    if (!text.channels?.includes(channel)) return false;
    if (staffChannels.includes(channel) && !text.staffBody) return false;
  }
  const twist = recipe.twist;
  if ((twist === 'summon' || twist === 'summon-unreported') && (!text.summonKey || routeOf(text).lead !== 'territory'))
    return false;
  if (
    (twist === 'redispatch' || twist === 'overrule' || recipe.fate === 'returned') &&
    routeOf(text).department === null
  )
    return false;
  return true;
}

/** Picks among the fitting texts used least so far, so every text appears. */
function pickText(rng: Rng, used: Map<string, number>, recipe: Recipe, filter: TierFilter, month: number): CaseText {
  const inSeason = words.caseTexts.filter((t) => textFits(t, recipe, filter, month));
  const fitting = inSeason.length > 0 ? inSeason : words.caseTexts.filter((t) => textFits(t, recipe, filter, null));
  const least = Math.min(...fitting.map((t) => used.get(t.id) ?? 0));
  const text = pick(
    rng,
    fitting.filter((t) => (used.get(t.id) ?? 0) <= least + 1),
  );
  used.set(text.id, (used.get(text.id) ?? 0) + 1);
  return text;
}

function pickPlace(rng: Rng, world: World, kind: CaseText['where']): Place {
  const pool = world.places.filter((p) => kind === 'any' || p.kind === kind);
  const total = pool.reduce((sum, p) => sum + p.weight, 0);
  let roll = rng() * total;
  for (const place of pool) {
    roll -= place.weight;
    if (roll < 0) return place;
  }
  return pick(rng, pool);
}

/** The demo citizen lives in 桃园社区; the demo grid worker's grid (南沟村第1网格) gets extra patrol findings. */
function placeFor(rng: Rng, world: World, recipe: Recipe, text: CaseText): Place {
  const fixed = recipe.account
    ? CITIZEN_PLACE
    : recipe.channel === 'patrol' && text.where !== 'community' && chance(rng, 0.4)
      ? GRID_PLACE
      : null;
  return world.places.find((p) => p.code === fixed) ?? pickPlace(rng, world, text.where);
}

function pickChannel(rng: Rng, text: CaseText, recipe: Recipe): CaseChannel {
  if (recipe.channel) return recipe.channel;
  if (recipe.account) return 'citizen_web';
  if (recipe.twist === 'recurrence') return 'hotline';
  const plain =
    recipe.fate === 'merged' ||
    recipe.twist === 'unsatisfied-open' ||
    recipe.rating === 'unsatisfied-redo' ||
    recipe.rating === 'unsatisfied-final' ||
    recipe.rating === 'unreachable';
  if (plain) return chance(rng, 0.5) ? 'citizen_web' : 'hotline';
  const usable = (text.channels ?? []).filter((c) => !staffChannels.includes(c) || text.staffBody !== undefined);
  const special = text.tier === 'major' ? 0.8 : 0.3;
  if (usable.length > 0 && chance(rng, special)) return pick(rng, usable);
  return chance(rng, 0.5) ? 'citizen_web' : 'hotline';
}

function newReporter(rng: Rng, channel: CaseChannel, recipe: Recipe, text: CaseText): DemoReporter {
  if (recipe.account) return { kind: 'account', username: CITIZEN };
  if (['patrol', 'inspection', 'street_sweep', 'supervision'].includes(channel)) return { kind: 'none' };
  // Answers that speak of contacting the caller need a caller to contact.
  const mayHide =
    !text.reply.includes('来电人') &&
    ['submitted', 'accepted', 'declined', 'merged', 'dispatched', 'returned', 'resolved'].includes(recipe.fate);
  if (recipe.rating === 'anonymous' || (mayHide && channel !== 'enterprise_visit' && chance(rng, 0.15)))
    return { kind: 'anonymous' };
  const surname = words.surnames.charAt(Math.floor(rng() ** 2 * words.surnames.length));
  const given = chance(rng, 0.3)
    ? pick(rng, [...words.givenChars])
    : pick(rng, [...words.givenChars]) + pick(rng, [...words.givenChars]);
  const prefix = pick(rng, [
    '130',
    '131',
    '132',
    '133',
    '135',
    '136',
    '137',
    '138',
    '139',
    '150',
    '151',
    '152',
    '155',
    '157',
    '158',
    '159',
    '180',
    '181',
    '182',
    '185',
    '186',
    '187',
    '188',
    '189',
  ]);
  return { kind: 'named', name: surname + given, mobile: prefix + String(int(rng, 0, 99_999_999)).padStart(8, '0') };
}

function intakeUser(
  world: World,
  channel: CaseChannel,
  place: Place,
  reporter: DemoReporter,
  lead: string,
): string | null {
  switch (channel) {
    case 'citizen_web':
      return reporter.kind === 'account' ? reporter.username : null;
    case 'hotline':
      return DISPATCHER;
    case 'patrol':
      return handlerOf(world, `${place.code}-G01`);
    case 'inspection':
      return handlerOf(world, lead.includes('-DEPT-') ? lead : place.townCode);
    case 'enterprise_visit':
      return leadOf(world, place.townCode);
    case 'street_sweep':
      return handlerOf(world, place.townCode);
    case 'leader_reception':
    case 'visit':
    case 'letter':
      return handlerOf(world, deptCode('PETITION'));
    case 'supervision':
      return leadOf(world, 'D01-SUP');
  }
}

function limitsOf(text: CaseText, tier: CaseTier, urgency: Urgency): Limits {
  const limits = applyLimitOverride(
    defaultLimits,
    limitOverrides[routingKey(text.category[0], text.category[1])] ?? {},
  );
  const limit = limits[tier][urgency];
  return { response: limit.responseHours, resolve: limit.resolveHours, natural: urgency === 'urgent' };
}

interface DraftInput {
  ref: number;
  recipe: Recipe;
  text: CaseText;
  tier: CaseTier;
  rng: Rng;
  world: World;
  place?: Place;
  spot?: string;
}

function units(
  world: World,
  text: CaseText,
  tier: CaseTier,
  place: Place,
  channel: CaseChannel,
): Pick<Draft, 'lead' | 'support' | 'wrongLead'> {
  const route = routeOf(text);
  const dept = route.department ? deptCode(route.department) : null;
  if (tier === 'major')
    return { lead: TASK_FORCE, support: dept ? [place.townCode, dept] : [place.townCode], wrongLead: null };
  if (tier === 'minor')
    return { lead: channel === 'patrol' ? `${place.code}-G01` : place.code, support: [], wrongLead: null };
  if (route.lead === 'department' && dept) return { lead: dept, support: [place.townCode], wrongLead: place.townCode };
  return { lead: place.townCode, support: dept ? [dept] : [], wrongLead: dept };
}

function makeDraft(input: DraftInput): Draft {
  const { ref, recipe, text, tier, rng, world } = input;
  const place = input.place ?? placeFor(rng, world, recipe, text);
  const spot =
    input.spot ?? pick(rng, text.spots ?? (place.kind === 'village' ? words.villageSpots : words.communitySpots));
  const channel = pickChannel(rng, text, recipe);
  const reporter = newReporter(rng, channel, recipe, text);
  const plainClosure =
    recipe.fate === 'closed' &&
    !recipe.twist &&
    !recipe.role &&
    (recipe.rating === 'satisfied' || recipe.rating === 'basically_satisfied');
  const urgency: Urgency =
    plainClosure && text.urgent && (text.id === 'gas-smell' || chance(rng, 0.4)) ? 'urgent' : 'normal';
  const who = units(world, text, tier, place, channel);
  const slots: Record<string, string> = {
    place: place.name,
    town: place.townName,
    spot,
    unit: unitName(world, who.lead),
    date: '',
  };
  for (const [name, options] of Object.entries(text.vars ?? {})) slots[name] = pick(rng, options);
  const staffVoice = staffChannels.includes(channel) && text.staffBody !== undefined;
  const extra: Record<string, string> = {};
  for (const [key, value] of Object.entries(text.extra ?? {})) extra[key] = fill(rng, value, slots);
  return {
    ref,
    recipe,
    text,
    place,
    spot,
    channel,
    intakeBy: intakeUser(world, channel, place, reporter, who.lead),
    reporter,
    tier,
    urgency,
    ...who,
    slots,
    title: fill(rng, text.title, slots),
    description: staffVoice ? (text.staffBody as string) : pick(rng, text.bodies),
    address: `${place.townName}${place.name}${spot}`,
    extra,
    categoryAtIntake: recipe.twist === 'recurrence' || channel === 'patrol',
    limits: limitsOf(text, tier, urgency),
  };
}

// ---------------------------------------------------------------------------------------------
// Lives: the steps of one case

interface TimedStep {
  at: Date;
  by: string;
  act: DemoAct;
}

interface Life {
  d: Draft;
  rng: Rng;
  world: World;
  clock: DemoClock;
  now: Date;
  start: Date;
  t: Date;
  steps: TimedStep[];
  description: string;
  /** The unit's first answer (repeated, with an addendum, after a send-back). */
  lastResult?: string;
}

function push(life: Life, at: Date, by: string, act: DemoAct): Date {
  const time = at.getTime() > life.t.getTime() ? at : plusMinutes(life.t, int(life.rng, 1, 3));
  life.steps.push({ at: time, by, act });
  life.t = time;
  return time;
}

const shiftAfter = (life: Life, lo: number, hi: number) =>
  onShift(life.rng, plusMinutes(life.t, int(life.rng, lo, hi)));

/** A time `hours` of limit time after `from`: working hours, or natural hours for urgent cases. */
function limitTime(life: Life, from: Date, hours: number): Date {
  if (life.d.limits.natural) return ceilMinute(from.getTime() + hours * hour);
  return atWork(life.clock, from, hours);
}

const handler = (life: Life) => handlerOf(life.world, life.d.lead);
/** Whether anyone can be called back: notes that speak of the caller fit only then. */
const contactable = (d: Draft) => d.reporter.kind === 'named' || d.reporter.kind === 'account';
const forReporter = (d: Draft, list: readonly string[]) =>
  contactable(d) ? list : list.filter((text) => !text.includes('来电人'));
const townKind = (name: string) => (name.endsWith('街道') ? '街道' : name.endsWith('乡') ? '乡' : '镇');

function acceptAndClassify(life: Life, classify = true): void {
  const delay: [number, number] =
    life.d.channel === 'hotline'
      ? [1, 6]
      : life.d.intakeBy === null || life.d.channel === 'citizen_web'
        ? [10, 240]
        : [15, 120];
  const note = contactable(life.d) && chance(life.rng, 0.2) ? '已联系来电人核实基本情况。' : undefined;
  push(life, shiftAfter(life, ...delay), DISPATCHER, note ? { action: 'accept', note } : { action: 'accept' });
  if (classify)
    push(life, plusMinutes(life.t, int(life.rng, 1, 4)), DISPATCHER, {
      action: 'classify',
      tier: life.d.tier,
      urgency: life.d.urgency,
    });
}

function dispatch(life: Life, lead: string, support: string[]): Date {
  const note = chance(life.rng, 0.5) ? pick(life.rng, forReporter(life.d, words.dispatchNotes)) : undefined;
  const act: DemoAct = note
    ? { action: 'dispatch', leadCode: lead, supportCodes: support, note }
    : { action: 'dispatch', leadCode: lead, supportCodes: support };
  return push(life, plusMinutes(life.t, int(life.rng, 2, 15)), DISPATCHER, act);
}

function returnReason(life: Life, returning: string): string {
  const { world, d } = life;
  const town = d.place.townName;
  if (returning === d.place.townCode) {
    const dept = unitName(world, d.lead === returning ? (d.support[0] ?? d.lead) : d.lead);
    return `经核实，该事项属${dept}职责范围，需由其依法依职责办理，请改派${dept}牵头，我${townKind(town)}可予配合。`;
  }
  return `经核实，该问题属于属地日常管理事项，应由${town}牵头处置，我局将积极配合，请改派。`;
}

function overruleNote(life: Life): string {
  const { world, d } = life;
  const town = d.place.townName;
  if (d.lead === d.place.townCode)
    return `经研判，该问题属属地日常管理事项，按属地管理原则由你${townKind(town)}牵头，${unitName(world, d.support[0] ?? '')}配合，退单理由不成立，请继续办理。`;
  return `经研判，该问题需依法查处，属${unitName(world, d.lead)}法定职责，按派单规则由你单位牵头办理，${town}配合，退单理由不成立，请继续办理。`;
}

/** Accept, classify and dispatch (with a misrouted first dispatch and its return for some twists). */
function front(life: Life): Date {
  acceptAndClassify(life);
  const { d } = life;
  const twist = d.recipe.twist;
  if (twist === 'redispatch' && d.wrongLead) {
    dispatch(life, d.wrongLead, [d.lead]);
    push(life, limitTime(life, life.t, between(life.rng, 0.3, 3)), handlerOf(life.world, d.wrongLead), {
      action: 'return',
      reason: returnReason(life, d.wrongLead),
    });
    push(life, shiftAfter(life, 20, 180), DISPATCHER, {
      action: 'dispatch',
      leadCode: d.lead,
      supportCodes: d.support,
      note: '根据退单理由，改派牵头单位办理。',
    });
    return life.t;
  }
  const dispatched = dispatch(life, d.lead, d.support);
  if (twist === 'overrule') {
    push(life, limitTime(life, life.t, between(life.rng, 0.3, 2.5)), handler(life), {
      action: 'return',
      reason: returnReason(life, d.lead),
    });
    push(life, shiftAfter(life, 30, 240), DISPATCHER, { action: 'overrule', note: overruleNote(life) });
  }
  return dispatched;
}

/** The unit's answer: the text's reply the first time; on a second resolution, the follow-up text given. */
function resolution(life: Life, at: Date, again?: 'sendBack' | 'redo'): DemoAct {
  const acted = dateLabel(new Date(Math.max(life.start.getTime(), at.getTime() - between(life.rng, 0, 1) * day)));
  const slots = { ...life.d.slots, day: acted };
  if (again === 'sendBack' && life.lastResult)
    return { action: 'resolve', result: life.lastResult + fill(life.rng, words.sendBackAddendum, slots) };
  const result = fill(life.rng, again === 'redo' ? words.redoResult : life.d.text.reply, slots);
  if (!again) life.lastResult = result;
  return { action: 'resolve', result };
}

function progressNote(life: Life, first: boolean): DemoAct {
  if (first && contactable(life.d) && chance(life.rng, 0.4))
    return { action: 'note', text: words.contactNote, public: true };
  const own = life.d.text.notes ?? [];
  const text =
    own.length > 0 && chance(life.rng, 0.7)
      ? pick(life.rng, own)
      : pick(life.rng, forReporter(life.d, words.genericNotes));
  return { action: 'note', text: fill(life.rng, text, life.d.slots), public: chance(life.rng, 0.3) };
}

function summonSteps(life: Life, report: boolean): void {
  const { d, world } = life;
  const dept = deptCode(d.text.summonKey ?? 'URBAN');
  const name = unitName(world, dept);
  push(life, limitTime(life, life.t, between(life.rng, 0.3, 2)), leadOf(world, d.place.townCode), {
    action: 'summon',
    unitCodes: [dept],
    note: `该问题涉及${name}职责，现吹哨请${name}到现场会商处置。`,
  });
  if (report)
    push(life, limitTime(life, life.t, between(life.rng, 0.5, 3)), handlerOf(world, dept), {
      action: 'acknowledgeSummons',
      unitCode: dept,
    });
}

/** From dispatch to the unit's resolution, forward in time. */
function handle(life: Life, dispatchedAt: Date, options: { late?: boolean; lateAck?: boolean } = {}): void {
  const { d, rng } = life;
  const { response, resolve } = d.limits;
  const from = life.t > dispatchedAt ? life.t : dispatchedAt;
  push(
    life,
    limitTime(life, from, response * (options.lateAck ? between(rng, 1.1, 2.2) : between(rng, 0.05, 0.6))),
    handler(life),
    { action: 'acknowledge' },
  );
  if (d.recipe.twist === 'summon') summonSteps(life, true);
  const notes = d.limits.natural ? 0 : pick(rng, [0, 0, 1, 1, 1, 2]);
  for (let i = 0; i < notes; i++)
    push(life, limitTime(life, life.t, resolve * between(rng, 0.05, 0.2)), handler(life), progressNote(life, i === 0));
  let target: Date;
  if (d.recipe.twist === 'extension') {
    const days = int(rng, 3, 5);
    push(life, limitTime(life, dispatchedAt, resolve * between(rng, 0.6, 0.85)), handler(life), {
      action: 'requestExtension',
      workingDays: days,
      reason: pick(rng, words.extensionReasons),
    });
    push(life, shiftAfter(life, 30, 180), DISPATCHER, { action: 'approveExtension', note: words.approveExtensionNote });
    target = limitTime(life, dispatchedAt, resolve + days * 7 * between(rng, 0.2, 0.8));
  } else {
    target = limitTime(
      life,
      dispatchedAt,
      resolve * (options.late ? between(rng, 1.05, 1.5) : between(rng, 0.25, 0.9)),
    );
  }
  const at = target.getTime() > life.t.getTime() ? target : limitTime(life, life.t, 0.5);
  push(life, at, handler(life), resolution(life, at));
}

function sendBack(life: Life, redo: boolean): void {
  push(life, shiftAfter(life, 60, 480), DISPATCHER, {
    action: 'sendBack',
    reason: pick(life.rng, forReporter(life.d, words.sendBackReasons)),
  });
  push(life, limitTime(life, life.t, between(life.rng, 0.5, 4)), handler(life), {
    action: 'note',
    text: words.sendBackNote,
    public: false,
  });
  if (!redo) return;
  const at = limitTime(life, life.t, between(life.rng, 2, 8));
  push(life, at, handler(life), resolution(life, at, 'sendBack'));
}

function approve(life: Life): void {
  const note = chance(life.rng, 0.4) ? pick(life.rng, words.approveNotes) : undefined;
  push(life, shiftAfter(life, 20, 600), DISPATCHER, note ? { action: 'approve', note } : { action: 'approve' });
}

function rater(life: Life): string {
  return life.d.reporter.kind === 'account' ? life.d.reporter.username : DISPATCHER;
}

function followUpAt(life: Life): Date {
  if (life.d.reporter.kind === 'account') {
    const t = plusMinutes(life.t, int(life.rng, 180, 2400));
    return localHours(t) >= 8 && localHours(t) < 22 ? t : onShift(life.rng, t);
  }
  return shiftAfter(life, 120, 2880);
}

/** Unsatisfied: reopened by the follow-up; the unit works again and resolves; approved again. */
function redo(life: Life, comment: string, resolveAgain: boolean): void {
  push(life, followUpAt(life), rater(life), {
    action: 'followUp',
    satisfaction: 'unsatisfied',
    solved: false,
    comment,
  });
  push(life, limitTime(life, life.t, between(life.rng, 0.5, 4)), handler(life), {
    action: 'note',
    text: words.unsatisfiedRedoNote,
    public: true,
  });
  if (!resolveAgain) return;
  const at = limitTime(life, life.t, life.d.limits.resolve * between(life.rng, 0.2, 0.6));
  push(life, at, handler(life), resolution(life, at, 'redo'));
  approve(life);
}

function rate(life: Life, rating: Rating): void {
  const { rng, d } = life;
  if (rating === 'anonymous' || d.reporter.kind === 'anonymous') {
    push(life, shiftAfter(life, 60, 600), DISPATCHER, { action: 'close', reason: words.anonymousCloseReason });
    return;
  }
  if (rating === 'unreachable') {
    push(life, shiftAfter(life, 1440, 4320), DISPATCHER, { action: 'close', reason: words.unreachableCloseReason });
    return;
  }
  if (d.reporter.kind === 'none') {
    const comment = words.staffFollowUpComments[d.channel] ?? '经复查，问题已整改到位。';
    push(life, followUpAt(life), DISPATCHER, { action: 'followUp', satisfaction: 'satisfied', solved: true, comment });
    return;
  }
  if (rating === 'unsatisfied-redo') redo(life, pick(rng, words.unsatisfiedComments), true);
  if (rating === 'unsatisfied-final') {
    redo(life, pick(rng, words.unsatisfiedComments), true);
    redo(life, pick(rng, words.unsatisfiedComments), true);
    push(life, followUpAt(life), rater(life), {
      action: 'followUp',
      satisfaction: 'unsatisfied',
      solved: false,
      comment: words.finalUnsatisfiedComment,
    });
    return;
  }
  const basic = rating === 'basically_satisfied' || (rating === 'unsatisfied-redo' && chance(rng, 0.5));
  const satisfaction: Satisfaction = basic ? 'basically_satisfied' : 'satisfied';
  const own = d.reporter.kind === 'account';
  const comments = basic
    ? own
      ? words.ownBasicComments
      : words.basicComments
    : own
      ? words.ownSatisfiedComments
      : words.satisfiedComments;
  const comment = d.channel === 'enterprise_visit' ? words.enterpriseComment : pick(rng, comments);
  push(life, followUpAt(life), rater(life), { action: 'followUp', satisfaction, solved: true, comment });
}

/** The life of a case written forward from its submission. */
function forwardLife(life: Life): void {
  const { d, rng } = life;
  const fate = d.recipe.fate;
  if (fate === 'submitted') return;
  if (fate === 'accepted') return acceptAndClassify(life, chance(rng, 0.65));
  if (fate === 'returned') {
    acceptAndClassify(life);
    dispatch(life, d.wrongLead ?? d.lead, [d.lead]);
    push(life, limitTime(life, life.t, between(rng, 0.3, 3)), handlerOf(life.world, d.wrongLead ?? d.lead), {
      action: 'return',
      reason: returnReason(life, d.wrongLead ?? d.lead),
    });
    return;
  }
  const dispatchedAt = front(life);
  const twist = d.recipe.twist;
  if (fate === 'handling' && twist === 'overrule') {
    push(life, limitTime(life, life.t, between(rng, 0.2, 2)), handler(life), { action: 'acknowledge' });
    push(life, limitTime(life, life.t, between(rng, 1, 6)), handler(life), progressNote(life, true));
    return;
  }
  if (fate === 'handling' && twist === 'recurrence') {
    push(life, limitTime(life, dispatchedAt, between(rng, 0.2, 2.5)), handler(life), { action: 'acknowledge' });
    push(life, limitTime(life, life.t, between(rng, 1, 6)), handler(life), {
      action: 'note',
      text: '经查，该点位前期已整改，本次问题反弹，已重新制定长效管理措施。',
      public: false,
    });
    return;
  }
  handle(life, dispatchedAt, { late: chance(rng, 0.1), lateAck: chance(rng, 0.08) });
  if (fate === 'resolved') return;
  if (twist === 'send-back') {
    sendBack(life, fate !== 'handling');
    if (fate === 'handling') return;
  }
  approve(life);
  if (fate === 'follow_up') return;
  if (fate === 'handling' && twist === 'unsatisfied-open')
    return redo(life, pick(rng, words.unsatisfiedComments), false);
  rate(life, d.recipe.rating ?? 'satisfied');
  if (twist === 'reopen-closed') {
    push(life, limitTime(life, life.t, between(rng, 7, 21)), SUPERVISOR, {
      action: 'reopen',
      reason: words.supervisorReopenReason,
    });
    push(life, limitTime(life, life.t, between(rng, 0.5, 4)), handler(life), {
      action: 'note',
      text: words.reopenedNote,
      public: true,
    });
  }
}

/** How far before `now` (working hours) the case was dispatched, for the colour it should show. */
function anchorHours(rng: Rng, recipe: Recipe, limits: Limits, ack: number): number {
  const { response: R, resolve: L } = limits;
  if (recipe.fate === 'dispatched') {
    if (recipe.colour === 'yellow') return R * between(rng, 0.86, 0.97);
    if (recipe.colour === 'red') return R + between(rng, 0.5, 10);
    return R * between(rng, 0.05, 0.5);
  }
  if (recipe.colour === 'yellow') return L - between(rng, 0.6, 0.15 * L);
  if (recipe.colour === 'red') return L + between(rng, 1, 35);
  const least = recipe.twist === 'summon' || recipe.twist === 'summon-unreported' ? ack + 6 : ack + 0.8;
  return between(rng, least, Math.max(least + 0.5, 0.55 * L));
}

/** Offsets (working hours after dispatch) of what happens while the case is handled. */
function handlingEvents(life: Life, ack: number, x: number): { at: number; by: string; act: DemoAct }[] {
  const { d, rng, world } = life;
  const span = (lo: number, hi: number) => between(rng, lo, Math.max(lo, hi));
  const events: { at: number; by: string; act: DemoAct }[] = [];
  const notes = pick(rng, [0, 1, 1, 2]);
  for (let i = 0; i < notes; i++)
    events.push({ at: span(ack + 0.2, x - 0.1), by: handler(life), act: progressNote(life, i === 0) });
  const twist = d.recipe.twist;
  if (twist === 'extension-pending')
    events.push({
      at: span((ack + x) / 2, x - 0.15),
      by: handler(life),
      act: { action: 'requestExtension', workingDays: int(rng, 3, 5), reason: pick(rng, words.extensionReasons) },
    });
  if (twist === 'extension-denied') {
    const asked = span(ack + 0.3, (ack + x) / 2);
    events.push({
      at: asked,
      by: handler(life),
      act: { action: 'requestExtension', workingDays: int(rng, 3, 5), reason: pick(rng, words.extensionReasons) },
    });
    events.push({
      at: Math.min(asked + span(0.3, 1.5), x - 0.1),
      by: DISPATCHER,
      act: { action: 'denyExtension', reason: words.denyExtensionReason },
    });
  }
  if (twist === 'supervisor-urge')
    events.push({
      at: span(d.limits.resolve + 0.2, x - 0.1),
      by: SUPERVISOR,
      act: { action: 'urge', note: words.supervisorUrgeNote },
    });
  if (twist === 'summon' || twist === 'summon-unreported') {
    const dept = deptCode(d.text.summonKey ?? 'URBAN');
    const name = unitName(world, dept);
    const reported = twist === 'summon';
    const at = reported ? span(ack + 0.2, x - 3.2) : span(ack + 0.2, x - d.limits.response - 0.6);
    events.push({
      at,
      by: leadOf(world, d.place.townCode),
      act: { action: 'summon', unitCodes: [dept], note: `该问题涉及${name}职责，现吹哨请${name}到现场会商处置。` },
    });
    if (reported)
      events.push({
        at: at + span(0.5, 3),
        by: handlerOf(world, dept),
        act: { action: 'acknowledgeSummons', unitCode: dept },
      });
  }
  return events.sort((a, b) => a.at - b.at);
}

/** The life of a case written back from `now`: dispatched `x` working hours ago, still open. */
function anchoredLife(life: Life): void {
  const { d, rng, clock, now } = life;
  const ack = between(rng, 0.2, 1.5);
  const x = anchorHours(rng, d.recipe, d.limits, ack);
  const dispatchedAt = workBack(clock, now, x);
  const classifiedAt = plusMinutes(dispatchedAt, -int(rng, 1, 3));
  const acceptedAt = plusMinutes(classifiedAt, -(d.channel === 'hotline' ? int(rng, 1, 4) : int(rng, 2, 25)));
  const waited =
    d.channel === 'hotline' ? int(rng, 2, 8) : d.channel === 'citizen_web' ? int(rng, 10, 600) : int(rng, 10, 90);
  life.start = plusMinutes(acceptedAt, -waited);
  life.t = life.start;
  push(life, acceptedAt, DISPATCHER, { action: 'accept' });
  push(life, classifiedAt, DISPATCHER, { action: 'classify', tier: d.tier, urgency: d.urgency });
  push(life, dispatchedAt, DISPATCHER, {
    action: 'dispatch',
    leadCode: d.lead,
    supportCodes: d.support,
    note: pick(rng, forReporter(d, words.dispatchNotes)),
  });
  if (d.recipe.fate === 'dispatched') return;
  push(life, atWork(clock, dispatchedAt, ack), handler(life), { action: 'acknowledge' });
  for (const event of handlingEvents(life, ack, x))
    push(life, atWork(clock, dispatchedAt, event.at), event.by, event.act);
}

// ---------------------------------------------------------------------------------------------
// When each case is submitted

const windows: Record<Fate, [number, number]> = {
  submitted: [0.02, 0.6],
  accepted: [0.1, 1.2],
  declined: [1, 70],
  merged: [0, 0],
  returned: [0.3, 3],
  dispatched: [0, 0],
  handling: [3, 12],
  resolved: [2, 8],
  follow_up: [3, 11],
  closed: [12, 74],
};

function windowOf(recipe: Recipe): [number, number] {
  if (recipe.role === 'origin') return [40, 65];
  if (recipe.twist === 'reopen-closed') return [14, 24];
  if (recipe.tier === 'major' && recipe.fate !== 'closed') return [8, 16];
  return windows[recipe.fate];
}

/** A submission time `daysAgo` before now, at an hour that fits the channel. */
function submissionTime(rng: Rng, clock: DemoClock, now: Date, daysAgo: number, channel: CaseChannel): Date {
  const midnight = localMidnight(new Date(now.getTime() - daysAgo * day));
  let t: Date;
  if (channel === 'citizen_web') t = new Date(midnight + between(rng, 6.5, 23.5) * hour);
  else if (channel === 'hotline') t = new Date(midnight + between(rng, 8, 20.5) * hour);
  else t = atWork(clock, new Date(midnight), between(rng, 0.2, 6.8));
  t = ceilMinute(t.getTime());
  return t.getTime() < now.getTime() - 5 * minute ? t : plusMinutes(ceilMinute(now.getTime()), -int(rng, 6, 90));
}

interface Written {
  draft: Draft;
  start: Date;
  steps: TimedStep[];
  description: string;
}

function newLife(draft: Draft, rng: Rng, world: World, clock: DemoClock, now: Date, start: Date): Life {
  return { d: draft, rng, world, clock, now, start, t: start, steps: [], description: draft.description };
}

/** Writes a life; moves the submission back until the whole life lies before `now`. */
function writeLife(
  draft: Draft,
  seed: number,
  world: World,
  clock: DemoClock,
  now: Date,
  first: Date,
  earliest = 0,
): Written {
  for (let attempt = 0; attempt < 80; attempt++) {
    const rng = seeded(seed + attempt * 7919);
    const start = plusMinutes(first, -attempt * 24 * 60);
    const life = newLife(draft, rng, world, clock, now, start);
    if (draft.recipe.colour !== undefined) anchoredLife(life);
    else forwardLife(life);
    const last = life.steps.at(-1)?.at ?? life.start;
    if (
      last.getTime() < now.getTime() - minute &&
      life.start.getTime() < now.getTime() - minute &&
      life.start.getTime() >= earliest
    )
      return finish(life);
  }
  throw new Error(`demo case ${draft.ref}: no submission time fits before now`);
}

function finish(life: Life): Written {
  const date = dateLabel(new Date(life.start.getTime() - between(life.rng, 0, 2) * day));
  const description = fill(life.rng, life.description, { ...life.d.slots, date });
  return { draft: life.d, start: life.start, steps: life.steps, description };
}

// ---------------------------------------------------------------------------------------------
// Duplicates, recurrences and declined cases

function duplicateOf(
  target: Written,
  ref: number,
  rng: Rng,
  world: World,
  clock: DemoClock,
  now: Date,
  seed: number,
): Written {
  const text = target.draft.text;
  const recipe: Recipe = { fate: 'merged' };
  const draft = {
    ...makeDraft({
      ref,
      recipe,
      text,
      tier: target.draft.tier,
      rng,
      world,
      place: target.draft.place,
      spot: target.draft.spot,
    }),
    address: target.draft.address,
    title: `${target.draft.title}（再次反映）`,
    description: text.again ?? '',
  };
  draft.slots = { ...target.draft.slots };
  draft.extra = { ...target.draft.extra };
  const dispatched = target.steps.find((s) => s.act.action === 'dispatch')?.at ?? target.start;
  for (let attempt = 0; attempt < 40; attempt++) {
    const life = newLife(draft, seeded(seed + attempt), world, clock, now, dispatched);
    const span = Math.max(0, now.getTime() - dispatched.getTime() - 3 * hour);
    life.start = ceilMinute(dispatched.getTime() + hour + life.rng() * span * (1 - attempt / 40));
    life.t = life.start;
    if (chance(life.rng, 0.5)) push(life, shiftAfter(life, 5, 60), DISPATCHER, { action: 'accept' });
    push(life, shiftAfter(life, 5, 90), DISPATCHER, { action: 'merge', intoKey: String(target.draft.ref) });
    if ((life.steps.at(-1)?.at.getTime() ?? 0) < now.getTime() - minute) return finish(life);
  }
  throw new Error(`demo duplicate ${ref}: no time fits`);
}

function recurrenceOf(
  origin: Written,
  ref: number,
  rng: Rng,
  world: World,
  clock: DemoClock,
  now: Date,
  seed: number,
): Written {
  const recipe: Recipe = { fate: 'handling', twist: 'recurrence' };
  const text = origin.draft.text;
  const base = makeDraft({
    ref,
    recipe,
    text,
    tier: origin.draft.tier,
    rng,
    world,
    place: origin.draft.place,
    spot: origin.draft.spot,
  });
  const draft: Draft = {
    ...base,
    tier: origin.draft.tier,
    lead: origin.draft.lead,
    support: origin.draft.support,
    limits: limitsOf(text, origin.draft.tier, 'normal'),
    address: origin.draft.address,
    description: text.again ?? base.description,
    title: `${origin.draft.title}（问题反弹）`,
    extra: { ...origin.draft.extra },
  };
  draft.slots = { ...origin.draft.slots };
  const closedAt = origin.steps.at(-1)?.at ?? origin.start;
  const daysAfter = Math.max(2, (now.getTime() - closedAt.getTime()) / day - 4);
  const first = submissionTime(
    rng,
    clock,
    now,
    Math.max(1, (now.getTime() - closedAt.getTime()) / day - between(rng, 2, daysAfter)),
    'hotline',
  );
  return writeLife(draft, seed, world, clock, now, first, closedAt.getTime() + day);
}

function declinedCase(
  ref: number,
  rng: Rng,
  world: World,
  clock: DemoClock,
  now: Date,
  used: Map<string, number>,
): Written {
  const text = words.declineTexts[(used.get('decline') ?? 0) % words.declineTexts.length] as words.DeclineText;
  used.set('decline', (used.get('decline') ?? 0) + 1);
  const asCaseText: CaseText = {
    id: 'decline',
    category: text.category,
    where: 'any',
    title: text.title,
    bodies: [text.body],
    reply: '',
  };
  const draft = makeDraft({ ref, recipe: { fate: 'declined' }, text: asCaseText, tier: 'general', rng, world });
  const life = newLife(
    draft,
    rng,
    world,
    clock,
    now,
    submissionTime(rng, clock, now, between(rng, ...windows.declined), draft.channel),
  );
  if (chance(rng, 0.5)) push(life, shiftAfter(life, 5, 120), DISPATCHER, { action: 'accept' });
  push(life, shiftAfter(life, 3, 90), DISPATCHER, { action: 'decline', reason: fill(rng, text.reason, draft.slots) });
  return finish(life);
}

// ---------------------------------------------------------------------------------------------
// The plan

function expectOf(recipe: Recipe): DemoCaseScript['expect'] {
  return recipe.colour ? { status: recipe.fate, colour: recipe.colour } : { status: recipe.fate };
}

function fateLabel(recipe: Recipe): string {
  return [
    recipe.fate,
    recipe.colour,
    recipe.twist,
    recipe.rating,
    recipe.tier === 'major' ? 'major' : undefined,
    recipe.account ? 'account' : undefined,
  ]
    .filter(Boolean)
    .join(':');
}

function toScript(written: Written, keys: Map<number, string>): DemoCaseScript {
  const d = written.draft;
  const start = written.start.getTime();
  return {
    key: keys.get(d.ref) ?? '',
    fate: fateLabel(d.recipe),
    at: written.start,
    channel: d.channel,
    intakeBy: d.intakeBy,
    title: d.title,
    description: written.description,
    address: d.address,
    placeCode: d.place.code,
    category: { level1: d.text.category[0], level2: d.text.category[1], level3: d.text.category[2] },
    categoryAtIntake: d.categoryAtIntake,
    tier: d.tier,
    urgency: d.urgency,
    reporter: d.reporter,
    extra: d.extra,
    steps: written.steps.map((s) => ({
      hours: Math.round((s.at.getTime() - start) / minute) / 60,
      by: s.by,
      act: s.act.action === 'merge' ? { action: 'merge', intoKey: keys.get(Number(s.act.intoKey)) ?? '' } : s.act,
    })),
    expect: expectOf(d.recipe),
  };
}

interface PlanContext {
  rng: Rng;
  world: World;
  clock: DemoClock;
  now: Date;
  used: Map<string, number>;
}

function plannedCase(recipe: Recipe, ref: number, p: PlanContext): Written {
  const [lo, hi] = windowOf(recipe);
  const daysAgo = between(p.rng, lo, hi);
  const filter = filterOf(recipe);
  const text = pickText(p.rng, p.used, recipe, filter, localMonth(new Date(p.now.getTime() - daysAgo * day)));
  const draft = makeDraft({ ref, recipe, text, tier: tierOf(p.rng, text, filter), rng: p.rng, world: p.world });
  return writeLife(
    draft,
    1000 + ref,
    p.world,
    p.clock,
    p.now,
    submissionTime(p.rng, p.clock, p.now, daysAgo, draft.channel),
  );
}

export const defaultDemoClock = (): DemoClock => ({ calendar: createBusinessCalendar(), office: defaultOfficeHours });

/** Builds the demo cases for an installation started at `now`. Deterministic. */
export function buildDemoCasePlan(now: Date, clock: DemoClock = defaultDemoClock()): DemoCaseScript[] {
  const world = buildWorld();
  const rng = seeded(0x0c45_e5ed);
  const used = new Map<string, number>();
  const written: Written[] = [];
  const later: { recipe: Recipe; ref: number }[] = [];
  recipes().forEach((recipe, ref) => {
    if (recipe.fate === 'merged' || recipe.twist === 'recurrence') later.push({ recipe, ref });
    else if (recipe.fate === 'declined') written.push(declinedCase(ref, rng, world, clock, now, used));
    else written.push(plannedCase(recipe, ref, { rng, world, clock, now, used }));
  });
  const targets = written.filter((w) => w.draft.recipe.role === 'target');
  const origins = written.filter((w) => w.draft.recipe.role === 'origin');
  let merges = 0;
  let recurrences = 0;
  for (const { recipe, ref } of later) {
    if (recipe.fate === 'merged') {
      const target = targets[Math.min(targets.length - 1, Math.floor(merges++ / 2))];
      if (target) written.push(duplicateOf(target, ref, rng, world, clock, now, 5000 + ref));
    } else {
      const origin = origins[recurrences++ % Math.max(1, origins.length)];
      if (origin) written.push(recurrenceOf(origin, ref, rng, world, clock, now, 7000 + ref));
    }
  }
  written.sort((a, b) => a.start.getTime() - b.start.getTime() || a.draft.ref - b.draft.ref);
  const keys = new Map(written.map((w, i) => [w.draft.ref, `C${String(i + 1).padStart(3, '0')}`]));
  return written.map((w) => toScript(w, keys));
}
