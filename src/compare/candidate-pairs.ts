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
 * B provision with the same number whatever its score (only features `isIndexed` accepts are looked up), and, for a provision without terms, the termless B
 * provisions with the same plain text (similarity 1). Cost ≈ Σ over A's terms of their (capped) posting
 * lists, so it grows linearly with document size for natural text. Sorted by i, then j.
 */
export function findCandidates(
  space: TermSpace,
  numsA: readonly string[],
  numsB: readonly string[],
  textsA: readonly string[],
  textsB: readonly string[],
  isIndexed: (id: number) => boolean = () => true,
): Candidate[] {
  // Postings of B's terms in one flat array (compressed rows): B provisions holding term t are
  // flat[offsets[t] .. offsets[t + 1]), in document order.
  const offsets = new Int32Array(space.documentFrequency.length + 1);
  for (const v of space.b) for (const id of v.ids) if (isIndexed(id)) offsets[id + 1]! += 1;
  for (let t = 0; t < space.documentFrequency.length; t++) offsets[t + 1]! += offsets[t]!;
  const flat = new Int32Array(offsets[offsets.length - 1]!);
  const cursor = offsets.slice(0, -1);
  space.b.forEach((v, j) => {
    for (const id of v.ids) if (isIndexed(id)) flat[cursor[id]!++] = j;
  });
  const cap = Math.max(minPostingCap, Math.ceil(Math.sqrt(space.b.length) * 4));
  const byNumB = new Map<string, number>();
  numsB.forEach((num, j) => byNumB.set(num, j));
  // Provisions without any term (empty, punctuation or stop words only: a bare "10." over its sub-points)
  // have no postings; they are matched by their plain text instead, with similarity 1 when it is equal.
  const termlessB = new Map<string, number[]>();
  space.b.forEach((v, j) => {
    if (v.ids.length > 0) return;
    const key = plainKey(textsB[j] ?? '');
    termlessB.set(key, [...(termlessB.get(key) ?? []), j]);
  });
  const out: Candidate[] = [];
  const partial = new Float64Array(space.b.length);
  space.a.forEach((va, i) => {
    const touched: number[] = [];
    for (let k = 0; k < va.ids.length; k++) {
      const from = offsets[va.ids[k]!]!;
      const to = offsets[va.ids[k]! + 1]!;
      if (to - from > cap) continue;
      const weight = va.weights[k]!;
      for (let p = from; p < to; p++) {
        const j = flat[p]!;
        if (partial[j] === 0) touched.push(j);
        partial[j]! += weight;
      }
    }
    const chosen = new Set(topK(touched, partial, TOP_K));
    for (const j of touched) partial[j] = 0;
    const same = byNumB.get(numsA[i]!);
    if (same !== undefined) chosen.add(same);
    const key = va.ids.length === 0 ? plainKey(textsA[i] ?? '') : undefined;
    for (const j of key === undefined ? [] : (termlessB.get(key) ?? [])) chosen.add(j);
    for (const j of [...chosen].sort((x, y) => x - y)) {
      const isSameTermless =
        key !== undefined && space.b[j]!.ids.length === 0 && plainKey(textsB[j] ?? '') === key;
      const similarity = isSameTermless ? 1 : cosine(va, space.b[j]!);
      out.push({ i, j, similarity, isSameLabel: numsB[j] === numsA[i] });
    }
  });
  return out;
}

/**
 * The k indices with the highest scores, best first; equal scores go to the lower index, so the choice never
 * depends on the order the postings were visited in. O(n·k) with k small, instead of sorting all n.
 */
function topK(indices: readonly number[], score: Float64Array, k: number): number[] {
  const best: number[] = [];
  let floor = -1; // score of the k-th best so far, once there are k
  for (const j of indices) {
    const value = score[j]!;
    if (value < floor) continue;
    let at = best.length;
    while (at > 0) {
      const other = best[at - 1]!;
      const otherValue = score[other]!;
      if (value > otherValue || (value === otherValue && j < other)) at--;
      else break;
    }
    if (at >= k) continue;
    best.splice(at, 0, j);
    if (best.length > k) best.pop();
    if (best.length === k) floor = score[best[k - 1]!]!;
  }
  return best;
}

/** Text reduced to lower-case words separated by single spaces, punctuation dropped. */
function plainKey(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, ' ')
    .trim();
}
