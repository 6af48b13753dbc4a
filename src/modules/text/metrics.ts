/** Classification figures (评估指标): accuracy, per-category precision/recall/F1, macro-F1, top-k accuracy, latency percentile. */

export interface CategoryFigures {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface EvaluationReport {
  accuracy: number;
  macro_f1: number;
  per_category: Record<string, CategoryFigures>;
  top3_accuracy: number;
  /** Wall-clock milliseconds per message, 99th percentile (each message: the fastest of a few runs). */
  ms_per_message_p99: number;
  ms_per_message_p50: number;
  /** The same over the first run of each message only (includes time descheduled on a busy machine). */
  ms_per_message_p99_first_run: number;
  messages: number;
}

export interface Outcome {
  /** The true category. */
  actual: string;
  /** Predicted categories, best first (at least three when there are three). */
  ranked: readonly string[];
  /** Time taken for this prediction, in milliseconds. */
  ms: number;
  /** Time of the first of several timed runs, when they were repeated. */
  firstMs?: number;
}

function round(value: number, digits = 4): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** The p-th percentile (0–100) by nearest rank. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] as number;
}

/**
 * The report over a set of outcomes. Categories are those seen as actual or predicted; a category
 * never predicted has precision 0, one with no support has recall 0. Macro-F1 averages over the
 * categories with support.
 */
export function summariseOutcomes(outcomes: readonly Outcome[]): EvaluationReport {
  const names = new Set<string>();
  for (const o of outcomes) {
    names.add(o.actual);
    if (o.ranked[0] !== undefined) names.add(o.ranked[0]);
  }
  const truePositive = new Map<string, number>();
  const predicted = new Map<string, number>();
  const support = new Map<string, number>();
  let correct = 0;
  let top3 = 0;
  for (const o of outcomes) {
    const first = o.ranked[0];
    support.set(o.actual, (support.get(o.actual) ?? 0) + 1);
    if (first !== undefined) predicted.set(first, (predicted.get(first) ?? 0) + 1);
    if (first === o.actual) {
      correct += 1;
      truePositive.set(o.actual, (truePositive.get(o.actual) ?? 0) + 1);
    }
    if (o.ranked.slice(0, 3).includes(o.actual)) top3 += 1;
  }
  const perCategory: Record<string, CategoryFigures> = {};
  let f1Sum = 0;
  let supported = 0;
  for (const name of [...names].sort()) {
    const tp = truePositive.get(name) ?? 0;
    const p = predicted.get(name) ?? 0;
    const s = support.get(name) ?? 0;
    const precision = p > 0 ? tp / p : 0;
    const recall = s > 0 ? tp / s : 0;
    const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
    perCategory[name] = { precision: round(precision), recall: round(recall), f1: round(f1), support: s };
    if (s > 0) {
      f1Sum += f1;
      supported += 1;
    }
  }
  const n = outcomes.length;
  return {
    accuracy: round(n > 0 ? correct / n : 0),
    macro_f1: round(supported > 0 ? f1Sum / supported : 0),
    per_category: perCategory,
    top3_accuracy: round(n > 0 ? top3 / n : 0),
    ms_per_message_p99: round(
      percentile(
        outcomes.map((o) => o.ms),
        99,
      ),
      3,
    ),
    ms_per_message_p50: round(
      percentile(
        outcomes.map((o) => o.ms),
        50,
      ),
      3,
    ),
    ms_per_message_p99_first_run: round(
      percentile(
        outcomes.map((o) => o.firstMs ?? o.ms),
        99,
      ),
      3,
    ),
    messages: n,
  };
}
