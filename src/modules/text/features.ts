/**
 * The features the category classifier reads from a message: jieba words and character n-grams of
 * the normalised text, each prefixed by its kind so that a one-character word and a character never
 * collide. Long messages are read up to a limit: the opening of a message names its matter, and the
 * limit bounds the time a suggestion takes.
 */

import { normaliseText } from './normalise.ts';
import { charNgramsNormalised, segmentNormalised } from './segment.ts';

export interface FeatureOptions {
  /** Jieba words (词). */
  words: boolean;
  /** Character n-gram lengths (字 n 元组), e.g. [2, 3]. */
  charNgrams: number[];
  /** Characters of normalised text read; the rest is ignored. */
  maxChars: number;
  /** Tokens of the first this many characters count twice (the opening usually names the matter); 0 for none. */
  leadChars?: number;
}

export const defaultFeatureOptions: FeatureOptions = { words: true, charNgrams: [2], maxChars: 1000, leadChars: 150 };

/** A run of digits (with separators) reads as one token: the numbers themselves say nothing of the matter. */
const NUMBER = /^[\d.,:%-]+$/;

/** The feature tokens of a text (with repeats: counts are term frequencies). */
export function extractFeatures(text: string, options: FeatureOptions): string[] {
  // Cut before normalising (normalisation rarely changes the length), and again after.
  let normalised = normaliseText(text.length > options.maxChars ? text.slice(0, options.maxChars) : text);
  if (normalised.length > options.maxChars) normalised = normalised.slice(0, options.maxChars);
  const tokens: string[] = [];
  pushTokens(tokens, normalised, options);
  const lead = options.leadChars ?? 0;
  if (lead > 0) pushTokens(tokens, normalised.slice(0, lead), options);
  return tokens;
}

function pushTokens(tokens: string[], normalised: string, options: FeatureOptions): void {
  if (options.words) {
    for (const word of segmentNormalised(normalised))
      tokens.push(NUMBER.test(word) ? 'w:#' : `w:${word.toLowerCase()}`);
  }
  const lowered = normalised.toLowerCase().replace(/\d+/g, '0');
  for (const n of options.charNgrams) {
    for (const gram of charNgramsNormalised(lowered, n)) tokens.push(`${n}:${gram}`);
  }
}
