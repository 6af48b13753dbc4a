import { describe, expect, it } from 'vitest';
import { maskAddress, maskName, maskPhone } from './masking.ts';

describe('masking citizens personal data', () => {
  it('keeps the surname only', () => {
    expect(maskName('张三')).toBe('张*');
    expect(maskName('王建国')).toBe('王**');
    expect(maskName('欧阳娜娜')).toBe('欧阳**');
    expect(maskName('李')).toBe('*');
  });
  it('keeps the first three and last four digits of a mobile', () => {
    expect(maskPhone('13812341234')).toBe('138****1234');
    expect(maskPhone('03512345678')).toBe('035****5678');
    expect(maskPhone('123')).toBe('***');
  });
  it('keeps the start of an address', () => {
    expect(maskAddress('澄川区河东街道桃园社区迎泽大街28号3单元501')).toBe('澄川区河东街****');
    expect(maskAddress('')).toBe('');
    expect(maskAddress('某地')).not.toContain('地');
  });
});
