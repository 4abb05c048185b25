import type { ChangeKind, CompareReport } from '../api/contract.js';

/** Where one provision of the base proposal went in another proposal. */
export interface Counterpart {
  nums: string[];
  kind: ChangeKind;
}

/** One row of the n-way matrix: a base provision and its counterpart in each other proposal. */
export interface NwayRow {
  num: string;
  counterparts: (Counterpart | null)[];
}

/**
 * Lines up several comparisons that share their first proposal (the base): one row per base provision,
 * in the order given, with its counterparts in each compared proposal (several for a split; `null` when the
 * report does not mention it). Also counts each proposal's added provisions, which have no base row.
 */
export function buildNwayRows(
  baseNums: readonly string[],
  reports: readonly CompareReport[],
): { rows: NwayRow[]; added: number[] } {
  const byFrom = reports.map((report) => {
    const map = new Map<string, Counterpart>();
    for (const pair of report.pairs) {
      if (pair.from === null) continue;
      const seen = map.get(pair.from);
      if (seen) {
        if (pair.to !== null) seen.nums.push(pair.to);
      } else {
        map.set(pair.from, { nums: pair.to === null ? [] : [pair.to], kind: pair.kind });
      }
    }
    return map;
  });
  const rows = baseNums.map((num) => ({ num, counterparts: byFrom.map((m) => m.get(num) ?? null) }));
  const added = reports.map((r) => r.pairs.filter((p) => p.kind === 'added').length);
  return { rows, added };
}
