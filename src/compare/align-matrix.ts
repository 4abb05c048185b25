import { z } from 'zod';
import { compareProposals } from './compare-proposals.js';
import { PairKind } from './comparison.js';
import type { ComparableProvision } from './comparison.js';

/** A proposal in an n-way alignment: its id and its provisions in document order. */
export interface MatrixProposal {
  id: string;
  provisions: readonly ComparableProvision[];
}

/**
 * What one proposal has in one row: the numbers of its provisions there (empty when it dropped the base
 * provision), how they relate to the base provision (`same` for the base's own column) and the similarity.
 */
export const MatrixCell = z.object({
  nums: z.array(z.string()),
  kind: PairKind,
  similarity: z.number().min(0).max(1),
});
export type MatrixCell = z.infer<typeof MatrixCell>;

/**
 * A row of corresponding provisions. `base` is the base provision's number, or `null` for a row of provisions
 * the base does not have (added); `cells` maps each proposal id to its cell, `null` when the proposal has
 * nothing in an added row.
 */
export const MatrixRow = z.object({
  base: z.string().nullable(),
  cells: z.record(z.string(), MatrixCell.nullable()),
});
export type MatrixRow = z.infer<typeof MatrixRow>;

/** Proposals aligned into rows against a base (`parley matrix --json`). */
export const ProposalMatrix = z.object({
  base: z.string(),
  proposals: z.array(z.string()),
  rows: z.array(MatrixRow),
});
export type ProposalMatrix = z.infer<typeof ProposalMatrix>;

/**
 * Aligns k proposals into rows of corresponding provisions, each compared with the base by
 * `compareProposals`. One row per base provision in base order; a provision the base lacks gets a row of its
 * own right after the row of the provision before it in its proposal, or shares the row of an added
 * provision of another proposal when the two align with each other (same or modified). Cells say how each
 * proposal's provisions relate to the base provision (a merged or split provision appears in every row it
 * covers). O(k) pairwise comparisons.
 * @example alignMatrix([us28, e3, framework], 'us-28').rows[5] // { base: '6', cells: { 'us-28': …, 'e3-counter': { nums: ['6'], kind: 'modified', … } } }
 */
export function alignMatrix(proposals: readonly MatrixProposal[], baseId: string): ProposalMatrix {
  const base = proposals.find((p) => p.id === baseId);
  if (!base) throw new Error(`alignMatrix: base '${baseId}' is not among the proposals`); // the CLI checks ids first
  const ids = proposals.map((p) => p.id);
  const rows: MatrixRow[] = base.provisions.map((p) => ({
    base: p.num,
    cells: Object.fromEntries(
      ids.map((id) => [id, id === baseId ? { nums: [p.num], kind: 'same' as const, similarity: 1 } : null]),
    ),
  }));
  const rowOfBase = new Map(base.provisions.map((p, k) => [p.num, rows[k]!]));
  // Added rows hang after a base row (or at the start, key ''), in the order they were created.
  const addedAfter = new Map<string, { row: MatrixRow; text: string }[]>();
  const existing: { row: MatrixRow; text: string }[] = [];
  for (const proposal of proposals) {
    if (proposal.id === baseId) continue;
    const added: { provision: ComparableProvision; anchor: string }[] = [];
    let anchor = '';
    const byNum = new Map(proposal.provisions.map((p) => [p.num, p]));
    for (const pair of compareProposals(base.provisions, proposal.provisions).pairs) {
      if (pair.from === null) {
        added.push({ provision: byNum.get(pair.to!)!, anchor });
        continue;
      }
      const row = rowOfBase.get(pair.from)!;
      const cell = row.cells[proposal.id] ?? { nums: [], kind: pair.kind, similarity: pair.similarity };
      if (pair.to !== null && !cell.nums.includes(pair.to)) cell.nums.push(pair.to);
      row.cells[proposal.id] = cell;
      if (pair.to !== null) anchor = pair.from;
    }
    // One comparison of this proposal's additions with the added rows so far finds which ones they share.
    const shared = sharedRows(
      existing,
      added.map((a) => a.provision),
    );
    added.forEach(({ provision, anchor: after }, k) => {
      const row = shared[k] ?? { base: null, cells: Object.fromEntries(ids.map((id) => [id, null])) };
      row.cells[proposal.id] = { nums: [provision.num], kind: 'added', similarity: 0 };
      if (shared[k]) return;
      const list = addedAfter.get(after) ?? [];
      addedAfter.set(after, list);
      list.push({ row, text: provision.text });
      existing.push({ row, text: provision.text });
    });
  }
  const ordered: MatrixRow[] = [...(addedAfter.get('')?.map((a) => a.row) ?? [])];
  base.provisions.forEach((p, k) => {
    ordered.push(rows[k]!, ...(addedAfter.get(p.num)?.map((a) => a.row) ?? []));
  });
  return { base: baseId, proposals: ids, rows: ordered };
}

/** For each added provision, the existing added row it aligns with (same, modified or moved), if any. */
function sharedRows(
  existing: readonly { row: MatrixRow; text: string }[],
  added: readonly ComparableProvision[],
): (MatrixRow | undefined)[] {
  if (existing.length === 0 || added.length === 0) return added.map(() => undefined);
  const rows = existing.map((e, k) => ({ num: String(k), text: e.text }));
  const targets = added.map((p, k) => ({ num: String(k), text: p.text }));
  const out = new Array<MatrixRow | undefined>(added.length);
  for (const pair of compareProposals(rows, targets).pairs) {
    const isSameProvision = pair.kind === 'same' || pair.kind === 'modified' || pair.kind === 'moved';
    if (isSameProvision && pair.from !== null && pair.to !== null)
      out[Number(pair.to)] = existing[Number(pair.from)]!.row;
  }
  return out;
}
