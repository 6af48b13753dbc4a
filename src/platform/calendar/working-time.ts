// Deadlines (办理时限) in working time on the Chinese calendar, or in natural hours for urgent cases.
// All local times are China Standard Time (UTC+08:00, no DST): epoch ms are shifted by +8 h and
// read with UTC arithmetic, so the machine's time zone never matters.
import { chinaDayIndex, chinaDayIndexStart } from '../../shared/china-time.ts';
import type { BusinessCalendar } from './business-calendar.ts';

/** Office periods ('HH:MM' local, sorted, non-overlapping) of a working day (办公时间). */
export interface OfficeHours {
  periods: readonly { start: string; end: string }[];
}

/** 'working': only office time on working days counts; 'natural': every hour counts (自然时). */
export type TimeMode = 'working' | 'natural';

export type DeadlineColour = 'green' | 'yellow' | 'red';

/** 09:00–12:00 and 13:30–17:30: seven hours a day. */
export const defaultOfficeHours: OfficeHours = {
  periods: [
    { start: '09:00', end: '12:00' },
    { start: '13:30', end: '17:30' },
  ],
};

const minuteMs = 60_000;
const hourMs = 3_600_000;
const dayMs = 86_400_000;
/** How many calendar days a working-time walk may cover before it gives up (about ten years). */
const maxWalkDays = 3700;

/** A period as ms since local midnight, end exclusive. */
interface Span {
  start: number;
  end: number;
}

interface CompiledOfficeHours {
  spans: readonly Span[];
  dailyMs: number;
}

// ---------------------------------------------------------------------------------------------
// Office hours

/** Parses '09:00-12:00,13:30-17:30' (also '，' or ';' between periods); throws on bad input. */
export function parseOfficeHours(text: string): OfficeHours {
  const parts = text
    .split(/[,，;；]/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  if (parts.length === 0)
    throw new Error(`Office hours: no periods in "${text}"; expected e.g. 09:00-12:00,13:30-17:30`);
  const periods = parts.map(parsePeriod).sort((a, b) => clockMs(a.start) - clockMs(b.start));
  const office = { periods };
  compileOfficeHours(office);
  return office;
}

function parsePeriod(part: string): { start: string; end: string } {
  const match = /^(\d{1,2}:\d{2})\s*[-–~]\s*(\d{1,2}:\d{2})$/.exec(part);
  if (!match?.[1] || !match[2]) throw new Error(`Office hours: "${part}" is not a period; expected HH:MM-HH:MM`);
  return { start: normaliseClock(match[1]), end: normaliseClock(match[2]) };
}

/** '9:00' → '09:00'; throws unless a time of day from 00:00 up to 24:00. */
function normaliseClock(text: string): string {
  const [hours, minutes] = text.split(':').map(Number) as [number, number];
  const valid = hours <= 24 && minutes <= 59 && (hours < 24 || minutes === 0);
  if (!valid) throw new Error(`Office hours: "${text}" is not a time of day (00:00–24:00)`);
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/** 'HH:MM' → ms since midnight; NaN unless well-formed. */
function clockMs(text: string): number {
  const match = /^(\d{2}):(\d{2})$/.exec(text);
  if (!match) return Number.NaN;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (minutes > 59 || hours > 24 || (hours === 24 && minutes > 0)) return Number.NaN;
  return hours * hourMs + minutes * minuteMs;
}

const compiledCache = new WeakMap<OfficeHours, CompiledOfficeHours>();

/** Validates and converts office hours to ms spans; cached per object. */
function compileOfficeHours(office: OfficeHours): CompiledOfficeHours {
  const cached = compiledCache.get(office);
  if (cached) return cached;
  const spans = office.periods.map(toSpan);
  if (spans.length === 0) throw new Error('Office hours: at least one period is needed');
  spans.forEach((span, index) => {
    const previous = spans[index - 1];
    if (!previous) return;
    const problem = span.start < previous.start ? 'is out of order after' : span.start < previous.end ? 'overlaps' : '';
    if (problem) throw new Error(`Office hours: ${describe(office, index)} ${problem} ${describe(office, index - 1)}`);
  });
  const compiled = { spans, dailyMs: spans.reduce((sum, span) => sum + span.end - span.start, 0) };
  compiledCache.set(office, compiled);
  return compiled;
}

function toSpan(period: { start: string; end: string }): Span {
  const span = { start: clockMs(period.start), end: clockMs(period.end) };
  const label = `${period.start}-${period.end}`;
  if (Number.isNaN(span.start) || Number.isNaN(span.end))
    throw new Error(`Office hours: "${label}" is not HH:MM-HH:MM`);
  if (span.end <= span.start) throw new Error(`Office hours: "${label}" must end after it starts`);
  return span;
}

function describe(office: OfficeHours, index: number): string {
  const period = office.periods[index];
  return period ? `"${period.start}-${period.end}"` : `period ${index}`;
}

// ---------------------------------------------------------------------------------------------
// Local days

/** Index of the China-local day (days since 1970-01-01 local). */
function localDayOf(epochMs: number): number {
  return chinaDayIndex(epochMs);
}

/** ms since China-local midnight. */
function localClockOf(epochMs: number): number {
  return epochMs - chinaDayIndexStart(localDayOf(epochMs));
}

function epochOf(localDay: number, clock: number): number {
  return chinaDayIndexStart(localDay) + clock;
}

function localDateString(localDay: number): string {
  return new Date(localDay * dayMs).toISOString().slice(0, 10);
}

function isWorkingLocalDay(calendar: BusinessCalendar, localDay: number): boolean {
  return calendar.isWorkingDay(localDateString(localDay));
}

function epochMsOf(date: Date, name: string): number {
  const ms = date.getTime();
  if (!Number.isFinite(ms)) throw new RangeError(`${name} is not a valid date`);
  return ms;
}

function checkAmount(value: number, name: string): void {
  if (!Number.isFinite(value) || value < 0) throw new RangeError(`${name} must be a finite number ≥ 0, got ${value}`);
}

function walkTooLong(): never {
  throw new RangeError(`Working-time walk exceeded ${maxWalkDays} days; check the amount and the calendar`);
}

// ---------------------------------------------------------------------------------------------
// Working time in ms

/** The earliest moment at which `amountMs` of office time on working days has passed since `startMs`. */
function advanceWorkingMs(
  startMs: number,
  amountMs: number,
  calendar: BusinessCalendar,
  office: CompiledOfficeHours,
): number {
  let remaining = amountMs;
  let day = localDayOf(startMs);
  let clock = localClockOf(startMs);
  for (let walked = 0; walked <= maxWalkDays; walked++, day++, clock = 0) {
    if (!isWorkingLocalDay(calendar, day)) continue;
    if (clock === 0 && remaining > office.dailyMs) {
      remaining -= office.dailyMs; // a whole working day passes
      continue;
    }
    for (const span of office.spans) {
      if (clock >= span.end) continue;
      const from = Math.max(clock, span.start);
      const available = span.end - from;
      if (remaining <= available) return epochOf(day, from + remaining);
      remaining -= available;
    }
  }
  return walkTooLong();
}

/** Office time on working days within [fromMs, toMs). */
function workingMsBetween(
  fromMs: number,
  toMs: number,
  calendar: BusinessCalendar,
  office: CompiledOfficeHours,
): number {
  if (toMs <= fromMs) return 0;
  const firstDay = localDayOf(fromMs);
  const lastDay = localDayOf(toMs);
  let total = 0;
  for (let day = firstDay; day <= lastDay; day++) {
    if (!isWorkingLocalDay(calendar, day)) continue;
    const low = day === firstDay ? localClockOf(fromMs) : 0;
    const high = day === lastDay ? localClockOf(toMs) : dayMs;
    total += low === 0 && high === dayMs ? office.dailyMs : officeMsWithin(office, low, high);
  }
  return total;
}

function officeMsWithin(office: CompiledOfficeHours, low: number, high: number): number {
  return office.spans.reduce((sum, span) => sum + Math.max(0, Math.min(high, span.end) - Math.max(low, span.start)), 0);
}

function advanceMs(
  startMs: number,
  amountMs: number,
  mode: TimeMode,
  calendar: BusinessCalendar,
  office: OfficeHours,
): number {
  if (amountMs === 0) return startMs;
  if (mode === 'natural') return startMs + amountMs;
  return advanceWorkingMs(startMs, amountMs, calendar, compileOfficeHours(office));
}

function countedMs(
  fromMs: number,
  toMs: number,
  mode: TimeMode,
  calendar: BusinessCalendar,
  office: OfficeHours,
): number {
  if (toMs <= fromMs) return 0;
  if (mode === 'natural') return toMs - fromMs;
  return workingMsBetween(fromMs, toMs, calendar, compileOfficeHours(office));
}

// ---------------------------------------------------------------------------------------------
// Public API

/**
 * The moment `hours` of counted time after `start`. Working mode counts only office periods on
 * working days: a start outside office time begins counting at the next office period, and an
 * amount that runs out exactly at a period's end yields that end (e.g. 12:00, not 13:30).
 * 0 hours returns `start` itself. Precision is the millisecond.
 */
export function addTime(
  start: Date,
  hours: number,
  mode: TimeMode,
  calendar: BusinessCalendar,
  office: OfficeHours,
): Date {
  const startMs = epochMsOf(start, 'start');
  checkAmount(hours, 'hours');
  if (hours === 0) return start;
  return new Date(advanceMs(startMs, Math.round(hours * hourMs), mode, calendar, office));
}

/** Hours of counted time from `from` to `to`; 0 when `to` is not after `from`. */
export function elapsedTime(
  from: Date,
  to: Date,
  mode: TimeMode,
  calendar: BusinessCalendar,
  office: OfficeHours,
): number {
  return countedMs(epochMsOf(from, 'from'), epochMsOf(to, 'to'), mode, calendar, office) / hourMs;
}

/**
 * Red once `now` is past `due`; yellow once the counted time spent since `start` reaches
 * `warnShare` of the counted time from `start` to `due` (预警); green before that.
 */
export function deadlineColour(
  start: Date,
  due: Date,
  now: Date,
  warnShare: number,
  mode: TimeMode,
  calendar: BusinessCalendar,
  office: OfficeHours,
): DeadlineColour {
  checkShare(warnShare);
  const [startMs, dueMs, nowMs] = [epochMsOf(start, 'start'), epochMsOf(due, 'due'), epochMsOf(now, 'now')];
  if (nowMs > dueMs) return 'red';
  const total = countedMs(startMs, dueMs, mode, calendar, office);
  const spent = countedMs(startMs, nowMs, mode, calendar, office);
  return spent >= warnShare * total ? 'yellow' : 'green';
}

/** The first moment `deadlineColour` turns yellow: `warnShare` of the counted time from start to due. */
export function warnAt(
  start: Date,
  due: Date,
  warnShare: number,
  mode: TimeMode,
  calendar: BusinessCalendar,
  office: OfficeHours,
): Date {
  checkShare(warnShare);
  const startMs = epochMsOf(start, 'start');
  const total = countedMs(startMs, epochMsOf(due, 'due'), mode, calendar, office);
  // Rounded up so that the colour at the returned moment is already yellow.
  return new Date(advanceMs(startMs, Math.ceil(warnShare * total), mode, calendar, office));
}

/**
 * The same China-local clock time `days` working days later (e.g. escalation N working days
 * after the due moment). The start's own day never counts, working or not: from Saturday 10:00,
 * one working day later is Monday 10:00 (barring holidays). The clock time is kept even when it
 * lies outside office hours, so `office` is not consulted; it is accepted for a uniform signature.
 */
export function addWorkingDays(start: Date, days: number, calendar: BusinessCalendar, _office: OfficeHours): Date {
  const startMs = epochMsOf(start, 'start');
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`days must be a whole number ≥ 0, got ${days}`);
  const clock = localClockOf(startMs);
  let day = localDayOf(startMs);
  for (let counted = 0, walked = 0; counted < days; walked++) {
    if (walked > maxWalkDays) walkTooLong();
    day++;
    if (isWorkingLocalDay(calendar, day)) counted++;
  }
  return days === 0 ? start : new Date(epochOf(day, clock));
}

function checkShare(warnShare: number): void {
  if (!(warnShare >= 0 && warnShare <= 1)) throw new RangeError(`warnShare must lie between 0 and 1, got ${warnShare}`);
}
