import { AppError } from '../../platform/errors/app-error.ts';

/** The period a board or dashboard covers: [from, to), `to` defaulting to now. */
export interface Period {
  from: Date;
  to: Date;
}

const dayMs = 86_400_000;

const invalid = (path: string, message: string) =>
  new AppError('VALIDATION_FAILED', { details: [{ in: 'querystring', path, message }] });

/** Reads `from` and `to` (ISO date-times); `from` defaults to `defaultDays` before `to`. */
export function periodOf(
  query: { from?: string | undefined; to?: string | undefined },
  now: Date,
  defaultDays: number,
  maxDays = 400,
): Period {
  const to = query.to ? new Date(query.to) : now;
  const from = query.from ? new Date(query.from) : new Date(to.getTime() - defaultDays * dayMs);
  if (Number.isNaN(to.getTime())) throw invalid('/to', 'not a date-time');
  if (Number.isNaN(from.getTime())) throw invalid('/from', 'not a date-time');
  if (from >= to) throw invalid('/from', 'must be before to');
  if (to.getTime() - from.getTime() > maxDays * dayMs)
    throw invalid('/from', `the period may span at most ${maxDays} days`);
  return { from, to };
}
