/**
 * The heaviest chain of pairs strictly increasing in both `i` and `j` (a weighted longest increasing
 * subsequence; Needleman–Wunsch with zero gap cost, over sparse candidates). O(c log m) for c candidates
 * with j < m, via a Fenwick tree of prefix maxima. Returns indices into `pairs` in chain order.
 * Ties keep the chain found first in (i, then descending j) order, so the result is deterministic.
 * @example heaviestChain([{ i: 0, j: 1, weight: 1 }, { i: 1, j: 0, weight: 2 }, { i: 1, j: 2, weight: 1 }], 3) // [0, 2]
 */
export function heaviestChain(
  pairs: readonly { i: number; j: number; weight: number }[],
  m: number,
): number[] {
  const order = pairs.map((_, k) => k).sort((x, y) => pairs[x]!.i - pairs[y]!.i || pairs[y]!.j - pairs[x]!.j);
  const treeValue = new Float64Array(m + 1);
  const treeIndex = new Int32Array(m + 1).fill(-1);
  const best = new Float64Array(pairs.length);
  const previous = new Int32Array(pairs.length).fill(-1);
  let top = -1;
  for (const k of order) {
    const { j, weight } = pairs[k]!;
    // Query the best chain ending at some j' < j (Fenwick positions are 1-based: j' + 1 ≤ j).
    let value = 0;
    let index = -1;
    for (let p = j; p > 0; p -= p & -p) {
      if (treeValue[p]! > value) {
        value = treeValue[p]!;
        index = treeIndex[p]!;
      }
    }
    best[k] = value + weight;
    previous[k] = index;
    for (let p = j + 1; p <= m; p += p & -p) {
      if (best[k]! > treeValue[p]!) {
        treeValue[p] = best[k]!;
        treeIndex[p] = k;
      }
    }
    if (top === -1 || best[k]! > best[top]!) top = k;
  }
  const chain: number[] = [];
  for (let k = top; k !== -1; k = previous[k]!) chain.push(k);
  return chain.reverse();
}
