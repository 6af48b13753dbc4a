/**
 * The classifier on disk: gzip-compressed JSON. Features are listed in vocabulary order with their
 * document frequencies (idf is recomputed from them); weights are small integers times one scale
 * (12 bits by default: far finer than the differences between scores that decide a ranking, and
 * they compress to a third of 16-bit ones). Loading gives back the same suggestions to within rounding.
 */

import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync, constants as zlibConstants } from 'node:zlib';
import type { CategoryClassifier } from './category-classifier.ts';
import type { FeatureOptions } from './features.ts';
import { createLinearModel } from './linear-model.ts';

export const MODEL_FORMAT = 'luoshi-category-model';
export const MODEL_VERSION = 1;
export const DEFAULT_WEIGHT_BITS = 12;

export interface ModelProvenance {
  /** When a model was retrained in an installation; null for the shipped model (so its file is reproducible byte for byte). */
  trainedAt: string | null;
  /** Labelled messages the model learnt from, by where they came from. */
  trainedOn: { messages: number; closedCases: number };
}

export interface StoredModel extends ModelProvenance {
  format: typeof MODEL_FORMAT;
  version: number;
  categories: string[];
  features: FeatureOptions;
  sharpness: number;
  /** Messages the vocabulary was counted on (for idf). */
  documents: number;
  vocabulary: string[];
  documentFrequencies: number[];
  /** weight = integer × weightScale; integers lie within ±(2^(weightBits−1) − 1). */
  weightScale: number;
  weightBits: number;
  /** Feature-major (feature × categories) integers. */
  weights: number[];
  bias: number[];
}

export class ModelFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ModelFileError';
  }
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

/** The classifier as a stored model. */
export function toStoredModel(
  classifier: CategoryClassifier,
  provenance: ModelProvenance,
  weightBits = DEFAULT_WEIGHT_BITS,
): StoredModel {
  const { vocabulary, linear } = classifier;
  const tokens: string[] = new Array(vocabulary.idf.length);
  for (const [token, i] of vocabulary.index) tokens[i] = token;
  const documents = vocabulary.documents;
  let maxAbs = 0;
  for (const w of linear.weights) maxAbs = Math.max(maxAbs, Math.abs(w));
  const weightScale = maxAbs > 0 ? maxAbs / (2 ** (weightBits - 1) - 1) : 1;
  const quantised = Array.from(linear.weights, (w) => Math.round(w / weightScale) || 0);
  return {
    format: MODEL_FORMAT,
    version: MODEL_VERSION,
    ...provenance,
    categories: classifier.categories,
    features: classifier.features,
    sharpness: round(classifier.sharpness, 4),
    documents,
    vocabulary: tokens,
    documentFrequencies: Array.from(vocabulary.documentFrequencies),
    weightScale,
    weightBits,
    weights: quantised,
    bias: Array.from(linear.bias, (b) => round(b, 5)),
  };
}

/** The classifier a stored model describes; throws ModelFileError when it is not one. */
export function fromStoredModel(stored: StoredModel): CategoryClassifier {
  if (stored?.format !== MODEL_FORMAT || stored.version !== MODEL_VERSION)
    throw new ModelFileError('not a luoshi category model of a known version');
  const classes = stored.categories.length;
  const features = stored.vocabulary.length;
  if (
    !Array.isArray(stored.weights) ||
    stored.weights.length !== features * classes ||
    stored.documentFrequencies.length !== features ||
    stored.bias.length !== classes
  ) {
    throw new ModelFileError('the model file is inconsistent (sizes do not match)');
  }
  const linear = createLinearModel(classes, features);
  for (let j = 0; j < features * classes; j += 1)
    linear.weights[j] = (stored.weights[j] as number) * stored.weightScale;
  linear.bias.set(stored.bias);
  const index = new Map<string, number>();
  stored.vocabulary.forEach((token, i) => index.set(token, i));
  const documentFrequencies = Int32Array.from(stored.documentFrequencies);
  const idf = new Float32Array(features);
  for (let i = 0; i < features; i += 1)
    idf[i] = Math.log((1 + stored.documents) / (1 + (documentFrequencies[i] as number))) + 1;
  return {
    categories: stored.categories,
    features: stored.features,
    vocabulary: { index, idf, documentFrequencies, documents: stored.documents },
    linear,
    sharpness: stored.sharpness,
  };
}

export function encodeModel(stored: StoredModel): Buffer {
  return gzipSync(Buffer.from(JSON.stringify(stored), 'utf8'), { level: zlibConstants.Z_BEST_COMPRESSION });
}

export function decodeModel(bytes: Buffer): StoredModel {
  try {
    return JSON.parse(gunzipSync(bytes).toString('utf8')) as StoredModel;
  } catch (error) {
    throw new ModelFileError(`the model file cannot be read: ${(error as Error).message}`);
  }
}

/** Writes a model file atomically (a temporary file renamed into place), creating its folder. */
export function writeModelFile(file: string, stored: StoredModel): number {
  mkdirSync(path.dirname(file), { recursive: true });
  const bytes = encodeModel(stored);
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, bytes);
  renameSync(temporary, file);
  return bytes.byteLength;
}

export function readModelFile(file: string): StoredModel {
  return decodeModel(readFileSync(file));
}
