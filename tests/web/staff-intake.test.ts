import { describe, expect, it } from 'vitest';
import { intakeBody, type IntakeValues, phoneKind } from '../../src/web/cases/intake/intake-body.ts';
import { matchPlaces, type PlaceUnit } from '../../src/web/cases/intake/intake-places.ts';
import { shortcutOf } from '../../src/web/cases/intake/use-intake-keys.ts';

const base: IntakeValues = {
  channel: 'hotline',
  anonymous: false,
  description: ' 路灯不亮 ',
  urgency: 'normal',
  attachments: [],
};

describe('the staff intake form: what it sends', () => {
  it('tells mobiles, landlines and mistakes apart as operators type them', () => {
    for (const mobile of ['13812345678', '138 1234 5678', '+86 138-1234-5678', '0086 13812345678'])
      expect(phoneKind(mobile), mobile).toBe('mobile');
    for (const landline of ['028-87654321', '028-8765 4321', '(0351) 1234567', '010-12345678-802', '02887654321'])
      expect(phoneKind(landline), landline).toBe('landline');
    for (const wrong of ['12345', '1381234567', '23812345678', '028-123', 'abc'])
      expect(phoneKind(wrong), wrong).toBe('invalid');
  });

  it('sends a mobile as the reporter mobile and a landline among the extra fields', () => {
    const mobile = intakeBody({ ...base, callerName: ' 王建国 ', callerPhone: '+86 138 1234 5678' });
    expect(mobile).toMatchObject({ reporterName: '王建国', reporterMobile: '13812345678', description: '路灯不亮' });
    expect(mobile).not.toHaveProperty('anonymous');
    const landline = intakeBody({ ...base, callerName: '赵敏', callerPhone: '028-8765 4321' });
    expect(landline).toMatchObject({ reporterName: '赵敏', extra: { phone: '028-8765 4321' } });
    expect(landline).not.toHaveProperty('reporterMobile');
  });

  it('keeps nothing of a caller who asks to stay anonymous, nor of a case staff found', () => {
    const hidden = intakeBody({ ...base, callerName: '王建国', callerPhone: '13812345678', anonymous: true });
    expect(hidden).toMatchObject({ anonymous: true });
    expect(hidden).not.toHaveProperty('reporterName');
    expect(hidden).not.toHaveProperty('reporterMobile');
    const patrol = intakeBody({ ...base, channel: 'patrol', callerName: '王建国', callerPhone: '13812345678' });
    expect(patrol).toMatchObject({ channel: 'patrol', anonymous: true });
    expect(patrol).not.toHaveProperty('reporterMobile');
  });

  it('sends the chosen place, the map point and the photos', () => {
    const body = intakeBody({
      ...base,
      placeUnitId: 7,
      lat: 36.1,
      lng: 113.2,
      address: ' 南沟村村口 ',
      attachments: ['1.abc'],
    });
    expect(body).toMatchObject({
      placeUnitId: 7,
      lat: 36.1,
      lng: 113.2,
      address: '南沟村村口',
      attachments: ['1.abc'],
    });
  });
});

describe('the staff intake form: finding the place in what was typed', () => {
  const places: PlaceUnit[] = [
    { id: 1, label: '杏坪镇' },
    { id: 2, label: '杏坪镇 / 南沟村' },
    { id: 3, label: '杏坪镇 / 南沟村 / 第1网格' },
    { id: 4, label: '柳林镇 / 上庄村' },
    { id: 5, label: '柳林镇 / 上庄村 / 第1网格' },
  ];
  const ids = (typed: string) => matchPlaces(places, typed).map((p) => p.id);

  it('puts the most specific place a full address names first', () => {
    expect(ids('杏坪镇南沟村村口')[0]).toBe(2);
    expect(ids('杏坪镇南沟村村口')).toContain(1);
  });

  it('offers a grid only with its village, as 第1网格 alone names many', () => {
    expect(ids('南沟村第1网格')[0]).toBe(3);
    expect(ids('第1网格 路口')).toEqual([]);
  });

  it('completes part of a name, shortest first, and ignores one character', () => {
    expect(ids('南沟')).toEqual([2, 3]);
    expect(ids('村')).toEqual([]);
  });
});

describe('the staff intake form: its keys', () => {
  const key = (init: Partial<KeyboardEvent>) =>
    shortcutOf({ key: '', code: '', ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...init });
  it('saves with Ctrl+Enter (Cmd+Enter on a Mac), not with Enter alone', () => {
    expect(key({ key: 'Enter', ctrlKey: true })).toBe('save');
    expect(key({ key: 'Enter', metaKey: true })).toBe('save');
    expect(key({ key: 'Enter' })).toBeNull();
  });
  it('reads Alt+D and Alt+N by the key pressed, whatever character the layout types', () => {
    expect(key({ key: '∂', code: 'KeyD', altKey: true })).toBe('toggleDispatch');
    expect(key({ key: 'n', code: 'KeyN', altKey: true })).toBe('clear');
    expect(key({ key: 'd', code: 'KeyD' })).toBeNull();
  });
});
