import type { SearchProgress } from '../solver/index.js';
import { isJobKind, jobKinds } from './registry.js';
import type { JobContext, JobDefinition } from './registry.js';

/** Progress of a running job, as its search reports it (phase and nodes searched so far). */
export type JobProgress = SearchProgress;

/**
 * Runs one job of the registry where it is called (a worker thread of the pool): looks up
 * `kind`, gives the job its context, and answers what the job answers. A kind the registry does not hold is
 * a bug of whoever queued it, so it throws.
 */
export async function runJob(
  kind: unknown,
  input: unknown,
  onProgress?: (progress: JobProgress) => void,
): Promise<unknown> {
  if (!isJobKind(kind)) throw new Error(`no job of kind '${String(kind)}' in the registry`);
  const started = Date.now();
  const context: JobContext = {
    searchFor: (ms) => ({
      shouldStop: () => Date.now() - started > ms,
      remaining: () => ms - (Date.now() - started),
      ...(onProgress ? { onProgress } : {}),
    }),
  };
  const job = jobKinds[kind] as JobDefinition<unknown, unknown>;
  return job.run(input, context);
}
