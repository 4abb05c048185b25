import type { Link } from './align-provisions.js';
import type { Candidate } from './candidate-pairs.js';
import { containment, cosine, sumVectors, type TermSpace } from './term-vectors.js';

/**
 * Folds and splits whose parts are not neighbours. A provision the alignment left alone (it would be deleted or
 * added) whose best candidate is a provision already matched to one provision of its own side joins that link
 * as a part — several A into one B (`merged`) or one A into several B (`split`) — when the other side contains
 * at least `minContained` of its weight and the group explains that provision better with it than without it.
 * So a list folded into a point that is not next to it (items 5a–c and point 7 into one point, point 6 between)
 * is one merge, which groups grown from neighbours cannot find. Strays join best first (ties by index); a link
 * of several parts on both sides is never made. Returns the links with the strays joined (their own links
 * removed).
 * @example attachStrays(links, candidates, space, 0.5) // deleted 7 joins the merge 4 + 5 → 4
 */
export function attachStrays(
  links: readonly Link[],
  candidates: readonly Candidate[],
  space: TermSpace,
  minContained: number,
): Link[] {
  if (minContained > 1) return [...links];
  const linkOfA = new Map<number, Link>();
  const linkOfB = new Map<number, Link>();
  for (const link of links) {
    for (const i of link.as) linkOfA.set(i, link);
    for (const j of link.bs) linkOfB.set(j, link);
  }
  const isAlone = (link: Link | undefined) =>
    link !== undefined && (link.kind === 'deleted' || link.kind === 'added');
  const bestOfA = new Map<number, Candidate>();
  const bestOfB = new Map<number, Candidate>();
  for (const c of candidates) {
    if (!bestOfA.has(c.i) || bestOfA.get(c.i)!.similarity < c.similarity) bestOfA.set(c.i, c);
    if (!bestOfB.has(c.j) || bestOfB.get(c.j)!.similarity < c.similarity) bestOfB.set(c.j, c);
  }
  // Each stray with the matched provision it would join, best first.
  const offers: { c: Candidate; fromA: boolean }[] = [];
  for (const [i, c] of bestOfA)
    if (isAlone(linkOfA.get(i)) && !isAlone(linkOfB.get(c.j))) offers.push({ c, fromA: true });
  for (const [j, c] of bestOfB)
    if (isAlone(linkOfB.get(j)) && !isAlone(linkOfA.get(c.i))) offers.push({ c, fromA: false });
  offers.sort((x, y) => y.c.similarity - x.c.similarity || x.c.i - y.c.i || x.c.j - y.c.j);
  const removed = new Set<Link>();
  const replaced = new Map<Link, Link>();
  const current = (link: Link): Link => {
    let l = link;
    while (replaced.has(l)) l = replaced.get(l)!;
    return l;
  };
  for (const { c, fromA } of offers) {
    const stray = fromA ? linkOfA.get(c.i)! : linkOfB.get(c.j)!;
    if (removed.has(stray)) continue;
    const host = current(fromA ? linkOfB.get(c.j)! : linkOfA.get(c.i)!);
    // The stray's side grows; the host's other side must stay one provision.
    const [parts, whole] = fromA ? [host.as, host.bs] : [host.bs, host.as];
    if (whole.length !== 1) continue;
    const [strayVector, wholeVector] = fromA
      ? [space.a[c.i]!, space.b[c.j]!]
      : [space.b[c.j]!, space.a[c.i]!];
    if (containment(strayVector, wholeVector) < minContained) continue;
    const partVectors = parts.map((p) => (fromA ? space.a[p]! : space.b[p]!));
    const before = cosine(sumVectors(partVectors), wholeVector);
    const after = cosine(sumVectors([...partVectors, strayVector]), wholeVector);
    if (after <= before) continue;
    const grown = [...parts, fromA ? c.i : c.j].sort((x, y) => x - y);
    const joined: Link = fromA
      ? { as: grown, bs: host.bs, kind: 'merged', similarity: after }
      : { as: host.as, bs: grown, kind: 'split', similarity: after };
    replaced.set(host, joined);
    removed.add(stray);
  }
  return links.filter((l) => !removed.has(l)).map(current);
}
