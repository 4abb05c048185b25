// The anytime side of `solveCase`: what a run has proven so far (reported with its progress), and how two
// passes stopped by a time limit combine into one answer that claims only what either proved.
import type { SearchControl, SearchProgress } from './branch-and-bound.js';
import type { SolutionName, SolveReport } from './solve-report.js';

/**
 * Wraps controls so that it remembers whether any of them ever stopped a search, and so that every progress
 * report says what is proven so far (`settle` adds to `proven` and reports at once).
 */
export function watched(
  caller: SearchControl,
  proven: string[],
): {
  watch: (control: SearchControl) => SearchControl;
  stopped: () => boolean;
  settle: (phase: string, nodes: number, ...names: string[]) => void;
} {
  let stopped = false;
  const onProgress = caller.onProgress;
  const report = onProgress
    ? (progress: SearchProgress) => onProgress({ ...progress, proven: [...proven] })
    : undefined;
  return {
    watch: (control) => {
      const shouldStop = control.shouldStop;
      return {
        ...control,
        shouldStop: shouldStop ? () => (stopped ||= shouldStop()) : undefined,
        onProgress: report,
      };
    },
    stopped: () => stopped,
    settle: (phase, nodes, ...names) => {
      for (const name of names) if (!proven.includes(name)) proven.push(name);
      report?.({ phase, nodes });
    },
  };
}

/**
 * Two unproven passes over one case, merged part by part: each solution, decision, frontier and conflict
 * list from the pass that proved it, or else the first pass's (whose shares gave every search time), but an
 * unproven frontier from the second pass (see below). Both passes report only what they proved, so the merge
 * does too.
 */
export function merged(first: SolveReport, again: SolveReport): SolveReport {
  const names: SolutionName[] = ['nash', 'kalai', 'egalitarian', 'utilitarian'];
  const from = (name: SolutionName) =>
    !first.optimality[name].proven && again.optimality[name].proven ? again : first;
  const report: SolveReport = {
    ...first,
    feasible: first.feasible ?? again.feasible,
    agreementZone: first.agreementZone ?? again.agreementZone,
    solutions: Object.fromEntries(
      names.map((name) => [name, from(name).solutions[name]]),
    ) as SolveReport['solutions'],
    optimality: Object.fromEntries(
      names.map((name) => [name, from(name).optimality[name]]),
    ) as SolveReport['optimality'],
  };
  if (from('kalai') === again && again.idealPoints) report.idealPoints = again.idealPoints;
  if (first.explain)
    report.explain = Object.fromEntries(
      names.flatMap((name) => {
        const explanation = from(name).explain?.[name];
        return explanation ? [[name, explanation]] : [];
      }),
    );
  // Unproven in both, the second pass's frontier so far is kept: it was completed with every package either
  // pass found, so it lists (or dominates) each solution taken from either.
  if (!first.paretoProven && again.pareto)
    Object.assign(report, {
      pareto: again.pareto,
      paretoCount: again.paretoCount,
      paretoCapped: again.paretoCapped,
      paretoProven: again.paretoProven,
    });
  if (!first.conflictsComplete && again.conflictsComplete) {
    const { conflicts, relaxations, conflictOwners, relaxationCost, cheapestRelaxations, afterRelaxation } =
      again;
    Object.assign(report, {
      conflicts,
      relaxations,
      conflictOwners,
      relaxationCost,
      conflictsComplete: true,
    });
    if (cheapestRelaxations) report.cheapestRelaxations = cheapestRelaxations;
    if (afterRelaxation) report.afterRelaxation = afterRelaxation;
  }
  if (!first.bridge?.proven && again.bridge?.proven) report.bridge = again.bridge;
  return report;
}
