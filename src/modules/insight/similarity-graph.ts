/**
 * Which items are about the same matter: pairs of items whose IDF-weighted cosine similarity of
 * term sets reaches a threshold, found through an inverted index instead of comparing all pairs
 * (the all-pairs method of Bayardo, Ma and Srikant, 2007). Items are visited in order; each looks up
 * the earlier items that share its terms. An earlier item is listed under only the rarer part of
 * its terms: its most common terms, whose weight together is below the threshold's share of its
 * norm, are left out of the index, since two texts sharing only those cannot be similar enough.
 * That keeps the long lists of common terms short. A candidate whose partial score plus what its
 * unlisted terms could add still reaches the threshold is then scored exactly.
 * An item with a place meets only earlier items of the same place (at `placeThreshold`, lower: at
 * one village a different matter rarely shares the telling words) and those of unknown place; one
 * of unknown place meets all, at `threshold`. A word found in one text only cannot be shared; it
 * counts a quarter in the norm, so a wordy message is not pushed far from its matter by its details,
 * yet a short one about something else is not drawn in by the filler it shares (方便, 老人). Terms found in more than `maxDfShare` of the texts are stop terms.
 */

export interface GraphInput {
  /** Per item, its distinct term ids. */
  terms: readonly Int32Array[];
  /** Per item, its place key or null. */
  places: readonly (string | null)[];
  /** Per term id, in how many items it occurs. */
  df: Int32Array;
  /** Per term id, its weight. */
  idf: Float64Array;
  threshold: number;
  /** The threshold for two items at the same known place (at most `threshold`). */
  placeThreshold?: number | undefined;
  maxDfShare?: number | undefined;
  /** Neighbours kept per item, the closest first. */
  maxNeighbours?: number;
}

/** How much a word found in one text only counts in the norm (see above). */
const UNIQUE_SHARE = 0.25;

export interface Edge {
  j: number;
  sim: number;
}

/** The weighted overlap of two sorted term lists, stop terms left out. */
function overlap(a: Int32Array, b: Int32Array, weight2: Float64Array): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] ?? 0;
    const y = b[j] ?? 0;
    if (x === y) {
      sum += weight2[x] ?? 0;
      i += 1;
      j += 1;
    } else if (x < y) i += 1;
    else j += 1;
  }
  return sum;
}

/** Adds a term's weight to each item listed under it, noting items met for the first time; returns how many are noted. */
function accumulate(
  list: number[] | undefined,
  w2: number,
  acc: Float64Array,
  touched: Int32Array,
  count: number,
): number {
  if (!list) return count;
  let noted = count;
  for (let k = 0; k < list.length; k += 1) {
    const j = list[k] as number;
    if (acc[j] === 0) touched[noted++] = j;
    acc[j] = (acc[j] as number) + w2;
  }
  return noted;
}

export function similarityGraph(input: GraphInput): Edge[][] {
  const { terms, places, df, idf, threshold } = input;
  const placeThreshold = Math.min(threshold, input.placeThreshold ?? threshold);
  const n = terms.length;
  const termCount = df.length;
  const maxDf = Math.max(30, Math.ceil(n * (input.maxDfShare ?? 0.25)));
  // Squared weights; 0 for stop terms, which then count nowhere.
  const weight2 = new Float64Array(termCount);
  for (let t = 0; t < termCount; t += 1) weight2[t] = (df[t] ?? 0) > maxDf ? 0 : (idf[t] ?? 0) ** 2;

  const norms = new Float64Array(n);
  terms.forEach((list, i) => {
    let sum = 0;
    for (const t of list) sum += (weight2[t] ?? 0) * ((df[t] ?? 0) >= 2 ? 1 : UNIQUE_SHARE);
    norms[i] = Math.sqrt(sum);
  });

  // Per item, the terms it is listed under (the rarer part) and the squared weight of those left out.
  const listedTerms: Int32Array[] = [];
  const leftOutWeight = new Float64Array(n);
  terms.forEach((list, i) => {
    const usable = [...list].filter((t) => (weight2[t] ?? 0) > 0 && (df[t] ?? 0) >= 2);
    usable.sort((a, b) => (df[b] ?? 0) - (df[a] ?? 0) || a - b);
    // A placed item may meet others of its place at the lower threshold: leave out less.
    const budget = ((places[i] === null ? threshold : placeThreshold) * (norms[i] ?? 0)) ** 2;
    let leftOut = 0;
    let k = 0;
    while (k < usable.length && leftOut + (weight2[usable[k] ?? 0] ?? 0) < budget) {
      leftOut += weight2[usable[k] ?? 0] ?? 0;
      k += 1;
    }
    listedTerms.push(Int32Array.from(usable.slice(k)));
    leftOutWeight[i] = leftOut;
  });

  const blocks = new Map<string, number>();
  const blockOf = places.map((p) => {
    if (p === null) return -1;
    let b = blocks.get(p);
    if (b === undefined) {
      b = blocks.size;
      blocks.set(p, b);
    }
    return b;
  });
  const everyone: (number[] | undefined)[] = new Array(termCount);
  const placeless: (number[] | undefined)[] = new Array(termCount);
  const placed = new Map<number, number[]>();

  const edges: Edge[][] = Array.from({ length: n }, () => []);
  const acc = new Float64Array(n);
  const touched = new Int32Array(n);
  for (let i = 0; i < n; i += 1) {
    const block = blockOf[i] ?? -1;
    const own = terms[i] ?? new Int32Array(0);
    const normI = norms[i] ?? 0;
    let touchedCount = 0;
    if (normI > 0) {
      for (const t of own) {
        const w2 = weight2[t] ?? 0;
        if (w2 === 0) continue;
        if (block === -1) touchedCount = accumulate(everyone[t], w2, acc, touched, touchedCount);
        else {
          touchedCount = accumulate(placed.get(block * termCount + t), w2, acc, touched, touchedCount);
          touchedCount = accumulate(placeless[t], w2, acc, touched, touchedCount);
        }
      }
    }
    for (let k = 0; k < touchedCount; k += 1) {
      const j = touched[k] ?? 0;
      const normJ = norms[j] ?? 0;
      const listed = acc[j] ?? 0;
      acc[j] = 0;
      const needed = block !== -1 && blockOf[j] === block ? placeThreshold : threshold;
      // What j's unlisted terms could add: no more than their weight, nor than i's weight not yet counted.
      const bound = (listed + Math.min(leftOutWeight[j] ?? 0, normI * normI - listed)) / (normI * normJ);
      if (bound < needed) continue;
      const sim = overlap(own, terms[j] ?? new Int32Array(0), weight2) / (normI * normJ);
      if (sim >= needed) {
        edges[i]?.push({ j, sim });
        edges[j]?.push({ j: i, sim });
      }
    }
    for (const t of listedTerms[i] ?? []) {
      (everyone[t] ??= []).push(i);
      if (block === -1) (placeless[t] ??= []).push(i);
      else {
        const key = block * termCount + t;
        const list = placed.get(key);
        if (list) list.push(i);
        else placed.set(key, [i]);
      }
    }
  }
  const cap = input.maxNeighbours ?? 200;
  for (const list of edges) {
    list.sort((a, b) => b.sim - a.sim || a.j - b.j);
    if (list.length > cap) list.length = cap;
  }
  return edges;
}
