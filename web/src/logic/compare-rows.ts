import type { ChangeKind, CompareReport, Proposal, Provision, RedlineOp } from '../api/contract.js';

/** One row of the side-by-side view: the two provisions a pair aligns, either of which may be a gap. */
export interface CompareRow {
  key: string;
  from: Provision | null;
  to: Provision | null;
  kind: ChangeKind;
  similarity: number;
  redline: RedlineOp[];
  /** Issue ids coded by either side, sorted. */
  issues: string[];
  /**
   * A later pair of a merge (same `to` as the row before) or a split (same `from`): the shared side was
   * already shown, so the row shows only its own side and points back.
   */
  isContinuation: boolean;
}

/** Every change kind, in the order the filters list them. */
export const changeKinds: readonly ChangeKind[] = [
  'same',
  'modified',
  'moved',
  'split',
  'merged',
  'deleted',
  'added',
];

/**
 * Joins a compare report's pairs to the provisions they name, keeping the report's order.
 * A pair naming a provision the proposal lacks shows it as a gap rather than failing: the report
 * and the proposals are read separately and may come from different versions.
 */
export function buildCompareRows(report: CompareReport, from: Proposal, to: Proposal): CompareRow[] {
  const fromByNum = new Map(from.provisions.map((p) => [p.num, p]));
  const toByNum = new Map(to.provisions.map((p) => [p.num, p]));
  return report.pairs.map((pair, index) => {
    const previous = report.pairs[index - 1];
    const isContinuation =
      previous !== undefined &&
      ((pair.kind === 'merged' &&
        previous.kind === 'merged' &&
        pair.to !== null &&
        pair.to === previous.to) ||
        (pair.kind === 'split' &&
          previous.kind === 'split' &&
          pair.from !== null &&
          pair.from === previous.from));
    const a = pair.from === null ? null : (fromByNum.get(pair.from) ?? null);
    const b = pair.to === null ? null : (toByNum.get(pair.to) ?? null);
    const issues = new Set([...(a?.codes ?? []), ...(b?.codes ?? [])].map((c) => c.issue));
    return {
      key: `${index}:${pair.from ?? '-'}:${pair.to ?? '-'}`,
      from: a,
      to: b,
      kind: pair.kind,
      similarity: pair.similarity,
      redline: pair.redline,
      issues: [...issues].sort(),
      isContinuation,
    };
  });
}

/** What the compare view shows: the kinds ticked, and one issue or every issue (`null`). */
export interface CompareFilter {
  kinds: ReadonlySet<ChangeKind>;
  issue: string | null;
}

/** The rows a filter keeps, in order. */
export function filterCompareRows(rows: readonly CompareRow[], filter: CompareFilter): CompareRow[] {
  return rows.filter(
    (row) => filter.kinds.has(row.kind) && (filter.issue === null || row.issues.includes(filter.issue)),
  );
}

/** How many rows have each kind; kinds absent from the report count 0. */
export function countKinds(rows: readonly CompareRow[]): Record<ChangeKind, number> {
  const counts = Object.fromEntries(changeKinds.map((k) => [k, 0])) as Record<ChangeKind, number>;
  for (const row of rows) counts[row.kind] += 1;
  return counts;
}
