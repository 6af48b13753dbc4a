import dayjs from 'dayjs';

export { formatShortTime } from './short-time.ts';

/**
 * How the web app writes moments and days: one format everywhere (YYYY-MM-DD HH:mm, 24-hour), in the
 * browser's time zone (China time, Asia/Shanghai, for the district's people). A missing value is a dash.
 */

const dash = '—';

/** 2026-03-05 14:30. */
export function formatTime(iso: string | null | undefined): string {
  return iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : dash;
}

/** 2026-03-05 14:30:07, where the second matters (the audit trail, a check just made). */
export function formatSecond(iso: string | null | undefined): string {
  return iso ? dayjs(iso).format('YYYY-MM-DD HH:mm:ss') : dash;
}

/** 2026-03-05: the day in the browser's time zone (an ISO instant's first ten characters are the UTC day). */
export function formatDay(iso: string | null | undefined): string {
  return iso ? dayjs(iso).format('YYYY-MM-DD') : dash;
}

/**
 * A deadline. One that falls at midnight ends the day before (a report due "by 5 January" is stored as
 * the first instant of the 6th), so it reads as that day's 24:00: 2027-01-05 24:00, not 2027-01-06 00:00.
 * `short` drops the year (01-05 24:00), for dense tables.
 */
export function formatDeadline(iso: string | null | undefined, { short = false } = {}): string {
  if (!iso) return dash;
  const at = dayjs(iso);
  const day = short ? 'MM-DD' : 'YYYY-MM-DD';
  if (at.hour() === 0 && at.minute() === 0 && at.second() === 0 && at.millisecond() === 0)
    return `${at.subtract(1, 'day').format(day)} 24:00`;
  return at.format(`${day} HH:mm`);
}
