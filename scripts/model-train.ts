/**
 * `npm run model:train -- <file.tsv> [--out <model.json.gz>] [--training-copy <file.tsv.gz>]`:
 * trains the category classifier on labelled messages (columns `category`, `text`) and writes the
 * model file (default: the shipped model). With the default output, the messages are also written,
 * gzip-compressed, beside it (the copy retraining starts from), so the two always match. The same
 * file gives the same model, byte for byte.
 */

import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { trainCategoryClassifier } from '../src/modules/text/category-classifier.ts';
import { toStoredModel, writeModelFile } from '../src/modules/text/model-file.ts';
import { SHIPPED_MODEL_FILE, SHIPPED_TRAINING_FILE } from '../src/modules/text/model-store.ts';
import { formatLabelledTsv, gzipText, readLabelledFile } from '../src/modules/text/training-data.ts';
import { runScript, trainOptionsFrom, usage } from './model-options.ts';

await runScript(() => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      'training-copy': { type: 'string' },
      options: { type: 'string' },
      'weight-bits': { type: 'string', default: '12' },
    },
  });
  const file =
    positionals[0] ??
    usage('npm run model:train -- <file.tsv> [--out <model.json.gz>] [--training-copy <file.tsv.gz>]');
  const out = path.resolve(values.out ?? SHIPPED_MODEL_FILE);
  const trainingCopy = values['training-copy'] ?? (out === SHIPPED_MODEL_FILE ? SHIPPED_TRAINING_FILE : undefined);
  const examples = readLabelledFile(file);
  const started = performance.now();
  const classifier = trainCategoryClassifier(examples, trainOptionsFrom(values.options));
  const stored = toStoredModel(
    classifier,
    { trainedAt: null, trainedOn: { messages: examples.length, closedCases: 0 } },
    Number(values['weight-bits']),
  );
  const bytes = writeModelFile(out, stored);
  if (trainingCopy) writeFileSync(trainingCopy, gzipText(formatLabelledTsv(examples)));
  console.error(`trained on ${examples.length} messages in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  process.stdout.write(
    `${JSON.stringify({ model: out, bytes, categories: classifier.categories, features: classifier.vocabulary.idf.length, sharpness: classifier.sharpness, trainingCopy: trainingCopy ?? null })}\n`,
  );
});
