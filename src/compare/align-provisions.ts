import { languageOf, latinNumber } from '../text/index.js';
import { findCandidates, type Candidate } from './candidate-pairs.js';
import type { ComparableProvision, PairKind } from './comparison.js';
import { joinReportedChanges } from './issue-pairs.js';
import { heaviestChain } from './monotone-chain.js';
import {
  buildTermSpace,
  containment,
  cosine,
  newCoverage,
  sumVectors,
  type ChannelWeights,
  type TermSpace,
  type TermVector,
} from './term-vectors.js';

/**
 * A correspondence found by the alignment, by provision index: one A to one B (`pair` in order, `moved` out of
 * order), several A to one B (`merged`), one A to several B (`split`), or a provision of one side alone.
 * Indices within `as` and `bs` are in document order.
 */
export interface Link {
  as: number[];
  bs: number[];
  kind: Exclude<PairKind, 'same' | 'modified'> | 'pair';
  similarity: number;
  /** Set when the pair was made to agree with the issue summary rather than found by the words. */
  reason?: 'issue summary';
}

/**
 * The numbers the aligner was tuned with: how much each kind of feature counts, and the similarity below which
 * two provisions are not paired in order (`minPair`) or out of order (`minMove`). Chosen by
 * `npm run bench:compare-quality`, which also reports them held out pair by pair (docs/compare.md).
 */
export interface AlignTuning {
  weights: ChannelWeights;
  minPair: number;
  minMove: number;
}

export const defaultTuning: AlignTuning = {
  // Codes weigh nothing yet: no labelled pair is coded, so their weight could not be tuned (docs/compare.md).
  weights: { words: 1, concepts: 0.6, grams: 1, codes: 0 },
  minPair: 0.2,
  minMove: 0.3,
};

// Thresholds on the similarity, chosen on labelled pairs (docs/compare.md explains each).
const MIN_LABELLED = 0.1; // with the same number (and numbering kept) a weak overlap is enough
const LABEL_BONUS = 0.25; // weight added to a same-number pair when B keeps A's numbering
const MIN_SAME_GAP = 0.05; // same number, or the only two left, in a gap: some shared meaningful word is enough
const MIN_GAP_PAIR = 0.15; // several left in a gap: the best pairs in order, if they share a little more
const MAX_GAP_PAIRS = 10_000; // beyond this many pairs a gap is two unrelated stretches: leave it
const MIN_CONTAINED = 0.5; // share of a part's weight that must be found in the whole it merged into
const KEPT_SHARE = 0.75; // share of confident matches with equal numbers for B to count as keeping A's numbering
const MIN_NEW_COVERAGE = 0.15; // or the part must account for this share of what the whole says beyond the group
const MIN_PARTLY_CONTAINED = 0.2; // …while the whole still contains this share of the part

/**
 * Aligns the provisions of A and B: candidate pairs from an inverted index, the heaviest in-order chain
 * (labels count when B keeps A's numbering), merges and splits around each chained pair, moves among what
 * is left, then rewrites left in the gaps between matched provisions. Every provision of A and of B is in
 * exactly one link. Deterministic.
 * @example alignLinks([{ num: '1', text: 'a ceasefire' }], [{ num: '1', text: 'a ceasefire now' }]) // [{ as: [0], bs: [0], kind: 'pair', … }]
 */
export function alignLinks(
  textA: readonly ComparableProvision[],
  textB: readonly ComparableProvision[],
  tuning: AlignTuning = defaultTuning,
): Link[] {
  // Numbers compared as one alphabet: `4б` in a Russian text is `4b` in its English one.
  const [a, b] = [textA, textB].map((side) =>
    side.map((p) => ({ ...p, num: latinNumber(p.num), parent: p.parent && latinNumber(p.parent) })),
  ) as [ComparableProvision[], ComparableProvision[]];
  const translation = isTranslation(a, b);
  const space = buildTermSpace(a, b, tuning.weights, translation);
  // Candidates are looked up by words, and by concepts within one language or by grams across two (where the
  // grams of transliterated names are much of what the texts share); every kind counts in the exact score.
  const [words, concepts, grams] = [0, 1, 2].map((c) => [space.offsets[c]!, space.offsets[c + 1]!] as const);
  const within = (id: number, [from, to]: readonly [number, number]) => id >= from && id < to;
  const isIndexed = (id: number) => within(id, words!) || within(id, translation ? grams! : concepts!);
  const candidates = findCandidates(
    space,
    a.map((p) => p.num),
    b.map((p) => p.num),
    a.map((p) => p.text),
    b.map((p) => p.text),
    isIndexed,
  );
  // Across languages few words can be shared, so the numbering itself is evidence when both texts number
  // their points alike.
  const isNumberingKept = keepsNumbering(candidates, a.length) || (translation && numberAlike(a, b));
  const usable = candidates.filter(
    (c) =>
      c.similarity >= tuning.minPair || (isNumberingKept && c.isSameLabel && c.similarity >= MIN_LABELLED),
  );
  const weighted = usable.map((c) => ({
    ...c,
    weight: c.similarity + (isNumberingKept && c.isSameLabel ? LABEL_BONUS : 0),
  }));
  const chain = heaviestChain(weighted, b.length).map((k) => weighted[k]!);

  const matchA = new Int32Array(a.length).fill(-1);
  const matchB = new Int32Array(b.length).fill(-1);
  const links: Link[] = [];
  for (const c of chain) {
    const link: Link = { as: [c.i], bs: [c.j], kind: 'pair', similarity: c.similarity };
    links.push(link);
    matchA[c.i] = links.length - 1;
    matchB[c.j] = links.length - 1;
  }
  const context = { a, b, space, matchA, matchB, links, isNumberingKept, translation };
  for (let k = 0; k < chain.length; k++) growGroup(context, k);
  for (const c of [...usable].sort((x, y) => y.similarity - x.similarity || x.i - y.i || x.j - y.j)) {
    if (c.similarity < tuning.minMove || matchA[c.i] !== -1 || matchB[c.j] !== -1) continue;
    links.push({ as: [c.i], bs: [c.j], kind: 'moved', similarity: c.similarity });
    matchA[c.i] = matchB[c.j] = links.length - 1;
  }
  pairWithinGaps(context);
  matchA.forEach((m, i) => m === -1 && links.push({ as: [i], bs: [], kind: 'deleted', similarity: 0 }));
  matchB.forEach((m, j) => m === -1 && links.push({ as: [], bs: [j], kind: 'added', similarity: 0 }));
  return joinReportedChanges(links, a, b, (i, j) => cosine(space.a[i]!, space.b[j]!));
}

/** The two documents are in different languages (by their letters; see `languageOf`). */
export function isTranslation(a: readonly ComparableProvision[], b: readonly ComparableProvision[]): boolean {
  const sample = (ps: readonly ComparableProvision[]) =>
    ps
      .map((p) => p.text)
      .join(' ')
      .slice(0, 50_000);
  return languageOf(sample(a)) !== languageOf(sample(b));
}

/** Three in four numbers of each text are numbers of the other. */
function numberAlike(a: readonly ComparableProvision[], b: readonly ComparableProvision[]): boolean {
  const [x, y] = [new Set(a.map((p) => p.num)), new Set(b.map((p) => p.num))];
  const common = [...x].filter((n) => y.has(n)).length;
  return common > 0 && common >= KEPT_SHARE * x.size && common >= KEPT_SHARE * y.size;
}

/**
 * B keeps A's numbering when three in four confident matches (cosine ≥ 0.5, best per A provision) join equal numbers.
 * Only then does an equal number count as evidence: in a renumbered text point 7 may well be A's point 8.
 */
function keepsNumbering(candidates: readonly Candidate[], n: number): boolean {
  const best = new Array<Candidate | undefined>(n);
  for (const c of candidates)
    if (c.similarity >= 0.5 && (!best[c.i] || c.similarity > best[c.i]!.similarity)) best[c.i] = c;
  const confident = best.filter((c): c is Candidate => c !== undefined);
  return (
    confident.length > 0 && confident.filter((c) => c.isSameLabel).length >= KEPT_SHARE * confident.length
  );
}

/**
 * Pairs what is left between two matched neighbours. A gap holds the unmatched A provisions between two
 * matched ones and the unmatched B provisions between their counterparts. In a gap, provisions with the same
 * number are one point rewritten when B keeps A's numbering (E3's point 7 keeps only "NATO accession" of the
 * US text); and when exactly one provision of each side is left, it is one point rewritten whatever its
 * number. Either way they must share some meaningful word (cosine ≥ 0.05). Otherwise the best pairs of the
 * gap that keep document order and have cosine ≥ 0.15 are rewrites. Moved provisions are not neighbours.
 */
function pairWithinGaps(ctx: Context): void {
  const { a, b, matchA, matchB, links } = ctx;
  const isAnchor = (i: number) => matchA[i] !== -1 && links[matchA[i]!]!.kind !== 'moved';
  const boundsOf = (i: number) => links[matchA[i]!]!.bs;
  // B bounds of each A provision's gap: after the last B of the matched provisions before it, before the
  // first B of the matched provisions after it.
  const low = new Int32Array(a.length);
  const high = new Int32Array(a.length);
  for (let i = 0, last = -1; i < a.length; i++) {
    low[i] = last;
    if (isAnchor(i)) last = Math.max(last, ...boundsOf(i));
  }
  for (let i = a.length - 1, first = b.length; i >= 0; i--) {
    high[i] = first;
    if (isAnchor(i)) first = Math.min(first, ...boundsOf(i));
  }
  const unmatchedB = [...matchB.keys()].filter((j) => matchB[j] === -1);
  let i = 0;
  while (i < a.length) {
    if (matchA[i] !== -1) {
      i++;
      continue;
    }
    const gapA: number[] = [];
    for (
      ;
      i < a.length && matchA[i] === -1 && low[i] === low[gapA[0] ?? i] && high[i] === high[gapA[0] ?? i];
      i++
    )
      gapA.push(i);
    const [lo, hi] = [low[gapA[0]!]!, high[gapA[0]!]!];
    const gapB = unmatchedB.filter((j) => j > lo && j < hi && matchB[j] === -1);
    const pair = (x: number, y: number, min: number): void => {
      const similarity = cosine(ctx.space.a[x]!, ctx.space.b[y]!);
      if (similarity < min) return;
      links.push({ as: [x], bs: [y], kind: 'pair', similarity });
      matchA[x] = matchB[y] = links.length - 1;
    };
    if (ctx.isNumberingKept) {
      for (const x of gapA) {
        const y = gapB.find((j) => matchB[j] === -1 && b[j]!.num === a[x]!.num);
        if (y !== undefined) pair(x, y, ctx.translation ? 0 : MIN_SAME_GAP);
      }
    }
    const leftA = gapA.filter((x) => matchA[x] === -1);
    const leftB = gapB.filter((y) => matchB[y] === -1);
    if (leftA.length === 1 && leftB.length === 1) pair(leftA[0]!, leftB[0]!, MIN_SAME_GAP);
    else if (leftA.length * leftB.length <= MAX_GAP_PAIRS) pairInOrder(ctx, leftA, leftB, pair);
  }
}

/** The best-scoring pairs of a gap (cosine ≥ 0.15), best first, each kept only if it keeps document order. */
function pairInOrder(
  ctx: Context,
  xs: number[],
  ys: number[],
  pair: (x: number, y: number, min: number) => void,
): void {
  const scored = xs.flatMap((x) =>
    ys.map((y) => ({ x, y, similarity: cosine(ctx.space.a[x]!, ctx.space.b[y]!) })),
  );
  const accepted: { x: number; y: number }[] = [];
  for (const c of scored.sort((p, q) => q.similarity - p.similarity || p.x - q.x || p.y - q.y)) {
    if (c.similarity < MIN_GAP_PAIR) break;
    if (accepted.some((d) => d.x === c.x || d.y === c.y || d.x < c.x !== d.y < c.y)) continue;
    accepted.push(c);
    pair(c.x, c.y, MIN_GAP_PAIR);
  }
}

interface Context {
  a: readonly ComparableProvision[];
  b: readonly ComparableProvision[];
  space: TermSpace;
  matchA: Int32Array;
  matchB: Int32Array;
  links: Link[];
  isNumberingKept: boolean;
  translation: boolean;
}

/**
 * Grows link k into a merge (unmatched A neighbours folded into its B provision) or, failing that, a split
 * (unmatched B neighbours that came out of its A provision). Neighbours are the unmatched provisions next to
 * the link in document order, nearest first. A part joins when it keeps the number of the whole (numbering
 * kept, and the part is the parent, a sub-point or a sibling of the anchor: 20 + 20a → 20), when the whole contains most of it and the group explains the whole better with it than without, or
 * when it accounts for a good share of what the whole says beyond the group (the new text came from it).
 */
function growGroup(ctx: Context, k: number): void {
  const link = ctx.links[k]!;
  const [i, j] = [link.as[0]!, link.bs[0]!];
  const keepsNumber = (
    side: readonly ComparableProvision[],
    x: number,
    anchor: number,
    num: string,
  ): boolean => ctx.isNumberingKept && side[x]!.num === num && isFamily(side[x]!, side[anchor]!);
  const merged = grow(ctx.space.a, ctx.matchA, i, ctx.space.b[j]!, (x) =>
    keepsNumber(ctx.a, x, i, ctx.b[j]!.num),
  );
  if (merged.members.length > 1) {
    Object.assign(link, { as: merged.members, kind: 'merged', similarity: merged.similarity });
    for (const x of merged.members) ctx.matchA[x] = k;
    return;
  }
  const split = grow(ctx.space.b, ctx.matchB, j, ctx.space.a[i]!, (y) =>
    keepsNumber(ctx.b, y, j, ctx.a[i]!.num),
  );
  if (split.members.length > 1) {
    Object.assign(link, { bs: split.members, kind: 'split', similarity: split.similarity });
    for (const y of split.members) ctx.matchB[y] = k;
  }
}

/** Parent and sub-point, or two sub-points of one parent. */
function isFamily(x: ComparableProvision, y: ComparableProvision): boolean {
  return x.parent === y.num || y.parent === x.num || (x.parent !== undefined && x.parent === y.parent);
}

function grow(
  vectors: readonly TermVector[],
  match: Int32Array,
  anchor: number,
  whole: TermVector,
  keepsNumber: (x: number) => boolean,
): { members: number[]; similarity: number } {
  const members = [anchor];
  const known = new Set(vectors[anchor]!.ids);
  let similarity = cosine(vectors[anchor]!, whole);
  const neighbours: number[] = [];
  for (let x = anchor + 1; x < vectors.length && match[x] === -1; x++) neighbours.push(x);
  for (let x = anchor - 1; x >= 0 && match[x] === -1; x--) neighbours.push(x);
  for (const x of neighbours) {
    const trial = sumVectors([...members, x].map((m) => vectors[m]!));
    const trialSimilarity = cosine(trial, whole);
    const contained = containment(vectors[x]!, whole);
    const isFolded = contained >= MIN_CONTAINED && trialSimilarity > similarity;
    const isSourceOfNewText =
      contained >= MIN_PARTLY_CONTAINED && newCoverage(vectors[x]!, whole, known) >= MIN_NEW_COVERAGE;
    if (keepsNumber(x) || isFolded || isSourceOfNewText) {
      members.push(x);
      for (const id of vectors[x]!.ids) known.add(id);
      similarity = Math.max(similarity, trialSimilarity);
    }
  }
  members.sort((x, y) => x - y);
  if (members.length > 1) similarity = cosine(sumVectors(members.map((m) => vectors[m]!)), whole);
  return { members, similarity };
}
