import { randomUUID } from 'node:crypto';
import { Queue, QueueEvents } from 'bullmq';
import { Redis } from 'ioredis';
import { createFairRunner } from './fair-runner.js';
import type { FairRunnerOptions, JobExecutor } from './fair-runner.js';
import { JobLimitExceeded, JobRefused } from './job-errors.js';
import type { JobRunner } from './job-runner.js';
import {
  cancelChannel,
  connectionFor,
  decodePayload,
  defaultQueueName,
  encodePayload,
} from './redis-protocol.js';
import type { QueuedAnswer, QueuedJob, QueuedProgress } from './redis-protocol.js';
import { jobKinds } from './registry.js';
import type { JobProgress } from './run-job.js';

/** How an API instance sends its jobs to `parley worker` processes through Redis. */
export interface RedisJobOptions extends FairRunnerOptions {
  /** `redis://host:port[/db]`. */
  url: string;
  /** The BullMQ queue (default `parley-jobs`); instances and workers must name the same. */
  queueName?: string;
  /**
   * Jobs this instance keeps in Redis at once (default 4). The rest wait in this instance's fair queue, so
   * one user's burst is interleaved with other users' jobs before it reaches the shared queue.
   */
  slots?: number;
  /** A job no worker has begun after this long is withdrawn and refused (503), default 30 s. */
  pickupMs?: number;
}

interface Pending {
  kind: string;
  resolve(value: unknown): void;
  reject(error: Error): void;
  onStart(): void;
  onProgress?: (progress: JobProgress) => void;
}

/**
 * A `JobExecutor` whose jobs run on `parley worker` processes, on this machine or any other that reaches
 * the same Redis: each job is a BullMQ job; its start, progress and answer come back on BullMQ's queue
 * events, which every instance reads, and each instance keeps the ones it is waiting for. Cancelling a job
 * withdraws it while it waits and tells the workers to stop it once it runs.
 */
export function createRedisExecutor(options: RedisJobOptions): JobExecutor & { ready(): Promise<void> } {
  const queueName = options.queueName ?? defaultQueueName;
  const pickupMs = options.pickupMs ?? 30_000;
  const connection = connectionFor(options.url);
  const queue = new Queue<QueuedJob, QueuedAnswer>(queueName, { connection });
  const events = new QueueEvents(queueName, { connection });
  const publisher = new Redis(options.url, { maxRetriesPerRequest: 1 });
  const pending = new Map<string, Pending>();
  // Listening must begin before the first job is added, or a fast answer would pass unheard.
  const ready = Promise.all([queue.waitUntilReady(), events.waitUntilReady()]).then(() => undefined);
  // An unreachable Redis is reported by the call that needs it; unheard 'error' events would end the process.
  const ignore = () => {};
  queue.on('error', ignore);
  events.on('error', ignore);
  publisher.on('error', ignore);

  events.on('progress', ({ jobId, data }) => {
    const job = pending.get(jobId);
    const message = data as QueuedProgress;
    if (message.type === 'start') job?.onStart();
    else job?.onProgress?.(message.progress);
  });
  events.on('completed', ({ jobId, returnvalue }) => {
    const job = pending.get(jobId);
    if (!job) return;
    pending.delete(jobId);
    const answer = returnvalue as unknown as QueuedAnswer;
    if (answer.ok) job.resolve(decodePayload(answer.value));
    else if ('limit' in answer) job.reject(new JobLimitExceeded(answer.limit, answer.message));
    else job.reject(new Error(`the ${job.kind} was stopped by its worker`));
  });
  events.on('failed', ({ jobId, failedReason }) => {
    const job = pending.get(jobId);
    if (!job) return;
    pending.delete(jobId);
    job.reject(new Error(`the ${job.kind} failed on its worker: ${failedReason}`));
  });

  const withdraw = async (jobId: string): Promise<void> => {
    // Waiting: removed, so no worker takes it. Running: `remove` refuses (the job is locked), the message stops it.
    await queue.remove(jobId).catch(() => 0);
    await publisher.publish(cancelChannel(queueName), jobId).catch(() => 0);
  };

  return {
    concurrency: options.slots ?? 4,
    ready: () => ready,
    async execute(kind, input, { signal, onStart, onProgress }) {
      await ready;
      signal.throwIfAborted();
      const jobId = randomUUID();
      return new Promise((resolve, reject) => {
        let settled = false;
        const settle = (outcome: { error: Error } | { value: unknown }): void => {
          if (settled) return;
          settled = true;
          pending.delete(jobId);
          clearTimeout(pickup);
          signal.removeEventListener('abort', onAbort);
          if ('error' in outcome) reject(outcome.error);
          else resolve(outcome.value);
        };
        const pickup = setTimeout(() => {
          void withdraw(jobId);
          settle({
            error: new JobRefused(
              `no worker began the ${kind} within ${pickupMs / 1000} s; the workers are busy or none is running`,
              Math.ceil(pickupMs / 1000),
            ),
          });
        }, pickupMs);
        const onAbort = () => {
          void withdraw(jobId);
          settle({ error: signal.reason as Error });
        };
        let started = false;
        pending.set(jobId, {
          kind,
          resolve: (value) => settle({ value }),
          reject: (error) => settle({ error }),
          onStart: () => {
            if (started) return;
            started = true;
            clearTimeout(pickup);
            onStart();
          },
          ...(onProgress ? { onProgress } : {}),
        });
        signal.addEventListener('abort', onAbort, { once: true });
        const limitMs = options.timeLimitMs?.[kind] ?? jobKinds[kind].timeLimitMs;
        const data: QueuedJob = { kind, input: encodePayload(input), limitMs };
        queue
          .add(kind, data, { jobId, attempts: 1, removeOnComplete: true, removeOnFail: 1000 })
          .catch((error: Error) =>
            settle({ error: new JobRefused(`the job queue (Redis) cannot be reached: ${error.message}`, 5) }),
          );
      });
    },
    async close() {
      for (const job of pending.values())
        job.reject(new JobRefused('the server is shutting down; try again', 5));
      pending.clear();
      await Promise.allSettled([queue.close(), events.close(), publisher.quit()]);
    },
  };
}

/**
 * The job runner of an API instance in the Redis mode: the same fair queue as the in-process pool, in
 * front of `parley worker` processes. Resolves once Redis answers, so `parley serve` fails at start, not on
 * the first request, when Redis cannot be reached.
 * @example const jobs = await createRedisJobRunner({ url: 'redis://127.0.0.1:6379' });
 */
export async function createRedisJobRunner(options: RedisJobOptions): Promise<JobRunner> {
  const executor = createRedisExecutor(options);
  const reached = await Promise.race([
    executor.ready().then(() => true),
    new Promise<false>((resolve) => setTimeout(() => resolve(false), 5_000).unref()),
  ]);
  if (!reached) {
    await executor.close();
    throw new Error(`Redis does not answer at ${redactUrl(options.url)}`);
  }
  return createFairRunner(executor, options);
}

/** The URL without its password, for messages. */
export const redactUrl = (url: string): string => url.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:***@');

/** Whether a Redis answers PING at `url` within a second. */
export async function isRedisReachable(url: string): Promise<boolean> {
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  client.on('error', () => {});
  try {
    await Promise.race([
      client.connect().then(() => client.ping()),
      new Promise((_resolve, reject) => setTimeout(() => reject(new Error('timeout')), 1000).unref()),
    ]);
    return true;
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}
