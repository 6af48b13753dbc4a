// The working-day calendar (工作日历): statutory holidays off, adjusted working weekends (调休) on.
// Built on the data file of the `chinese-days` package; an installation can add its own dates.
import chineseDays from 'chinese-days/dist/chinese-days.json' with { type: 'json' };

/** Dates ('YYYY-MM-DD', China local) an installation adds; they win over the package data. */
export interface CalendarOverrides {
  holidays: ReadonlySet<string>;
  workdays: ReadonlySet<string>;
  /** Years after the package's whose days an administrator has entered and declared complete. */
  coveredYears?: ReadonlySet<number>;
}

export interface BusinessCalendar {
  /** Whether the local date ('YYYY-MM-DD') is a working day. */
  isWorkingDay(localDate: string): boolean;
  /**
   * The latest year whose holidays are known: the package's last year, extended year by year by
   * the years an installation declared entered. Dates after it are estimated from weekends alone.
   */
  coveredUntilYear: number;
}

/** The shape of `chinese-days/dist/chinese-days.json`: each object keyed by 'YYYY-MM-DD'. */
interface ChineseDaysData {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

const packageData: ChineseDaysData = chineseDays;
/** 法定节假日 including the weekends inside a holiday block. */
const packageHolidays: ReadonlySet<string> = new Set(Object.keys(packageData.holidays));
/** 调休: weekends that are working days. */
const packageWorkdays: ReadonlySet<string> = new Set(Object.keys(packageData.workdays));
const packageCoveredUntilYear = latestYear([...packageHolidays, ...packageWorkdays]);

/** Cache entries kept per calendar before the cache starts afresh; dates are few, this only bounds misuse. */
const maxCacheEntries = 100_000;

const localDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

export function createBusinessCalendar(overrides?: CalendarOverrides): BusinessCalendar {
  const extraHolidays = overrides?.holidays ?? new Set<string>();
  const extraWorkdays = overrides?.workdays ?? new Set<string>();
  checkOverrides(extraHolidays, extraWorkdays);
  const cache = new Map<string, boolean>();

  const decide = (localDate: string): boolean => {
    if (extraWorkdays.has(localDate)) return true;
    if (extraHolidays.has(localDate)) return false;
    if (packageWorkdays.has(localDate)) return true;
    if (packageHolidays.has(localDate)) return false;
    return isMondayToFriday(localDate);
  };

  let coveredUntilYear = packageCoveredUntilYear;
  while (overrides?.coveredYears?.has(coveredUntilYear + 1)) coveredUntilYear += 1;
  return {
    coveredUntilYear,
    isWorkingDay(localDate: string): boolean {
      const cached = cache.get(localDate);
      if (cached !== undefined) return cached;
      const working = decide(localDate);
      if (cache.size >= maxCacheEntries) cache.clear();
      cache.set(localDate, working);
      return working;
    },
  };
}

function checkOverrides(holidays: ReadonlySet<string>, workdays: ReadonlySet<string>): void {
  for (const date of [...holidays, ...workdays]) weekdayOf(date);
  const both = [...holidays].filter((date) => workdays.has(date));
  if (both.length > 0) {
    throw new Error(`Calendar overrides: ${both.join(', ')} marked both as holiday and as workday`);
  }
}

function isMondayToFriday(localDate: string): boolean {
  const weekday = weekdayOf(localDate);
  return weekday >= 1 && weekday <= 5;
}

/** 0 = Sunday … 6 = Saturday; throws for anything but a real 'YYYY-MM-DD' date. */
function weekdayOf(localDate: string): number {
  const match = localDatePattern.exec(localDate);
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    const roundTrips = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
    if (roundTrips) return date.getUTCDay();
  }
  throw new RangeError(`Not a calendar date (expected YYYY-MM-DD): "${localDate}"`);
}

function latestYear(dates: readonly string[]): number {
  return dates.reduce((latest, date) => Math.max(latest, Number(date.slice(0, 4))), 0);
}
