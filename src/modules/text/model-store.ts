/**
 * Where the category model comes from: the model shipped in the repository, or one retrained from
 * the district's closed cases and kept under the data directory, which is preferred when present.
 * Each file is read once and kept; a retrained file that changes on disk (another process retrained)
 * is read again.
 */

import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CategoryClassifier } from './category-classifier.ts';
import { fromStoredModel, type ModelProvenance, readModelFile } from './model-file.ts';

/** The model shipped with the product (trained on the public messages). */
export const SHIPPED_MODEL_FILE = fileURLToPath(new URL('./model/category-model.json.gz', import.meta.url));
/** The public training messages the shipped model learnt from, kept so that a clone can retrain. */
export const SHIPPED_TRAINING_FILE = fileURLToPath(new URL('./model/training-messages.tsv.gz', import.meta.url));

/** Where a model retrained from this installation's closed cases is kept. */
export function retrainedModelFile(dataDir: string): string {
  return path.join(dataDir, 'models', 'category-model.json.gz');
}

export interface LoadedModel {
  classifier: CategoryClassifier;
  file: string;
  source: 'shipped' | 'retrained';
  provenance: ModelProvenance;
}

const cache = new Map<string, { model: LoadedModel; mtimeMs: number }>();

function load(file: string, source: LoadedModel['source']): LoadedModel {
  const mtimeMs = statSync(file).mtimeMs;
  const cached = cache.get(file);
  if (cached && cached.mtimeMs === mtimeMs) return cached.model;
  const stored = readModelFile(file);
  const model: LoadedModel = {
    classifier: fromStoredModel(stored),
    file,
    source,
    provenance: { trainedAt: stored.trainedAt, trainedOn: stored.trainedOn },
  };
  cache.set(file, { model, mtimeMs });
  return model;
}

/**
 * The model to suggest with: the retrained one under `dataDir` when there is one, else the shipped
 * one; `modelFile` names a file explicitly instead.
 */
export function loadCategoryModel(options: { dataDir?: string; modelFile?: string } = {}): LoadedModel {
  if (options.modelFile) return load(options.modelFile, 'shipped');
  if (options.dataDir) {
    const retrained = retrainedModelFile(options.dataDir);
    if (existsSync(retrained)) return load(retrained, 'retrained');
  }
  return load(SHIPPED_MODEL_FILE, 'shipped');
}

/** Forgets loaded models (after a file was replaced within the same millisecond, or in tests). */
export function forgetLoadedModels(): void {
  cache.clear();
}
