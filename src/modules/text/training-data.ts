/**
 * Labelled messages (category + text) as tab-separated text: a header row naming the columns
 * `category` and `text` (found by name, in any order, other columns ignored), one message a line.
 * The shipped training messages are kept gzip-compressed beside the model so that a clone of the
 * repository can retrain without the original data folder.
 */

import { readFileSync } from 'node:fs';
import { gunzipSync, gzipSync, constants as zlibConstants } from 'node:zlib';

export interface LabelledText {
  category: string;
  text: string;
  /** How much this example counts in training; 1 when absent. */
  weight?: number;
}

export class TrainingDataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TrainingDataError';
  }
}

/** Parses labelled TSV; throws TrainingDataError naming what is wrong (a missing column, a short row). */
export function parseLabelledTsv(tsv: string): LabelledText[] {
  const text = tsv.startsWith('\uFEFF') ? tsv.slice(1) : tsv;
  const lines = text.split(/\r\n|\n|\r/);
  const header = (lines[0] ?? '').split('\t').map((cell) => cell.trim().toLowerCase());
  const categoryColumn = header.indexOf('category');
  const textColumn = header.indexOf('text');
  if (categoryColumn < 0 || textColumn < 0)
    throw new TrainingDataError('the header row must name the columns "category" and "text"');
  const out: LabelledText[] = [];
  for (let i = 1; i < lines.length; i += 1) {
    const line = lines[i] as string;
    if (line.trim() === '') continue;
    const cells = line.split('\t');
    const category = cells[categoryColumn]?.trim();
    const body = cells[textColumn]?.trim();
    if (!category || body === undefined) throw new TrainingDataError(`line ${i + 1}: expected a category and a text`);
    out.push({ category, text: body });
  }
  return out;
}

/** Reads a labelled TSV file; `.gz` files are decompressed. */
export function readLabelledFile(path: string): LabelledText[] {
  const raw = readFileSync(path);
  return parseLabelledTsv((path.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8'));
}

/** Labelled texts as TSV with a header row; tabs and line breaks inside texts become spaces. */
export function formatLabelledTsv(examples: readonly LabelledText[]): string {
  const clean = (value: string) => value.replace(/[\t\r\n]+/g, ' ');
  return `category\ttext\n${examples.map((e) => `${clean(e.category)}\t${clean(e.text)}`).join('\n')}\n`;
}

/** Gzip at the highest level (the shipped copy of the training messages). */
export function gzipText(text: string): Buffer {
  return gzipSync(Buffer.from(text, 'utf8'), { level: zlibConstants.Z_BEST_COMPRESSION });
}
