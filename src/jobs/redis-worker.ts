import { Worker } from 'bullmq';
import type { Job } from 'bullmq';
import { Redis } from 'ioredis';
import { JobLimitExceeded } from './job-errors.js';
import { createThreadExecutor } from './job-pool.js';
import {
  cancelChannel,
  connectionFor,
  decodePayload,
  defaultQueueName,
  encodePayload,
} from './redis-protocol.js';
import type { QueuedAnswer, QueuedJob, QueuedProgress } from './redis-protocol.js';
import { isJobKind } from './registry.js';
import type { JobProgress } from './run-job.js';

/** How a `parley worker` takes jobs from Redis. */
export interface JobWorkerOptions {
  /** `redis://host:port[/db]`. */
  url: string;
  /** The BullMQ queue (default `parley-jobs`), the one the API instances name. */
  queueName?: string;
  /** Jobs at once, one worker thread each (default: one fewer than the cores, at least one). */
  threads?: number;
  /** Heap limit of each thread in MiB (default 1024); a job past it answers `memory_limit`. */
  memoryLimitMb?: number;
  /** Time after its limit that a job is stopped here even if no instance says so (an instance died), 5 s. */
  graceMs?: number;
}

/** A running worker: how many jobs it runs now, and how to stop it (running jobs finish first). */
export interface JobWorker {
  readonly running: number;
  close(): Promise<void>;
}

/** Progress is a Redis write and an event to every instance: at most one per job per this many ms. */
const progressEveryMs = 200;

/**
 * Starts a worker: takes jobs from the shared BullMQ queue, runs each on a worker thread of its own (heap
 * limit, lower priority, as in the in-process pool), reports start and progress, and answers with the
 * job's value or the limit it passed. A job named on the cancel channel, or past its time limit plus
 * `graceMs`, has its thread stopped. Resolves once it listens.
 * @example const worker = await startJobWorker({ url: 'redis://127.0.0.1:6379', threads: 2 });
 */
export async function startJobWorker(options: JobWorkerOptions): Promise<JobWorker> {
  const queueName = options.queueName ?? defaultQueueName;
  const threads = createThreadExecutor({
    ...(options.threads ? { threads: options.threads } : {}),
    ...(options.memoryLimitMb ? { memoryLimitMb: options.memoryLimitMb } : {}),
    warm: true,
  });
  const graceMs = options.graceMs ?? 5_000;
  let running = 0;

  const process = async (
    job: Job<QueuedJob, QueuedAnswer>,
    _token?: string,
    signal?: AbortSignal,
  ): Promise<QueuedAnswer> => {
    const { kind, input, limitMs } = job.data;
    if (!isJobKind(kind)) throw new Error(`no job of kind '${String(kind)}' in this worker's registry`);
    const backstop = AbortSignal.timeout(limitMs + graceMs);
    const stop = signal ? AbortSignal.any([signal, backstop]) : backstop;
    let lastProgress = 0;
    const report = (message: QueuedProgress) => void job.updateProgress(message).catch(() => {});
    running++;
    try {
      const value = await threads.execute(kind, decodePayload(input), {
        signal: stop,
        onStart: () => report({ type: 'start' }),
        onProgress: (progress: JobProgress) => {
          const now = Date.now();
          if (now - lastProgress < progressEveryMs) return;
          lastProgress = now;
          report({ type: 'progress', progress });
        },
      });
      return { ok: true, value: encodePayload(value) };
    } catch (error) {
      if (error instanceof JobLimitExceeded) return { ok: false, limit: error.limit, message: error.message };
      if (backstop.aborted)
        return { ok: false, limit: 'time', message: `the ${kind} passed its time limit and was stopped` };
      if (stop.aborted) return { ok: false, cancelled: true };
      throw error;
    } finally {
      running--;
    }
  };

  const worker = new Worker<QueuedJob, QueuedAnswer>(queueName, process, {
    connection: connectionFor(options.url),
    concurrency: threads.concurrency,
  });
  worker.on('error', (error) => globalThis.process.emitWarning(`parley worker: ${error.message}`));
  // Every worker hears every cancellation; `cancelJob` is false for a job this worker does not hold.
  const subscriber = new Redis(options.url, { maxRetriesPerRequest: null });
  subscriber.on('error', () => {});
  subscriber.on('message', (_channel: string, jobId: string) => void worker.cancelJob(jobId));
  await Promise.all([worker.waitUntilReady(), subscriber.subscribe(cancelChannel(queueName))]);

  return {
    get running() {
      return running;
    },
    async close() {
      await worker.close();
      subscriber.disconnect();
      await threads.close();
    },
  };
}
