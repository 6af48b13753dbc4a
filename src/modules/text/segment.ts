/**
 * Chinese word segmentation (分词) with jieba, and character n-grams. The dictionary is loaded once,
 * on first use; the district's own place and unit names (杏坪镇, 南沟村 …) can be added as user words
 * so that they come out whole instead of as 杏坪/镇.
 */

import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { normaliseText } from './normalise.ts';

/** Frequency given to user words: high enough that a place name wins over its parts. */
const USER_WORD_FREQUENCY = 100_000;

let jieba: Jieba | undefined;
const userWords = new Set<string>();

function segmenter(): Jieba {
  jieba ??= Jieba.withDict(dict);
  return jieba;
}

/** A token made only of punctuation, symbols or spaces (stop punctuation), dropped from word lists. */
const PUNCTUATION_ONLY = /^[\p{P}\p{S}\p{Z}\s]+$/u;

function cleanWord(word: string): string {
  return word.replace(/[\s\t\r\n|]+/g, '');
}

/**
 * Adds words to the segmentation dictionary (user dictionary, 用户词典). Returns how many were new.
 * Words are normalised; empty ones and ones already added are skipped.
 */
export function addUserWords(words: Iterable<string>): number {
  const fresh: string[] = [];
  for (const raw of words) {
    const word = cleanWord(normaliseText(raw));
    if (word.length < 2 || userWords.has(word)) continue;
    userWords.add(word);
    fresh.push(word);
  }
  if (fresh.length > 0) {
    const lines = fresh.map((word) => `${word} ${USER_WORD_FREQUENCY} ns`).join('\n');
    segmenter().loadDict(Buffer.from(`${lines}\n`, 'utf8'));
  }
  return fresh.length;
}

/** The user words added so far, in the order they were added. */
export function listUserWords(): string[] {
  return [...userWords];
}

/** Words of already normalised text, punctuation dropped. */
export function segmentNormalised(normalised: string, options: { hmm?: boolean } = {}): string[] {
  if (normalised === '') return [];
  const words = segmenter().cut(normalised, options.hmm ?? true);
  const out: string[] = [];
  for (const word of words) {
    if (word === ' ' || PUNCTUATION_ONLY.test(word)) continue;
    out.push(word);
  }
  return out;
}

/** The words of a text: normalised (Simplified, half-width), segmented, stop punctuation dropped. */
export function segmentWords(text: string): string[] {
  return segmentNormalised(normaliseText(text));
}

/** Letters (any script, including CJK ideographs) and digits: what an n-gram may be made of. */
function isWordCharacter(code: number): boolean {
  if (code < 0x80)
    return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  if (code >= 0x4e00 && code <= 0x9fff) return true;
  return /[\p{L}\p{N}]/u.test(String.fromCharCode(code));
}

/**
 * Character n-grams of already normalised text, taken inside runs of letters and digits only
 * (punctuation and spaces break a run, so no n-gram spans a sentence boundary). Characters outside
 * the Basic Multilingual Plane count as two.
 */
export function charNgramsNormalised(normalised: string, n: number): string[] {
  const out: string[] = [];
  let runStart = 0;
  for (let i = 0; i <= normalised.length; i += 1) {
    if (i < normalised.length && isWordCharacter(normalised.charCodeAt(i))) {
      if (i - runStart + 1 >= n) out.push(normalised.slice(i - n + 1, i + 1));
    } else {
      runStart = i + 1;
    }
  }
  return out;
}

/** Character bigrams (字二元组) of a text, after normalisation; none cross punctuation. */
export function charBigrams(text: string): string[] {
  return charNgramsNormalised(normaliseText(text), 2);
}
