import { describe, expect, it } from 'vitest';
import { fitVocabulary, vectorise } from './vectoriser.ts';

describe('TF-IDF vectors', () => {
  const documents = [['a', 'b', 'a'], ['a', 'c'], ['b', 'c', 'd'], ['a']];
  const vocabulary = fitVocabulary(documents, { minDf: 2, maxFeatures: 0 });

  it('keeps tokens by document frequency, most frequent first, ties by token', () => {
    expect([...vocabulary.index.entries()]).toEqual([
      ['a', 0],
      ['b', 1],
      ['c', 2],
    ]);
    expect(Array.from(vocabulary.documentFrequencies)).toEqual([3, 2, 2]);
    expect(vocabulary.documents).toBe(4);
    expect(vocabulary.idf[0]).toBeCloseTo(Math.log(5 / 4) + 1, 6);
    expect(fitVocabulary(documents, { minDf: 1, maxFeatures: 2 }).index.size).toBe(2);
  });

  it('weighs by sublinear term frequency times idf, unit length, unknown tokens ignored', () => {
    const v = vectorise(['c', 'a', 'a', 'zzz', 'a'], vocabulary);
    expect(Array.from(v.indices)).toEqual([0, 2]);
    const a = (1 + Math.log(3)) * (vocabulary.idf[0] as number);
    const c = 1 * (vocabulary.idf[2] as number);
    const norm = Math.hypot(a, c);
    expect(v.values[0]).toBeCloseTo(a / norm, 6);
    expect(v.values[1]).toBeCloseTo(c / norm, 6);
    expect(vectorise(['zzz'], vocabulary).indices).toHaveLength(0);
    expect(vectorise([], vocabulary).values).toHaveLength(0);
  });
});
