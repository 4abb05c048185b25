import { MessageChannel } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { createFairRunner } from './fair-runner.js';
import type { FairRunnerOptions, JobExecutor } from './fair-runner.js';
import { JobLimitExceeded } from './job-errors.js';
import type { JobRunner } from './job-runner.js';
import type { JobProgress } from './run-job.js';

/** How to build the in-process pool; every field has a default. */
export interface JobPoolOptions extends FairRunnerOptions {
  /** Worker threads (default: one fewer than the cores, at least one, so a core stays with the requests). */
  threads?: number;
  /** Heap limit of each worker thread in MiB (default 1024); a job past it is stopped (422 `memory_limit`). */
  memoryLimitMb?: number;
  /** Start every thread at once instead of on the first job (a server does; tests need not). */
  warm?: boolean;
  /**
   * How much lower than this process's main thread the worker threads are scheduled: a Unix nice increment,
   * 10 by default, so a server's thread answering requests comes first. A command-line run gives 0: its
   * main thread only waits, and niced workers would let every other process on the machine go first.
   */
  nice?: number;
}

/** What a worker thread posts on its task's port (thread-entry.js). */
type ThreadMessage = { type: 'start' } | { type: 'progress'; progress: JobProgress };

const entry = fileURLToPath(new URL('./thread-entry.js', import.meta.url));

/**
 * The piscina executor: worker threads with a heap limit (`resourceLimits`) and a lower scheduling priority
 * than the thread answering requests (`niceIncrement`, see `nice`), so on a busy machine reads still come first.
 */
export function createThreadExecutor(options: JobPoolOptions = {}): JobExecutor {
  const threads = options.threads ?? Math.max(1, availableParallelism() - 1);
  const memoryLimitMb = options.memoryLimitMb ?? 1024;
  const piscina = new Piscina({
    filename: entry,
    minThreads: options.warm ? threads : 0,
    maxThreads: threads,
    idleTimeout: 10 * 60_000,
    resourceLimits: { maxOldGenerationSizeMb: memoryLimitMb },
    niceIncrement: options.nice ?? 10,
  });
  // A thread that dies between jobs (out of memory while starting, say) is replaced by piscina; with no job
  // to reject, piscina emits 'error', which unheard would end the whole server as an uncaught exception.
  piscina.on('error', (error: Error) => {
    process.emitWarning(`a job thread stopped between jobs and was replaced: ${error.message}`);
  });
  return {
    concurrency: threads,
    async execute(kind, input, { signal, onStart, onProgress }) {
      // The worker says when it begins the job, then passes on the search's progress.
      const channel = new MessageChannel();
      channel.port1.on('message', (message: ThreadMessage) => {
        if (message.type === 'start') onStart();
        else onProgress?.(message.progress);
      });
      try {
        return await piscina.run(
          { kind, input, port: channel.port2, hasProgress: onProgress !== undefined },
          { signal, transferList: [channel.port2] },
        );
      } catch (error) {
        if ((error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY')
          throw new JobLimitExceeded(
            'memory',
            `the ${kind} passed its memory limit of ${memoryLimitMb} MiB and was stopped; ask for less at once`,
          );
        throw error;
      } finally {
        channel.port1.close();
      }
    },
    close: () => piscina.destroy(),
  };
}

/**
 * The default job runner: a fair queue in front of a pool of worker threads in this process.
 * @example const jobs = createJobPool(); const report = await jobs.run('check', { theCase, selection: {} }, { owner: { processId, userId } });
 */
export function createJobPool(options: JobPoolOptions = {}): JobRunner {
  return createFairRunner(createThreadExecutor(options), options);
}
