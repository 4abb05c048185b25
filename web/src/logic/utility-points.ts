import { solutionNames } from '../api/contract.js';
import type { CheckReport, SolutionName, SolveReport } from '../api/contract.js';

/** What a point on the Pareto plot stands for. */
export type PointKind = 'pareto' | 'proposal' | SolutionName;

/** A point in utility space: every party's utility, with `x`/`y` for the two parties on the axes. */
export interface UtilityPoint {
  kind: PointKind;
  label: string;
  x: number;
  y: number;
  utilities: Record<string, number>;
}

/**
 * The points of the Pareto plot for two chosen parties: the frontier, each existing proposal (its
 * utilities from the check report; a proposal without a utility for both axis parties, as when a position
 * is sealed from the caller, is left out), and
 * each bargaining solution that exists. Order: frontier by x, then proposals, then solutions.
 */
export function utilityPoints(
  solve: Pick<SolveReport, 'solutions' | 'pareto'>,
  check: CheckReport | null,
  xParty: string,
  yParty: string,
  proposalTitles: ReadonlyMap<string, string> = new Map(),
): UtilityPoint[] {
  const at = (utilities: Record<string, number>) => ({ x: utilities[xParty], y: utilities[yParty] });
  const frontier = (solve.pareto ?? [])
    .map((p, i) => ({
      kind: 'pareto' as const,
      label: `package ${i + 1}`,
      ...at(p.utilities),
      utilities: p.utilities,
    }))
    .filter(isPlaced)
    .sort((a, b) => a.x - b.x || a.y - b.y);
  const proposals = new Map<string, Record<string, number>>();
  for (const r of check?.results ?? []) {
    if (r.utility === null) continue;
    proposals.set(r.proposal, { ...proposals.get(r.proposal), [r.party]: r.utility });
  }
  const existing = [...proposals].map(([id, utilities]) => ({
    kind: 'proposal' as const,
    label: proposalTitles.get(id) ?? id,
    ...at(utilities),
    utilities,
  }));
  const solutions = solutionNames.flatMap((name) => {
    const s = solve.solutions[name];
    return s ? [{ kind: name, label: name, ...at(s.utilities), utilities: s.utilities }] : [];
  });
  return [...frontier, ...existing.filter(isPlaced), ...solutions.filter(isPlaced)];
}

function isPlaced<T extends { x: number | undefined; y: number | undefined }>(
  p: T,
): p is T & { x: number; y: number } {
  return typeof p.x === 'number' && typeof p.y === 'number';
}

/** One line per party for a tooltip, by name: `Ukraine 61.0 · Russia 40.5`, parties in the order given. */
export function describeUtilities(
  utilities: Record<string, number>,
  parties: readonly { id: string; name: string }[],
): string {
  return parties
    .filter((p) => typeof utilities[p.id] === 'number')
    .map((p) => `${p.name} ${(utilities[p.id] as number).toFixed(1)}`)
    .join(' · ');
}

/** The kinds of point that are on the plot, in the order given: the legend lists these and no others. */
export function drawnKinds<K extends PointKind>(points: readonly UtilityPoint[], order: readonly K[]): K[] {
  const drawn = new Set(points.map((p) => p.kind));
  return order.filter((k) => drawn.has(k));
}
