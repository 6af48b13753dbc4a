/**
 * The words hot-issue clustering (热点) compares texts by: jieba words (分词) of the normalised
 * beginning of each text (half-width, lower case, Simplified), two characters or longer, numbers and
 * place names left out. Words, not character pairs: two people describing the same broken street
 * light share 路灯 and 不亮 but few pairs, and pairs that span word boundaries (灯已, 的路) only add
 * noise. Normalising a whole text through OpenCC costs about a millisecond for a long message, too
 * much for 20,000 of them, so each distinct character is simplified once (toSimplifiedChinese) and
 * remembered; phrase-level conversions do not matter for comparing words.
 */

import { toHalfWidth, toSimplifiedChinese } from '../text/normalise.ts';
import { addUserWords, segmentNormalised } from '../text/segment.ts';

/** Han characters looked up for simplification: the CJK Unified Ideographs block. */
const HAN_FIRST = 0x4e00;
const HAN_LAST = 0x9fff;

/** Per Han code, its Simplified code (0: not looked up yet). */
const simplifiedCodes = new Uint16Array(HAN_LAST - HAN_FIRST + 1);

function simplifiedCode(code: number): number {
  const index = code - HAN_FIRST;
  let out = simplifiedCodes[index] ?? 0;
  if (out === 0) {
    const converted = toSimplifiedChinese(String.fromCharCode(code));
    const c = converted.length === 1 ? converted.charCodeAt(0) : code;
    out = c >= HAN_FIRST && c <= HAN_LAST ? c : code;
    simplifiedCodes[index] = out;
  }
  return out;
}

/** The first `maxChars` characters, half-width, lower case, each character Simplified, whitespace collapsed. */
export function quickNormalise(text: string, maxChars = Number.POSITIVE_INFINITY): string {
  const source = toHalfWidth(text.length > maxChars ? text.slice(0, maxChars) : text)
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
  let codes: number[] | null = null;
  for (let i = 0; i < source.length; i += 1) {
    const code = source.charCodeAt(i);
    if (code < HAN_FIRST || code > HAN_LAST) continue;
    const simple = simplifiedCode(code);
    if (simple !== code) {
      if (!codes) {
        codes = new Array<number>(source.length);
        for (let k = 0; k < source.length; k += 1) codes[k] = source.charCodeAt(k);
      }
      codes[i] = simple;
    }
  }
  return codes ? String.fromCharCode(...codes) : source;
}

const telling = /[\u4e00-\u9fffa-z]/;

/** Whether a word may tell one matter from another: two characters or more, with a Han character or a letter. */
export function isFeatureWord(word: string, placeWords: ReadonlySet<string>): boolean {
  return word.length >= 2 && telling.test(word) && !placeWords.has(word);
}

/** The words of already quick-normalised text that are compared. */
export function featureWords(normalised: string, placeWords: ReadonlySet<string>): string[] {
  return segmentNormalised(normalised).filter((word) => isFeatureWord(word, placeWords));
}

/**
 * Place names (quick-normalised) to leave out of comparison, with their short forms (南沟村 → 南沟);
 * the full names become segmentation user words, so 南沟村 comes out whole.
 */
export function preparePlaceWords(words: Iterable<string>): Set<string> {
  const full = new Set<string>();
  for (const word of words) {
    const normalised = quickNormalise(word).replace(/\s/g, '');
    if (normalised.length >= 2) full.add(normalised);
  }
  addUserWords(full);
  const out = new Set(full);
  for (const word of full) {
    const stem = word.replace(/(社区|村|镇|乡|街道|居委会|村委会)$/, '');
    if (stem.length >= 2 && stem !== word) out.add(stem);
  }
  return out;
}
