import { FairQueue } from './fair-queue.js';
import type { QueueLimits } from './fair-queue.js';
import { JobCancelled, JobLimitExceeded, JobRefused } from './job-errors.js';
import type { JobRequest, JobRunner } from './job-runner.js';
import { jobKinds } from './registry.js';
import type { JobKind } from './registry.js';
import type { JobProgress } from './run-job.js';

/** Where a fair runner's jobs run: at most `concurrency` at a time. */
export interface JobExecutor {
  concurrency: number;
  /**
   * Runs one job; aborting `signal` must stop the work and reject. A failure that is the job passing the
   * memory limit rejects with `JobLimitExceeded('memory')`.
   */
  execute(
    kind: JobKind,
    input: unknown,
    options: {
      signal: AbortSignal;
      /** To be called when the job's own work begins (a worker may first have to start). */
      onStart(): void;
      onProgress?: (progress: JobProgress) => void;
    },
  ): Promise<unknown>;
  close(): Promise<void>;
}

/** The fair runner's limits; each has a default. */
export interface FairRunnerOptions {
  /** Jobs that may wait, in all and per user (default 64 and 8). */
  queue?: QueueLimits;
  /** A job still waiting after this long is refused (503), default 30 s. */
  maxWaitMs?: number;
  /** Per-kind time limits replacing the registry's. */
  timeLimitMs?: Partial<Record<JobKind, number>>;
  /** How long a job may take to begin once dispatched (a worker starting), on top of its limit; 60 s. */
  startupMs?: number;
}

interface Waiting {
  kind: JobKind;
  input: unknown;
  request: JobRequest;
  resolve(value: unknown): void;
  reject(error: Error): void;
  waitTimer?: ReturnType<typeof setTimeout>;
  /** Takes off what waiting set up (its timer, the caller's abort listener) once the job leaves the queue. */
  stopWaiting?: () => void;
}

const duration = (ms: number) => (ms < 1000 ? `${ms} ms` : `${Math.round(ms / 100) / 10} s`);

/**
 * A `JobRunner` that queues jobs fairly (`FairQueue`: turns between processes, then users) in front of an
 * executor, starts at most `executor.concurrency` at once, and stops each one at its kind's time limit.
 * The queue is full → `JobRefused` (503 with Retry-After); past the time limit → `JobLimitExceeded('time')`.
 */
export function createFairRunner(executor: JobExecutor, options: FairRunnerOptions = {}): JobRunner {
  const queue = new FairQueue<Waiting>(options.queue ?? { total: 64, perUser: 8 });
  const maxWaitMs = options.maxWaitMs ?? 30_000;
  const startupMs = options.startupMs ?? 60_000;
  let running = 0;
  let closed = false;
  // The mean running time of recent jobs, for an honest Retry-After.
  let meanMs = 1_000;

  const retryAfter = (): number =>
    Math.min(60, Math.max(1, Math.ceil((meanMs * (queue.size + 1)) / executor.concurrency / 1000)));

  const start = (job: Waiting): void => {
    job.stopWaiting?.();
    running++;
    const limitMs = options.timeLimitMs?.[job.kind] ?? jobKinds[job.kind].timeLimitMs;
    const controller = new AbortController();
    const stop = () =>
      controller.abort(
        new JobLimitExceeded(
          'time',
          `the ${job.kind} passed its time limit of ${duration(limitMs)} and was stopped; ask for less at once`,
        ),
      );
    // The limit counts the job's own work, from `onStart`; until then a worker may still be starting, which
    // is given `startupMs` more.
    let timer = setTimeout(stop, limitMs + startupMs);
    const onStart = () => {
      clearTimeout(timer);
      timer = setTimeout(stop, limitMs);
    };
    const cancel = () => controller.abort(new JobCancelled());
    job.request.signal?.addEventListener('abort', cancel, { once: true });
    const started = Date.now();
    executor
      .execute(job.kind, job.input, {
        signal: controller.signal,
        onStart,
        ...(job.request.onProgress ? { onProgress: job.request.onProgress } : {}),
      })
      .then(
        (value) => {
          meanMs = 0.8 * meanMs + 0.2 * (Date.now() - started);
          job.resolve(value);
        },
        (error: Error) => job.reject(controller.signal.aborted ? (controller.signal.reason as Error) : error),
      )
      .finally(() => {
        clearTimeout(timer);
        job.request.signal?.removeEventListener('abort', cancel);
        running--;
        pump();
      });
  };

  const pump = (): void => {
    while (!closed && running < executor.concurrency) {
      const next = queue.shift();
      if (!next) return;
      start(next);
    }
  };

  return {
    concurrency: executor.concurrency,
    run(kind, input, request) {
      if (closed) return Promise.reject(new JobRefused('the server is shutting down; try again', 5));
      if (request.signal?.aborted) return Promise.reject(new JobCancelled());
      return new Promise((resolve, reject) => {
        const job: Waiting = { kind, input, request, resolve: resolve as (v: unknown) => void, reject };
        if (!queue.push(request.owner, job)) {
          reject(
            new JobRefused(
              queue.waitingFor(request.owner.userId) > 0
                ? 'you have too many analyses waiting; wait for them to finish, then try again'
                : 'the server is busy with other analyses; try again shortly',
              retryAfter(),
            ),
          );
          return;
        }
        const leave = (error: Error) => {
          if (queue.remove(request.owner, job)) {
            job.stopWaiting?.();
            reject(error);
          }
        };
        job.waitTimer = setTimeout(
          () =>
            leave(new JobRefused('the server is busy with other analyses; try again shortly', retryAfter())),
          maxWaitMs,
        );
        // Many jobs may share one caller's signal (a robustness run's chunks): each takes its listener off
        // when it leaves the queue, or they would pile up on the signal for as long as it lives.
        const onAbort = () => leave(new JobCancelled());
        request.signal?.addEventListener('abort', onAbort, { once: true });
        job.stopWaiting = () => {
          clearTimeout(job.waitTimer);
          request.signal?.removeEventListener('abort', onAbort);
        };
        pump();
      });
    },
    async close() {
      closed = true;
      for (let job = queue.shift(); job; job = queue.shift()) {
        job.stopWaiting?.();
        job.reject(new JobRefused('the server is shutting down; try again', 5));
      }
      await executor.close();
    },
  };
}
