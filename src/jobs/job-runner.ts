import type { JobOwner } from './fair-queue.js';
import type { JobProgress } from './run-job.js';
import type { JobInput, JobKind, JobOutput } from './registry.js';

/** How one request's job is run: whose it is, how to cancel it, where its progress goes. */
export interface JobRequest {
  owner: JobOwner;
  /** Aborting cancels the job, waiting or running (a running one's worker is stopped). */
  signal?: AbortSignal;
  onProgress?: (progress: JobProgress) => void;
}

/**
 * Runs jobs of the registry away from the event loop: on worker threads of this process (`createJobPool`)
 * (a Redis-backed runner would implement the same interface). `run` rejects with `JobRefused` when
 * the queue is full, `JobLimitExceeded` past the kind's time limit or the memory limit, `JobCancelled` when
 * the signal aborts; anything else is a bug of the job.
 */
export interface JobRunner {
  /** How many jobs run at once (worker threads, or worker slots); a caller splitting work sizes it by this. */
  readonly concurrency: number;
  run<K extends JobKind>(kind: K, input: JobInput<K>, request: JobRequest): Promise<JobOutput<K>>;
  close(): Promise<void>;
}
