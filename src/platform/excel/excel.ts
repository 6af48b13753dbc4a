import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { FastifyReply } from 'fastify';
import { AppError } from '../errors/app-error.ts';
import { isUnsafeText } from '../http/request-text.ts';
import type { App } from '../http/types.ts';

export const xlsxContentType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface ExcelColumn<K extends string> {
  key: K;
  /** Header written on export; the first label. Import accepts any of the labels. */
  labels: readonly string[];
  required?: boolean;
  width?: number;
}

export interface ImportProblem {
  /** The Excel row number (the header is row 1). */
  row: number;
  column?: string;
  reason: string;
}

export interface SheetRow<K extends string> {
  row: number;
  values: Record<K, string>;
}

/** Accepts uploaded .xlsx files as a Buffer body (up to 10 MB). */
export function acceptXlsxUploads(app: App): void {
  app.addContentTypeParser(
    xlsxContentType,
    { parseAs: 'buffer', bodyLimit: 10 * 1024 * 1024 },
    (_request, body, done) => done(null, body),
  );
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    return '';
  }
  return String(value);
}

/**
 * Reads the first sheet: row 1 holds the headers (matched by any of each column's labels), every
 * following non-empty row becomes values keyed by column. A file that is not .xlsx, or lacks a
 * required column, is refused as a whole.
 */
export async function readSheet<K extends string>(
  buffer: Buffer,
  columns: readonly ExcelColumn<K>[],
): Promise<SheetRow<K>[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw new AppError('IMPORT_FAILED', {
      message: {
        zh: '无法读取文件，请上传 .xlsx 格式的 Excel 文件。',
        en: 'The file could not be read; upload an .xlsx Excel file.',
      },
      details: { rows: [{ row: 0, reason: '不是 .xlsx 格式的 Excel 文件 (not an .xlsx file)' }] },
    });
  }
  const sheet = workbook.worksheets[0];
  if (!sheet)
    throw new AppError('IMPORT_FAILED', {
      details: { rows: [{ row: 0, reason: '文件中没有工作表 (the workbook has no sheet)' }] },
    });
  const positions = new Map<K, number>();
  sheet.getRow(1).eachCell((cell, col) => {
    const header = cellText(cell.value).trim().toLowerCase();
    const column = columns.find((c) => c.labels.some((label) => label.toLowerCase() === header));
    if (column && !positions.has(column.key)) positions.set(column.key, col);
  });
  const missing = columns.filter((c) => c.required && !positions.has(c.key));
  if (missing.length > 0) {
    throw new AppError('IMPORT_FAILED', {
      details: {
        rows: missing.map((c) => ({
          row: 1,
          column: c.labels[0],
          reason: `缺少“${c.labels[0]}”列 (missing column ${c.labels.join(' / ')})`,
        })),
      },
    });
  }
  const rows: SheetRow<K>[] = [];
  const unsafe: ImportProblem[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber === 1) return;
    const values = Object.fromEntries(
      columns.map((c) => [
        c.key,
        positions.has(c.key) ? cellText(row.getCell(positions.get(c.key) ?? 0).value).trim() : '',
      ]),
    ) as Record<K, string>;
    // A cell may spell any character as _xHHHH_: a NUL or a lone surrogate no column can hold.
    for (const c of columns)
      if (isUnsafeText(values[c.key]))
        unsafe.push({ row: rowNumber, column: c.labels[0] ?? c.key, reason: '含有无效字符 (invalid characters)' });
    if (Object.values(values).some((v) => v !== '')) rows.push({ row: rowNumber, values });
  });
  failOnProblems(unsafe);
  return rows;
}

/** One sheet with a bold, frozen header row, and the columns' first labels as headers. */
export async function writeSheet<K extends string>(
  sheetName: string,
  columns: readonly ExcelColumn<K>[],
  rows: Record<K, string | number | null>[],
  note?: string,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'luoshi';
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.labels[0] ?? c.key, key: c.key, width: c.width ?? 16 }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  if (note) {
    const help = workbook.addWorksheet('说明');
    for (const line of note.split('\n')) help.addRow([line]);
    help.getColumn(1).width = 100;
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * Like writeSheet, for large exports: rows arrive in batches and are written as they come by
 * ExcelJS's streaming writer with inline strings (several times faster than the in-memory workbook
 * and without holding every row). Answers the file and how many rows it holds.
 */
export async function writeLargeSheet<K extends string>(
  sheetName: string,
  columns: readonly ExcelColumn<K>[],
  batches: AsyncIterable<Record<K, string | number | null>[]>,
  note?: (rows: number) => string,
): Promise<{ buffer: Buffer; rows: number }> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: true });
  workbook.creator = 'luoshi';
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.labels[0] ?? c.key, key: c.key, width: c.width ?? 16 }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  let rows = 0;
  for await (const batch of batches) {
    for (const row of batch) sheet.addRow(row).commit();
    rows += batch.length;
  }
  sheet.commit();
  if (note) {
    const help = workbook.addWorksheet('说明');
    help.getColumn(1).width = 100;
    for (const line of note(rows).split('\n')) help.addRow([line]).commit();
    help.commit();
  }
  await workbook.commit();
  return { buffer: Buffer.concat(chunks), rows };
}

/** Sends a workbook as a download; the file name may be Chinese. */
export function sendXlsx(reply: FastifyReply, filename: string, buffer: Buffer): FastifyReply {
  const ascii = filename.replace(/[^\x20-\x7e]/g, '_');
  return reply
    .header('content-type', xlsxContentType)
    .header('content-disposition', `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`)
    .send(buffer);
}

/** Throws IMPORT_FAILED listing every problem, so nothing is imported when anything is wrong. */
export function failOnProblems(problems: ImportProblem[]): void {
  if (problems.length > 0)
    throw new AppError('IMPORT_FAILED', { details: { rows: problems.sort((a, b) => a.row - b.row) } });
}

/** The raw .xlsx body of an upload; anything else is a clear 415. */
export function requireFile(body: unknown): Buffer {
  if (!Buffer.isBuffer(body) || body.length === 0)
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', {
      message: { zh: '请上传 .xlsx 文件。', en: 'Upload an .xlsx file.' },
    });
  return body;
}
