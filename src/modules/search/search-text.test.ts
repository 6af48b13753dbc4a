import { describe, expect, it } from 'vitest';
import { queryTerms, searchDocument, searchQuery, snippetOf } from './search-text.ts';

describe('search text', () => {
  it('indexes Han characters and their pairs at the position of the first character', () => {
    expect(searchDocument(['路灯不亮'])).toBe("'路':1 '路灯':1 '灯':2 '灯不':2 '不':3 '不亮':3 '亮':4");
  });

  it('keeps Latin words and numbers whole, lower case, and leaves a gap between parts', () => {
    const doc = searchDocument(['3号楼 LED灯', '杏坪镇']);
    expect(doc).toContain("'3':1");
    expect(doc).toContain("'led':5");
    expect(doc).toContain("'杏':14");
  });

  it('normalises Traditional and full-width text before indexing', () => {
    expect(searchDocument(['路燈'])).toBe(searchDocument(['路灯']));
    expect(searchDocument(['ＡＢＣ１２'])).toBe("'abc12':1");
  });

  it('makes a character, a pair, or a phrase of pairs of a query term', () => {
    expect(searchQuery('灯')).toBe("'灯'");
    expect(searchQuery('路灯')).toBe("'路灯'");
    expect(searchQuery('路灯不亮')).toBe("('路灯' <1> '灯不' <1> '不亮')");
    expect(searchQuery('路燈 噪音')).toBe("'路灯' & '噪音'");
    expect(searchQuery('A3区 路灯')).toBe("('a3' <2> '区') & '路灯'");
  });

  it('quotes what people type, so tsquery operators and quotes are plain characters', () => {
    expect(searchQuery("it's & | ! <-> :*")).toBe("('it' <3> 's')");
    expect(searchQuery("'\\")).toBeNull();
    expect(searchQuery('   ')).toBeNull();
  });

  it('cuts a snippet around the first match and marks every match', () => {
    const text = '我们小区门口的路灯已经坏了一个多月，晚上路灯不亮，老人出行很不方便，希望尽快修好路灯。';
    const snippet = snippetOf(text, queryTerms('路灯'), 20);
    expect(snippet.highlights.length).toBeGreaterThan(0);
    for (const [s, e] of snippet.highlights) expect(snippet.text.slice(s, e)).toBe('路灯');
  });

  it('marks matches of a Simplified query in Traditional text', () => {
    const snippet = snippetOf('社區路燈不亮', queryTerms('路灯'));
    expect(snippet.highlights).toEqual([[2, 4]]);
    expect(snippet.text.slice(2, 4)).toBe('路燈');
  });
});

describe('search markers', () => {
  it('names the place and the township', async () => {
    const { marker } = await import('./search-text.ts');
    expect(searchDocument(['灯'], [marker.place(12), marker.township(3)])).toBe("'灯':1 '#p12' '#t3'");
  });

  it('narrows a query to documents carrying a marker', async () => {
    const { withMarkers } = await import('./search-text.ts');
    expect(withMarkers("'灯'", ['#t3', '#t4'])).toBe("('灯') & ('#t3' | '#t4')");
    expect(withMarkers("'灯'", null)).toBe("'灯'");
  });
});
