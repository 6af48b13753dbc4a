/**
 * The words a hot issue is known by (关键词): jieba words (with the district's place names as user
 * words, so 南沟村 stays whole) that the cluster's most central members share, weighted by how rare
 * they are across all the items (a word every message has, 反映 or 希望, says nothing), longer words a little ahead (录取通知书 says more than 苦读). Only dictionary words count:
 * without jieba's guessing of unknown words (HMM), personal names and fragments such as 区惊现 fall
 * apart into single characters and drop out. Place names are left out: the place is shown on its
 * own. Only the clusters shown are segmented, a few texts each, so this stays cheap.
 */

import { segmentNormalised } from '../text/segment.ts';
import { isFeatureWord, quickNormalise } from './hot-issue-terms.ts';
import { STOP_WORDS } from './stop-words.ts';

export interface KeywordInput {
  /** The cluster's most central members: their titles (which name the matter, so count double) and texts. */
  texts: readonly { title: string; text: string }[];
  /** The weight of a word from its rarity over all the items; 0 for place names and unknown words. */
  weightOf(word: string): number;
  /** Place names (already user words of the segmenter), left out. */
  placeWords: ReadonlySet<string>;
  max?: number;
}

/** Shared words, the most telling first. */
export function keywordsOf(input: KeywordInput): string[] {
  const counts = new Map<string, { count: number; weight: number; first: number }>();
  let position = 0;
  for (const { title, text } of input.texts) {
    const seen = new Map<string, number>();
    const words = [
      ...segmentNormalised(quickNormalise(title), { hmm: false }).map((w) => ({ w, weight: 2 })),
      ...segmentNormalised(quickNormalise(text), { hmm: false }).map((w) => ({ w, weight: 1 })),
    ];
    for (const { w: word, weight } of words) {
      position += 1;
      if (seen.has(word) || STOP_WORDS.has(word) || !isFeatureWord(word, input.placeWords)) continue;
      seen.set(word, weight);
      const entry = counts.get(word);
      if (entry) {
        entry.count += 1;
        entry.weight += weight;
      } else counts.set(word, { count: 1, weight, first: position });
    }
  }
  const needed = input.texts.length >= 2 ? 2 : 1;
  const scored = [...counts]
    .filter(([, e]) => e.count >= needed)
    .map(([word, e]) => ({
      word,
      first: e.first,
      score: (e.weight / input.texts.length) * input.weightOf(word) * (1 + 0.2 * Math.min(3, [...word].length - 2)),
    }))
    .filter((w) => w.score > 0);
  scored.sort((a, b) => b.score - a.score || a.first - b.first);
  const kept: typeof scored = [];
  for (const candidate of scored) {
    if (kept.some((k) => k.word.includes(candidate.word) || candidate.word.includes(k.word))) continue;
    kept.push(candidate);
    if (kept.length === (input.max ?? 5)) break;
  }
  return kept.map((k) => k.word);
}
