/**
 * `npm run model:cv -- <file.tsv> [--folds 5] [--options '{"c":3}'] [--weight-bits 12]`: k-fold
 * stratified cross-validation of the category classifier on labelled messages (columns `category`,
 * `text`); each fold's model is stored and reloaded as the shipped one is. Prints one JSON line with
 * the keys of model:eval (accuracy, macro_f1, per_category, top3_accuracy, ms_per_message_p99…).
 */

import { parseArgs } from 'node:util';
import { crossValidate } from '../src/modules/text/cross-validate.ts';
import { readLabelledFile } from '../src/modules/text/training-data.ts';
import { runScript, trainOptionsFrom, usage } from './model-options.ts';

await runScript(() => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      folds: { type: 'string', default: '5' },
      options: { type: 'string' },
      'weight-bits': { type: 'string', default: '12' },
      quiet: { type: 'boolean', default: false },
    },
  });
  const file = positionals[0] ?? usage('npm run model:cv -- <file.tsv> [--folds 5]');
  const folds = Number(values.folds);
  if (!Number.isInteger(folds) || folds < 2) usage('--folds must be a whole number of at least 2');
  const report = crossValidate(
    readLabelledFile(file),
    folds,
    trainOptionsFrom(values.options),
    (fold, seconds) => {
      if (!values.quiet) console.error(`fold ${fold + 1}/${folds}: ${seconds.toFixed(1)} s`);
    },
    Number(values['weight-bits']),
  );
  process.stdout.write(`${JSON.stringify(report)}\n`);
});
