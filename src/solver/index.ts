// The solver layer: exact search over packages (one option per issue) for feasibility, the bargaining
// solutions, the Pareto frontier, conflicts, relaxations and bridges (DESIGN.md; method in docs/solver.md).

// Solving a case
export { solveCase } from './solve-case.js';
export type { SolveOptions } from './solve-case.js';
// The answer, its schema and its projection onto one reader (what `POST …/solve` answers)
export {
  RedactedSolveReport,
  SolutionName,
  SolveReport,
  redactSolve,
  redactSolveReport,
} from './solve-report.js';
export type {
  AfterRelaxation,
  Bridge,
  BridgeChange,
  CoherenceRef,
  ConflictRef,
  IssueExplanation,
  Optimality,
  PartyExplanation,
  RedLineExplanation,
  RedLineRef,
  Solution,
  SolveShape,
} from './solve-report.js';
export type { SearchControl, SearchProgress } from './branch-and-bound.js';

// Random cases for benchmarks and demos
export { generateRandomCase, seededRandom } from './random-case.js';
export type { RandomCaseShape } from './random-case.js';
