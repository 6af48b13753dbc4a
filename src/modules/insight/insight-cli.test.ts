import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { writeSheet } from '../../platform/excel/excel.ts';
import { parseLooseTime, parseTsvTable } from './table-input.ts';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../../', import.meta.url));
/** 110 real messages (TipDM 2020, A市) with made-up ids, times and supports, under an export's Chinese headers. */
const sample = fileURLToPath(new URL('./fixtures/messages-sample.tsv', import.meta.url));
const chineseMap = 'id=留言编号,title=留言主题,time=留言时间,text=留言详情,supports=点赞数';
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'luoshi-insight-'));

async function script(name: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [path.join(root, 'scripts', name), ...args], {
      cwd: root,
      maxBuffer: 20 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('npm run hot-issues', () => {
  it('finds the repeated petitions in an exported message list with Chinese headers', async () => {
    const { code, stdout } = await script('hot-issues.ts', ['--input', sample, '--map', chineseMap, '--limit', '10']);
    expect(code).toBe(0);
    const { clusters } = JSON.parse(stdout) as {
      clusters: {
        title: string;
        size: number;
        heat: number;
        from: string;
        members: { id: string }[];
        keywords: string[];
      }[];
    };
    const groups = clusters.map((c) => c.members.map((m) => m.id).sort());
    // The same people wrote the same letter to several officials: each letter is one hot issue.
    for (const expected of [
      ['2137', '2594', '2882', '2883'],
      ['841', '845', '846'],
      ['4199', '4200', '4201'],
      ['1821', '3928', '5253'],
      ['4355', '4356'],
    ])
      expect(groups).toContainEqual(expected);
    expect(clusters.map((c) => c.heat)).toEqual([...clusters.map((c) => c.heat)].sort((a, b) => b - a));
    const pigs = clusters.find((c) => c.members.some((m) => m.id === '841'));
    expect(pigs?.keywords).toContain('养猪场');
    expect(pigs?.title).toMatch(/养猪场/);
    // 2019/5/10 … in China time.
    expect(clusters.every((c) => c.from.startsWith('2019-'))).toBe(true);
  }, 60_000);

  it('reads .xlsx, tolerates missing optional columns and uses the row number as the id', async () => {
    const columns = [
      { key: 'time', labels: ['留言时间'] },
      { key: 'text', labels: ['留言详情'] },
    ] as const;
    const rows = [
      { time: '2026-03-02 09:00', text: '南沟村东头路灯已经五天不亮了，晚上出门很不方便。' },
      { time: '2026-03-03 20:00', text: '南沟村东头的路灯还是不亮，晚上出门太不方便了。' },
      { time: '2026-03-04 10:00', text: '西关村灌溉水渠塌了一段，马上要浇地了。' },
    ];
    const file = path.join(tmp, 'list.xlsx');
    fs.writeFileSync(file, await writeSheet('留言', columns, rows));
    const { code, stdout } = await script('hot-issues.ts', ['--input', file, '--map', 'time=留言时间,text=留言详情']);
    expect(code).toBe(0);
    const { clusters } = JSON.parse(stdout);
    expect(clusters).toHaveLength(1);
    expect(clusters[0]).toMatchObject({
      size: 2,
      supports: 0,
      from: '2026-03-02T01:00:00.000Z',
      to: '2026-03-03T12:00:00.000Z',
    });
    expect(clusters[0].members.map((m: { id: string }) => m.id)).toEqual(['row-2', 'row-3']);
  }, 60_000);

  it('answers a missing file or column with a message and exit code 2', async () => {
    const missingFile = await script('hot-issues.ts', ['--input', path.join(tmp, 'nope.tsv')]);
    expect(missingFile.code).toBe(2);
    expect(missingFile.stderr).toMatch(/cannot read .*nope\.tsv/);
    const missingColumn = await script('hot-issues.ts', ['--input', sample]);
    expect(missingColumn.code).toBe(2);
    expect(missingColumn.stderr).toMatch(
      /missing column "time" \(time\), "text" \(text\); the header row has: 留言编号/,
    );
    expect((await script('hot-issues.ts', ['--input', sample, '--map', 'when=留言时间'])).stderr).toMatch(
      /unknown key "when"/,
    );
    expect((await script('hot-issues.ts', [])).code).toBe(2);
  }, 60_000);
});

describe('npm run reply-check', () => {
  it('prints a score per row, the weak ones with their weak points', async () => {
    const file = path.join(tmp, 'replies.tsv');
    fs.writeFileSync(
      file,
      [
        'id\tmessage\treply',
        '1\t杏坪镇南沟村东头一排路灯已经5天不亮了，晚上出门很不方便。\t经杏坪镇人民政府会同路灯维护单位于3月5日到现场排查，维修人员已更换电缆50米、更换损坏灯具4盏，当晚试亮正常。',
        '2\t南沟村东头路灯不亮，晚上出门很不方便。\t感谢您的来信，我单位高度重视，将进一步加强管理。',
      ].join('\n'),
    );
    const { code, stdout } = await script('reply-check.ts', ['--input', file]);
    expect(code).toBe(0);
    const lines = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.row)).toEqual([2, 3]);
    expect(lines[0]).toMatchObject({ weakPoints: [] });
    expect(lines[0].score).toBeGreaterThan(60);
    expect(lines[1].score).toBeLessThan(20);
    expect(lines[1].weakPoints).toEqual(expect.arrayContaining(['no_result', 'boilerplate']));
    expect(Object.keys(lines[0])).toEqual(['row', 'score', 'relevance', 'concreteness', 'boilerplate', 'weakPoints']);
    const missing = await script('reply-check.ts', ['--input', sample]);
    expect([missing.code, missing.stderr]).toEqual([2, expect.stringMatching(/missing column "message"/)]);
  }, 60_000);
});

describe('reading exported tables', () => {
  it('reads times as exports write them, in China time unless a zone is given', () => {
    expect(parseLooseTime('2019/12/1 10:00:00')?.toISOString()).toBe('2019-12-01T02:00:00.000Z');
    expect(parseLooseTime('2019-12-01')?.toISOString()).toBe('2019-11-30T16:00:00.000Z');
    expect(parseLooseTime('2019年12月1日 8时30分')?.toISOString()).toBe('2019-12-01T00:30:00.000Z');
    expect(parseLooseTime('2019-12-01T10:00:00Z')?.toISOString()).toBe('2019-12-01T10:00:00.000Z');
    expect(parseLooseTime('43800.5')?.toISOString()).toBe('2019-12-01T04:00:00.000Z');
    expect(parseLooseTime('下周')).toBeNull();
    expect(parseLooseTime('')).toBeNull();
  });

  it('finds columns by name in any order, strips quotes and skips blank lines', () => {
    const rows = parseTsvTable('\uFEFFb\t"A"\n"x"\t1\n\n y \t2\n', [
      { key: 'a', header: 'a', required: true },
      { key: 'b', header: 'B', required: false },
      { key: 'c', header: 'c', required: false },
    ]);
    expect(rows).toEqual([
      { row: 2, values: { a: '1', b: 'x', c: '' } },
      { row: 4, values: { a: '2', b: 'y', c: '' } },
    ]);
  });
});
