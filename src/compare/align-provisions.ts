import { languageOf, latinNumber } from '../text/index.js';
import { findCandidates, type Candidate } from './candidate-pairs.js';
import type { ComparableProvision, PairKind } from './comparison.js';
import { joinReportedChanges } from './issue-pairs.js';
import { chooseBlocks, type Block } from './block-chain.js';
import { growGroups } from './group-blocks.js';
import { attachStrays } from './attach-strays.js';
import { pairLoneGaps } from './pair-lone-gaps.js';
import { buildTermSpace, cosine, type ChannelWeights, type TermSpace } from './term-vectors.js';

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
 * The numbers the aligner was tuned with: how much each kind of feature counts; what leaving a provision
 * without counterpart is worth against pairing it (`noCounterpart`: a pair scores 2·(similarity − noCounterpart),
 * a group of k provisions k·(similarity − noCounterpart)); what two touching blocks earn (`adjacency`, the gap
 * cost); and the similarity below which two provisions out of order are not paired (`minMove`). Chosen by
 * `npm run bench:compare-quality`, which also reports them held out pair by pair (docs/compare.md).
 */
export interface AlignTuning {
  weights: ChannelWeights;
  noCounterpart: number;
  /**
   * In a pair of texts where even the best matches are weak (a heavy paraphrase), "no counterpart" is worth
   * at most this share of the median best similarity of their provisions, so that the weak pairs such texts
   * are made of can still be taken.
   */
  relativeCost: number;
  adjacency: number;
  minMove: number;
  /**
   * Share of a sub-point's (parent's, sibling's) weight a point must contain for it to join a candidate fold of
   * its list into that point (see `growGroups`); other neighbours need more (docs/compare.md).
   */
  familyContained: number;
  /**
   * Two provisions left alone that are each other's best candidate are paired out of order (moved) from this
   * similarity on, below `minMove`: in a heavy rewrite a moved point keeps few words, but no other point keeps more.
   */
  mutualMove: number;
  /** Share of a stray provision's weight a matched point must contain for it to join that point's link (`attachStrays`; above 1: off). */
  strayContained: number;
  /**
   * The one provision of each text left alone between two in-order links is paired from this similarity on
   * (`pairLoneGaps`; above 1: off; across languages, when on, whatever their similarity).
   */
  loneGap: number;
}

export const defaultTuning: AlignTuning = {
  // Codes count when both texts are coded (see alignLinks), as much as the words.
  weights: { words: 1, concepts: 0.3, grams: 1, codes: 0.6 },
  familyContained: 0.15,
  noCounterpart: 0.15,
  relativeCost: 0.4,
  adjacency: 0.1,
  minMove: 0.3,
  mutualMove: 0.1,
  strayContained: 2,
  loneGap: 0.02,
};

// Fixed by reasoning rather than tuned (docs/compare.md explains each).
const MIN_SIMILARITY = 0.05; // two provisions that share less than this have nothing meaningful in common
const LABEL_BONUS = 0.25; // a block joining equal numbers when B keeps A's numbering
const KEPT_SHARE = 0.75; // share of confident matches with equal numbers for B to count as keeping A's numbering

/**
 * Aligns the provisions of A and B by choosing, over the whole document, the set of in-order blocks — pairs,
 * merges (several A folded into one B) and splits (one A into several B) — with the highest total score
 * (`chooseBlocks`): a block scores its provisions' similarity above what "no counterpart" is worth, plus a bonus
 * for equal numbers when B keeps A's numbering, plus the adjacency bonus for touching its neighbours. Candidate
 * pairs come from an inverted index (and the diagonal neighbours of each), candidate groups from growing each
 * provision's best pair. Then, among what is left, pairs out of order are moves, best first. Every provision of
 * A and of B is in exactly one link. Deterministic.
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
  // Issue codes count only when both texts are coded: on one side alone they would only dilute its vectors.
  const isCoded = (side: readonly ComparableProvision[]) => side.some((p) => (p.codes?.length ?? 0) > 0);
  const weights = isCoded(a) && isCoded(b) ? tuning.weights : { ...tuning.weights, codes: 0 };
  const space = buildTermSpace(a, b, weights, translation);
  // Candidates are looked up by words, and by concepts within one language or by grams across two (where the
  // grams of transliterated names are much of what the texts share); every kind counts in the exact score.
  // Two provisions coding one issue are candidates whatever their words.
  const [words, concepts, grams, codes] = [0, 1, 2, 3].map(
    (c) => [space.offsets[c]!, space.offsets[c + 1]!] as const,
  );
  const within = (id: number, [from, to]: readonly [number, number]) => id >= from && id < to;
  const isIndexed = (id: number) =>
    within(id, words!) || within(id, codes!) || within(id, translation ? grams! : concepts!);
  const found = findCandidates(
    space,
    a.map((p) => p.num),
    b.map((p) => p.num),
    a.map((p) => p.text),
    b.map((p) => p.text),
    isIndexed,
  );
  // Across languages few words can be shared, so the numbering itself is evidence when both texts number
  // their points alike.
  const isNumberingKept = keepsNumbering(found, a.length) || (translation && numberAlike(a, b));
  const candidates = withDiagonals(found, space, a, b);
  const cost = Math.min(
    tuning.noCounterpart,
    tuning.relativeCost * medianBest(candidates, a.length, b.length),
  );
  const sides = { a, b, space, isNumberingKept, translation };
  const { blocks, links: blockLinks } = candidateBlocks(candidates, sides, {
    ...tuning,
    noCounterpart: cost,
  });
  const chosen = chooseWithMoves(blocks, blockLinks, candidates, a.length, b.length, tuning);

  const matchA = new Uint8Array(a.length);
  const matchB = new Uint8Array(b.length);
  const links: Link[] = [];
  const take = (link: Link): void => {
    links.push(link);
    for (const i of link.as) matchA[i] = 1;
    for (const j of link.bs) matchB[j] = 1;
  };
  chosen.forEach(take);
  // Moves: pairs out of document order among what the in-order alignment left (or reserved), best first; a
  // weaker pair only when each is the other's best candidate.
  const mutual = mutualBest(candidates);
  for (const c of [...candidates].sort((x, y) => y.similarity - x.similarity || x.i - y.i || x.j - y.j)) {
    if (c.similarity < Math.min(tuning.minMove, tuning.mutualMove)) break;
    if (matchA[c.i] || matchB[c.j]) continue;
    if (c.similarity < tuning.minMove && !mutual.has(c)) continue;
    take({ as: [c.i], bs: [c.j], kind: 'moved', similarity: c.similarity });
  }
  matchA.forEach((m, i) => m || links.push({ as: [i], bs: [], kind: 'deleted', similarity: 0 }));
  matchB.forEach((m, j) => m || links.push({ as: [], bs: [j], kind: 'added', similarity: 0 }));
  const similarity = (i: number, j: number) => cosine(space.a[i]!, space.b[j]!);
  // Across languages sharing nothing is no evidence against a pair (most words cannot be shared at all);
  // within one language it is.
  const loneFloor = translation && tuning.loneGap <= 1 ? 0 : tuning.loneGap;
  const paired = pairLoneGaps(links, a.length, b.length, similarity, loneFloor);
  const folded = attachStrays(paired, candidates, space, tuning.strayContained);
  return joinReportedChanges(folded, a, b, similarity);
}

/**
 * The in-order blocks, chosen so that a strong move is not lost to a weak in-order pair: when the best pair
 * of two provisions (each the other's best candidate, similarity ≥ `minMove`) is not chosen because a pair
 * in order holding one of them is, and that pair is weaker, both provisions are reserved for the move and the
 * choice is made again without them (at most three rounds; a renumbered text's point 6 that became point 3
 * is moved rather than point 3 paired with a stranger).
 */
function chooseWithMoves(
  blocks: readonly Block[],
  links: readonly Link[],
  candidates: readonly Candidate[],
  n: number,
  m: number,
  tuning: AlignTuning,
): Link[] {
  const bestOfA = new Array<Candidate | undefined>(n);
  const bestOfB = new Array<Candidate | undefined>(m);
  for (const c of candidates) {
    if (!bestOfA[c.i] || c.similarity > bestOfA[c.i]!.similarity) bestOfA[c.i] = c;
    if (!bestOfB[c.j] || c.similarity > bestOfB[c.j]!.similarity) bestOfB[c.j] = c;
  }
  const mutual = bestOfA.filter(
    (c): c is Candidate => c !== undefined && bestOfB[c.j] === c && c.similarity >= tuning.minMove,
  );
  const reservedA = new Uint8Array(n);
  const reservedB = new Uint8Array(m);
  let usable = blocks.map((_, k) => k);
  for (let round = 0; ; round++) {
    const chosen = chooseBlocks(
      usable.map((k) => blocks[k]!),
      n,
      m,
      tuning.adjacency,
    ).map((k) => links[usable[k]!]!);
    if (round === 3) return chosen;
    const holderA = new Array<Link | undefined>(n);
    const holderB = new Array<Link | undefined>(m);
    for (const link of chosen) {
      for (const i of link.as) holderA[i] = link;
      for (const j of link.bs) holderB[j] = link;
    }
    const lost = mutual.filter((c) => {
      const [x, y] = [holderA[c.i], holderB[c.j]];
      if (x !== undefined && x === y) return false;
      return (
        (x ?? y) !== undefined && (x?.similarity ?? 0) < c.similarity && (y?.similarity ?? 0) < c.similarity
      );
    });
    if (lost.length === 0) return chosen;
    for (const c of lost) reservedA[c.i] = reservedB[c.j] = 1;
    usable = usable.filter((k) => {
      const link = links[k]!;
      return !link.as.some((i) => reservedA[i]) && !link.bs.some((j) => reservedB[j]);
    });
  }
}

/** The candidates that are the best of both their provisions (ties: the first in candidate order). */
function mutualBest(candidates: readonly Candidate[]): Set<Candidate> {
  const bestOfA = new Map<number, Candidate>();
  const bestOfB = new Map<number, Candidate>();
  for (const c of candidates) {
    if (!bestOfA.has(c.i) || bestOfA.get(c.i)!.similarity < c.similarity) bestOfA.set(c.i, c);
    if (!bestOfB.has(c.j) || bestOfB.get(c.j)!.similarity < c.similarity) bestOfB.set(c.j, c);
  }
  return new Set([...bestOfA.values()].filter((c) => bestOfB.get(c.j) === c));
}

/** The median, over the provisions of both texts, of each one's best candidate similarity (0 without any). */
function medianBest(candidates: readonly Candidate[], n: number, m: number): number {
  const best = new Float64Array(n + m);
  for (const c of candidates) {
    best[c.i] = Math.max(best[c.i]!, c.similarity);
    best[n + c.j] = Math.max(best[n + c.j]!, c.similarity);
  }
  best.sort();
  return best.length === 0 ? 0 : best[Math.floor((best.length - 1) / 2)]!;
}

interface Sides {
  a: readonly ComparableProvision[];
  b: readonly ComparableProvision[];
  space: TermSpace;
  isNumberingKept: boolean;
  translation: boolean;
}

/**
 * The blocks the alignment chooses from, each with the link it stands for: every candidate pair similar enough
 * (or, with numbering kept, any same-number pair), and the merges and splits grown around each provision's
 * best pair (its best candidate from A's side and from B's side, and its same-number pair when numbering is kept).
 */
function candidateBlocks(
  candidates: readonly Candidate[],
  sides: Sides,
  tuning: AlignTuning,
): { blocks: Block[]; links: Link[] } {
  const { a, b, space, isNumberingKept, translation } = sides;
  const blocks: Block[] = [];
  const links: Link[] = [];
  const worth = (similarity: number, size: number, isSameLabel: boolean) =>
    size * (similarity - tuning.noCounterpart) + (isNumberingKept && isSameLabel ? LABEL_BONUS : 0);
  const bestOfA = new Array<Candidate | undefined>(a.length);
  const bestOfB = new Array<Candidate | undefined>(b.length);
  for (const c of candidates) {
    // Across languages the words that could show two points are one may all be missing: equal numbers suffice.
    const floor = translation && isNumberingKept && c.isSameLabel ? 0 : MIN_SIMILARITY;
    if (c.similarity < floor) continue;
    blocks.push({
      a0: c.i,
      a1: c.i,
      b0: c.j,
      b1: c.j,
      score: worth(c.similarity, 2, c.isSameLabel),
    });
    links.push({ as: [c.i], bs: [c.j], kind: 'pair', similarity: c.similarity });
    if (!bestOfA[c.i] || c.similarity > bestOfA[c.i]!.similarity) bestOfA[c.i] = c;
    if (!bestOfB[c.j] || c.similarity > bestOfB[c.j]!.similarity) bestOfB[c.j] = c;
  }
  const seeds = new Set<Candidate>();
  for (const c of [...bestOfA, ...bestOfB]) if (c) seeds.add(c);
  if (isNumberingKept) for (const c of candidates) if (c.isSameLabel) seeds.add(c);
  const { familyContained } = tuning;
  const sideA = { provisions: a, vectors: space.a, isNumberingKept, familyContained };
  const sideB = { provisions: b, vectors: space.b, isNumberingKept, familyContained };
  const seen = new Set<string>();
  for (const c of [...seeds].sort((x, y) => x.i - y.i || x.j - y.j)) {
    for (const g of growGroups(sideA, c.i, space.b[c.j]!, b[c.j]!)) {
      const key = `m${g.parts.join(',')}>${c.j}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const [a0, a1] = [g.parts[0]!, g.parts[g.parts.length - 1]!];
      blocks.push({
        a0,
        a1,
        b0: c.j,
        b1: c.j,
        score: worth(g.similarity, g.parts.length + 1, g.isSameLabel),
      });
      links.push({ as: g.parts, bs: [c.j], kind: 'merged', similarity: g.similarity });
    }
    for (const g of growGroups(sideB, c.j, space.a[c.i]!, a[c.i]!)) {
      const key = `s${c.i}>${g.parts.join(',')}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const [b0, b1] = [g.parts[0]!, g.parts[g.parts.length - 1]!];
      blocks.push({
        a0: c.i,
        a1: c.i,
        b0,
        b1,
        score: worth(g.similarity, g.parts.length + 1, g.isSameLabel),
      });
      links.push({ as: [c.i], bs: g.parts, kind: 'split', similarity: g.similarity });
    }
  }
  return { blocks, links };
}

/**
 * The candidates plus the diagonal neighbours (i ± 1, j ± 1) of each A provision's best one, scored exactly: a point rewritten
 * beyond recognition between two that were not is found by its place, which the index cannot see.
 */
function withDiagonals(
  found: readonly Candidate[],
  space: TermSpace,
  a: readonly ComparableProvision[],
  b: readonly ComparableProvision[],
): Candidate[] {
  const known = new Set(found.map((c) => c.i * b.length + c.j));
  const out = [...found];
  // Only around each provision's best pair: that is where a neighbour is likely to be its neighbour's
  // counterpart, and it keeps the extra cosines to two per provision.
  const best = new Map<number, Candidate>();
  for (const c of found) if (!best.has(c.i) || c.similarity > best.get(c.i)!.similarity) best.set(c.i, c);
  for (const c of [...best.values()].sort((x, y) => x.i - y.i)) {
    for (const step of [1, -1]) {
      const [i, j] = [c.i + step, c.j + step];
      if (i < 0 || j < 0 || i >= a.length || j >= b.length || known.has(i * b.length + j)) continue;
      known.add(i * b.length + j);
      out.push({ i, j, similarity: cosine(space.a[i]!, space.b[j]!), isSameLabel: a[i]!.num === b[j]!.num });
    }
  }
  return out;
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
