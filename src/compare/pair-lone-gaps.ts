import type { Link } from './align-provisions.js';

/**
 * Pairs the one provision of A and the one provision of B that the alignment left alone between two
 * consecutive in-order links (or between a link and the start or the end of both texts): when nothing else
 * of either text lies unmatched there, the two are most likely one point rewritten beyond what its words
 * show — a heavy paraphrase ("released within 60 days" → "everybody goes home two months after signing"),
 * or across languages a point with no figure or name to share. Provisions matched by a move do not count
 * as left alone, so a swap beside the gap does not hide it. A pair is taken when `similarity(i, j)` is at
 * least `minSimilarity` (above 1: never). Returns the links with each such deletion and addition replaced
 * by one pair; the others as they were, in their order.
 * @example pairLoneGaps([pair(0,0), deleted(1), added(1), pair(2,2)], () => 0.02, 0) // 1 → 1 paired
 */
export function pairLoneGaps(
  links: readonly Link[],
  n: number,
  m: number,
  similarity: (i: number, j: number) => number,
  minSimilarity: number,
): Link[] {
  if (minSimilarity > 1) return [...links];
  const aloneA = new Map<number, Link>();
  const aloneB = new Map<number, Link>();
  const chain: Link[] = [];
  for (const link of links) {
    if (link.kind === 'deleted') aloneA.set(link.as[0]!, link);
    else if (link.kind === 'added') aloneB.set(link.bs[0]!, link);
    else if (link.kind !== 'moved' && link.reason === undefined) chain.push(link);
  }
  chain.sort((x, y) => x.as[0]! - y.as[0]!);
  const replaced = new Map<Link, Link | null>();
  let [fromA, fromB] = [0, 0];
  for (let k = 0; k <= chain.length; k++) {
    const next = chain[k];
    const [toA, toB] = next ? [next.as[0]!, next.bs[0]!] : [n, m];
    const lonesA = range(fromA, toA).filter((i) => aloneA.has(i));
    const lonesB = range(fromB, toB).filter((j) => aloneB.has(j));
    if (lonesA.length === 1 && lonesB.length === 1) {
      const [i, j] = [lonesA[0]!, lonesB[0]!];
      const s = similarity(i, j);
      if (s >= minSimilarity) {
        replaced.set(aloneA.get(i)!, { as: [i], bs: [j], kind: 'pair', similarity: s });
        replaced.set(aloneB.get(j)!, null);
      }
    }
    if (next) [fromA, fromB] = [next.as[next.as.length - 1]! + 1, next.bs[next.bs.length - 1]! + 1];
  }
  return links.flatMap((link) => {
    const instead = replaced.get(link);
    return instead === undefined ? [link] : instead === null ? [] : [instead];
  });
}

const range = (from: number, to: number): number[] =>
  Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);
