/**
 * A linear scorer over sparse vectors: one weight per (feature, class) and a bias per class, the
 * shape every learner here produces (linear SVM, logistic regression, complement naive Bayes).
 * Weights are stored feature-major (`weights[feature * classes + class]`) so one sparse vector reads
 * one contiguous block per feature.
 */

import type { SparseVector } from './vectoriser.ts';

export interface LinearModel {
  classes: number;
  features: number;
  weights: Float32Array;
  bias: Float32Array;
}

export function createLinearModel(classes: number, features: number): LinearModel {
  return { classes, features, weights: new Float32Array(classes * features), bias: new Float32Array(classes) };
}

/** Raw scores, one per class. */
export function scoreVector(model: LinearModel, x: SparseVector): Float64Array {
  const { classes, weights } = model;
  const scores = Float64Array.from(model.bias);
  for (let k = 0; k < x.indices.length; k += 1) {
    const base = (x.indices[k] as number) * classes;
    const value = x.values[k] as number;
    for (let c = 0; c < classes; c += 1) scores[c] = (scores[c] as number) + value * (weights[base + c] as number);
  }
  return scores;
}

/** Softmax of scores times a sharpness factor (the calibrated temperature's inverse). */
export function softmax(scores: ArrayLike<number>, sharpness = 1): Float64Array {
  let max = -Infinity;
  for (let c = 0; c < scores.length; c += 1) max = Math.max(max, (scores[c] as number) * sharpness);
  const out = new Float64Array(scores.length);
  let sum = 0;
  for (let c = 0; c < scores.length; c += 1) {
    out[c] = Math.exp((scores[c] as number) * sharpness - max);
    sum += out[c] as number;
  }
  for (let c = 0; c < scores.length; c += 1) out[c] = (out[c] as number) / sum;
  return out;
}

/** Deterministic pseudo-random numbers in [0, 1) from a 32-bit seed (mulberry32). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seeded Fisher–Yates shuffle of 0 … n-1. */
export function shuffledOrder(n: number, random: () => number): Int32Array {
  const order = new Int32Array(n);
  for (let i = 0; i < n; i += 1) order[i] = i;
  for (let i = n - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    const t = order[i] as number;
    order[i] = order[j] as number;
    order[j] = t;
  }
  return order;
}
