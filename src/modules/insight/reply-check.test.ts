import { describe, expect, it } from 'vitest';
import { loadCategoryModel } from '../text/model-store.ts';
import { checkReply } from './reply-check.ts';

const { classifier } = loadCategoryModel();
const message =
  '杏坪镇南沟村东头一排路灯已经5天不亮了，晚上黑灯瞎火，老人孩子出门很不方便，前两天还有人骑电动车摔倒，希望尽快修好。';

const good =
  '经杏坪镇人民政府会同路灯维护单位于3月5日到现场排查，南沟村东头路段路灯不亮系地埋电缆老化短路所致。维修人员已更换电缆50米、更换损坏灯具4盏，当晚试亮正常。已将该路段纳入每月夜间巡查，发现故障48小时内修复。';
const boilerplate =
  '感谢您的来信。您反映的问题已收悉，我单位高度重视，已转相关部门积极协调处理，下一步将进一步加强管理，切实维护群众利益。感谢您对我们工作的关心和支持！';
const offTopic =
  '3月5日，区市场监督管理局执法人员对西关美佳超市进行检查，发现价签未及时更换，依据《明码标价和禁止价格欺诈规定》责令其立即整改，超市已退还多收的差价。';
const codes = (r: ReturnType<typeof checkReply>) => r.weakPoints.map((w) => w.code);

describe('the reply check (答复质量), pure', () => {
  it('scores a concrete reply high: what was done with what result, when, by whom, about what was asked', () => {
    const r = checkReply(message, good, { classifier });
    expect(r.score).toBeGreaterThanOrEqual(70);
    expect(r.relevance).toBeGreaterThanOrEqual(0.6);
    expect(r.concreteness).toBeGreaterThanOrEqual(0.8);
    expect(r.boilerplate).toBeLessThan(0.1);
    expect(r.found.actions).toEqual(expect.arrayContaining(['更换', '排查']));
    expect(r.found.times).toEqual(expect.arrayContaining(['3月5日', '48小时内']));
    expect(r.found.actors).toEqual(expect.arrayContaining(['杏坪镇人民政府', '维修人员']));
    expect(codes(r)).toEqual([]);
  });

  it('scores a reply of stock phrases low and says why', () => {
    const r = checkReply(message, boilerplate, { classifier });
    expect(r.score).toBeLessThan(20);
    expect(r.boilerplate).toBeGreaterThanOrEqual(0.8);
    expect(r.found.stockPhrases).toEqual(expect.arrayContaining(['感谢您的来信', '高度重视', '积极协调']));
    expect(codes(r)).toEqual(expect.arrayContaining(['no_result', 'no_time', 'no_actor', 'boilerplate']));
    expect(r.weakPoints.find((w) => w.code === 'boilerplate')).toEqual({
      code: 'boilerplate',
      zh: '套话占比高，实质内容少',
      en: 'Mostly stock phrases, little substance',
    });
  });

  it('finds a concrete reply about something else off-topic, and it scores below the good one', () => {
    const r = checkReply(message, offTopic, { classifier });
    expect(r.concreteness).toBeGreaterThanOrEqual(0.9);
    expect(r.relevance).toBeLessThan(0.35);
    expect(codes(r)).toEqual(['off_topic']);
    expect(r.score).toBeLessThan(checkReply(message, good, { classifier }).score - 30);
  });

  it('ranks replies in the order a reviewer would', () => {
    const vague = '您好，您反映的南沟村路灯不亮问题，我们已安排人员处理，请耐心等待。';
    const middling = '您反映的南沟村东头路灯不亮问题，经镇政府工作人员现场查看，已联系维修单位，将于近期更换灯具。';
    const scores = [good, middling, vague, boilerplate].map(
      (reply) => checkReply(message, reply, { classifier }).score,
    );
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(codes(checkReply(message, middling, { classifier }))).toEqual(['no_time']);
    expect(codes(checkReply(message, vague, { classifier }))).toEqual(expect.arrayContaining(['no_result', 'no_time']));
  });

  it('flags a short reply, and a decision without its basis', () => {
    expect(codes(checkReply(message, '已处理。'))).toContain('too_short');
    const refusal = '经核查，您反映的南沟村东头路灯问题不属于我局职责范围，不予受理。';
    expect(codes(checkReply(message, refusal, { classifier }))).toContain('no_basis');
    const withBasis =
      '经核查，依据《城市照明管理规定》，南沟村东头路灯属村集体自建，不属于我局管护范围，已于3月5日告知村委会负责维修。';
    expect(codes(checkReply(message, withBasis, { classifier }))).not.toContain('no_basis');
  });

  it('works without the classifier, on words alone, and on Traditional characters', () => {
    const r = checkReply(message, good);
    expect(r.relevance).toBeGreaterThan(0.5);
    expect(
      checkReply('南溝村路燈不亮已經五天了', '杏坪鎮工作人員於3月5日已更換南溝村路燈，當晚恢復正常。').relevance,
    ).toBeGreaterThan(0.5);
  });
});
