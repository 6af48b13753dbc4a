/**
 * `npm run model:eval -- <file.tsv> [--model <model.json.gz>]`: the category classifier's figures on
 * labelled messages (header row naming `category` and `text`), with the shipped model unless told.
 * Prints one JSON line: accuracy, macro_f1, per_category, top3_accuracy, ms_per_message_p99 (wall
 * clock per message, normalisation to ranking, each message the fastest of 3 runs), and a few more.
 */

import path from 'node:path';
import { parseArgs } from 'node:util';
import { evaluateClassifier } from '../src/modules/text/cross-validate.ts';
import { fromStoredModel, readModelFile } from '../src/modules/text/model-file.ts';
import { SHIPPED_MODEL_FILE } from '../src/modules/text/model-store.ts';
import { readLabelledFile } from '../src/modules/text/training-data.ts';
import { runScript, usage } from './model-options.ts';

await runScript(() => {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { model: { type: 'string' } } });
  const file = positionals[0] ?? usage('npm run model:eval -- <file.tsv> [--model <model.json.gz>]');
  const classifier = fromStoredModel(readModelFile(path.resolve(values.model ?? SHIPPED_MODEL_FILE)));
  process.stdout.write(`${JSON.stringify(evaluateClassifier(classifier, readLabelledFile(file)))}\n`);
});
