/**
 * `npm run hot-issues -- --input <file.tsv|.xlsx> [--map id=…,title=…,time=…,text=…,supports=…]
 * [--place <column>] [--limit 50] [--threshold 0.45]`: the hot issues (热点) of an exported message
 * list, the hottest first, as JSON `{ clusters: [...] }` on standard output. Columns are found by
 * their header (defaults: id, title, time, text, supports); a Chinese export works through --map,
 * e.g. --map id=留言编号,title=留言主题,time=留言时间,text=留言详情,supports=点赞数.
 * A missing file or column: a message on standard error and exit code 2.
 */

import { parseArgs } from 'node:util';
import { hotIssueColumnKeys, hotIssueColumns, hotItemsFromRows } from '../src/modules/insight/hot-issue-table.ts';
import { findHotIssues } from '../src/modules/insight/hot-issues.ts';
import { parseColumnMap, readTable, TableInputError } from '../src/modules/insight/table-input.ts';

const usage =
  'usage: npm run hot-issues -- --input <file.tsv|.xlsx> [--map id=…,title=…,time=…,text=…,supports=…] [--place <column>] [--limit 50] [--threshold 0.45]';

function fail(message: string): never {
  console.error(`hot-issues: ${message}`);
  process.exit(2);
}

function numberOption(
  value: string | undefined,
  name: string,
  fallback: number | undefined,
  min: number,
  max: number,
): number | undefined {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n < min || n > max) fail(`--${name} must be a number from ${min} to ${max}`);
  return n;
}

async function main(): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        input: { type: 'string' },
        map: { type: 'string' },
        place: { type: 'string' },
        limit: { type: 'string' },
        threshold: { type: 'string' },
      },
    }));
  } catch (error) {
    fail(`${(error as Error).message}\n${usage}`);
  }
  if (!values.input) fail(`--input is required\n${usage}`);
  try {
    const map = values.map ? parseColumnMap(values.map, hotIssueColumnKeys) : {};
    if (values.place) map.place = values.place;
    const rows = await readTable(values.input, hotIssueColumns(map));
    const { items, problems } = hotItemsFromRows(rows);
    for (const p of problems.slice(0, 20)) console.error(`hot-issues: row ${p.row} left out: ${p.reason}`);
    if (problems.length > 20) console.error(`hot-issues: … ${problems.length - 20} more rows left out`);
    const started = performance.now();
    const threshold = numberOption(values.threshold, 'threshold', undefined, 0.05, 1);
    const clusters = findHotIssues(items, {
      limit: numberOption(values.limit, 'limit', 50, 1, 10_000),
      ...(threshold === undefined ? {} : { threshold, placeThreshold: threshold }),
    });
    console.error(
      `hot-issues: ${items.length} messages, ${clusters.length} hot issues shown, ${Math.round(performance.now() - started)} ms`,
    );
    process.stdout.write(`${JSON.stringify({ clusters }, null, 2)}\n`);
  } catch (error) {
    if (error instanceof TableInputError) fail(error.message);
    throw error;
  }
}

await main();
