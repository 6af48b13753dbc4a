/**
 * An exported message list as hot-issue items (the `npm run hot-issues` command): which column holds
 * what (--map), and each row read into an item. The text and the time must be there; the id, the
 * title, the supports and the place may be missing (ids then are the row numbers).
 */

import type { HotItem } from './hot-issues.ts';
import { parseLooseTime, type TableColumn, type TableRow } from './table-input.ts';

export const hotIssueColumnKeys = ['id', 'title', 'time', 'text', 'supports', 'place'] as const;
export type HotIssueColumnKey = (typeof hotIssueColumnKeys)[number];

const requiredKeys: ReadonlySet<HotIssueColumnKey> = new Set(['time', 'text']);

/** The columns to read: the mapped header for each key, else the key itself; the place only when named. */
export function hotIssueColumns(map: Partial<Record<HotIssueColumnKey, string>>): TableColumn<HotIssueColumnKey>[] {
  return hotIssueColumnKeys
    .filter((key) => key !== 'place' || map.place !== undefined)
    .map((key) => ({ key, header: map[key] ?? key, required: requiredKeys.has(key) }));
}

export interface RowProblem {
  row: number;
  reason: string;
}

/** Items from rows; rows without a text or with an unreadable time are reported and left out. */
export function hotItemsFromRows(rows: readonly TableRow<HotIssueColumnKey>[]): {
  items: HotItem[];
  problems: RowProblem[];
} {
  const items: HotItem[] = [];
  const problems: RowProblem[] = [];
  const seen = new Set<string>();
  for (const { row, values } of rows) {
    const text = values.text.trim();
    const title = values.title.trim();
    if (text === '' && title === '') {
      problems.push({ row, reason: 'no text' });
      continue;
    }
    const time = parseLooseTime(values.time);
    if (!time) {
      problems.push({ row, reason: `unreadable time "${values.time}"` });
      continue;
    }
    let id = values.id.trim() || `row-${row}`;
    if (seen.has(id)) id = `${id}#${row}`;
    seen.add(id);
    const supports = Number.parseInt(values.supports.replace(/[^\d-]/g, ''), 10);
    const place = values.place?.trim() ?? '';
    items.push({
      id,
      kind: 'case',
      title: title || null,
      text,
      time,
      supports: Number.isFinite(supports) && supports > 0 ? supports : 0,
      place: place || null,
    });
  }
  return { items, problems };
}
