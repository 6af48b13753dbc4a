import { type CaseTier, caseTiers, type Urgency, urgencies } from '../../shared/cases.ts';
/**
 * Default time limits for cases, by tier and urgency, and per-category overrides.
 *
 * Tiers: 'minor' (一般) is solved by the grid or village/community; 'general' (较大) by the
 * township with departments; 'major' (重大) by a district task force.
 *
 * Units: hours. 'normal' cases count working hours (a working day is 7 h), 'urgent' cases count
 * natural hours, because an urgent problem (no water in winter, a gas smell, a collapsing wall)
 * does not wait for Monday.
 *
 * Why these values: 12345 hotline practice under 接诉即办 is to contact the citizen within 24 h
 * and to finish and answer within about 7 days, allowing longer for complex cases once the
 * reason is explained. The defaults are tighter where that is realistic:
 * - normal response 4 working hours: the citizen hears back the same half-day (well within 24 h);
 * - normal resolve: minor 3 working days (21 h), general 5 working days (35 h ≈ 7 calendar days,
 *   the hotline norm), major 15 working days (105 h: cross-department work under a task force);
 * - urgent response 1 natural hour (somebody is on the way); urgent resolve 24 / 48 / 72
 *   natural hours — the immediate danger removed; any follow-up can become a new normal case.
 */

export const tiers = caseTiers;
export type Tier = CaseTier;
export { urgencies, type Urgency };

/** Hours; 'normal' cases count working hours, 'urgent' natural hours. */
export interface Limit {
  responseHours: number;
  resolveHours: number;
}
export type Limits = Record<Tier, Record<Urgency, Limit>>;

/** A partial replacement of Limits: only the numbers given replace the base. */
export type LimitOverride = Partial<Record<Tier, Partial<Record<Urgency, Partial<Limit>>>>>;

/** No limit may exceed this many hours (about a year of working hours). */
export const MAX_LIMIT_HOURS = 2000;

/** Working hours in one working day, for converting days to hours. */
export const WORKING_HOURS_PER_DAY = 7;

export const defaultLimits: Limits = {
  minor: {
    normal: { responseHours: 4, resolveHours: 3 * WORKING_HOURS_PER_DAY },
    urgent: { responseHours: 1, resolveHours: 24 },
  },
  general: {
    normal: { responseHours: 4, resolveHours: 5 * WORKING_HOURS_PER_DAY },
    urgent: { responseHours: 1, resolveHours: 48 },
  },
  major: {
    normal: { responseHours: 4, resolveHours: 15 * WORKING_HOURS_PER_DAY },
    urgent: { responseHours: 1, resolveHours: 72 },
  },
};

/** Safety hazards and accidents: a hazard left for a week is how accidents happen. */
const safetyOverride: LimitOverride = {
  minor: {
    normal: { responseHours: 2, resolveHours: 2 * WORKING_HOURS_PER_DAY },
    urgent: { responseHours: 0.5, resolveHours: 12 },
  },
  general: {
    normal: { responseHours: 2, resolveHours: 3 * WORKING_HOURS_PER_DAY },
    urgent: { responseHours: 0.5, resolveHours: 24 },
  },
  major: {
    normal: { responseHours: 2, resolveHours: 10 * WORKING_HOURS_PER_DAY },
    urgent: { responseHours: 0.5, resolveHours: 48 },
  },
};

/**
 * Per level-2 overrides, keyed "level1/level2" (see routingKey). Kept to the obvious cases:
 * safety hazards and public-health emergencies answer faster.
 */
export const limitOverrides: Record<string, LimitOverride> = {
  '城乡建设/安全生产': safetyOverride,
  '经济管理/安全生产': safetyOverride,
  // 突发公共卫生事件、疾病预防控制: an urgent case needs somebody within half an hour.
  '卫生计生/公共卫生': {
    minor: { urgent: { responseHours: 0.5 } },
    general: { urgent: { responseHours: 0.5 } },
    major: { urgent: { responseHours: 0.5 } },
  },
};

/** A new Limits: `base` with the numbers in `override` replaced. Neither argument is changed. */
export function applyLimitOverride(base: Limits, override: LimitOverride): Limits {
  const tierLimits = (tier: Tier): Record<Urgency, Limit> => ({
    normal: { ...base[tier].normal, ...override[tier]?.normal },
    urgent: { ...base[tier].urgent, ...override[tier]?.urgent },
  });
  return { minor: tierLimits('minor'), general: tierLimits('general'), major: tierLimits('major') };
}

/** A deep copy of Limits. */
export function copyLimits(limits: Limits): Limits {
  return applyLimitOverride(limits, {});
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkHours(value: unknown, where: string, problems: string[]): number | null {
  if (value === undefined) {
    problems.push(`${where} is missing`);
    return null;
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    problems.push(`${where} must be a finite number of hours`);
    return null;
  }
  if (value <= 0) {
    problems.push(`${where} must be positive`);
    return null;
  }
  if (value > MAX_LIMIT_HOURS) problems.push(`${where} must be at most ${MAX_LIMIT_HOURS} hours`);
  return value;
}

/**
 * The problems with a value meant to be Limits (e.g. read from configuration): missing or
 * unknown tiers and urgencies, hours that are missing, not finite numbers, not positive or more
 * than MAX_LIMIT_HOURS, and a response limit longer than the resolve limit. Empty means valid.
 */
export function validateLimits(value: unknown): string[] {
  const problems: string[] = [];
  if (!isRecord(value)) return ['limits must be an object with the tiers minor, general, major'];
  for (const key of Object.keys(value)) {
    if (!(tiers as readonly string[]).includes(key)) problems.push(`unknown tier '${key}'`);
  }
  for (const tier of tiers) {
    const tierValue = value[tier];
    if (tierValue === undefined) {
      problems.push(`tier '${tier}' is missing`);
      continue;
    }
    if (!isRecord(tierValue)) {
      problems.push(`tier '${tier}' must be an object with the urgencies normal, urgent`);
      continue;
    }
    for (const key of Object.keys(tierValue)) {
      if (!(urgencies as readonly string[]).includes(key)) problems.push(`${tier}: unknown urgency '${key}'`);
    }
    for (const urgency of urgencies) {
      const where = `${tier}.${urgency}`;
      const limit = tierValue[urgency];
      if (limit === undefined) {
        problems.push(`${where} is missing`);
        continue;
      }
      if (!isRecord(limit)) {
        problems.push(`${where} must be an object with responseHours and resolveHours`);
        continue;
      }
      const response = checkHours(limit.responseHours, `${where}.responseHours`, problems);
      const resolve = checkHours(limit.resolveHours, `${where}.resolveHours`, problems);
      if (response !== null && resolve !== null && response > resolve) {
        problems.push(`${where}: responseHours (${response}) must not exceed resolveHours (${resolve})`);
      }
    }
  }
  return problems;
}
