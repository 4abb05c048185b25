import { latestCase } from '../model/index.js';
import type { Case } from '../model/index.js';
import { BoundTables } from './bound-tables.js';
import { branchAndBound, shareOf } from './branch-and-bound.js';
import type { Objective, SearchControl, SearchOutcome } from './branch-and-bound.js';
import { merged, watched } from './anytime.js';
import { bridgeCosts, bridgeObjective, codedOptions, issueWeights } from './bridge.js';
import { analyseConflicts } from './conflict-analysis.js';
import { isSatisfiable } from './conflict-sets.js';
import { exactScores } from './exact-scores.js';
import { explainPackage } from './explain.js';
import { solveKalai } from './kalai.js';
import { maxMinObjective, nashObjective, utilitarianObjective, zoneObjective } from './objectives.js';
import { computeParetoFrontier } from './pareto-frontier.js';
import { Propagator } from './propagator.js';
import { coherenceFormulas, compileProblem } from './solver-problem.js';
import type { SolverProblem } from './solver-problem.js';
import type { Bridge, Optimality, RedLineRef, Solution, SolutionName, SolveReport } from './solve-report.js';

/** What `solveCase` should compute beyond the four solutions, and how a long run is watched. */
export interface SolveOptions {
  control?: SearchControl;
  /** Compute the Pareto frontier; `limit` caps how many points are listed (all by default). */
  pareto?: { limit?: number };
  /** Ids of proposals to bridge (`--near`). */
  near?: string[];
  /** Add the per-party explanation of every solution. */
  explain?: boolean;
  /**
   * When infeasible, find the conflicts and relaxations (default true). `false` answers only whether a
   * package or the zone exists and the solutions, as a Monte Carlo sample needs (issue 17).
   */
  conflicts?: boolean;
  /** When infeasible, also solve the case without the first cheapest relaxation (default true). */
  afterRelaxation?: boolean;
  /** Which solutions to compute (all four by default); the others come back `null`, unproven. */
  solutions?: SolutionName[];
  /** Most correction sets enumerated (default 256) and most conflicts listed (default 64). */
  maxCorrectionSets?: number;
  maxConflicts?: number;
}

const round = (x: number): number => Math.round(x * 10_000) / 10_000;

/** A package as the JSON contract shows it: option ids by issue id, utilities by party id. */
export function toSolution(problem: SolverProblem, options: Int32Array): Solution {
  return {
    options: Object.fromEntries(problem.issues.map((issue, i) => [issue.id, issue.options[options[i]!]!.id])),
    utilities: Object.fromEntries(
      problem.parties.map((party) => {
        let numerator = 0;
        party.terms.forEach((row, i) => (numerator += row[options[i]!]!));
        return [party.id, round(numerator / party.scale)];
      }),
    ),
  };
}

/** True when a package was found, false when proven that none qualifies, null when stopped first. */
const decided = (outcome: SearchOutcome): boolean | null =>
  outcome.options !== null ? true : outcome.proven ? false : null;

/** What was proven about one solution; `ran` is null when its search never ran (`decided` says why). */
function optimalityOf(outcome: SearchOutcome | null, noneQualifies: boolean): Optimality {
  if (outcome === null) return noneQualifies ? { proven: true, gap: 0, bound: null } : unknown;
  const bound = Number.isFinite(outcome.bound) ? round(outcome.bound) : null;
  return { proven: outcome.proven, gap: Number.isFinite(outcome.gap) ? round(outcome.gap) : null, bound };
}
const unknown: Optimality = { proven: false, gap: null, bound: null };

/**
 * Solves a case exactly (DESIGN.md, definitions): whether any package keeps every red line, whether the
 * agreement zone is empty, the Nash, Kalai–Smorodinsky, egalitarian and utilitarian packages, and — when no
 * package is feasible — the minimal conflicts, the smallest relaxations (fewest red lines) and the cheapest
 * ones by the parties' priorities. Ties beyond the definitions go
 * to the package with the smallest option indices, issue by issue in case order. A search the caller stops
 * claims only what it proved: `feasible` and `agreementZone` are null unless decided, `stopped` is true.
 * @example solveCase(demoCase).solutions.nash?.options['military.cap'] // 'cap-800k'
 */
export function solveCase(given: Case, options: SolveOptions = {}): SolveReport {
  // Solve works on the latest positions: a red line dropped (or not yet stated) at a position's asOf is not in force.
  const input = latestCase(given);
  // What is proven stays proven in a second pass: progress goes on from the first pass's list.
  const proven: string[] = [];
  // Every package a search finds, in either pass: Kalai's search starts from the best of them.
  const known: Int32Array[] = [];
  const first = solveOnce(input, options, true, proven, known);
  const caller = options.control;
  // The shares stop a hard search early so that every search gets time; when the others then leave time
  // unused, the case is solved again with all of it, and that answer is kept if it is proven.
  if (!first.stopped || !caller?.remaining || caller.shouldStop?.() === true) return first;
  const again = solveOnce(input, options, false, proven, known);
  return again.proven ? again : merged(first, again);
}

/** One pass of `solveCase`; with `isSharing`, each search gets its share of the time left. */
function solveOnce(
  input: Case,
  options: SolveOptions,
  isSharing: boolean,
  proven: string[],
  known: Int32Array[],
): SolveReport {
  const problem = compileProblem(input);
  const caller = options.control ?? {};
  const watcher = watched(caller, proven);
  const control = watcher.watch(caller);
  // With a time limit, each search gets an equal share of the time left: `count` searches still to run.
  const share = (count: number): SearchControl =>
    isSharing ? watcher.watch(shareOf(caller, count)) : control;
  const context = { problem, tables: new BoundTables(problem), exact: exactScores(problem) };
  const propagator = new Propagator(
    [...problem.redLines.map((redLine) => redLine.formula), ...coherenceFormulas(problem)],
    problem.issues.length,
  );
  // Each search that ends proven is reported at once (Kalai only once its ideal points are proven too).
  const run = (objective: Objective, phase: string, count: number): SearchOutcome => {
    // Kalai starts from the zone packages found before (its bound's steps need a level to aim at); the
    // egalitarian search, given its own earlier package, took 585,289 nodes instead of 168,960 on 60×8×8.
    const start = phase === 'kalai' ? known : [];
    const outcome = branchAndBound(problem, propagator, objective, share(count), phase, start);
    if (outcome.options) known.push(outcome.options);
    const settles = outcome.proven && phase !== 'kalai' && phase !== 'agreement zone';
    watcher.settle(phase, outcome.nodes, ...(settles ? [phase] : []));
    return outcome;
  };

  const wanted = new Set(options.solutions ?? ['nash', 'kalai', 'egalitarian', 'utilitarian']);
  // How many searches follow each phase, for the time shares.
  const after = (options.pareto ? 1 : 0) + (options.near?.length ? 1 : 0);
  const kalaiSearches = wanted.has('kalai') ? problem.parties.length + 1 : 0;
  const zoneSearches = 1 + (wanted.has('nash') ? 1 : 0) + kalaiSearches + after;
  const utilitarian = wanted.has('utilitarian')
    ? run(utilitarianObjective(context), 'utilitarian', 1 + zoneSearches)
    : null;
  let feasible = utilitarian
    ? decided(utilitarian)
    : isSatisfiable(
        problem,
        problem.redLines.map((_, r) => r),
        share(1 + zoneSearches),
      );
  const wantedNames = [...wanted];
  if (feasible === false) watcher.settle('feasibility', 0, 'feasible', 'agreementZone', ...wantedNames);
  else if (feasible === true) watcher.settle('feasibility', 0, 'feasible');
  let egalitarian: SearchOutcome | null = null;
  let nash: SearchOutcome | null = null;
  let kalai: (SearchOutcome & { idealPoints: number[] }) | null = null;
  let agreementZone: boolean | null = feasible === false ? false : null;
  if (feasible !== false) {
    // The egalitarian search also decides whether the agreement zone is empty; without it, a search for
    // any package of the zone does.
    const zone = wanted.has('egalitarian')
      ? (egalitarian = run(maxMinObjective(context), 'egalitarian', zoneSearches))
      : run(zoneObjective(context), 'agreement zone', zoneSearches);
    agreementZone = decided(zone);
    if (agreementZone) feasible = true;
    if (agreementZone === false)
      watcher.settle(
        'agreement zone',
        0,
        'feasible',
        'agreementZone',
        ...wantedNames.filter((n) => n !== 'utilitarian'),
      );
    else if (agreementZone) watcher.settle('agreement zone', 0, 'feasible', 'agreementZone');
    if (agreementZone && wanted.has('nash')) nash = run(nashObjective(context), 'nash', zoneSearches - 1);
    if (agreementZone && wanted.has('kalai'))
      kalai = solveKalai(context, zone.numerators!, (objective, phase, count) =>
        run(objective, phase, count + after),
      );
    if (kalai?.proven) watcher.settle('kalai', kalai.nodes, 'kalai');
  }
  const outcomes: Record<SolutionName, SearchOutcome | null> = { nash, kalai, egalitarian, utilitarian };
  const names: SolutionName[] = ['nash', 'kalai', 'egalitarian', 'utilitarian'];
  const solutions = Object.fromEntries(
    names.map((name) => {
      const found = outcomes[name]?.options;
      return [name, found && wanted.has(name) ? toSolution(problem, found) : null];
    }),
  ) as Record<SolutionName, Solution | null>;
  // A search that never ran is proven only when its set is proven empty: no feasible package for
  // utilitarian, an empty agreement zone for the others.
  const optimality = Object.fromEntries(
    names.map((name) => [
      name,
      !wanted.has(name)
        ? unknown
        : optimalityOf(outcomes[name], name === 'utilitarian' ? feasible === false : agreementZone === false),
    ]),
  ) as Record<SolutionName, Optimality>;

  const report: SolveReport = {
    feasible,
    agreementZone,
    solutions,
    conflicts: [],
    relaxations: [],
    stopped: false,
    proven:
      feasible !== null &&
      agreementZone !== null &&
      names.every((name) => optimality[name].proven || !wanted.has(name)),
    optimality,
    // Conflicts exist only when the case is proven infeasible; undecided, nothing about them is known.
    conflictsComplete: feasible !== null,
    relaxationCost: null,
    conflictOwners: [],
    notes: [...problem.notes],
  };
  if (kalai)
    report.idealPoints = Object.fromEntries(
      problem.parties.map((party, p) => [party.id, round(kalai!.idealPoints[p]!)]),
    );
  if (feasible === false && options.conflicts !== false) {
    addConflicts(problem, report, share(1 + after), options);
    if (report.conflictsComplete) watcher.settle('conflicts', 0, 'conflicts');
    // What an agreement could look like once the parties give up what they value least: the cheapest one.
    const without = report.cheapestRelaxations?.[0] ?? report.relaxations[0];
    if (without && options.afterRelaxation !== false) {
      const dropped = new Set(without.map((ref) => `${ref.party}\u0000${ref.redline}`));
      const relaxed: Case = {
        ...input,
        positions: input.positions.map((position) => ({
          ...position,
          redlines: position.redlines.filter((r) => !dropped.has(`${position.party}\u0000${r.id}`)),
        })),
      };
      const again = solveCase(relaxed, {
        ...options,
        control,
        pareto: undefined,
        afterRelaxation: false,
      });
      report.afterRelaxation = {
        without,
        feasible: again.feasible,
        agreementZone: again.agreementZone,
        solutions: again.solutions,
        ...(again.explain ? { explain: again.explain } : {}),
        ...(again.bridge ? { bridge: again.bridge } : {}),
        proven: again.proven,
      };
    }
  }
  if (options.pareto) {
    // A stopped frontier is completed with the packages the searches found: the frontier found so far. Those
    // of an earlier pass count too (`known`), since a merged report may take its solutions from either pass.
    const solutionsFound = names.flatMap((name) => {
      const found = outcomes[name]?.options;
      return found ? [found] : [];
    });
    addPareto(problem, report, share(after), [...solutionsFound, ...known], options.pareto.limit);
    if (report.paretoProven) watcher.settle('pareto', report.paretoCount ?? 0, 'pareto');
  }
  if (options.explain)
    report.explain = Object.fromEntries(
      names.flatMap((name) => {
        const found = outcomes[name]?.options;
        return found ? [[name, explainPackage(problem, found)]] : [];
      }),
    );
  if (options.near && options.near.length > 0)
    report.bridge = findBridge(
      input,
      problem,
      context,
      propagator,
      control,
      options.near,
      report.agreementZone === true,
    );
  if (report.bridge?.proven) watcher.settle('bridge', 0, 'bridge');
  report.stopped = watcher.stopped();
  if (report.stopped) report.proven = false;
  return report;
}

function refOf(problem: SolverProblem, index: number): RedLineRef {
  const redLine = problem.redLines[index]!;
  return { party: redLine.party, redline: redLine.id };
}

/**
 * The coherence rules a conflict of red lines needs: a minimal subset (by deletion, in case order) that, with
 * the red lines of `set`, no package satisfies. Empty when the red lines collide on their own.
 */
function coherenceIn(problem: SolverProblem, set: readonly number[]): number[] {
  const needed = problem.coherence.map((_, index) => index);
  for (const candidate of [...needed]) {
    const without = needed.filter((index) => index !== candidate);
    if (isSatisfiable(problem, set, {}, without) === false) needed.splice(needed.indexOf(candidate), 1);
  }
  return needed;
}

function addConflicts(
  problem: SolverProblem,
  report: SolveReport,
  control: SearchControl,
  options: SolveOptions,
): void {
  const analysis = analyseConflicts(problem, control, {
    maxCorrectionSets: options.maxCorrectionSets ?? 256,
    maxConflicts: options.maxConflicts ?? 64,
  });
  const refs = (sets: number[][]) => sets.map((set) => set.map((index) => refOf(problem, index)));
  if (analysis.relaxationCost !== null) {
    report.relaxationCost = round(analysis.relaxationCost);
    report.cheapestRelaxations = refs(analysis.cheapestRelaxations);
    report.relaxations = refs(analysis.relaxations);
  }
  // A conflict is followed by the coherence rules it needs; when the coherence rules alone leave no package
  // (no red line is to blame), they are the one conflict.
  const conflicts =
    analysis.conflicts.length === 0 && isSatisfiable(problem, [], control) === false
      ? [[]]
      : analysis.conflicts;
  report.conflicts = conflicts.map((set) => [
    ...set.map((index) => refOf(problem, index)),
    ...coherenceIn(problem, set).map((index) => ({ coherence: problem.coherence[index]!.id })),
  ]);
  report.conflictOwners = conflicts.map((set) => {
    const owners = new Set(set.map((index) => problem.redLines[index]!.party));
    return owners.size === 1 ? [...owners][0]! : null;
  });
  report.conflictsComplete = analysis.conflictsComplete;
  if (!analysis.proven) report.proven = false;
}

function addPareto(
  problem: SolverProblem,
  report: SolveReport,
  control: SearchControl,
  known: Int32Array[],
  limit?: number,
): void {
  const frontier = computeParetoFrontier(problem, { control, known });
  const shown = limit === undefined ? frontier.points : frontier.points.slice(0, limit);
  report.pareto = shown.map((point) => toSolution(problem, point.options));
  report.paretoCount = frontier.points.length;
  report.paretoCapped = !frontier.complete || shown.length < frontier.points.length;
  report.paretoProven = frontier.complete;
  if (!frontier.complete) report.proven = false;
}

function findBridge(
  input: Case,
  problem: SolverProblem,
  context: { tables: BoundTables; exact: ReturnType<typeof exactScores> },
  propagator: Propagator,
  control: SearchControl,
  near: string[],
  zoneOnly: boolean,
): Bridge {
  const proposals = near.map((id) => {
    const proposal = input.proposals.find((candidate) => candidate.id === id);
    if (!proposal)
      throw new Error(`no proposal '${id}' in the case; the command checks names before solving`);
    return proposal;
  });
  const costs = bridgeCosts(problem, proposals, issueWeights(problem));
  const objective = bridgeObjective(problem, context.tables, context.exact, costs, zoneOnly);
  const outcome = branchAndBound(problem, propagator, objective, control, 'bridge');
  const found = outcome.options;
  const changes = found
    ? proposals.flatMap((proposal) =>
        [...codedOptions(proposal)].flatMap(([issueId, optionIds]) => {
          const i = problem.issues.findIndex((issue) => issue.id === issueId);
          const chosen = problem.issues[i]?.options[found[i]!]?.id;
          return chosen !== undefined && !optionIds.includes(chosen)
            ? [{ proposal: proposal.id, issue: issueId, from: optionIds.join('|'), to: chosen }]
            : [];
        }),
      )
    : [];
  return {
    near,
    solution: found ? toSolution(problem, found) : null,
    inAgreementZone: found !== null && zoneOnly,
    cost: outcome.score ? round(-outcome.score[0]) : null,
    changes,
    proven: outcome.proven,
  };
}
