// The robustness layer: Monte Carlo over uncertain positions (DESIGN.md, uncertain positions; issue 17).
// Pure: a seed comes in, each sample is drawn from it and its index alone.
export { uncertainParameters } from './parameters.js';
export type { UncertainParameter } from './parameters.js';
export { createSampler, drawValue, sampleCase } from './sample-case.js';
export type { Sample, Sampler } from './sample-case.js';
export { planTasks, detailSamplesOf } from './plan-tasks.js';
export type { RobustnessOptions } from './plan-tasks.js';
export { createTaskRunner, runTask } from './run-task.js';
export type { RobustnessTask, SampleFacts, TaskOutcome, TaskRunner } from './run-task.js';
export { packagesToJudge, summariseRobustness, partyRobustness } from './summarise-robustness.js';
export { robustness } from './robustness.js';
export {
  acceptanceOf,
  addTallies,
  emptyTally,
  packageProblems,
  tallyPackages,
} from './package-acceptance.js';
export type { PackageTally } from './package-acceptance.js';
export { RobustnessRequest } from './robustness-request.js';
export {
  Acceptance,
  Concession,
  Leverage,
  LeveragePoint,
  PackageRobustness,
  PartyRobustnessReport,
  ProposalRobustness,
  RobustnessReport,
  Sensitivity,
  SolutionRobustness,
} from './robustness-report.js';
