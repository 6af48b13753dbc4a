import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { fromStoredModel, readModelFile } from './model-file.ts';
import { syntheticMessages } from './text-fixtures.test-helpers.ts';
import { formatLabelledTsv, readLabelledFile } from './training-data.ts';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../../..');
const scratch = mkdtempSync(path.join(os.tmpdir(), 'luoshi-model-scripts-'));
const tsv = path.join(scratch, 'messages.tsv');
writeFileSync(tsv, formatLabelledTsv(syntheticMessages(12)));
const small = JSON.stringify({ minDf: 1, calibrationShare: 0.25 });

async function script(name: string, args: string[]): Promise<Record<string, unknown>> {
  const { stdout } = await run(process.execPath, [path.join(root, 'scripts', name), ...args], { cwd: root });
  const lines = stdout.trim().split('\n');
  expect(lines).toHaveLength(1);
  return JSON.parse(lines[0] as string) as Record<string, unknown>;
}

const reportKeys = ['accuracy', 'macro_f1', 'per_category', 'top3_accuracy', 'ms_per_message_p99'];

describe('the model scripts', () => {
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('model:train writes a model (and the training copy when asked), model:eval reads it back', async () => {
    const out = path.join(scratch, 'model.json.gz');
    const copy = path.join(scratch, 'copy.tsv.gz');
    const trained = await script('model-train.ts', [tsv, '--out', out, '--training-copy', copy, '--options', small]);
    expect(trained).toMatchObject({ model: out, categories: ['卫生计生', '城乡建设', '教育文体'] });
    expect(fromStoredModel(readModelFile(out)).categories).toHaveLength(3);
    expect(readLabelledFile(copy)).toEqual(readLabelledFile(tsv));

    const report = await script('model-eval.ts', [tsv, '--model', out]);
    expect(Object.keys(report)).toEqual(expect.arrayContaining(reportKeys));
    expect(report.accuracy).toBe(1);
    expect(Object.keys(report.per_category as object)).toEqual(['卫生计生', '城乡建设', '教育文体']);
  });

  it('model:eval uses the shipped model by default', async () => {
    const report = await script('model-eval.ts', [tsv]);
    expect(report.messages).toBe(36);
    expect(report.top3_accuracy).toBeGreaterThan(0.5);
  });

  it('model:cv prints cross-validated figures', async () => {
    const report = await script('model-cv.ts', [tsv, '--folds', '3', '--quiet', '--options', small]);
    expect(Object.keys(report)).toEqual(expect.arrayContaining([...reportKeys, 'folds']));
    expect(report.folds).toBe(3);
  });

  it('refuses a file without the category and text columns', async () => {
    const bad = path.join(scratch, 'bad.tsv');
    writeFileSync(bad, 'label\tbody\nA\tb\n');
    await expect(
      run(process.execPath, [path.join(root, 'scripts', 'model-eval.ts'), bad], { cwd: root }),
    ).rejects.toThrow(/category/);
  });
});
