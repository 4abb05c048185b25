import type { ChangeKind, CompareReport, Proposal } from '../api/contract.js';

/** What one side (A or B) did to a base provision. */
export interface SideChange {
  kind: ChangeKind;
  /** The side's provisions that took its place (none when deleted). */
  nums: string[];
  text: string;
}

/** Where a line of the merged draft comes from. `conflict`: A and B changed the same point differently. */
export type MergeOutcome =
  'unchanged' | 'from-a' | 'from-b' | 'both' | 'dropped' | 'added-a' | 'added-b' | 'conflict';

/** One line of a three-way merge: a base provision (or a provision one side added) and what the draft keeps. */
export interface MergeRow {
  base: string | null;
  outcome: MergeOutcome;
  /** The text the merged draft keeps; `null` when dropped or in conflict. */
  text: string | null;
  a: SideChange | null;
  b: SideChange | null;
}

const normalise = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * Merges two versions A and B of a common base, point by point, from the base→A and base→B comparisons:
 * a point changed on one side only takes that side's text; changed alike on both sides, the shared text;
 * changed differently (or deleted on one side and changed on the other), a conflict. Provisions a side
 * added follow the base point they came after in that side's comparison, A's before B's.
 */
export function mergeThreeWay(
  base: Proposal,
  a: Proposal,
  b: Proposal,
  baseToA: CompareReport,
  baseToB: CompareReport,
): MergeRow[] {
  const sideA = sideChanges(baseToA, a);
  const sideB = sideChanges(baseToB, b);
  const rows: MergeRow[] = [
    ...added(sideA.addedAfter.get(null), 'added-a'),
    ...added(sideB.addedAfter.get(null), 'added-b'),
  ];
  for (const provision of base.provisions) {
    const changeA = sideA.changes.get(provision.num) ?? null;
    const changeB = sideB.changes.get(provision.num) ?? null;
    rows.push(mergeOne(provision.num, provision.text, changeA, changeB));
    rows.push(
      ...added(sideA.addedAfter.get(provision.num), 'added-a'),
      ...added(sideB.addedAfter.get(provision.num), 'added-b'),
    );
  }
  return rows;
}

function mergeOne(num: string, baseText: string, a: SideChange | null, b: SideChange | null): MergeRow {
  const isKept = (c: SideChange | null) => c === null || c.kind === 'same';
  const isDeleted = (c: SideChange | null) => c !== null && c.kind === 'deleted';
  const row = (outcome: MergeOutcome, text: string | null): MergeRow => ({ base: num, outcome, text, a, b });
  if (isKept(a) && isKept(b)) return row('unchanged', baseText);
  if (isKept(b)) return isDeleted(a) ? row('dropped', null) : row('from-a', a!.text);
  if (isKept(a)) return isDeleted(b) ? row('dropped', null) : row('from-b', b!.text);
  if (isDeleted(a) && isDeleted(b)) return row('dropped', null);
  if (!isDeleted(a) && !isDeleted(b) && normalise(a!.text) === normalise(b!.text))
    return row('both', a!.text);
  return row('conflict', null);
}

function added(
  nums: { num: string; text: string }[] | undefined,
  outcome: 'added-a' | 'added-b',
): MergeRow[] {
  return (nums ?? []).map(({ num, text }) => {
    const side: SideChange = { kind: 'added', nums: [num], text };
    return {
      base: null,
      outcome,
      text,
      a: outcome === 'added-a' ? side : null,
      b: outcome === 'added-b' ? side : null,
    };
  });
}

/**
 * What a comparison says happened to each base provision, and which provisions it added after which base
 * point. A side provision that several base points merged into is given to the first of them only, so the
 * merged draft does not repeat it.
 */
function sideChanges(report: CompareReport, side: Proposal) {
  const textOf = new Map(side.provisions.map((p) => [p.num, p.text]));
  const changes = new Map<string, SideChange>();
  const addedAfter = new Map<string | null, { num: string; text: string }[]>();
  const used = new Set<string>();
  let lastFrom: string | null = null;
  for (const pair of report.pairs) {
    if (pair.from === null) {
      if (pair.to !== null)
        addedAfter.set(lastFrom, [
          ...(addedAfter.get(lastFrom) ?? []),
          { num: pair.to, text: textOf.get(pair.to) ?? '' },
        ]);
      continue;
    }
    lastFrom = pair.from;
    const fresh = pair.to !== null && !used.has(pair.to) ? [pair.to] : [];
    for (const n of fresh) used.add(n);
    const seen = changes.get(pair.from);
    const nums = [...(seen?.nums ?? []), ...fresh];
    changes.set(pair.from, {
      kind: seen?.kind ?? pair.kind,
      nums,
      text: nums.map((n) => textOf.get(n) ?? '').join(' '),
    });
  }
  return { changes, addedAfter };
}
