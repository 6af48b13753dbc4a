/**
 * The category classifier (诉求分类建议): TF-IDF over jieba words and character bigrams of the
 * normalised message (its opening counted twice), a one-vs-rest linear SVM mixed half and half with
 * an NBSVM (the same SVM on features scaled by naive-Bayes log-count ratios), and softmax
 * confidences whose sharpness is fitted on a held-out share of the training messages. Chosen by
 * 5-fold cross-validation over the alternatives kept here (logistic regression, complement naive
 * Bayes, plain SVM, other n-grams and limits). Everything is seeded: the same messages and options
 * give the same model.
 */

import { extractFeatures, type FeatureOptions, defaultFeatureOptions } from './features.ts';
import {
  calibrateSharpness,
  logCountRatios,
  trainComplementNaiveBayes,
  trainLinearSvm,
  trainLogisticRegression,
  type TrainingSet,
} from './learners.ts';
import { type LinearModel, scoreVector, seededRandom, shuffledOrder, softmax } from './linear-model.ts';
import type { LabelledText } from './training-data.ts';
import { fitVocabulary, vectorise, type Vocabulary } from './vectoriser.ts';

export interface TrainOptions {
  features: FeatureOptions;
  /** The learner: the linear SVM (optionally with NBSVM), or the alternatives it was chosen against. */
  learner: 'svm' | 'logistic' | 'complement-nb';
  /** A feature must occur in at least this many messages. */
  minDf: number;
  /** At most this many features (by document frequency); 0 for no limit. */
  maxFeatures: number;
  /** SVM inverse regularisation strength. */
  c: number;
  /** Most passes of dual coordinate descent. */
  epochs: number;
  /** Dual coordinate descent stops when its projected gradient spans less than this. */
  tolerance: number;
  /** Class weights (n / (k × n_class)) raised to this power: 0 none, 1 fully balanced. */
  classBalance: number;
  /** NBSVM: scale features per class by naive-Bayes log-count ratios with this smoothing (0 for a plain SVM). */
  nbAlpha: number;
  /** With nbAlpha: the NBSVM's share when its weights are mixed with a plain SVM's (1: NBSVM alone). */
  nbMix: number;
  /** For learner 'logistic': L2 strength per message, passes, initial rate. */
  logistic: { lambda: number; epochs: number; learningRate: number };
  /** For learner 'complement-nb': additive smoothing. */
  complementNb: { alpha: number };
  /** Share of messages held out to fit the confidence sharpness (0 skips it: sharpness 1). */
  calibrationShare: number;
  seed: number;
}

export const defaultTrainOptions: TrainOptions = {
  features: defaultFeatureOptions,
  learner: 'svm',
  minDf: 2,
  maxFeatures: 0,
  c: 3,
  epochs: 60,
  tolerance: 0.05,
  classBalance: 0.5,
  nbAlpha: 0.1,
  nbMix: 0.5,
  logistic: { lambda: 1e-5, epochs: 10, learningRate: 0.5 },
  complementNb: { alpha: 0.3 },
  calibrationShare: 0.2,
  seed: 20260,
};

export interface CategoryClassifier {
  categories: string[];
  features: FeatureOptions;
  vocabulary: Vocabulary;
  linear: LinearModel;
  /** Multiplies scores before the softmax. */
  sharpness: number;
}

export interface Suggestion {
  category: string;
  confidence: number;
}

/** Examples with their feature tokens already extracted (so cross-validation extracts once). */
export interface TokenisedExample {
  category: string;
  tokens: string[];
  weight?: number;
}

export function tokeniseExamples(examples: readonly LabelledText[], features: FeatureOptions): TokenisedExample[] {
  return examples.map((e) => ({ category: e.category, tokens: extractFeatures(e.text, features), weight: e.weight }));
}

function classWeights(labels: Int32Array, classes: number, power: number): Float64Array {
  const counts = new Float64Array(classes);
  for (const y of labels) counts[y] = (counts[y] as number) + 1;
  return Float64Array.from(counts, (count) => (count > 0 ? (labels.length / (classes * count)) ** power : 0));
}

function fitLinear(
  examples: readonly TokenisedExample[],
  categories: string[],
  options: TrainOptions,
): { vocabulary: Vocabulary; linear: LinearModel } {
  const vocabulary = fitVocabulary(
    examples.map((e) => e.tokens),
    { minDf: options.minDf, maxFeatures: options.maxFeatures },
  );
  const labels = Int32Array.from(examples, (e) => categories.indexOf(e.category));
  const perClass = classWeights(labels, categories.length, options.classBalance);
  const set: TrainingSet = {
    vectors: examples.map((e) => vectorise(e.tokens, vocabulary)),
    labels,
    classes: categories.length,
    features: vocabulary.idf.length,
    weights: Float64Array.from(examples, (e, i) => (e.weight ?? 1) * (perClass[labels[i] as number] as number)),
  };
  if (options.learner === 'logistic')
    return { vocabulary, linear: trainLogisticRegression(set, { ...options.logistic, seed: options.seed }) };
  if (options.learner === 'complement-nb')
    return { vocabulary, linear: trainComplementNaiveBayes(set, options.complementNb) };
  const svmOptions = {
    c: options.c,
    epochs: options.epochs,
    tolerance: options.tolerance,
    biasFeature: 1,
    seed: options.seed,
  };
  if (options.nbAlpha <= 0) return { vocabulary, linear: trainLinearSvm(set, svmOptions) };
  const linear = trainLinearSvm(set, svmOptions, logCountRatios(set, options.nbAlpha));
  if (options.nbMix < 1) mixInto(linear, trainLinearSvm(set, svmOptions), 1 - options.nbMix);
  return { vocabulary, linear };
}

/** target ← (1 − share) × target + share × other, weights and biases alike. */
function mixInto(target: LinearModel, other: LinearModel, share: number): void {
  for (let j = 0; j < target.weights.length; j += 1)
    target.weights[j] = (1 - share) * (target.weights[j] as number) + share * (other.weights[j] as number);
  for (let c = 0; c < target.bias.length; c += 1)
    target.bias[c] = (1 - share) * (target.bias[c] as number) + share * (other.bias[c] as number);
}

/** A stratified split: for each category, every k-th message (in a seeded order) is held out. */
export function stratifiedFolds(categories: readonly string[], folds: number, seed: number): Int32Array {
  const foldOf = new Int32Array(categories.length);
  const random = seededRandom(seed);
  const byCategory = new Map<string, number[]>();
  categories.forEach((category, i) => {
    const list = byCategory.get(category) ?? [];
    list.push(i);
    byCategory.set(category, list);
  });
  for (const name of [...byCategory.keys()].sort()) {
    const members = byCategory.get(name) as number[];
    shuffledOrder(members.length, random).forEach((j, rank) => {
      foldOf[members[j] as number] = rank % folds;
    });
  }
  return foldOf;
}

/** Trains on tokenised examples. */
export function trainFromTokens(
  examples: readonly TokenisedExample[],
  options: TrainOptions = defaultTrainOptions,
): CategoryClassifier {
  if (examples.length === 0) throw new Error('no training messages');
  const categories = [...new Set(examples.map((e) => e.category))].sort();
  if (categories.length < 2) throw new Error('training needs messages of at least two categories');
  let sharpness = 1;
  if (options.calibrationShare > 0) {
    const folds = Math.max(2, Math.round(1 / options.calibrationShare));
    const foldOf = stratifiedFolds(
      examples.map((e) => e.category),
      folds,
      options.seed,
    );
    const fit = examples.filter((_, i) => foldOf[i] !== 0);
    const held = examples.filter((_, i) => foldOf[i] === 0);
    if (held.length > 0 && fit.length > 0) {
      const { vocabulary, linear } = fitLinear(fit, categories, options);
      const scores = held.map((e) => scoreVector(linear, vectorise(e.tokens, vocabulary)));
      sharpness = calibrateSharpness(
        scores,
        Int32Array.from(held, (e) => categories.indexOf(e.category)),
      );
    }
  }
  const { vocabulary, linear } = fitLinear(examples, categories, options);
  return { categories, features: options.features, vocabulary, linear, sharpness };
}

/** Trains a classifier from labelled messages. */
export function trainCategoryClassifier(
  examples: readonly LabelledText[],
  options: TrainOptions = defaultTrainOptions,
): CategoryClassifier {
  return trainFromTokens(tokeniseExamples(examples, options.features), options);
}

/** Confidences for every category from feature tokens, best first. */
export function rankTokens(classifier: CategoryClassifier, tokens: readonly string[]): Suggestion[] {
  const scores = scoreVector(classifier.linear, vectorise(tokens, classifier.vocabulary));
  const probabilities = softmax(scores, classifier.sharpness);
  return classifier.categories
    .map((category, c) => ({ category, confidence: probabilities[c] as number }))
    .sort((a, b) => b.confidence - a.confidence || (a.category < b.category ? -1 : 1));
}

/** The k most likely categories of a message with their confidences (0–1, rounded to 3 places), best first. */
export function rankCategories(classifier: CategoryClassifier, text: string, k = 3): Suggestion[] {
  return rankTokens(classifier, extractFeatures(text, classifier.features))
    .slice(0, Math.max(0, k))
    .map((s) => ({ category: s.category, confidence: Math.round(s.confidence * 1000) / 1000 }));
}
