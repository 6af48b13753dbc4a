import { describe, expect, it } from 'vitest';
import { addUserWords, charBigrams, charNgramsNormalised, listUserWords, segmentWords } from './segment.ts';

describe('segmentWords', () => {
  it('segments, normalises and drops stop punctuation', () => {
    const words = segmentWords('小区门口的路灯坏了，晚上很不安全！');
    expect(words).toContain('路灯');
    expect(words).toContain('小区');
    expect(words.some((w) => /[，！,!]/.test(w))).toBe(false);
  });

  it('reads Traditional input as Simplified', () => {
    expect(segmentWords('路燈壞了')).toEqual(segmentWords('路灯坏了'));
  });

  it('keeps district place names whole once they are user words', () => {
    const before = segmentWords('杏坪镇南沟村的路灯坏了');
    expect(before).not.toContain('杏坪镇');
    const added = addUserWords(['杏坪镇', '南沟村', '杏坪镇', ' ', '村']);
    expect(added).toBe(2);
    expect(listUserWords()).toEqual(expect.arrayContaining(['杏坪镇', '南沟村']));
    const after = segmentWords('杏坪镇南沟村的路灯坏了');
    expect(after.slice(0, 2)).toEqual(['杏坪镇', '南沟村']);
    expect(addUserWords(['杏坪镇'])).toBe(0);
  });
});

describe('character n-grams', () => {
  it('gives bigrams inside runs of letters and digits, never across punctuation', () => {
    expect(charBigrams('路灯坏了，修')).toEqual(['路灯', '灯坏', '坏了']);
    expect(charBigrams('路燈')).toEqual(['路灯']);
    expect(charNgramsNormalised('ab1 中文', 2)).toEqual(['ab', 'b1', '中文']);
    expect(charNgramsNormalised('路灯坏了', 3)).toEqual(['路灯坏', '灯坏了']);
    expect(charBigrams('')).toEqual([]);
  });
});
