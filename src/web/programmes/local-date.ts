import dayjs, { type Dayjs } from 'dayjs';

/** China-local dates as the API takes them ('YYYY-MM-DD') and as the date pickers hold them. */

export const toDay = (value: string | null | undefined): Dayjs | undefined => (value ? dayjs(value) : undefined);

export const fromDay = (value: Dayjs | null | undefined): string | undefined =>
  value ? value.format('YYYY-MM-DD') : undefined;

/** Text fields as the API takes them: trimmed, and empty left out. */
export const trimmedOrUndefined = (value: string | null | undefined): string | undefined => value?.trim() || undefined;
