import type { Case } from '../model/index.js';
import { planTasks, summariseRobustness } from '../robustness/index.js';
import type { RobustnessOptions, RobustnessReport, TaskOutcome } from '../robustness/index.js';
import type { JobRequest, JobRunner } from './job-runner.js';

/** How a robustness run is spread over a job runner and watched. */
export interface RobustnessRun extends Omit<JobRequest, 'onProgress'> {
  /** Solves per job (64 by default): small enough to balance and to report progress, large enough to be cheap. */
  chunk?: number;
  /** Jobs of this run in flight at once (the runner's concurrency by default); the rest wait here, not in its queue. */
  inFlight?: number;
  /** Hears how many solves are done, after each chunk. */
  onProgress?: (done: number, total: number) => void;
}

/**
 * Runs a robustness analysis as `robustness` jobs of `jobs`: the tasks of `planTasks` are cut into chunks,
 * each chunk is one job, each outcome is put back at its task's index, and the pure summary reads them in
 * order — so the report is the same whatever runs the jobs, on how many threads or machines (the seed and
 * a sample's index fix every draw). Chunks queue fairly with other users' jobs, so a long run does not hold
 * the workers. The first job that fails (time or memory limit, cancelled, refused) fails the run, and the
 * chunks still running are cancelled.
 * @example await runRobustness(createJobPool({ threads: 2 }), c, { samples: 10_000, seed: 1 }, { owner })
 */
export async function runRobustness(
  jobs: JobRunner,
  theCase: Case,
  options: RobustnessOptions,
  run: RobustnessRun,
): Promise<RobustnessReport> {
  const tasks = planTasks(theCase, options);
  const outcomes: TaskOutcome[] = new Array(tasks.length);
  const chunk = run.chunk ?? 64;
  const inFlight = Math.max(1, run.inFlight ?? jobs.concurrency);
  // One controller for the run's chunks: the caller's signal or the first failure stops them all.
  const stop = new AbortController();
  const cancel = () => stop.abort(run.signal?.reason);
  run.signal?.addEventListener('abort', cancel, { once: true });
  let next = 0;
  let done = 0;
  const worker = async (): Promise<void> => {
    while (next < tasks.length && !stop.signal.aborted) {
      const start = next;
      next = Math.min(tasks.length, next + chunk);
      const answer = await jobs.run(
        'robustness',
        { theCase, seed: options.seed, tasks: tasks.slice(start, next) },
        { owner: run.owner, signal: stop.signal },
      );
      answer.forEach((outcome, k) => (outcomes[start + k] = outcome));
      done += answer.length;
      run.onProgress?.(done, tasks.length);
    }
  };
  try {
    const lanes = Array.from({ length: Math.min(inFlight, Math.ceil(tasks.length / chunk)) }, worker);
    await Promise.all(
      lanes.map((lane) =>
        lane.catch((error: unknown) => {
          stop.abort(error);
          throw error;
        }),
      ),
    );
    // Lanes stop quietly between chunks once the run is stopped; a stopped run has no report.
    stop.signal.throwIfAborted();
  } catch (error) {
    // Cancelled from outside: the caller's reason (a time limit, say), not the chunks' `JobCancelled`.
    throw run.signal?.aborted ? run.signal.reason : error;
  } finally {
    run.signal?.removeEventListener('abort', cancel);
  }
  return summariseRobustness(theCase, options, outcomes);
}
