import { findCandidates, type Candidate } from './candidate-pairs.js';
import type { ComparableProvision, PairKind } from './comparison.js';
import { heaviestChain } from './monotone-chain.js';
import {
  buildTermSpace,
  containment,
  cosine,
  newCoverage,
  sumVectors,
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
}

// Thresholds on the BM25 cosine, chosen on labelled pairs (docs/compare.md explains each).
const MIN_PAIR = 0.3; // below this two provisions are unrelated unless their numbers agree
const MIN_LABELLED = 0.1; // with the same number (and numbering kept) a weak overlap is enough
const LABEL_BONUS = 0.25; // weight added to a same-number pair when B keeps A's numbering
const MIN_SAME_GAP = 0.05; // same number in the same gap: some shared meaningful word is enough
const MIN_MOVE = 0.45; // an out-of-order pair must be clearly the same provision
const MIN_CONTAINED = 0.5; // share of a part's weight that must be found in the whole it merged into
const KEPT_SHARE = 0.75; // share of confident matches with equal numbers for B to count as keeping A's numbering
const MIN_GAIN = 0.02; // the group must explain the whole better with the part than without it
const MIN_NEW_COVERAGE = 0.15; // or the part must account for this share of what the whole says beyond the group
const MIN_PARTLY_CONTAINED = 0.2; // …while the whole still contains this share of the part

/**
 * Aligns the provisions of A and B: candidate pairs from an inverted index, the heaviest in-order chain
 * (labels count when B keeps A's numbering), merges and splits around each chained pair, same-numbered
 * provisions left in the same gap (numbering kept), then moves among what is left. Every provision of A and of B is in exactly one link. Deterministic.
 * @example alignLinks([{ num: '1', text: 'a ceasefire' }], [{ num: '1', text: 'a ceasefire now' }]) // [{ as: [0], bs: [0], kind: 'pair', … }]
 */
export function alignLinks(a: readonly ComparableProvision[], b: readonly ComparableProvision[]): Link[] {
  const space = buildTermSpace(
    a.map((p) => p.text),
    b.map((p) => p.text),
  );
  const candidates = findCandidates(
    space,
    a.map((p) => p.num),
    b.map((p) => p.num),
  );
  const isNumberingKept = keepsNumbering(candidates, a.length);
  const usable = candidates.filter(
    (c) => c.similarity >= MIN_PAIR || (isNumberingKept && c.isSameLabel && c.similarity >= MIN_LABELLED),
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
  const context = { a, b, space, matchA, matchB, links, isNumberingKept };
  for (let k = 0; k < chain.length; k++) growGroup(context, k);
  if (isNumberingKept) pairSameNumberInSameGap(context);
  for (const c of [...usable].sort((x, y) => y.similarity - x.similarity || x.i - y.i || x.j - y.j)) {
    if (c.similarity < MIN_MOVE || matchA[c.i] !== -1 || matchB[c.j] !== -1) continue;
    links.push({ as: [c.i], bs: [c.j], kind: 'moved', similarity: c.similarity });
    matchA[c.i] = matchB[c.j] = links.length - 1;
  }
  matchA.forEach((m, i) => m === -1 && links.push({ as: [i], bs: [], kind: 'deleted', similarity: 0 }));
  matchB.forEach((m, j) => m === -1 && links.push({ as: [], bs: [j], kind: 'added', similarity: 0 }));
  return links;
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
 * When B keeps A's numbering, an unmatched provision of A and one of B with the same number, in the same gap
 * between matched provisions, are one point rewritten (E3's point 7 keeps only "NATO accession" of the US
 * text) as long as they share some meaningful word.
 */
function pairSameNumberInSameGap(ctx: Context): void {
  const unmatchedB = new Map<string, number>();
  ctx.matchB.forEach((m, j) => m === -1 && unmatchedB.set(ctx.b[j]!.num, j));
  // B index of the nearest matched provision before each A provision (-1 when none), from the chain order.
  let before = -1;
  const gapStart = new Int32Array(ctx.a.length);
  for (let i = 0; i < ctx.a.length; i++) {
    gapStart[i] = before;
    if (ctx.matchA[i] !== -1) before = Math.max(before, ...ctx.links[ctx.matchA[i]!]!.bs);
  }
  let after = ctx.b.length;
  for (let i = ctx.a.length - 1; i >= 0; i--) {
    const j = unmatchedB.get(ctx.a[i]!.num);
    const similarity = j === undefined ? 0 : cosine(ctx.space.a[i]!, ctx.space.b[j]!);
    const isInGap = j !== undefined && ctx.matchB[j] === -1 && gapStart[i]! < j && j < after;
    if (ctx.matchA[i] === -1 && isInGap && similarity >= MIN_SAME_GAP) {
      ctx.links.push({ as: [i], bs: [j], kind: 'pair', similarity });
      ctx.matchA[i] = ctx.matchB[j] = ctx.links.length - 1;
    }
    if (ctx.matchA[i] !== -1) after = Math.min(after, ...ctx.links[ctx.matchA[i]!]!.bs);
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
    const isFolded = contained >= MIN_CONTAINED && trialSimilarity >= similarity + MIN_GAIN;
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
