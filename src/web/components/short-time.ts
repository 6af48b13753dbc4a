const pad = (n: number) => String(n).padStart(2, '0');

/**
 * 03-05 14:30, for dense tables and short notices, in the browser's time zone like the rest of
 * date-format.ts; without dayjs, so the sign-in page (its lock-out notice) loads none.
 */
export function formatShortTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const at = new Date(iso);
  return `${pad(at.getMonth() + 1)}-${pad(at.getDate())} ${pad(at.getHours())}:${pad(at.getMinutes())}`;
}
