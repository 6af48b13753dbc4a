/**
 * How rare a word is in Chinese at large: the inverse document frequencies that jieba ships
 * (@node-rs/jieba/idf.txt, about 270,000 words), read once on first use. Hot-issue clustering mixes
 * them with the frequencies of the texts at hand, so that in a small period filler words (附近, 老人,
 * 已经) still weigh less than the words of a matter (路灯, 流浪狗). A word jieba does not list (a name,
 * a rare compound) gets the median, as jieba's own keyword extraction does.
 */

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

let table: Map<string, number> | undefined;
let median = 12;

function load(): Map<string, number> {
  if (table) return table;
  const map = new Map<string, number>();
  try {
    const file = createRequire(import.meta.url).resolve('@node-rs/jieba/idf.txt');
    const values: number[] = [];
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      const space = line.lastIndexOf(' ');
      if (space <= 0) continue;
      const value = Number(line.slice(space + 1));
      if (!Number.isFinite(value)) continue;
      map.set(line.slice(0, space), value);
      values.push(value);
    }
    values.sort((a, b) => a - b);
    median = values[Math.floor(values.length / 2)] ?? median;
  } catch {
    // Without the file every word weighs the same here; the texts' own frequencies still count.
  }
  table = map;
  return map;
}

/** The word's IDF in general Chinese; the median for a word not listed. */
export function generalIdf(word: string): number {
  return load().get(word) ?? median;
}
