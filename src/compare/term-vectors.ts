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
  const codeLists = all.map((p) =>
    [...new Set((p.codes ?? []).map((code) => code.issue))].map((issue) => idOf(3, issue)),
  );
  const offsets = [0];
  for (const d of dictionaries) offsets.push(offsets[offsets.length - 1]! + d.size);
  const total = offsets[offsets.length - 1]!;
  // Each provision as one bag of features per kind: its distinct ids and how often each occurs. A provision's
  // concepts (or grams) are those of its words, so they are counted from its distinct words, each weighing as
  // often as the word occurs: no list of every occurrence, no sort of one.
  const counter = new BagCounter(total);
  const wordBags = wordLists.map((ids) => {
    for (const w of ids) counter.add(w, 1);
    return counter.take();
  });
  const derived = (table: readonly number[][], offset: number): Bag[] =>
    wordBags.map((bag) => {
      for (let k = 0; k < bag.ids.length; k++)
        for (const f of table[bag.ids[k]!]!) counter.add(f + offset, bag.counts[k]!);
      return counter.take();
    });
  const perChannel: Bag[][] = [
    wordBags,
    derived(conceptsOfWord, offsets[1]!),
    derived(gramsOfWord, offsets[2]!),
    codeLists.map((ids) => {
      for (const id of ids) counter.add(id + offsets[3]!, 1);
      return counter.take();
    }),
  ];
  const documentFrequency = new Int32Array(total);
  for (const bags of perChannel)
    for (const bag of bags) for (const id of bag.ids) documentFrequency[id]! += 1;
  if (sharedOnly) {
    // Across languages most words can never meet; left in, they would only dilute what both texts share.
    const side = new Uint8Array(total); // bit 1: in A, bit 2: in B
    for (const bags of perChannel)
      bags.forEach((bag, d) => {
        for (const id of bag.ids) side[id]! |= d < a.length ? 1 : 2;
      });
    for (let c = 0; c < perChannel.length; c++)
      perChannel[c] = perChannel[c]!.map((bag) => keepOnly(bag, (id) => side[id] === 3));
  }
  const kinds = perChannel.map((bags, c) => ({
    averageLength: Math.max(1, bags.reduce((s, bag) => s + bag.length, 0) / Math.max(1, count)),
    scale: Math.sqrt(weights[channels[c]!]),
  }));
  const vectors = all.map((_, d) =>
    vectorOf(
      perChannel.map((bags) => bags[d]!),
      kinds,
      documentFrequency,
      count,
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

/**
 * One provision's vector: the BM25 weights of each kind of feature, scaled to length √weight, one kind after the
 * other (each sorted, their id ranges increasing), then the whole scaled to length 1; `norm` is the length of
 * the word part before it was scaled, or of the whole before the last scaling when the word part is empty.
 * Written straight into one pair of arrays, kind by kind.
 */
function vectorOf(
  bags: readonly Bag[],
  kinds: readonly { averageLength: number; scale: number }[],
  df: Int32Array,
  documents: number,
): TermVector {
  let length = 0;
  for (let c = 0; c < bags.length; c++) if (kinds[c]!.scale !== 0) length += bags[c]!.ids.length;
  const ids = new Int32Array(length);
  const weights = new Float64Array(length);
  let norm = 0;
  let at = 0;
  for (let c = 0; c < bags.length; c++) {
    const { averageLength, scale } = kinds[c]!;
    if (scale === 0) continue; // a kind that does not count has no part in the vector
    const bag = bags[c]!;
    ids.set(bag.ids, at);
    const partNorm = weigh(bag, df, documents, averageLength, scale, weights, at);
    if (c === 0) norm = partNorm;
    at += bag.ids.length;
  }
  let sum = 0;
  for (let x = 0; x < length; x++) sum += weights[x]! * weights[x]!;
  const total = Math.sqrt(sum);
  if (total > 0) for (let x = 0; x < length; x++) weights[x]! /= total;
  // Across languages a provision may share grams and no word at all: its size is then what it does share,
  // not 0 (which would drop it from every group sum).
  return { ids, weights, norm: norm > 0 ? norm : total };
}

/** The features of one kind in one provision: distinct ids, ascending, with how often each occurs. */
interface Bag {
  ids: Int32Array;
  counts: Int32Array;
  /** Occurrences in all (the provision's length in features of this kind). */
  length: number;
}

/** Counts feature ids into a bag with one dense array for every id, reset after each bag (cheaper than a map). */
class BagCounter {
  private readonly counts: Int32Array;
  private readonly touched: number[] = [];
  private length = 0;

  constructor(size: number) {
    this.counts = new Int32Array(size);
  }

  add(id: number, times: number): void {
    if (this.counts[id] === 0) this.touched.push(id);
    this.counts[id]! += times;
    this.length += times;
  }

  /** The bag counted since the last one, and a fresh start. */
  take(): Bag {
    const ids = Int32Array.from(this.touched).sort();
    const counts = new Int32Array(ids.length);
    for (let k = 0; k < ids.length; k++) {
      counts[k] = this.counts[ids[k]!]!;
      this.counts[ids[k]!] = 0;
    }
    const bag = { ids, counts, length: this.length };
    this.touched.length = 0;
    this.length = 0;
    return bag;
  }
}

/** The bag with only the ids `keep` accepts; its length counts only their occurrences. */
function keepOnly(bag: Bag, keep: (id: number) => boolean): Bag {
  const kept: number[] = [];
  for (let k = 0; k < bag.ids.length; k++) if (keep(bag.ids[k]!)) kept.push(k);
  const ids = Int32Array.from(kept, (k) => bag.ids[k]!);
  const counts = Int32Array.from(kept, (k) => bag.counts[k]!);
  return { ids, counts, length: counts.reduce((s, n) => s + n, 0) };
}

/**
 * Writes the BM25 weights of one bag, scaled to length `scale`, into `weights` from `at` on, and returns their
 * length before scaling.
 */
function weigh(
  bag: Bag,
  df: Int32Array,
  documents: number,
  averageLength: number,
  scale: number,
  weights: Float64Array,
  at: number,
): number {
  const { ids, counts } = bag;
  const lengthFactor = K1 * (1 - B + (B * bag.length) / averageLength);
  let norm = 0;
  for (let k = 0; k < ids.length; k++) {
    const f = counts[k]!;
    const n = df[ids[k]!]!;
    const idf = Math.log(1 + (documents - n + 0.5) / (n + 0.5));
    const w = (idf * f * (K1 + 1)) / (f + lengthFactor);
    weights[at + k] = w;
    norm += w * w;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (let k = 0; k < ids.length; k++) weights[at + k] = (weights[at + k]! / norm) * scale;
  return norm;
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
    // Plain variables rather than destructured pairs: until the loop is optimised, each pair is an array made.
    let x = 0;
    let y = 0;
    let k = 0;
    while (x < ids.length || y < v.ids.length) {
      const p = x < ids.length ? ids[x]! : Infinity;
      const q = y < v.ids.length ? v.ids[y]! : Infinity;
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
 * How much of what `whole` says beyond its known terms `part` accounts for: Σ w(whole, t) over terms of the
 * whole that are in the part but not known / Σ w(whole, t) over terms of the whole not known, in 0..1.
 * `known[k]` is 1 when the whole's k-th term is known (see `markShared`). 0 when the known terms already explain
 * the whole.
 * @example a point that gained "line of contact" from a deleted sub-point: the sub-point covers that gain
 */
export function newCoverage(part: TermVector, whole: TermVector, known: Uint8Array): number {
  let total = 0;
  let covered = 0;
  let p = 0; // both id arrays are sorted: walk the part alongside the whole
  for (let k = 0; k < whole.ids.length; k++) {
    if (known[k] === 1) continue;
    const id = whole.ids[k]!;
    total += whole.weights[k]!;
    while (p < part.ids.length && part.ids[p]! < id) p++;
    if (p < part.ids.length && part.ids[p] === id) covered += whole.weights[k]!;
  }
  return total === 0 ? 0 : covered / total;
}

/**
 * Marks in `marks` (one entry per term of `whole`, by position) the terms of the whole that `part` also has: the
 * terms a group's members make known, gathered by walking two sorted id arrays rather than hashing every id.
 */
export function markShared(part: TermVector, whole: TermVector, marks: Uint8Array): void {
  let p = 0;
  for (let k = 0; k < whole.ids.length; k++) {
    const id = whole.ids[k]!;
    while (p < part.ids.length && part.ids[p]! < id) p++;
    if (p === part.ids.length) return;
    if (part.ids[p] === id) marks[k] = 1;
  }
}
