/**
 * A block of an alignment: the A provisions `a0..a1` correspond to the B provisions `b0..b1` (inclusive,
 * contiguous; a pair has a0 = a1 and b0 = b1, a merge several A to one B, a split one A to several B). `score`
 * is what choosing it adds to the alignment's total; a provision in no block adds 0.
 */
export interface Block {
  a0: number;
  a1: number;
  b0: number;
  b1: number;
  score: number;
}

/**
 * The set of blocks, in document order on both sides (each block starts after the previous one ends, in A
 * and in B), with the highest total score, where two chosen blocks that touch — one ends at (i, j), the next
 * starts at (i + 1, j + 1) — earn `adjacency` more, and so do a first block starting at (0, 0) and a last block
 * ending at (n − 1, m − 1). The adjacency term is the alignment's gap cost: breaking the diagonal costs, so a
 * weak pair between two confident ones is worth taking (the only point left between two matched ones is one
 * point rewritten) while the same weak pair elsewhere is not. An empty alignment scores 0.
 *
 * Dynamic programming over the blocks sorted by start, with a Fenwick tree of prefix maxima over B for the
 * best chain ending before a block and an exact table for the chain ending right before it: O(k log m) for
 * k blocks. Returns indices into `blocks` in document order. Ties keep the chain found first (blocks in
 * their given order), so the result is deterministic.
 * @example chooseBlocks([{ a0: 0, a1: 0, b0: 0, b1: 0, score: 1 }, { a0: 1, a1: 1, b0: 1, b1: 1, score: -0.1 }, { a0: 2, a1: 2, b0: 2, b1: 2, score: 1 }], 3, 3, 0.2) // [0, 1, 2]
 */
export function chooseBlocks(blocks: readonly Block[], n: number, m: number, adjacency: number): number[] {
  const byStart = blocks.map((_, k) => k).sort((x, y) => blocks[x]!.a0 - blocks[y]!.a0 || x - y);
  const byEnd = blocks.map((_, k) => k).sort((x, y) => blocks[x]!.a1 - blocks[y]!.a1 || x - y);
  const treeValue = new Float64Array(m + 1).fill(-Infinity);
  const treeIndex = new Int32Array(m + 1).fill(-1);
  // Best chain ending exactly at (a1, b1), keyed a1 * m + b1: the candidates for an adjacent successor.
  const endingAt = new Map<number, number>();
  const best = new Float64Array(blocks.length);
  const previous = new Int32Array(blocks.length).fill(-1);
  let inserted = 0;
  let top = -1;
  let topValue = 0;
  for (const k of byStart) {
    const block = blocks[k]!;
    // Every block that ends before this one starts in A may precede it; enter those into the tree by b1.
    while (inserted < byEnd.length && blocks[byEnd[inserted]!]!.a1 < block.a0) {
      const e = byEnd[inserted++]!;
      for (let p = blocks[e]!.b1 + 1; p <= m; p += p & -p) {
        if (best[e]! > treeValue[p]!) {
          treeValue[p] = best[e]!;
          treeIndex[p] = e;
        }
      }
    }
    let value = block.a0 === 0 && block.b0 === 0 ? adjacency : 0;
    let from = -1;
    for (let p = block.b0; p > 0; p -= p & -p) {
      if (treeValue[p]! > value) {
        value = treeValue[p]!;
        from = treeIndex[p]!;
      }
    }
    const touching =
      block.a0 > 0 && block.b0 > 0 ? endingAt.get((block.a0 - 1) * m + block.b0 - 1) : undefined;
    if (touching !== undefined && best[touching]! + adjacency > value) {
      value = best[touching]! + adjacency;
      from = touching;
    }
    best[k] = value + block.score;
    previous[k] = from;
    const key = block.a1 * m + block.b1;
    const known = endingAt.get(key);
    if (known === undefined || best[k]! > best[known]!) endingAt.set(key, k);
    const total = best[k]! + (block.a1 === n - 1 && block.b1 === m - 1 ? adjacency : 0);
    if (total > topValue) {
      topValue = total;
      top = k;
    }
  }
  const chain: number[] = [];
  for (let k = top; k !== -1; k = previous[k]!) chain.push(k);
  return chain.reverse();
}

/**
 * The total an alignment scores under `chooseBlocks`' objective: the blocks' scores plus `adjacency` for each
 * touching pair of consecutive blocks and for touching the start and the end. Blocks must be in document order.
 */
export function scoreChain(chain: readonly Block[], n: number, m: number, adjacency: number): number {
  let total = 0;
  chain.forEach((block, k) => {
    total += block.score;
    const before = chain[k - 1];
    if (before ? before.a1 + 1 === block.a0 && before.b1 + 1 === block.b0 : block.a0 === 0 && block.b0 === 0)
      total += adjacency;
  });
  const last = chain[chain.length - 1];
  if (last && last.a1 === n - 1 && last.b1 === m - 1) total += adjacency;
  return total;
}
