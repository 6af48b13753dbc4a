/**
 * Full-text search for Chinese (全文检索) on PostgreSQL's `simple` configuration, the same on PGlite
 * and PostgreSQL. A document is indexed as its single characters and overlapping character pairs
 * (bigrams), each at the position of its first character, plus whole Latin words and numbers; text is
 * normalised first (Traditional → Simplified, full-width → half-width), so a query in either script
 * finds both. A query term of one character matches the character; two characters, the pair; a longer
 * term, the phrase of its pairs at consecutive positions ('路灯' <-> '灯不' <-> '不亮'). Several terms
 * separated by spaces must all match.
 */
import { normaliseText } from '../text/normalise.ts';

/** Positions beyond this are not kept by PostgreSQL (16,383); later text is not indexed. */
const MAX_POSITION = 16_000;
/** A gap between the parts of a document (title, description, address) so no phrase spans two parts. */
const PART_GAP = 5;
const MAX_TERMS = 8;
const MAX_TERM_LENGTH = 30;

const isHan = (c: string) => /\p{Script=Han}/u.test(c);
const isWordChar = (c: string) => /[\p{L}\p{N}]/u.test(c);

/** Normalised for search: normaliseText plus lower case. */
export function normaliseForSearch(text: string): string {
  return normaliseText(text).toLowerCase();
}

/** A lexeme quoted for tsvector/tsquery input: single quotes doubled, backslashes escaped. */
function quote(lexeme: string): string {
  return `'${lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

interface Token {
  lexeme: string;
  position: number;
}

/** The tokens of one normalised text: Han characters and pairs, Latin words and numbers whole. */
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

/**
 * Marker lexemes a document may carry besides its text, so the GIN index itself narrows a duplicate
 * check to a place: '#p12' (the place unit), '#t3' (its township). '#' never comes out of text, so
 * markers cannot collide with words. (Periods need no markers: each month has its own partition.)
 */
export const marker = {
  place: (unitId: number) => `#p${unitId}`,
  township: (unitId: number) => `#t${unitId}`,
};

/** A tsquery narrowed to documents carrying any of the markers. */
export function withMarkers(query: string, markers: readonly string[] | null): string {
  if (!markers || markers.length === 0) return query;
  return `(${query}) & (${markers.map(quote).join(' | ')})`;
}

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

/** One query term as tsquery input: a character, a pair, or the phrase of its pairs and words. */
function termQuery(term: string): string | null {
  const { tokens } = tokensOf(term, 1);
  const chars = [...term];
  const hanAt = (position: number) => isHan(chars[position - 1] ?? '');
  const usable = tokens.filter((token) => {
    const lexeme = [...token.lexeme];
    if (!isHan(lexeme[0] ?? '')) return true; // a Latin word or a number
    if (lexeme.length === 2) return true; // a pair
    // A single character stands for itself only where it has no Han neighbour to pair with.
    return !hanAt(token.position - 1) && !hanAt(token.position + 1);
  });
  if (usable.length === 0) return null;
  let query = quote(usable[0]?.lexeme ?? '');
  for (let i = 1; i < usable.length; i++) {
    const distance = (usable[i]?.position ?? 0) - (usable[i - 1]?.position ?? 0);
    query += ` <${distance}> ${quote(usable[i]?.lexeme ?? '')}`;
  }
  return usable.length === 1 ? query : `(${query})`;
}

/**
 * The tsquery (as input text) for what a person typed, or null when nothing searchable is left.
 * Everything the user typed is quoted, so operators in the input are just characters.
 */
export function searchQuery(input: string): string | null {
  const terms = normaliseForSearch(input)
    .split(/[\s,，、;；]+/u)
    .map((t) => t.slice(0, MAX_TERM_LENGTH))
    .filter((t) => t.length > 0)
    .slice(0, MAX_TERMS);
  const queries = terms.map(termQuery).filter((q): q is string => q !== null);
  return queries.length === 0 ? null : queries.join(' & ');
}

/** The normalised terms of a query, for highlighting. */
export function queryTerms(input: string): string[] {
  return normaliseForSearch(input)
    .split(/[\s,，、;；]+/u)
    .filter((t) => [...t].some(isWordChar))
    .slice(0, MAX_TERMS);
}

export interface Snippet {
  text: string;
  /** [start, end) of each match in `text`, in UTF-16 code units. */
  highlights: [number, number][];
}

/**
 * A short passage of `text` around the first match of the query, with every match marked. Matching
 * runs on the normalised text; when normalising kept the length (the usual case) the passage is cut
 * from the original, else from the normalised text.
 */
export function snippetOf(text: string, terms: readonly string[], width = 60): Snippet {
  const normalised = normaliseForSearch(text);
  const source = normalised.length === text.length ? text : normalised;
  const matches: [number, number][] = [];
  for (const term of terms) {
    let from = 0;
    for (;;) {
      const at = normalised.indexOf(term, from);
      if (at < 0) break;
      matches.push([at, at + term.length]);
      from = at + Math.max(1, term.length);
    }
  }
  matches.sort((a, b) => a[0] - b[0]);
  const first = matches[0]?.[0] ?? 0;
  const start = Math.max(0, Math.min(first - Math.floor(width / 3), source.length - width));
  const end = Math.min(source.length, start + width);
  const prefix = start > 0 ? '…' : '';
  const suffix = end < source.length ? '…' : '';
  const highlights = matches
    .filter(([s, e]) => s >= start && e <= end)
    .map(([s, e]): [number, number] => [s - start + prefix.length, e - start + prefix.length]);
  return { text: `${prefix}${source.slice(start, end)}${suffix}`, highlights };
}

/** Characters too common to tell one matter from another (particles, pronouns, …). */
const STOP_CHARACTERS = new Set([
  ...'的了是在有我你他她们这那和与及就都也很还又被把给对从到为上下中里个一不没人说要会能想让请已经着过吗呢吧啊哦',
]);

/** The Han character pairs and Latin words of a text (normalised), as a set. */
export function pairSet(text: string): Set<string> {
  const { tokens } = tokensOf(normaliseForSearch(text), 1);
  const set = new Set<string>();
  for (const token of tokens) {
    const chars = [...token.lexeme];
    if (chars.length === 2 || !isHan(chars[0] ?? '')) set.add(token.lexeme);
  }
  return set;
}

/** Similarity of two texts, 0…1: the Dice coefficient of their pair sets. */
export function textSimilarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const pair of a) if (b.has(pair)) shared += 1;
  return (2 * shared) / (a.size + b.size);
}

/**
 * A tsquery (input text) matching texts that share any telling pair with this one: pairs with a
 * very common character are left out; at most `max` pairs, spread over the text.
 */
export function anyPairQuery(pairs: Set<string>, max = 16): string | null {
  const telling = [...pairs].filter((p) => ![...p].some((c) => STOP_CHARACTERS.has(c)));
  if (telling.length === 0) return null;
  const step = Math.max(1, telling.length / max);
  const picked: string[] = [];
  for (let i = 0; i < telling.length && picked.length < max; i += step) picked.push(telling[Math.floor(i)] ?? '');
  return picked.map(quote).join(' | ');
}
