import { describe, expect, it } from 'vitest';
import { parseForm } from './open311-http.ts';
import { escapeXml, toXml } from './open311-xml.ts';
import { scrubPublicText } from './public-text.ts';

describe('the Open311 XML writer', () => {
  it('escapes markup and drops characters XML cannot carry', () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>\u0001\u0007ok\n`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;ok\n',
    );
  });

  it('writes objects in key order, lists with their item element, nulls as empty elements', () => {
    const xml = toXml(
      'service_requests',
      [{ service_request_id: 'LS1', lat: 37.5, media_url: null, ok: true }, { service_request_id: '<2>' }],
      { service_requests: 'request' },
    );
    expect(xml).toBe(
      '<?xml version="1.0" encoding="utf-8"?>\n<service_requests><request><service_request_id>LS1</service_request_id><lat>37.5</lat><media_url></media_url><ok>true</ok></request><request><service_request_id>&lt;2&gt;</service_request_id></request></service_requests>\n',
    );
    expect(toXml('formats', ['a', 'b'], { formats: 'format' })).toContain(
      '<formats><format>a</format><format>b</format></formats>',
    );
  });
});

describe('public text', () => {
  it('hides mobile, landline and ID numbers and house numbers, and leaves other numbers alone', () => {
    expect(scrubPublicText('请联系13912345678或139 1234 5678，+86-139-1234-5678')).toBe(
      '请联系139****5678或139****5678，139****5678',
    );
    expect(scrubPublicText('办公电话0351-12345678')).toBe('办公电话035*****5678');
    expect(scrubPublicText('身份证140105199003071234在此')).toBe('身份证140*************34在此');
    expect(scrubPublicText('和平路128号3单元，共2000元，订单号202603011234567890123')).toBe(
      '和平路*号*单元，共2000元，订单号202603011234567890123',
    );
    expect(scrubPublicText(null)).toBeNull();
  });
});

describe('form bodies', () => {
  it('turns attribute[code] into attribute.code, repeated [] into a list, and drops empty fields', () => {
    expect(
      parseForm(
        'service_code=C01&lat=&attribute%5BtimeOfDay%5D=%E5%A4%9C%E9%97%B4&attribute[tags][]=a&attribute[tags][]=b&description=a+b',
      ),
    ).toEqual({
      service_code: 'C01',
      description: 'a b',
      attribute: { timeOfDay: '夜间', tags: ['a', 'b'] },
    });
  });

  it('keeps every media_url sent repeated (one per photo, commas and all); other fields keep the last', () => {
    expect(
      parseForm(
        'media_url=https%3A%2F%2Fa.example%2F1%2C2.jpeg&media_url=https%3A%2F%2Fa.example%2F3.jpeg&status=OPEN&status=CLOSED',
      ),
    ).toEqual({ media_url: ['https://a.example/1,2.jpeg', 'https://a.example/3.jpeg'], status: 'CLOSED' });
    expect(parseForm('media_url=https%3A%2F%2Fa.example%2F1.jpeg')).toEqual({ media_url: 'https://a.example/1.jpeg' });
  });
});
