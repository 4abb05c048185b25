import { cosine, type TermSpace } from './term-vectors.js';

/** A possible correspondence between provision `i` of A and `j` of B, with its cosine similarity. */
export interface Candidate {
  i: number;
  j: number;
  similarity: number;
  /** Both provisions carry the same number. */
  isSameLabel: boolean;
}

// How many of B's best-scoring provisions each A provision keeps as candidates.
const TOP_K = 8;
// Terms held by more provisions than this are skipped when looking for candidates (they weigh little under
// BM25 anyway); this keeps the search close to linear in document size instead of all-pairs.
const minPostingCap = 64;

/**
 * Candidate pairs from an inverted index over B's terms: for each provision of A, the B provisions that share
 * its rarer terms, scored by partial dot product, the best `TOP_K` kept and scored exactly (cosine), plus the
 * B provision with the same number whatever its score. Cost ≈ Σ over A's terms of their (capped) posting
 * lists, so it grows linearly with document size for natural text. Sorted by i, then j.
 */
export function findCandidates(
  space: TermSpace,
  numsA: readonly string[],
  numsB: readonly string[],
): Candidate[] {
  const postings = new Map<number, number[]>();
  space.b.forEach((v, j) => {
    for (const id of v.ids) {
      let list = postings.get(id);
      if (!list) postings.set(id, (list = []));
      list.push(j);
    }
  });
  const cap = Math.max(minPostingCap, Math.ceil(Math.sqrt(space.b.length) * 4));
  const byNumB = new Map<string, number>();
  numsB.forEach((num, j) => byNumB.set(num, j));
  const out: Candidate[] = [];
  const partial = new Float64Array(space.b.length);
  space.a.forEach((va, i) => {
    const touched: number[] = [];
    va.ids.forEach((id, k) => {
      const list = postings.get(id);
      if (!list || list.length > cap) return;
      for (const j of list) {
        if (partial[j] === 0) touched.push(j);
        partial[j]! += va.weights[k]!;
      }
    });
    // Best first; equal partial scores go to the earlier provision so the choice never depends on Map order.
    touched.sort((x, y) => partial[y]! - partial[x]! || x - y);
    const chosen = new Set(touched.slice(0, TOP_K));
    for (const j of touched) partial[j] = 0;
    const same = byNumB.get(numsA[i]!);
    if (same !== undefined) chosen.add(same);
    for (const j of [...chosen].sort((x, y) => x - y)) {
      out.push({ i, j, similarity: cosine(va, space.b[j]!), isSameLabel: numsB[j] === numsA[i] });
    }
  });
  return out;
}
