import type { Case } from '../model/index.js';
import {
  addTallies,
  emptyTally,
  packagesToJudge,
  planTasks,
  summariseRobustness,
} from '../robustness/index.js';
import type { PackageTally, RobustnessOptions, RobustnessReport, TaskOutcome } from '../robustness/index.js';
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
 * Runs a robustness analysis as jobs of `jobs`, in two rounds. First the tasks of `planTasks` are cut into
 * `robustness` chunks; each outcome (with its sample's facts) is put back at its task's index. Then the
 * packages the report judges (`packagesToJudge`: the most frequent Nash packages, the packages asked about)
 * are tallied over the samples in `robustnessPackages` slices, added up in any order. The pure summary then
 * merges counts and draws nothing — so the main thread does little, and the report is the same whatever
 * runs the jobs, on how many threads or machines (the seed and a sample's index fix every draw). Chunks
 * queue fairly with other users' jobs, so a long run does not hold the workers. The first job that fails
 * (time or memory limit, cancelled, refused) fails the run, and the chunks still running are cancelled.
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
  /** Runs `step(start, end)` for slices of `size` of 0..`count`, at most `inFlight` at once. */
  const inLanes = async (
    count: number,
    size: number,
    step: (start: number, end: number) => Promise<void>,
  ) => {
    let next = 0;
    const lane = async (): Promise<void> => {
      while (next < count && !stop.signal.aborted) {
        const start = next;
        next = Math.min(count, next + size);
        await step(start, next);
      }
    };
    const lanes = Array.from({ length: Math.min(inFlight, Math.ceil(count / size)) }, lane);
    await Promise.all(
      lanes.map((one) =>
        one.catch((error: unknown) => {
          stop.abort(error);
          throw error;
        }),
      ),
    );
    // Lanes stop quietly between chunks once the run is stopped; a stopped run has no report.
    stop.signal.throwIfAborted();
  };
  const given = { owner: run.owner, signal: stop.signal };
  let done = 0;
  let tally: PackageTally;
  try {
    await inLanes(tasks.length, chunk, async (start, end) => {
      const answer = await jobs.run(
        'robustness',
        { theCase, seed: options.seed, tasks: tasks.slice(start, end) },
        given,
      );
      answer.forEach((outcome, k) => (outcomes[start + k] = outcome));
      done += answer.length;
      run.onProgress?.(done, tasks.length);
    });
    const packages = packagesToJudge(theCase, options, outcomes);
    tally = emptyTally(theCase, packages.length);
    // A slice per lane and a few more, so a slow thread does not hold the others up at the end.
    const slice = Math.max(chunk, Math.ceil(options.samples / (inFlight * 4)));
    if (packages.length > 0)
      await inLanes(options.samples, slice, async (from, to) => {
        const part = await jobs.run(
          'robustnessPackages',
          { theCase, seed: options.seed, from, to, packages },
          given,
        );
        addTallies(tally, part);
      });
  } catch (error) {
    // Cancelled from outside: the caller's reason (a time limit, say), not the chunks' `JobCancelled`.
    throw run.signal?.aborted ? run.signal.reason : error;
  } finally {
    run.signal?.removeEventListener('abort', cancel);
  }
  return summariseRobustness(theCase, options, outcomes, tally);
}
