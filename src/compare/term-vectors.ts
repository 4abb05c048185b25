import type { Code } from '../model/index.js';
import { channels, wordFeatures, wordsOf, type Channel } from './provision-features.js';

/** What the term space reads of a provision: its text and its issue codes. */
export interface Speech {
  text: string;
  codes?: readonly Code[] | undefined;
}

/** A provision as a sparse, L2-normalised vector of BM25-weighted features: parallel arrays sorted by feature id. */
export interface TermVector {
  ids: Int32Array;
  weights: Float64Array;
  /** Length of the word part before it was scaled, so vectors can be added in proportion to their text. */
  norm: number;
}

/** Term vectors of two documents, weighted over the provisions of both (each provision is one BM25 document). */
export interface TermSpace {
  a: TermVector[];
  b: TermVector[];
  /** Number of provisions holding each feature id, over both documents. */
  documentFrequency: Int32Array;
  /** The feature of each id, with its kind: `words:cap`, `concepts:1x3`, `grams:sove`, `codes:military.cap`. */
  features: string[];
  /** Ids of kind `channels[c]` are offsets[c] ≤ id < offsets[c + 1]. */
  offsets: number[];
}

/** How much each kind of feature counts in the similarity of two provisions (relative; they need not sum to 1). */
export type ChannelWeights = Record<Channel, number>;

// BM25's usual constants: k1 saturates repeated terms, b normalises by provision length.
const K1 = 1.2;
const B = 0.75;

/**
 * Builds BM25-weighted vectors for the provisions of two documents. Within each kind of feature (words,
 * concepts, grams, codes) the weight of feature t in provision d is idf(t) · tf·(k1+1) / (tf + k1·(1 − b +
 * b·|d|/avg|d|)), idf(t) = ln(1 + (N − df + 0.5)/(df + 0.5)), N = provisions of both documents; each kind is
 * scaled to length √weight, and the whole vector to length 1, so a dot product is a cosine that mixes the kinds
 * in proportion to their weights (a kind one side lacks, such as concepts in a Russian text, drops out).
 * With `sharedOnly` (texts in two languages) only features found in both documents count.
 * Features common to most provisions weigh little; a figure such as `600,000` that one point states weighs a lot.
 */
export function buildTermSpace(
  a: readonly Speech[],
  b: readonly Speech[],
  weights: ChannelWeights,
  sharedOnly = false,
): TermSpace {
  const all = [...a, ...b];
  const count = all.length;
  // One dictionary per kind; ids are numbered per kind and offset afterwards, so that the kinds occupy
  // consecutive id ranges and a vector is its parts appended in kind order (no sort, no string keys).
  const dictionaries = channels.map(() => new Map<string, number>());
  const idOf = (c: number, feature: string): number => {
    const dictionary = dictionaries[c]!;
    let id = dictionary.get(feature);
    if (id === undefined) dictionary.set(feature, (id = dictionary.size));
    return id;
  };
  const wordLists = all.map((p) => wordsOf(p.text).map((term) => idOf(0, term)));
  // Concepts and grams belong to a word, so they are looked up once per distinct word.
  const words = [...dictionaries[0]!.keys()];
  const conceptsOfWord = words.map((w) => wordFeatures(w).concepts.map((f) => idOf(1, f)));
  const gramsOfWord = words.map((w) => wordFeatures(w).grams.map((f) => idOf(2, f)));
  // A provision's concepts (or grams) are those of its words, laid out in one typed array per provision.
  const expand = (table: readonly number[][]): Int32Array[] =>
    wordLists.map((ids) => {
      let length = 0;
      for (const w of ids) length += table[w]!.length;
      const out = new Int32Array(length);
      let k = 0;
      for (const w of ids) for (const f of table[w]!) out[k++] = f;
      return out;
    });
  const perChannel: (Int32Array | number[])[][] = [
    wordLists,
    expand(conceptsOfWord),
    expand(gramsOfWord),
    all.map((p) => [...new Set((p.codes ?? []).map((code) => code.issue))].map((issue) => idOf(3, issue))),
  ];
  const offsets = [0];
  for (const d of dictionaries) offsets.push(offsets[offsets.length - 1]! + d.size);
  const total = offsets[offsets.length - 1]!;
  perChannel.forEach((lists, c) => {
    if (offsets[c] !== 0)
      for (const ids of lists) for (let k = 0; k < ids.length; k++) ids[k]! += offsets[c]!;
  });
  const documentFrequency = new Int32Array(total);
  const lastSeen = new Int32Array(total).fill(-1);
  for (const lists of perChannel)
    lists.forEach((ids, d) => {
      for (const id of ids) {
        if (lastSeen[id] === d) continue;
        lastSeen[id] = d;
        documentFrequency[id]! += 1;
      }
    });
  if (sharedOnly) {
    // Across languages most words can never meet; left in, they would only dilute what both texts share.
    const side = new Uint8Array(total); // bit 1: in A, bit 2: in B
    for (const lists of perChannel)
      lists.forEach((ids, d) => {
        for (const id of ids) side[id]! |= d < a.length ? 1 : 2;
      });
    for (let c = 0; c < perChannel.length; c++)
      perChannel[c] = perChannel[c]!.map((ids) => ids.filter((id: number) => side[id] === 3));
  }
  const parts = perChannel.map((lists, c) => {
    const averageLength = Math.max(1, lists.reduce((s, ids) => s + ids.length, 0) / Math.max(1, count));
    const scale = Math.sqrt(weights[channels[c]!]);
    return lists.map((ids) =>
      scale === 0 ? EMPTY : weigh(ids, documentFrequency, count, averageLength, scale),
    );
  });
  const vectors = all.map((_, d) =>
    concatenate(
      parts.map((p) => p[d]!),
      parts[0]![d]!.norm,
    ),
  );
  const features = new Array<string>(total);
  dictionaries.forEach((dictionary, c) => {
    for (const [key, id] of dictionary) features[id + offsets[c]!] = `${channels[c]}:${key}`;
  });
  return {
    a: vectors.slice(0, a.length),
    b: vectors.slice(a.length),
    documentFrequency,
    features,
    offsets,
  };
}

const EMPTY: TermVector = { ids: new Int32Array(0), weights: new Float64Array(0), norm: 0 };

/** The parts one after another (each sorted, their id ranges increasing), scaled to length 1; `norm` is the word part's. */
function concatenate(parts: readonly TermVector[], norm: number): TermVector {
  const length = parts.reduce((s, p) => s + p.ids.length, 0);
  const ids = new Int32Array(length);
  const weights = new Float64Array(length);
  let k = 0;
  for (const p of parts) {
    ids.set(p.ids, k);
    weights.set(p.weights, k);
    k += p.ids.length;
  }
  let sum = 0;
  for (let x = 0; x < length; x++) sum += weights[x]! * weights[x]!;
  const total = Math.sqrt(sum);
  if (total > 0) for (let x = 0; x < length; x++) weights[x]! /= total;
  return { ids, weights, norm };
}

function weigh(
  ids: ArrayLike<number>,
  df: Int32Array,
  documents: number,
  averageLength: number,
  scale: number,
): TermVector {
  // Sorting the term ids puts repeats side by side, so term frequencies are run lengths (no map needed); the
  // distinct ids are gathered at the front of the sorted array itself.
  const sorted = Int32Array.from(ids).sort();
  const frequency = new Int32Array(sorted.length);
  let count = 0;
  for (let k = 0; k < sorted.length; k++) {
    if (k > 0 && sorted[k] === sorted[count - 1]) frequency[count - 1]! += 1;
    else {
      sorted[count] = sorted[k]!;
      frequency[count++] = 1;
    }
  }
  const weights = new Float64Array(count);
  const lengthFactor = K1 * (1 - B + (B * ids.length) / averageLength);
  let norm = 0;
  for (let k = 0; k < count; k++) {
    const f = frequency[k]!;
    const n = df[sorted[k]!]!;
    const idf = Math.log(1 + (documents - n + 0.5) / (n + 0.5));
    const w = (idf * f * (K1 + 1)) / (f + lengthFactor);
    weights[k] = w;
    norm += w * w;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (let k = 0; k < count; k++) weights[k] = (weights[k]! / norm) * scale;
  return { ids: sorted.slice(0, count), weights, norm };
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
  // Pairwise merges of sorted id arrays: linear in the vectors' lengths, no hashing.
  let ids = new Int32Array(0);
  let weights = new Float64Array(0);
  for (const v of vectors) {
    const mergedIds = new Int32Array(ids.length + v.ids.length);
    const mergedWeights = new Float64Array(mergedIds.length);
    let [x, y, k] = [0, 0, 0];
    while (x < ids.length || y < v.ids.length) {
      const [p, q] = [x < ids.length ? ids[x]! : Infinity, y < v.ids.length ? v.ids[y]! : Infinity];
      mergedIds[k] = Math.min(p, q);
      mergedWeights[k++] = (p <= q ? weights[x++]! : 0) + (q <= p ? v.weights[y++]! * v.norm : 0);
    }
    [ids, weights] = [mergedIds.slice(0, k), mergedWeights.slice(0, k)];
  }
  let norm = 0;
  for (let k = 0; k < weights.length; k++) norm += weights[k]! * weights[k]!;
  norm = Math.sqrt(norm);
  if (norm > 0) for (let k = 0; k < weights.length; k++) weights[k]! /= norm;
  return { ids, weights, norm };
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
  let total = 0;
  let covered = 0;
  let p = 0; // both id arrays are sorted: walk the part alongside the whole
  for (let k = 0; k < whole.ids.length; k++) {
    const id = whole.ids[k]!;
    if (known.has(id)) continue;
    total += whole.weights[k]!;
    while (p < part.ids.length && part.ids[p]! < id) p++;
    if (p < part.ids.length && part.ids[p] === id) covered += whole.weights[k]!;
  }
  return total === 0 ? 0 : covered / total;
}
