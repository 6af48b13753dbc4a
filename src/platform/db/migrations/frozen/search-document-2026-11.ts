/**
 * The search document (tsvector input text) exactly as the live tokenizer wrote it in November 2026,
 * frozen for migrations 0005 and 0009: an old migration must keep its meaning when the live search
 * code changes. Never edit this file; a later migration that needs a newer tokenizer gets its own
 * frozen copy. It imports libraries only, no live project code.
 *
 * A document is its single Han characters and overlapping character pairs, each at the position of
 * its first character, plus whole Latin words and numbers, after normalising the text (full-width →
 * half-width, Traditional → Simplified with OpenCC t2s, whitespace collapsed, lower case).
 */
import { ConverterBuilder } from 'opencc-js/core';
import * as traditionalToSimplified from 'opencc-js/preset/t2cn';

const MAX_POSITION = 16_000;
const PART_GAP = 5;

const isHan = (c: string) => /\p{Script=Han}/u.test(c);
const isWordChar = (c: string) => /[\p{L}\p{N}]/u.test(c);

interface Simplifier {
  convert: (text: string) => string;
  triggers: Set<number>;
}

let simplifier: Simplifier | undefined;

function dictionaryPairs(): string[][] {
  const { configs } = traditionalToSimplified;
  const pairs: string[][] = [];
  const config = configs['t2s'];
  if (!config) return pairs;
  for (const dict of [config.segmentation, ...config.conversionChain].flat(2)) {
    if (typeof dict === 'string') for (const entry of dict.split('|')) pairs.push(entry.split(' '));
    else if (Array.isArray(dict)) pairs.push([String(dict[0]), String(dict[1])]);
  }
  return pairs;
}

/** One character of each changing entry: a text with none of them is left as it is (a shortcut only). */
function triggerCharacters(pairs: string[][]): Set<number> {
  const changingChars = new Set<string>();
  for (const [source, target] of pairs)
    if (source && target && source !== target && [...source].length === 1) changingChars.add(source);
  const triggers = new Set<number>();
  for (const [source, target] of pairs) {
    if (!source || !target || source === target) continue;
    const chars = [...source];
    const pick = chars.find((c) => changingChars.has(c)) ?? chars[0];
    if (pick) triggers.add(pick.codePointAt(0) ?? 0);
  }
  return triggers;
}

function toSimplifiedChinese(text: string): string {
  simplifier ??= {
    convert: ConverterBuilder(traditionalToSimplified)({ from: 't', to: 'cn' }),
    triggers: triggerCharacters(dictionaryPairs()),
  };
  const { convert, triggers } = simplifier;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x2e80) continue;
    if ((code >= 0xf900 && code <= 0xfaff) || (code >= 0xd800 && code <= 0xdbff) || triggers.has(code))
      return convert(text);
  }
  return text;
}

function toHalfWidth(text: string): string {
  if (!/[\uff01-\uff5e\u3000]/.test(text)) return text;
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else if (code === 0x3000) out += ' ';
    else out += text[i];
  }
  return out;
}

function normaliseForSearch(text: string): string {
  return toSimplifiedChinese(toHalfWidth(text))
    .replace(/[\s\u00a0\u200b\ufeff]+/gu, ' ')
    .trim()
    .toLowerCase();
}

function quote(lexeme: string): string {
  return `'${lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

interface Token {
  lexeme: string;
  position: number;
}

function tokensOf(text: string, start: number): { tokens: Token[]; end: number } {
  const chars = [...text];
  const tokens: Token[] = [];
  let i = 0;
  while (i < chars.length) {
    const c = chars[i] ?? '';
    const position = start + i;
    if (position > MAX_POSITION) break;
    if (isHan(c)) {
      tokens.push({ lexeme: c, position });
      const next = chars[i + 1];
      if (next !== undefined && isHan(next)) tokens.push({ lexeme: c + next, position });
      i += 1;
    } else if (isWordChar(c)) {
      let j = i;
      while (j < chars.length && isWordChar(chars[j] ?? '') && !isHan(chars[j] ?? '')) j += 1;
      tokens.push({ lexeme: chars.slice(i, j).join('').slice(0, 60), position });
      i = j;
    } else {
      i += 1;
    }
  }
  return { tokens, end: start + chars.length };
}

/** Marker lexemes: '#p12' (the place unit), '#t3' (its township). */
export const marker = {
  place: (unitId: number) => `#p${unitId}`,
  township: (unitId: number) => `#t${unitId}`,
};

/** The tsvector (as input text) of a document made of parts, e.g. [title, description, address], with marker lexemes. */
export function searchDocument(parts: readonly (string | null | undefined)[], markers: readonly string[] = []): string {
  const positions = new Map<string, number[]>();
  let start = 1;
  for (const part of parts) {
    if (!part) continue;
    const { tokens, end } = tokensOf(normaliseForSearch(part), start);
    for (const token of tokens) {
      const list = positions.get(token.lexeme) ?? [];
      if (list.length < 256) list.push(token.position);
      positions.set(token.lexeme, list);
    }
    start = end + PART_GAP;
  }
  const text = [...positions].map(([lexeme, at]) => `${quote(lexeme)}:${at.join(',')}`);
  return [...text, ...markers.map(quote)].join(' ');
}
