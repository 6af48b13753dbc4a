import { describe, expect, it } from 'vitest';
import { findHotIssues, type HotItem } from './hot-issues.ts';

const day = (d: number, hour = 9) => new Date(Date.UTC(2026, 2, d, hour - 8));

/** A week in a district: street lights out at 南沟村 (five reports), noise at 锦河社区 (three), and singletons. */
const items: HotItem[] = [
  {
    id: 'c1',
    kind: 'case',
    title: '南沟村东头路灯不亮',
    text: '杏坪镇南沟村东头一排路灯已经5天不亮了，晚上黑灯瞎火，老人孩子出门很不方便，希望尽快修好。',
    time: day(2),
    place: 'V-NANGOU',
    placeName: '南沟村',
  },
  {
    id: 'c2',
    kind: 'case',
    title: '南沟村村口路灯不亮',
    text: '我家住南沟村，村口那段路的路灯从上周开始就不亮了，晚上下班回来什么都看不见，请派人检修路灯。',
    time: day(3),
    place: 'V-NANGOU',
    placeName: '南沟村',
  },
  {
    id: 'c3',
    kind: 'case',
    title: '南沟村路灯坏了',
    text: '南沟村小学附近的路灯坏了好几天，晚上路灯不亮孩子上晚自习回家很危险。',
    time: day(4),
    place: 'V-NANGOU',
    placeName: '南沟村',
    reports: 2,
  },
  {
    id: 'c4',
    kind: 'case',
    title: '南沟村路灯还是不亮',
    text: '南沟村东头的路灯还是不亮，之前已经有人反映过，晚上走路太危险了，请抓紧处理。',
    time: day(6),
    place: 'V-NANGOU',
    placeName: '南沟村',
  },
  {
    id: 'c5',
    kind: 'case',
    title: '路灯不亮',
    text: '巡查发现南沟村村委会旁路段路灯6盏不亮，夜间照明不足，存在安全隐患，需维修。',
    time: day(7),
    place: 'V-NANGOU',
    placeName: '南沟村',
  },
  {
    id: 'n1',
    kind: 'case',
    title: '锦河社区工地夜间施工噪音扰民',
    text: '锦河社区3号楼旁边的工地每天晚上十一点以后还在施工，噪音很大，吵得居民睡不着觉。',
    time: day(5, 23),
    place: 'C-JINHE',
    placeName: '锦河社区',
  },
  {
    id: 'n2',
    kind: 'case',
    title: '工地夜间施工噪音',
    text: '锦河社区旁的工地夜间施工，搅拌机和渣土车噪音扰民，凌晨还在施工，严重影响休息。',
    time: day(6, 23),
    place: 'C-JINHE',
    placeName: '锦河社区',
  },
  {
    id: 'n3',
    kind: 'case',
    title: '夜间施工噪音扰民',
    text: '锦河社区东门工地夜间施工噪音太大，晚上十二点还在打桩，孩子睡不着觉。',
    time: day(7, 23),
    place: 'C-JINHE',
    placeName: '锦河社区',
  },
  {
    id: 's1',
    kind: 'case',
    title: '西关村灌溉水渠损坏',
    text: '西关村的灌溉水渠塌了一段，马上要浇地了，请尽快修复。',
    time: day(4),
    place: 'V-XIGUAN',
    placeName: '西关村',
  },
  {
    id: 's2',
    kind: 'case',
    title: '公司拖欠工资',
    text: '澄川鼎盛劳务有限公司拖欠我们工资三个月，多次讨要未果。',
    time: day(5),
    place: 'C-JINHE',
    placeName: '锦河社区',
  },
  {
    id: 's3',
    kind: 'case',
    title: '流浪狗伤人',
    text: '南沟村附近流浪狗很多，有老人被咬伤。',
    time: day(6),
    place: 'V-NANGOU',
    placeName: '南沟村',
  },
];

const placeWords = ['南沟村', '锦河社区', '西关村', '杏坪镇', '锦河街道'];

describe('hot issues (热点), pure', () => {
  it('groups the reports of one matter at one place and ranks the hotter first; singletons are not hot issues', () => {
    const clusters = findHotIssues(items, { placeWords });
    expect(clusters.map((c) => c.members.map((m) => m.id).sort())).toEqual([
      ['c1', 'c2', 'c3', 'c4', 'c5'],
      ['n1', 'n2', 'n3'],
    ]);
    const [lights, noise] = clusters;
    expect(lights).toMatchObject({
      place: '南沟村',
      size: 5,
      reports: 6,
      supports: 0,
      from: day(2).toISOString(),
      to: day(7).toISOString(),
    });
    expect(noise).toMatchObject({ place: '锦河社区', size: 3, reports: 3 });
    expect(lights?.heat).toBeGreaterThan(noise?.heat ?? Infinity);
    // Members in time order, with what a reader needs to find them.
    expect(lights?.members[0]).toEqual({
      id: 'c1',
      kind: 'case',
      title: '南沟村东头路灯不亮',
      time: day(2).toISOString(),
      place: '南沟村',
    });
  });

  it('gives each cluster a readable title and the words its members share, place names left out', () => {
    const [lights, noise] = findHotIssues(items, { placeWords });
    expect(lights?.title).toMatch(/路灯/);
    expect(lights?.keywords.slice(0, 3)).toEqual(expect.arrayContaining(['路灯']));
    expect(lights?.keywords.join(' ')).not.toMatch(/南沟/);
    expect(noise?.keywords).toEqual(expect.arrayContaining(['施工', '噪音']));
    // Without titles, the title is the place and the top shared words.
    const untitled = findHotIssues(
      items.map(({ title: _, ...rest }) => rest),
      { placeWords },
    );
    expect(untitled[0]?.title).toMatch(/^南沟村 · \S*路灯/);
  });

  it('keeps the same text at two different townships as two clusters', () => {
    const text = '小区门口的路灯已经一个星期不亮了，晚上出行很不方便，请尽快维修。';
    const twin: HotItem[] = [
      { id: 'a1', kind: 'case', text, time: day(2), place: 'T-XINGPING', placeName: '杏坪镇' },
      { id: 'a2', kind: 'case', text, time: day(3), place: 'T-XINGPING', placeName: '杏坪镇' },
      { id: 'b1', kind: 'case', text, time: day(2), place: 'T-JINHE', placeName: '锦河街道' },
      { id: 'b2', kind: 'case', text, time: day(4), place: 'T-JINHE', placeName: '锦河街道' },
    ];
    const clusters = findHotIssues(twin);
    expect(clusters.map((c) => [c.place, c.members.map((m) => m.id)])).toEqual([
      ['锦河街道', ['b1', 'b2']],
      ['杏坪镇', ['a1', 'a2']],
    ]);
    // Without places, the same text is one matter.
    expect(findHotIssues(twin.map(({ place: _, placeName: __, ...rest }) => rest)).map((c) => c.size)).toEqual([4]);
  });

  it('lets a public topic of no place join the matter, and its supports add heat; a much-supported topic alone is a hot issue', () => {
    const topic: HotItem = {
      id: 't1',
      kind: 'topic',
      title: '建议为南沟村更换路灯',
      text: '南沟村路灯老化经常不亮，晚上出行不安全，建议统一更换路灯。',
      time: day(5),
      supports: 40,
    };
    const lonely: HotItem = {
      id: 't2',
      kind: 'topic',
      title: '建设社区老年食堂',
      text: '希望在社区建一个老年食堂，方便独居老人吃饭。',
      time: day(5),
      supports: 12,
    };
    const clusters = findHotIssues([...items, topic, lonely], { placeWords });
    const lights = clusters.find((c) => c.members.some((m) => m.id === 'c1'));
    expect(lights?.members.map((m) => m.id)).toContain('t1');
    expect(lights).toMatchObject({ place: '南沟村', supports: 40, size: 6 });
    const without = findHotIssues(items, { placeWords })[0];
    expect(lights?.heat).toBeGreaterThan(without?.heat ?? Infinity);
    expect(clusters.find((c) => c.members[0]?.id === 't2')).toMatchObject({
      size: 1,
      supports: 12,
      title: '建设社区老年食堂',
    });
  });

  it('weighs recent reports and a long spread above an old burst', () => {
    const burst: HotItem[] = [1, 2, 3].map((k) => ({
      id: `old${k}`,
      kind: 'case',
      text: '西关村自来水停水三天没有通知，家里老人喝水都成问题。',
      time: day(1, 8 + k),
      place: 'V-XIGUAN',
    }));
    const spread: HotItem[] = [1, 8, 15].map((d, k) => ({
      id: `new${k}`,
      kind: 'case',
      text: '锦河社区垃圾池满了没人清运，苍蝇蚊子很多，味道很大。',
      time: day(d + 10),
      place: 'C-JINHE',
    }));
    const [first, second] = findHotIssues([...burst, ...spread], { now: day(26) });
    expect(first?.members.map((m) => m.id)).toEqual(['new0', 'new1', 'new2']);
    expect(second?.members.map((m) => m.id)).toEqual(['old1', 'old2', 'old3']);
  });

  it('is deterministic whatever the order of the input, and honours limit and memberLimit', () => {
    const once = findHotIssues(items, { placeWords });
    const reversed = findHotIssues([...items].reverse(), { placeWords });
    expect(reversed).toEqual(once);
    const limited = findHotIssues(items, { placeWords, limit: 1, memberLimit: 2 });
    expect(limited).toHaveLength(1);
    expect(limited[0]).toMatchObject({ size: 5 });
    expect(limited[0]?.members).toHaveLength(2);
    expect(findHotIssues([])).toEqual([]);
  });

  it('reads Traditional characters and full-width letters the same as Simplified and half-width', () => {
    const mixed: HotItem[] = [
      { id: 'x1', kind: 'case', text: '南溝村路燈不亮已經一週了，晚上出門很不方便。', time: day(2), place: 'V' },
      { id: 'x2', kind: 'case', text: '南沟村路灯不亮已经一周了，晚上出门很不方便。', time: day(3), place: 'V' },
    ];
    expect(findHotIssues(mixed).map((c) => c.size)).toEqual([2]);
  });

  it('clusters 20,000 items in seconds through the inverted index', () => {
    const matters = [
      '路灯不亮，晚上出行不便',
      '垃圾池满了没人清运',
      '工地夜间施工噪音扰民',
      '自来水停水没有通知',
      '道路坑洼积水严重',
      '小区电梯经常困人',
      '流浪狗追咬行人',
      '烧烤油烟熏到楼上',
    ];
    const spots = ['东头', '西头', '村口', '3号楼', '北门', '小学附近', '菜市场旁', '文化广场'];
    const many: HotItem[] = [];
    for (let k = 0; many.length < 20_000; k += 1) {
      const place = `P${k % 400}`;
      const matter = matters[(k * 7) % matters.length] ?? '';
      many.push({
        id: `m${k}`,
        kind: 'case',
        text: `${spots[k % spots.length]}${matter}，已经第${(k % 9) + 2}天了，居民意见很大，请尽快处理。编号${k}`,
        time: new Date(Date.UTC(2026, 0, 1) + (k % 90) * 86_400_000),
        place,
      });
    }
    const started = performance.now();
    const clusters = findHotIssues(many, { limit: 20 });
    const ms = performance.now() - started;
    expect(clusters).toHaveLength(20);
    // Each place has each matter reported several times: every cluster is one matter at one place.
    for (const c of clusters) expect(new Set(c.members.map((m) => Number(m.id.slice(1)) % 400)).size).toBe(1);
    expect(ms).toBeLessThan(30_000);
  }, 60_000);
});
