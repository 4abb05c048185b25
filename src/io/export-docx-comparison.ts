import type { ComparableProvision, Comparison, ProvisionPair } from '../compare/index.js';
import { depthsOf, trackedDocx } from './export-docx-runs.js';
import type { TrackedParagraph } from './export-docx-runs.js';

/** A provision to show in a redline: what compare needs, plus its label as written when known. */
export type LabelledProvision = ComparableProvision & { label?: string };

/**
 * The redline of B against A (`parley compare a b --format docx`) as a Word document with real tracked
 * changes authored "Parley": each pair of the comparison in B's order, a reworded point as a word-level
 * redline, a deleted point as one deletion, an added point as one insertion, a merge or split once for its
 * whole group. Every changed point carries a comment saying what happened (`moved from a#6`,
 * `merged from 21, 22`). `date` (ISO 8601) dates every change; the title names the proposals by
 * `fromTitle`/`toTitle` when given, by id otherwise.
 * @example await comparisonToDocx(compareProposals(a, b), a, b, { from: 'us-28', to: 'e3-counter', date: '2025-11-25T00:00:00Z' })
 */
export async function comparisonToDocx(
  comparison: Comparison,
  a: readonly LabelledProvision[],
  b: readonly LabelledProvision[],
  meta: { from: string; to: string; date: string; fromTitle?: string; toTitle?: string },
): Promise<Uint8Array> {
  const depthsA = depthsOf(a);
  const depthsB = depthsOf(b);
  const labelOf = (p: LabelledProvision | undefined): string => (p ? (p.label ?? `${p.num}.`) : '');
  const seenGroups = new Set<string>();
  const paragraphs: TrackedParagraph[] = [];
  for (const pair of comparison.pairs) {
    if (pair.group) {
      // A merge or split repeats its group's redline on every pair of the group: show it once.
      const key = `${pair.kind}:${pair.kind === 'merged' ? pair.to : pair.from}`;
      if (seenGroups.has(key)) continue;
      seenGroups.add(key);
    }
    const from = a.find((p) => p.num === pair.from);
    const to = b.find((p) => p.num === pair.to);
    const shown = to ?? from;
    const depth = (to ? depthsB.get(to.num) : from ? depthsA.get(from.num) : 0) ?? 0;
    paragraphs.push({
      label: labelOf(shown),
      labelOp: pair.kind === 'deleted' ? 'delete' : pair.kind === 'added' ? 'insert' : 'equal',
      // A translation has no redline (every word would differ): its text stands, the other side in the comment.
      redline: pair.texts ? [{ op: 'equal', text: pair.texts.to }] : pair.redline,
      depth,
      comment: describePair(pair, meta.from),
    });
  }
  // A reader sees the proposals' titles when they are known; comments cite points as `id#num`.
  const fromName = meta.fromTitle ?? meta.from;
  const toName = meta.toTitle ?? meta.to;
  return trackedDocx(paragraphs, {
    title: `${fromName} → ${toName}`,
    date: meta.date,
    introduction: [
      `Tracked changes of ${toName} (${meta.to}) against ${fromName} (${meta.from}), point by point, as Parley aligned them.`,
    ],
  });
}

/** One comment line for a changed pair; none for a point that stayed the same. */
function describePair(pair: ProvisionPair, from: string): string[] {
  if (pair.texts) return [`Translation of ${from}#${pair.from}, which reads: ${pair.texts.from}`];
  switch (pair.kind) {
    case 'same':
      return [];
    case 'modified':
      return [`Reworded from ${from}#${pair.from} (similarity ${pair.similarity}).`];
    case 'moved':
      return [`Moved from ${from}#${pair.from} (similarity ${pair.similarity}).`];
    case 'deleted':
      return [`Deleted: ${from}#${pair.from} has no counterpart.`];
    case 'added':
      return ['Added: no counterpart in ' + from + '.'];
    case 'merged':
      return [`Merged from ${from}#${(pair.group ?? []).join(', ')}.`];
    case 'split':
      return [`Split from ${from}#${pair.from} into ${(pair.group ?? []).join(', ')}.`];
  }
}
