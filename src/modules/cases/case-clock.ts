import { type BusinessCalendar, createBusinessCalendar } from '../../platform/calendar/business-calendar.ts';
import {
  addTime,
  addWorkingDays,
  deadlineColour,
  type OfficeHours,
  parseOfficeHours,
  type TimeMode,
  warnAt,
} from '../../platform/calendar/working-time.ts';
import type { CaseConfig } from '../../platform/config/config.ts';
import type { CaseStatus, CaseTier, DeadlineColour, Urgency } from '../../shared/cases.ts';
import type { Limits } from '../categories/default-limits.ts';

/**
 * Deadlines (时限) of cases: working hours on the Chinese calendar for normal cases, natural hours
 * for urgent ones. The calendar can be replaced when an installation enters holidays.
 */
export interface CaseClock {
  calendar: BusinessCalendar;
  office: OfficeHours;
  warnShare: number;
  escalateAfterWorkingDays: number;
}

export function createCaseClock(config: CaseConfig, calendar: BusinessCalendar = createBusinessCalendar()): CaseClock {
  return {
    calendar,
    office: parseOfficeHours(config.officeHours),
    warnShare: config.warnShare,
    escalateAfterWorkingDays: config.escalateAfterWorkingDays,
  };
}

export function modeOf(urgency: Urgency): TimeMode {
  return urgency === 'urgent' ? 'natural' : 'working';
}

export function later(clock: CaseClock, from: Date, hours: number, urgency: Urgency): Date {
  return addTime(from, hours, modeOf(urgency), clock.calendar, clock.office);
}

/** Response and resolution deadlines from now, by the category's limits for this tier and urgency. */
export function deadlinesFor(
  clock: CaseClock,
  limits: Limits,
  tier: CaseTier,
  urgency: Urgency,
  now: Date,
): { responseDueAt: Date; resolveDueAt: Date } {
  const limit = limits[tier][urgency];
  return {
    responseDueAt: later(clock, now, limit.responseHours, urgency),
    resolveDueAt: later(clock, now, limit.resolveHours, urgency),
  };
}

/** The resolution limit alone (for a reopened case). */
export function resolveDeadline(clock: CaseClock, limits: Limits, tier: CaseTier, urgency: Urgency, now: Date): Date {
  return later(clock, now, limits[tier][urgency].resolveHours, urgency);
}

/** The timed phase of a case: waiting for acknowledgement, or being handled. */
export interface Phase {
  kind: 'response' | 'resolve';
  start: Date;
  due: Date;
}

export interface ClockFacts {
  status: CaseStatus;
  urgency: Urgency;
  /** When the current timed phase began: dispatch (response), acknowledgement or reopening (resolve). */
  phaseStartedAt: Date | null;
  responseDueAt: Date | null;
  resolveDueAt: Date | null;
}

export function phaseOf(facts: ClockFacts): Phase | null {
  if (!facts.phaseStartedAt) return null;
  if (facts.status === 'dispatched' && facts.responseDueAt)
    return { kind: 'response', start: facts.phaseStartedAt, due: facts.responseDueAt };
  if (facts.status === 'handling' && facts.resolveDueAt)
    return { kind: 'resolve', start: facts.phaseStartedAt, due: facts.resolveDueAt };
  return null;
}

/** 预警颜色 of the current phase; null when nothing is timed. */
export function colourOf(clock: CaseClock, facts: ClockFacts, now: Date): DeadlineColour | null {
  const phase = phaseOf(facts);
  if (!phase) return null;
  if (phase.due <= phase.start) return now > phase.due ? 'red' : 'yellow';
  return deadlineColour(
    phase.start,
    phase.due,
    now,
    clock.warnShare,
    modeOf(facts.urgency),
    clock.calendar,
    clock.office,
  );
}

/** The moment the current phase turns yellow. */
export function warnTimeOf(clock: CaseClock, facts: ClockFacts): Date | null {
  const phase = phaseOf(facts);
  if (!phase || phase.due <= phase.start) return phase?.due ?? null;
  return warnAt(phase.start, phase.due, clock.warnShare, modeOf(facts.urgency), clock.calendar, clock.office);
}

export type MilestoneKind = 'warn' | 'urge' | 'escalate' | 'summons_urge';

/** Something the sweeper must do at a time: warn (预警), urge (督办), escalate (挂牌督办), urge a summoned unit. */
export interface Milestone {
  kind: MilestoneKind;
  phase: 'response' | 'resolve' | 'summons';
  at: Date;
  /** The deadline it belongs to: a new deadline means new milestones. */
  due: Date;
  unitId: number;
}

export interface SummonsFacts {
  unitId: number;
  dueAt: Date | null;
  acknowledgedAt: Date | null;
}

/** Every milestone of the case's current phase and unacknowledged summons, earliest first. */
export function milestonesOf(
  clock: CaseClock,
  facts: ClockFacts & { leadUnitId: number | null },
  summons: readonly SummonsFacts[],
): Milestone[] {
  const result: Milestone[] = [];
  const phase = phaseOf(facts);
  if (phase && facts.leadUnitId !== null) {
    const warn = warnTimeOf(clock, facts) ?? phase.due;
    const unitId = facts.leadUnitId;
    if (warn < phase.due) result.push({ kind: 'warn', phase: phase.kind, at: warn, due: phase.due, unitId });
    result.push({ kind: 'urge', phase: phase.kind, at: phase.due, due: phase.due, unitId });
    result.push({
      kind: 'escalate',
      phase: phase.kind,
      at: addWorkingDays(phase.due, clock.escalateAfterWorkingDays, clock.calendar, clock.office),
      due: phase.due,
      unitId,
    });
  }
  if (facts.status === 'dispatched' || facts.status === 'handling' || facts.status === 'resolved') {
    for (const s of summons)
      if (s.dueAt && !s.acknowledgedAt)
        result.push({ kind: 'summons_urge', phase: 'summons', at: s.dueAt, due: s.dueAt, unitId: s.unitId });
  }
  return result.sort((a, b) => a.at.getTime() - b.at.getTime());
}
