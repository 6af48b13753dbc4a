import { describe, expect, it } from 'vitest';
import { generaliseAddress, maskJsonStrings, redactPersonalData } from './personal-data.ts';

const planted = {
  name: '欧阳秀英',
  mobile: '13987654321',
  id: '11010519491231002X',
  card: '6222021234567890123',
  plate: '晋A12345',
};

describe('finding personal data in free text', () => {
  it('hides the reporter name, numbers, plate and the house number of an address', () => {
    const text =
      `我叫${planted.name}，电话${planted.mobile}，也可打139-8765-4321或0351-7654321，身份证${planted.id}，` +
      `银行卡${planted.card}，车牌${planted.plate}，住青溪区和平路88号5栋2单元301室，邮箱ouyang@example.cn。`;
    const { text: masked, found } = redactPersonalData(text, { names: [planted.name] });
    for (const secret of [
      planted.name,
      planted.mobile,
      '139-8765-4321',
      '7654321',
      planted.id,
      planted.card,
      '12345',
      '88号',
      '5栋',
      '2单元',
      '301室',
      'ouyang@',
    ])
      expect(masked, secret).not.toContain(secret);
    expect(masked).toContain('青溪区和平路');
    expect(new Set(found)).toEqual(
      new Set(['name', 'mobile', 'landline', 'id_number', 'bank_card', 'plate', 'house', 'email']),
    );
  });

  it('finds a name given in the text without a reporter name', () => {
    expect(redactPersonalData('联系人：李建国，谢谢').text).toBe('联系人：李**，谢谢');
    expect(redactPersonalData('我叫王芳，家住幸福小区').text).toBe('我叫王*，家住幸福小区');
  });

  it('leaves ordinary text, dates and amounts alone', () => {
    const text = '11月3号起路灯不亮，已经反映过2次，维修费用约300元，本人反映情况属实。';
    expect(redactPersonalData(text)).toEqual({ text, found: [] });
  });

  it('keeps a building and stairway that locate a shared thing, but hides a door or a flat', () => {
    for (const text of ['丽景社区5号楼2单元电梯频繁故障困人', '3号楼居民用水困难', '3楼楼道灯不亮'])
      expect(redactPersonalData(text).text).toBe(text);
    expect(redactPersonalData('幸福里7号楼2单元501室漏水').text).toBe('幸福里*号楼*单元*室漏水');
    expect(redactPersonalData('和平路88号门口').text).toBe('和平路*号门口');
    expect(redactPersonalData('5栋2单元3层').text).toBe('*栋*单元*层');
  });

  it('masks a mobile written with a country code', () => {
    expect(redactPersonalData('+86 139 8765 4321').text).toBe('139****4321');
  });
});

describe('addresses told to the road or community', () => {
  it('drops everything from the first house number on', () => {
    expect(generaliseAddress('青溪区和平路88号5栋2单元301室')).toBe('青溪区和平路');
    expect(generaliseAddress('幸福小区三号楼')).toBe('幸福小区');
    expect(generaliseAddress('桃园社区')).toBe('桃园社区');
    expect(generaliseAddress('  ')).toBeNull();
    expect(generaliseAddress(null)).toBeNull();
  });
});

describe('masking inside JSON', () => {
  it('masks person fields by name and scans every other string', () => {
    const masked = maskJsonStrings({
      displayName: '欧阳秀英',
      mobile: '13987654321',
      nested: [{ note: `回电${planted.mobile}` }],
      count: 3,
    });
    expect(JSON.stringify(masked)).not.toMatch(/欧阳秀英|13987654321/);
    expect(masked).toMatchObject({ displayName: '欧阳**', count: 3 });
  });
});
