/**
 * `npm run reply-check -- --input <file.tsv|.xlsx> [--map message=…,reply=…]`: the reply check
 * (答复质量) of each row of a message list with its replies (header row; columns `message` and
 * `reply`, found by name). Prints one JSON line per row: { row, score, relevance, concreteness,
 * boilerplate, weakPoints: [codes] }. A missing file or column: a message on standard error and exit code 2.
 */

import { parseArgs } from 'node:util';
import { checkReply } from '../src/modules/insight/reply-check.ts';
import { parseColumnMap, readTable, TableInputError } from '../src/modules/insight/table-input.ts';
import { loadCategoryModel } from '../src/modules/text/model-store.ts';

const usage = 'usage: npm run reply-check -- --input <file.tsv|.xlsx> [--map message=…,reply=…]';

function fail(message: string): never {
  console.error(`reply-check: ${message}`);
  process.exit(2);
}

async function main(): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({ options: { input: { type: 'string' }, map: { type: 'string' } } }));
  } catch (error) {
    fail(`${(error as Error).message}\n${usage}`);
  }
  if (!values.input) fail(`--input is required\n${usage}`);
  try {
    const map = values.map ? parseColumnMap(values.map, ['message', 'reply'] as const) : {};
    const rows = await readTable(values.input, [
      { key: 'message', header: map.message ?? 'message', required: true },
      { key: 'reply', header: map.reply ?? 'reply', required: true },
    ]);
    const { classifier } = loadCategoryModel();
    for (const { row, values: cells } of rows) {
      const r = checkReply(cells.message, cells.reply, { classifier });
      process.stdout.write(
        `${JSON.stringify({ row, score: r.score, relevance: r.relevance, concreteness: r.concreteness, boilerplate: r.boilerplate, weakPoints: r.weakPoints.map((w) => w.code) })}\n`,
      );
    }
  } catch (error) {
    if (error instanceof TableInputError) fail(error.message);
    throw error;
  }
}

await main();
