/**
 * Text normalisation (文本规范化) for everything the text module reads: Traditional characters to
 * Simplified (繁→简, OpenCC), full-width letters, digits and punctuation to half-width (全角→半角),
 * whitespace collapsed and trimmed. Classifier features are computed on normalised text only, so a
 * message written in Traditional characters or with full-width digits is read the same way.
 */

import { ConverterBuilder } from 'opencc-js/core';
import * as traditionalToSimplified from 'opencc-js/preset/t2cn';

type Convert = (text: string) => string;

interface Simplifier {
  convert: Convert;
  /** Characters at least one changing dictionary entry needs: a text without any is left as it is. */
  triggers: Set<number>;
}

let simplifier: Simplifier | undefined;

/** Every `source replacement` pair of the OpenCC dictionaries the Traditional → Simplified converter uses. */
function dictionaryPairs(): string[][] {
  const { configs } = traditionalToSimplified;
  const pairs: string[][] = [];
  for (const name of ['t2s']) {
    const config = configs[name];
    if (!config) continue;
    const dicts = [config.segmentation, ...config.conversionChain].flat(2);
    for (const dict of dicts) {
      if (typeof dict === 'string') for (const entry of dict.split('|')) pairs.push(entry.split(' '));
      else if (Array.isArray(dict)) pairs.push([String(dict[0]), String(dict[1])]);
    }
  }
  return pairs;
}

/**
 * For each entry that changes its source, one character of that source: a changing character when it
 * has one, else its first. A text with none of these characters cannot be changed by the converter,
 * which spares Simplified input (almost all of it) the four OpenCC passes.
 */
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

/** Built once, on first use: the OpenCC tables take a moment to load. */
function loadSimplifier(): Simplifier {
  if (!simplifier) {
    // Plain OpenCC Traditional → Simplified (t2s): its tables already take the common Taiwan and Hong
    // Kong forms (裡, 綫, 啟, 臺). The Taiwan/Hong Kong variant passes are left out on purpose: they
    // rewrite Simplified characters that are Taiwan variants of others (么 → 幺 in 要么, 多么).
    const convert = ConverterBuilder(traditionalToSimplified)({ from: 't', to: 'cn' });
    simplifier = { convert, triggers: triggerCharacters(dictionaryPairs()) };
  }
  return simplifier;
}

function needsConversion(text: string, triggers: Set<number>): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x2e80) continue;
    // CJK compatibility ideographs (and characters beyond the BMP) may be normalised by OpenCC too.
    if ((code >= 0xf900 && code <= 0xfaff) || (code >= 0xd800 && code <= 0xdbff)) return true;
    if (triggers.has(code)) return true;
  }
  return false;
}

/** Traditional to Simplified Chinese (OpenCC t2s); Simplified text comes back unchanged. */
export function toSimplifiedChinese(text: string): string {
  const { convert, triggers } = loadSimplifier();
  return needsConversion(text, triggers) ? convert(text) : text;
}

/**
 * Full-width forms (U+FF01–U+FF5E: letters, digits, punctuation such as ，！？：；（）) to their
 * ASCII counterparts and the ideographic space (U+3000) to a space. The ideographic full stop 。
 * and enumeration comma 、 have no ASCII form and stay.
 */
export function toHalfWidth(text: string): string {
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

/** Runs of whitespace (including line breaks, no-break and zero-width spaces) to one space; ends trimmed. */
export function collapseWhitespace(text: string): string {
  return text.replace(/[\s\u00a0\u200b\ufeff]+/gu, ' ').trim();
}

/** The normal form the text module works on: half-width, Simplified, whitespace collapsed. */
export function normaliseText(text: string): string {
  return collapseWhitespace(toSimplifiedChinese(toHalfWidth(text)));
}
