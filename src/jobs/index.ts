// The job layer: heavy work (compare, matrix, merge, check, solve, bridge, draft, robustness) off the
// server's event loop, in worker threads of this process or, in the Redis mode, of `parley worker`
// processes on any machine, behind a fair queue with time and memory limits. Jobs are pure functions of
// plain data, listed in one registry.
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
export { createRedisExecutor, createRedisJobRunner, isRedisReachable, redactUrl } from './redis-executor.js';
export type { RedisJobOptions } from './redis-executor.js';
export { startJobWorker } from './redis-worker.js';
export type { JobWorker, JobWorkerOptions } from './redis-worker.js';
export { defaultQueueName } from './redis-protocol.js';
export type { RobustnessRun } from './run-robustness.js';
