// The job layer: heavy work (compare, matrix, merge, check, solve, bridge, draft) off the server's event
// loop, in worker threads (a Redis queue for other machines is not built yet), behind a fair queue with time and
// memory limits. Jobs are pure functions of plain data, listed in one registry.
export { jobKinds, isJobKind } from './registry.js';
export type {
  DraftJob,
  DraftJobResult,
  JobContext,
  JobDefinition,
  JobInput,
  JobKind,
  JobOutput,
  RobustnessChunk,
} from './registry.js';
export { runJob } from './run-job.js';
export type { JobProgress } from './run-job.js';
export { FairQueue } from './fair-queue.js';
export type { JobOwner, QueueLimits } from './fair-queue.js';
export { createFairRunner } from './fair-runner.js';
export type { FairRunnerOptions, JobExecutor } from './fair-runner.js';
export { createJobPool, createThreadExecutor } from './job-pool.js';
export type { JobPoolOptions } from './job-pool.js';
export { JobCancelled, JobLimitExceeded, JobRefused } from './job-errors.js';
export type { JobLimit } from './job-errors.js';
export type { JobRequest, JobRunner } from './job-runner.js';
export { runRobustness } from './run-robustness.js';
export type { RobustnessRun } from './run-robustness.js';
