import { describe, expect, it } from 'vitest';
import { collapseWhitespace, normaliseText, toHalfWidth, toSimplifiedChinese } from './normalise.ts';

describe('normaliseText', () => {
  it('turns Traditional characters into Simplified, phrases included', () => {
    expect(toSimplifiedChinese('路燈壞了，請盡快維修')).toBe('路灯坏了，请尽快维修');
    expect(toSimplifiedChinese('社區垃圾無人清運')).toBe('社区垃圾无人清运');
    expect(toSimplifiedChinese('頭髮')).toBe('头发');
  });

  it('reads Taiwan and Hong Kong variants', () => {
    expect(toSimplifiedChinese('臺灣的線路')).toBe('台湾的线路');
    expect(toSimplifiedChinese('裡面')).toBe('里面');
    expect(toSimplifiedChinese('香港的綫路')).toBe('香港的线路');
  });

  it('leaves Simplified text as it is', () => {
    const text = '小区门口的路灯坏了三个月，要么修要么拆，多么不安全。著名的乾隆年间古桥需要修缮。';
    expect(toSimplifiedChinese(text)).toBe(text);
  });

  it('turns full-width letters, digits and punctuation into half-width', () => {
    expect(toHalfWidth('ＡＢＣ１２３，！？：；（）')).toBe('ABC123,!?:;()');
    expect(toHalfWidth('第１２３号　楼')).toBe('第123号 楼');
    // The ideographic full stop and enumeration comma have no ASCII form.
    expect(toHalfWidth('好。坏、')).toBe('好。坏、');
  });

  it('collapses whitespace and trims', () => {
    expect(collapseWhitespace('  路灯\t\n坏了 \u00a0 三天  ')).toBe('路灯 坏了 三天');
  });

  it('does all three, and is idempotent', () => {
    const once = normaliseText('　路燈壞了　　已經３天！ ');
    expect(once).toBe('路灯坏了 已经3天!');
    expect(normaliseText(once)).toBe(once);
    expect(normaliseText('')).toBe('');
  });
});
