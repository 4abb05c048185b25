import { termsOf } from '../text/index.js';

/** A provision as a sparse, L2-normalised vector of BM25-weighted terms: parallel arrays sorted by term id. */
export interface TermVector {
  ids: Int32Array;
  weights: Float64Array;
  /** Length of the vector before it was scaled to 1, so vectors can be added in proportion to their text. */
  norm: number;
}

/** Term vectors of two documents, weighted over the provisions of both (each provision is one BM25 document). */
export interface TermSpace {
  a: TermVector[];
  b: TermVector[];
  /** Number of provisions holding each term id, over both documents. */
  documentFrequency: Int32Array;
}

// BM25's usual constants: k1 saturates repeated terms, b normalises by provision length.
const K1 = 1.2;
const B = 0.75;

/**
 * Builds BM25-weighted term vectors for the provisions of two documents. The weight of term t in provision d
 * is idf(t) · tf·(k1+1) / (tf + k1·(1 − b + b·|d|/avg|d|)), idf(t) = ln(1 + (N − df + 0.5)/(df + 0.5)),
 * N = provisions of both documents; the vector is then scaled to length 1 so a dot product is a cosine.
 * Words common to most provisions weigh little; a figure such as `600,000` that one point states weighs a lot.
 * @example buildTermSpace(['army capped at 600,000'], ['army capped at 800,000']).a[0].ids.length // 3 (armi, cap, 600000)
 */
export function buildTermSpace(textsA: readonly string[], textsB: readonly string[]): TermSpace {
  const dictionary = new Map<string, number>();
  const termLists = [...textsA, ...textsB].map((text) =>
    termsOf(text).map((term) => {
      let id = dictionary.get(term);
      if (id === undefined) dictionary.set(term, (id = dictionary.size));
      return id;
    }),
  );
  const documentFrequency = new Int32Array(dictionary.size);
  let totalLength = 0;
  for (const ids of termLists) {
    totalLength += ids.length;
    for (const id of new Set(ids)) documentFrequency[id]! += 1;
  }
  const count = termLists.length;
  const averageLength = count === 0 ? 1 : Math.max(1, totalLength / count);
  const vectors = termLists.map((ids) => weigh(ids, documentFrequency, count, averageLength));
  return { a: vectors.slice(0, textsA.length), b: vectors.slice(textsA.length), documentFrequency };
}

function weigh(ids: number[], df: Int32Array, count: number, averageLength: number): TermVector {
  // Sorting the term ids puts repeats side by side, so term frequencies are run lengths (no map needed).
  const sorted = Int32Array.from(ids).sort();
  const distinct: number[] = [];
  const frequency: number[] = [];
  for (let k = 0; k < sorted.length; k++) {
    if (k > 0 && sorted[k] === sorted[k - 1]) frequency[frequency.length - 1]! += 1;
    else {
      distinct.push(sorted[k]!);
      frequency.push(1);
    }
  }
  const weights = new Float64Array(distinct.length);
  const lengthFactor = K1 * (1 - B + (B * ids.length) / averageLength);
  let norm = 0;
  distinct.forEach((id, k) => {
    const f = frequency[k]!;
    const idf = Math.log(1 + (count - df[id]! + 0.5) / (df[id]! + 0.5));
    const w = (idf * f * (K1 + 1)) / (f + lengthFactor);
    weights[k] = w;
    norm += w * w;
  });
  norm = Math.sqrt(norm);
  if (norm > 0) for (let k = 0; k < weights.length; k++) weights[k]! /= norm;
  return { ids: Int32Array.from(distinct), weights, norm };
}

/** Cosine of two term vectors, in 0..1 (0 when either is empty). */
export function cosine(x: TermVector, y: TermVector): number {
  let i = 0;
  let j = 0;
  let dot = 0;
  while (i < x.ids.length && j < y.ids.length) {
    const a = x.ids[i]!;
    const b = y.ids[j]!;
    if (a === b) dot += x.weights[i++]! * y.weights[j++]!;
    else if (a < b) i++;
    else j++;
  }
  return Math.min(1, dot);
}

/** Adds vectors in proportion to their text and scales the sum to 1: the provisions read as one text, near enough. */
export function sumVectors(vectors: readonly TermVector[]): TermVector {
  const sum = new Map<number, number>();
  for (const v of vectors) v.ids.forEach((id, k) => sum.set(id, (sum.get(id) ?? 0) + v.weights[k]! * v.norm));
  const sorted = [...sum.keys()].sort((x, y) => x - y);
  const weights = Float64Array.from(sorted, (id) => sum.get(id)!);
  const norm = Math.sqrt(weights.reduce((s, w) => s + w * w, 0));
  if (norm > 0) for (let k = 0; k < weights.length; k++) weights[k]! /= norm;
  return { ids: Int32Array.from(sorted), weights, norm };
}

/**
 * How much of `part`'s weight is found in `whole`: Σ w(part, t) over shared terms / Σ w(part, t), in 0..1.
 * 1 when every term of the part occurs in the whole (a sub-point folded verbatim into one paragraph).
 */
export function containment(part: TermVector, whole: TermVector): number {
  let total = 0;
  let found = 0;
  let j = 0;
  for (let i = 0; i < part.ids.length; i++) {
    const id = part.ids[i]!;
    total += part.weights[i]!;
    while (j < whole.ids.length && whole.ids[j]! < id) j++;
    if (j < whole.ids.length && whole.ids[j] === id) found += part.weights[i]!;
  }
  return total === 0 ? 0 : found / total;
}

/**
 * How much of what `whole` says beyond `known` terms `part` accounts for: Σ w(whole, t) over terms of the
 * whole that are in the part but not known / Σ w(whole, t) over terms of the whole not known, in 0..1.
 * 0 when the known terms already explain the whole.
 * @example a point that gained "line of contact" from a deleted sub-point: the sub-point covers that gain
 */
export function newCoverage(part: TermVector, whole: TermVector, known: ReadonlySet<number>): number {
  const inPart = new Set(part.ids);
  let total = 0;
  let covered = 0;
  whole.ids.forEach((id, k) => {
    if (known.has(id)) return;
    total += whole.weights[k]!;
    if (inPart.has(id)) covered += whole.weights[k]!;
  });
  return total === 0 ? 0 : covered / total;
}
