/**
 * TF-IDF vectors (词频-逆文档频率) over feature tokens: sublinear term frequency (1 + ln tf), smoothed
 * inverse document frequency, unit length. Vectors are sparse: sorted feature indices and values.
 */

export interface SparseVector {
  indices: Int32Array;
  values: Float32Array;
}

export interface Vocabulary {
  /** Feature token → index. */
  index: Map<string, number>;
  /** Inverse document frequency per index. */
  idf: Float32Array;
  /** Document frequency per index, and the number of documents counted (idf is derived from them). */
  documentFrequencies: Int32Array;
  documents: number;
}

export interface VocabularyOptions {
  /** A token must occur in at least this many documents. */
  minDf: number;
  /** Keep at most this many tokens (the most frequent by document frequency); 0 for no limit. */
  maxFeatures: number;
}

/** Learns the vocabulary and idf from tokenised documents. Ties are broken by token, so the result is deterministic. */
export function fitVocabulary(documents: readonly string[][], options: VocabularyOptions): Vocabulary {
  const df = new Map<string, number>();
  for (const tokens of documents) {
    for (const token of new Set(tokens)) df.set(token, (df.get(token) ?? 0) + 1);
  }
  let kept = [...df.entries()].filter(([, count]) => count >= options.minDf);
  kept.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  if (options.maxFeatures > 0) kept = kept.slice(0, options.maxFeatures);
  const n = documents.length;
  const index = new Map<string, number>();
  const idf = new Float32Array(kept.length);
  const documentFrequencies = new Int32Array(kept.length);
  kept.forEach(([token, count], i) => {
    index.set(token, i);
    documentFrequencies[i] = count;
    idf[i] = Math.log((1 + n) / (1 + count)) + 1;
  });
  return { index, idf, documentFrequencies, documents: n };
}

/** The TF-IDF vector of one tokenised document, L2-normalised (all zero when no token is known). */
export function vectorise(tokens: readonly string[], vocabulary: Vocabulary): SparseVector {
  // Known token indices, sorted, then counted run by run (cheaper than a Map of counts).
  const found = new Int32Array(tokens.length);
  let m = 0;
  for (const token of tokens) {
    const i = vocabulary.index.get(token);
    if (i !== undefined) found[m++] = i;
  }
  const sorted = found.subarray(0, m).sort();
  let distinct = 0;
  for (let k = 0; k < m; k += 1) if (k === 0 || sorted[k] !== sorted[k - 1]) distinct += 1;
  const indices = new Int32Array(distinct);
  const values = new Float32Array(distinct);
  let norm = 0;
  let out = -1;
  let run = 0;
  for (let k = 0; k <= m; k += 1) {
    if (k < m && k > 0 && sorted[k] === sorted[k - 1]) {
      run += 1;
      continue;
    }
    if (out >= 0) {
      const value = (1 + Math.log(run)) * (vocabulary.idf[indices[out] as number] as number);
      values[out] = value;
      norm += value * value;
    }
    if (k < m) {
      out += 1;
      indices[out] = sorted[k] as number;
      run = 1;
    }
  }
  if (norm > 0) {
    const scale = 1 / Math.sqrt(norm);
    for (let k = 0; k < values.length; k += 1) values[k] = (values[k] as number) * scale;
  }
  return { indices, values };
}
