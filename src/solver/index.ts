// The solver layer: exact search over packages (one option per issue) for feasibility, the bargaining
// solutions, the Pareto frontier, conflicts, relaxations and bridges (DESIGN.md; method in docs/solver.md).

// Solving a case
export { solveCase } from './solve-case.js';
export type { SolveOptions } from './solve-case.js';
export type {
  Bridge,
  CoherenceRef,
  ConflictRef,
  Optimality,
  RedLineRef,
  Solution,
  SolutionName,
  SolveReport,
} from './solve-report.js';
export type { IssueExplanation, PartyExplanation, RedLineExplanation } from './explain.js';
export type { BridgeChange } from './bridge.js';
export type { SearchControl, SearchProgress } from './branch-and-bound.js';

// Random cases for benchmarks and demos
export { generateRandomCase, seededRandom } from './random-case.js';
export type { RandomCaseShape } from './random-case.js';
