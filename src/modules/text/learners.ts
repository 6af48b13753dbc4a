/**
 * The learners, written here (no ML packages), all deterministic for a given seed:
 * - one-vs-rest linear SVM (squared hinge loss, L2), by dual coordinate descent (as LIBLINEAR does);
 * - multinomial logistic regression (L2), by stochastic gradient descent;
 * - complement naive Bayes (weight-normalised), by counting.
 */

import {
  createLinearModel,
  type LinearModel,
  seededRandom,
  shuffledOrder,
  softmax,
  scoreVector,
} from './linear-model.ts';
import type { SparseVector } from './vectoriser.ts';

export interface TrainingSet {
  vectors: SparseVector[];
  /** Class index per vector. */
  labels: Int32Array;
  classes: number;
  features: number;
  /** Weight per vector (e.g. to balance classes); 1 when absent. */
  weights?: Float64Array;
}

export interface SvmOptions {
  /** Inverse regularisation strength. */
  c: number;
  epochs: number;
  /** Value of the constant bias feature. */
  biasFeature: number;
  /** Stop once the projected gradient spans less than this (LIBLINEAR's criterion; it uses 0.1). */
  tolerance: number;
  seed: number;
}

/** Values of each vector multiplied feature by feature (a per-class feature scaling). */
function scaleValues(vectors: readonly SparseVector[], scale: Float64Array | undefined): Float32Array[] {
  return vectors.map((x) => {
    if (!scale) return x.values;
    const values = new Float32Array(x.values.length);
    for (let k = 0; k < values.length; k += 1)
      values[k] = (x.values[k] as number) * (scale[x.indices[k] as number] as number);
    return values;
  });
}

/** One binary squared-hinge SVM (labels ±1) by dual coordinate descent; returns weights and bias. */
function trainBinarySvm(
  vectors: readonly SparseVector[],
  values: readonly Float32Array[],
  positive: (i: number) => boolean,
  diagonal: Float64Array,
  features: number,
  options: SvmOptions,
  seed: number,
): { w: Float64Array; bias: number } {
  const n = vectors.length;
  const b = options.biasFeature;
  const squaredNorms = new Float64Array(n);
  for (let i = 0; i < n; i += 1) {
    let s = b * b;
    for (const v of values[i] as Float32Array) s += v * v;
    squaredNorms[i] = s + (diagonal[i] as number);
  }
  const w = new Float64Array(features);
  let bias = 0;
  const alpha = new Float64Array(n);
  const random = seededRandom(seed);
  for (let epoch = 0; epoch < options.epochs; epoch += 1) {
    let maxPg = -Infinity;
    let minPg = Infinity;
    for (const i of shuffledOrder(n, random)) {
      const indices = (vectors[i] as SparseVector).indices;
      const x = values[i] as Float32Array;
      const y = positive(i) ? 1 : -1;
      let dot = bias * b;
      for (let k = 0; k < indices.length; k += 1) dot += (w[indices[k] as number] as number) * (x[k] as number);
      const a = alpha[i] as number;
      const g = y * dot - 1 + (diagonal[i] as number) * a;
      const pg = a === 0 ? Math.min(g, 0) : g;
      maxPg = Math.max(maxPg, pg);
      minPg = Math.min(minPg, pg);
      if (pg === 0) continue;
      const next = Math.max(a - g / (squaredNorms[i] as number), 0);
      const step = (next - a) * y;
      alpha[i] = next;
      for (let k = 0; k < indices.length; k += 1) {
        const f = indices[k] as number;
        w[f] = (w[f] as number) + step * (x[k] as number);
      }
      bias += step * b;
    }
    if (maxPg - minPg < options.tolerance) break;
  }
  return { w, bias: bias * b };
}

/**
 * One-vs-rest L2-regularised squared-hinge SVM, dual coordinate descent. With `featureScales`
 * (one array per class, e.g. naive-Bayes log-count ratios: NBSVM), class c is trained on x ∘ scale_c
 * and its weights folded back (w_c ∘ scale_c), so the result still scores plain vectors.
 */
export function trainLinearSvm(
  set: TrainingSet,
  options: SvmOptions,
  featureScales?: readonly Float64Array[],
): LinearModel {
  const { vectors, labels, classes, features } = set;
  const model = createLinearModel(classes, features);
  // Squared-hinge dual: D_ii = 1 / (2 C_i), with C_i = C × the vector's weight.
  const diagonal = Float64Array.from(vectors, (_, i) => 1 / (2 * options.c * (set.weights?.[i] ?? 1)));
  for (let c = 0; c < classes; c += 1) {
    const scale = featureScales?.[c];
    const values = scaleValues(vectors, scale);
    const { w, bias } = trainBinarySvm(
      vectors,
      values,
      (i) => labels[i] === c,
      diagonal,
      features,
      options,
      options.seed + c * 7919,
    );
    for (let f = 0; f < features; f += 1)
      model.weights[f * classes + c] = (w[f] as number) * (scale ? (scale[f] as number) : 1);
    model.bias[c] = bias;
  }
  return model;
}

/** Naive-Bayes log-count ratios per class (one-vs-rest), with additive smoothing `alpha` (for NBSVM). */
export function logCountRatios(set: TrainingSet, alpha: number): Float64Array[] {
  const { vectors, labels, classes, features } = set;
  const perClass = Array.from({ length: classes }, () => new Float64Array(features));
  const total = new Float64Array(features);
  for (let i = 0; i < vectors.length; i += 1) {
    const x = vectors[i] as SparseVector;
    const counts = perClass[labels[i] as number] as Float64Array;
    for (let k = 0; k < x.indices.length; k += 1) {
      const f = x.indices[k] as number;
      counts[f] = (counts[f] as number) + (x.values[k] as number);
      total[f] = (total[f] as number) + (x.values[k] as number);
    }
  }
  let grand = 0;
  for (const v of total) grand += v;
  return perClass.map((counts) => {
    let inClass = 0;
    for (const v of counts) inClass += v;
    const ratios = new Float64Array(features);
    const pNorm = inClass + alpha * features;
    const qNorm = grand - inClass + alpha * features;
    for (let f = 0; f < features; f += 1) {
      const p = ((counts[f] as number) + alpha) / pNorm;
      const q = ((total[f] as number) - (counts[f] as number) + alpha) / qNorm;
      ratios[f] = Math.log(p / q);
    }
    return ratios;
  });
}

export interface LogisticOptions {
  /** L2 strength per example. */
  lambda: number;
  epochs: number;
  /** Initial learning rate. */
  learningRate: number;
  seed: number;
}

/** Multinomial logistic regression with L2, plain SGD with a decaying rate and a lazily applied weight scale. */
export function trainLogisticRegression(set: TrainingSet, options: LogisticOptions): LinearModel {
  const { vectors, labels, classes, features } = set;
  const n = vectors.length;
  const w = new Float64Array(features * classes);
  const bias = new Float64Array(classes);
  let scale = 1;
  let t = 0;
  const random = seededRandom(options.seed);
  const scores = new Float64Array(classes);
  for (let epoch = 0; epoch < options.epochs; epoch += 1) {
    for (const i of shuffledOrder(n, random)) {
      const rate = options.learningRate / (1 + options.learningRate * options.lambda * t);
      t += 1;
      const x = vectors[i] as SparseVector;
      scores.set(bias);
      for (let k = 0; k < x.indices.length; k += 1) {
        const base = (x.indices[k] as number) * classes;
        const v = (x.values[k] as number) * scale;
        for (let c = 0; c < classes; c += 1) scores[c] = (scores[c] as number) + v * (w[base + c] as number);
      }
      const p = softmax(scores);
      scale *= 1 - rate * options.lambda;
      if (scale < 1e-9) {
        for (let j = 0; j < w.length; j += 1) w[j] = (w[j] as number) * scale;
        scale = 1;
      }
      const y = labels[i] as number;
      for (let c = 0; c < classes; c += 1) {
        const g = (p[c] as number) - (c === y ? 1 : 0);
        if (g === 0) continue;
        bias[c] = (bias[c] as number) - rate * g;
        const step = (rate * g) / scale;
        for (let k = 0; k < x.indices.length; k += 1) {
          const j = (x.indices[k] as number) * classes + c;
          w[j] = (w[j] as number) - step * (x.values[k] as number);
        }
      }
    }
  }
  const model = createLinearModel(classes, features);
  for (let j = 0; j < w.length; j += 1) model.weights[j] = (w[j] as number) * scale;
  model.bias.set(bias);
  return model;
}

export interface NaiveBayesOptions {
  /** Additive smoothing. */
  alpha: number;
}

/** Complement naive Bayes with weight normalisation; scores are negated complement log-likelihoods. */
export function trainComplementNaiveBayes(set: TrainingSet, options: NaiveBayesOptions): LinearModel {
  const { vectors, labels, classes, features } = set;
  const perClass = new Float64Array(features * classes);
  const total = new Float64Array(features);
  for (let i = 0; i < vectors.length; i += 1) {
    const x = vectors[i] as SparseVector;
    const y = labels[i] as number;
    for (let k = 0; k < x.indices.length; k += 1) {
      const f = x.indices[k] as number;
      perClass[f * classes + y] = (perClass[f * classes + y] as number) + (x.values[k] as number);
      total[f] = (total[f] as number) + (x.values[k] as number);
    }
  }
  const model = createLinearModel(classes, features);
  for (let c = 0; c < classes; c += 1) {
    let complementSum = 0;
    for (let f = 0; f < features; f += 1) complementSum += (total[f] as number) - (perClass[f * classes + c] as number);
    const denominator = complementSum + options.alpha * features;
    const logs = new Float64Array(features);
    let absSum = 0;
    for (let f = 0; f < features; f += 1) {
      const value = Math.log(
        ((total[f] as number) - (perClass[f * classes + c] as number) + options.alpha) / denominator,
      );
      logs[f] = value;
      absSum += Math.abs(value);
    }
    for (let f = 0; f < features; f += 1) model.weights[f * classes + c] = -(logs[f] as number) / absSum;
  }
  return model;
}

/** Mean log-loss of softmax(scores × sharpness) at the true labels. */
export function logLoss(scores: readonly Float64Array[], labels: Int32Array, sharpness: number): number {
  let loss = 0;
  for (let i = 0; i < scores.length; i += 1) {
    const p = softmax(scores[i] as Float64Array, sharpness)[labels[i] as number] as number;
    loss -= Math.log(Math.max(p, 1e-12));
  }
  return loss / Math.max(scores.length, 1);
}

/** The sharpness that makes softmax confidences best match held-out outcomes (golden-section search on log-loss). */
export function calibrateSharpness(scores: readonly Float64Array[], labels: Int32Array): number {
  let lo = Math.log(0.1);
  let hi = Math.log(1000);
  const ratio = (Math.sqrt(5) - 1) / 2;
  for (let step = 0; step < 60; step += 1) {
    const a = hi - ratio * (hi - lo);
    const b = lo + ratio * (hi - lo);
    if (logLoss(scores, labels, Math.exp(a)) < logLoss(scores, labels, Math.exp(b))) hi = b;
    else lo = a;
  }
  return Math.exp((lo + hi) / 2);
}

export { scoreVector };
