/**
 * Reading an exported message list (留言列表) for the insight command-line tools: a tab-separated
 * text file or an .xlsx workbook with a header row; columns found by name (case-insensitive), so an
 * office can point at its own headers (留言编号, 留言时间 …). Times are read loosely: 2019/12/1 10:00,
 * 2019-12-01T10:00, 2019年12月1日, an Excel serial day number; without a zone, China time.
 */

import { readFileSync } from 'node:fs';
import { readSheet } from '../../platform/excel/excel.ts';
import { chinaUtcOffset, fromChinaWallClock } from '../../shared/china-time.ts';

export interface TableColumn<K extends string> {
  key: K;
  /** The header it is found under. */
  header: string;
  required: boolean;
}

export interface TableRow<K extends string> {
  /** The line (TSV) or sheet row number, the header being 1. */
  row: number;
  values: Record<K, string>;
}

/** A problem with the file as a whole (it cannot be read, a required column is missing). */
export class TableInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TableInputError';
  }
}

const unquote = (cell: string) => {
  const trimmed = cell.trim();
  return trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"')
    ? trimmed.slice(1, -1).replace(/""/g, '"').trim()
    : trimmed;
};

/** Rows of tab-separated text with a header row; blank lines are skipped. */
export function parseTsvTable<K extends string>(tsv: string, columns: readonly TableColumn<K>[]): TableRow<K>[] {
  const text = tsv.startsWith('\uFEFF') ? tsv.slice(1) : tsv;
  const lines = text.split(/\r\n|\n|\r/);
  const header = (lines[0] ?? '').split('\t').map((cell) => unquote(cell).toLowerCase());
  const positions = new Map<K, number>();
  for (const column of columns) {
    const at = header.indexOf(column.header.trim().toLowerCase());
    if (at >= 0) positions.set(column.key, at);
  }
  requireColumns(columns, positions, header);
  const rows: TableRow<K>[] = [];
  for (let i = 1; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    if (line.trim() === '') continue;
    const cells = line.split('\t');
    const values = Object.fromEntries(
      columns.map((c) => [c.key, positions.has(c.key) ? unquote(cells[positions.get(c.key) ?? 0] ?? '') : '']),
    ) as Record<K, string>;
    rows.push({ row: i + 1, values });
  }
  return rows;
}

function requireColumns<K extends string>(
  columns: readonly TableColumn<K>[],
  found: ReadonlyMap<K, number> | ReadonlySet<K>,
  header: readonly string[],
): void {
  const missing = columns.filter((c) => c.required && !found.has(c.key));
  if (missing.length > 0) {
    const names = missing.map((c) => `"${c.header}" (${c.key})`).join(', ');
    throw new TableInputError(
      `missing column ${names}; the header row has: ${header.filter(Boolean).join(', ') || '(nothing)'}`,
    );
  }
}

/** Reads a .tsv/.txt or .xlsx file into rows of the named columns. */
export async function readTable<K extends string>(
  file: string,
  columns: readonly TableColumn<K>[],
): Promise<TableRow<K>[]> {
  let raw: Buffer;
  try {
    raw = readFileSync(file);
  } catch (error) {
    throw new TableInputError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  if (!/\.xlsx$/i.test(file)) return parseTsvTable(raw.toString('utf8'), columns);
  let sheetRows;
  try {
    sheetRows = await readSheet(
      raw,
      columns.map((c) => ({ key: c.key, labels: [c.header], required: c.required })),
    );
  } catch (error) {
    const details = (error as { details?: { rows?: { reason: string }[] } }).details;
    throw new TableInputError(
      details?.rows?.map((r) => r.reason).join('; ') ?? (error instanceof Error ? error.message : String(error)),
    );
  }
  return sheetRows.map((r) => ({ row: r.row, values: r.values }));
}

/** A time written loosely, as exports write them; null when it cannot be read. */
export function parseLooseTime(text: string): Date | null {
  const value = text.trim();
  if (value === '') return null;
  if (/^\d+(\.\d+)?$/.test(value)) {
    const serial = Number(value);
    // An Excel serial day number (days since 1899-12-30), in China time; plausible years only.
    if (serial > 20_000 && serial < 80_000) return fromChinaWallClock(Date.UTC(1899, 11, 30) + serial * 86_400_000);
    return null;
  }
  // 2019年12月1日 8时30分 → 2019-12-1 8:30
  const plain = value
    .replace(/[年月]/g, '-')
    .replace(/日/g, ' ')
    .replace(/[时点分]/g, ':')
    .replace(/秒/g, '')
    .replace(/:+(?=\s|$)/g, '')
    .trim();
  const match =
    /^(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})(?:[\sT]+(\d{1,2})(?::(\d{1,2}))?(?::(\d{1,2}))?(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/.exec(
      plain,
    );
  if (!match) {
    const parsed = new Date(plain);
    return Number.isNaN(parsed.getTime()) ? null : parsed;
  }
  const [, y, mo, d, h, mi, s, zone] = match;
  const pad = (part: string | undefined) => (part ?? '0').padStart(2, '0');
  const iso = `${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}${zone ? (zone === 'Z' ? 'Z' : zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone) : chinaUtcOffset}`;
  const parsed = new Date(iso);
  return Number.isNaN(parsed.getTime()) ? null : parsed;
}

/** `a=x,b=y` (the --map option) into a record; a key without `=` or a value is an error. */
export function parseColumnMap<K extends string>(text: string, keys: readonly K[]): Partial<Record<K, string>> {
  const out: Partial<Record<K, string>> = {};
  for (const part of text.split(',')) {
    if (part.trim() === '') continue;
    const at = part.indexOf('=');
    const key = part.slice(0, at).trim() as K;
    const value = part.slice(at + 1).trim();
    if (at <= 0 || value === '') throw new TableInputError(`--map: "${part}" is not key=column`);
    if (!keys.includes(key)) throw new TableInputError(`--map: unknown key "${key}" (known: ${keys.join(', ')})`);
    out[key] = value;
  }
  return out;
}
