import { describe, expect, it } from 'vitest';
import { localName } from './local-name.ts';

describe('localName', () => {
  it('shows the English name in English and the Chinese name in Chinese', () => {
    const unit = { nameZh: '城关街道', nameEn: 'Chengguan Subdistrict' };
    expect(localName(unit, 'en-US')).toBe('Chengguan Subdistrict');
    expect(localName(unit, 'zh-CN')).toBe('城关街道');
  });

  it('falls back to the Chinese name when there is no English one', () => {
    expect(localName({ nameZh: '环境卫生', nameEn: null }, 'en-US')).toBe('环境卫生');
    expect(localName({ nameZh: '环境卫生', nameEn: '' }, 'en-US')).toBe('环境卫生');
    expect(localName({ nameZh: '环境卫生' }, 'en-US')).toBe('环境卫生');
  });
});
