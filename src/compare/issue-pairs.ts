import type { Link } from './align-provisions.js';
import type { ComparableProvision } from './comparison.js';
import { summarizeIssueChanges } from './issue-changes.js';

/**
 * Keeps the alignment consistent with the issue summary: when the summary reports an issue changed from
 * one provision of A to one of B (`military.cap: cap-600k → cap-800k (6 → 4)`) and the alignment left both
 * alone (deleted and added), they become one pair — in order when that keeps every in-order pair in order,
 * else moved. `why.position` says `issue summary`. Returns the links with those pairs joined.
 */
export function joinReportedChanges(
  links: readonly Link[],
  a: readonly ComparableProvision[],
  b: readonly ComparableProvision[],
  similarityOf: (i: number, j: number) => number,
): Link[] {
  const changes = summarizeIssueChanges(a, b) ?? [];
  const deletedAt = new Map<number, Link>();
  const addedAt = new Map<number, Link>();
  for (const link of links) {
    if (link.kind === 'deleted') deletedAt.set(link.as[0]!, link);
    if (link.kind === 'added') addedAt.set(link.bs[0]!, link);
  }
  const dropped = new Set<Link>();
  const joined: Link[] = [];
  for (const change of changes) {
    if (change.change !== 'changed') continue;
    if (change.fromProvisions.length !== 1 || change.toProvisions.length !== 1) continue;
    const i = a.findIndex((p) => p.num === change.fromProvisions[0]);
    const j = b.findIndex((p) => p.num === change.toProvisions[0]);
    const [deleted, added] = [deletedAt.get(i), addedAt.get(j)];
    if (!deleted || !added || dropped.has(deleted) || dropped.has(added)) continue;
    dropped.add(deleted).add(added);
    const inOrder = links.every(
      (l) => l.kind === 'moved' || l.as.length === 0 || l.bs.length === 0 || l.as[0]! < i === l.bs[0]! < j,
    );
    joined.push({
      as: [i],
      bs: [j],
      kind: inOrder ? 'pair' : 'moved',
      similarity: similarityOf(i, j),
      reason: 'issue summary',
    });
  }
  return dropped.size === 0 ? [...links] : [...links.filter((l) => !dropped.has(l)), ...joined];
}
