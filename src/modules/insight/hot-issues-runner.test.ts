import { afterAll, describe, expect, it } from 'vitest';
import { clusterHotIssues, stopHotIssueWorker } from './hot-issues-runner.ts';
import { findHotIssues, type HotItem } from './hot-issues.ts';

const matters = [
  '路灯不亮晚上出行不安全',
  '小区停水两天没有通知',
  '工地夜间施工噪音扰民',
  '拖欠农民工工资三个月',
  '垃圾清运不及时气味难闻',
];
const places = ['南沟村', '桃园社区', '大峪村', '滨河社区', '王家村'];

function itemsOf(count: number): HotItem[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `c${i}`,
    kind: 'case' as const,
    text: `${places[i % places.length]}${matters[(i * 7) % matters.length]}，请尽快处理（${i}）`,
    time: new Date(Date.UTC(2026, 10, 1) + i * 60_000),
    place: places[i % places.length],
  }));
}

describe('hot issues in a worker thread', () => {
  afterAll(() => stopHotIssueWorker());

  it('answers what clustering on the calling thread answers', async () => {
    const items = itemsOf(400);
    const options = { now: new Date(Date.UTC(2026, 10, 2)), limit: 10, placeWords: places };
    expect(await clusterHotIssues(items, options)).toEqual(findHotIssues(items, options));
  });

  it('keeps the event loop free while it clusters', async () => {
    const items = itemsOf(6000);
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 5);
    const clusters = await clusterHotIssues(items, { limit: 5 });
    clearInterval(timer);
    expect(clusters.length).toBeGreaterThan(0);
    // On the calling thread the timer could not fire until clustering ended.
    expect(ticks).toBeGreaterThan(2);
  });

  it('reports a failure in the worker as a rejection, and works again afterwards', async () => {
    const broken = [{ id: 'x', kind: 'case', text: 'x', time: 'not a date' }] as unknown as HotItem[];
    await expect(clusterHotIssues([...broken, ...itemsOf(3)], {})).rejects.toThrow(/hot-issue clustering failed/);
    expect((await clusterHotIssues(itemsOf(50), { limit: 3 })).length).toBeGreaterThan(0);
  });
});
