// What an API instance and a `parley worker` say to each other through Redis (BullMQ), in one place so the
// two sides cannot drift: the queue's name, the job's data, the progress messages, the answer's envelope,
// and the channel on which a cancelled job is named.
import { deserialize, serialize } from 'node:v8';
import type { ConnectionOptions } from 'bullmq';
import type { JobLimit } from './job-errors.js';
import type { JobKind } from './registry.js';
import type { JobProgress } from './run-job.js';

/** The BullMQ queue every instance and worker share unless told otherwise. */
export const defaultQueueName = 'parley-jobs';

/** The Redis pub/sub channel naming jobs to stop; every worker listens, the one running it stops it. */
export const cancelChannel = (queueName: string): string => `${queueName}:cancel`;

/** A BullMQ job's data: the registry kind, its input (`encodePayload`), and the time limit the worker enforces too. */
export interface QueuedJob {
  kind: JobKind;
  input: string;
  /** The kind's time limit; the worker stops the job a little after it even if no instance says so. */
  limitMs: number;
}

/** What a worker reports while it runs a job (BullMQ `updateProgress`). */
export type QueuedProgress = { type: 'start' } | { type: 'progress'; progress: JobProgress };

/**
 * A worker's answer. Limits and cancellations are answers, not failures, so they reach the instance with
 * their kind intact (BullMQ's `failed` event carries only a message) and BullMQ does not retry them.
 */
export type QueuedAnswer =
  | { ok: true; value: string }
  | { ok: false; limit: JobLimit; message: string }
  | { ok: false; cancelled: true };

/**
 * BullMQ connection options for a Redis URL. `maxRetriesPerRequest: null` is what BullMQ requires of the
 * connections that block (workers, queue events).
 * @example connectionFor('redis://127.0.0.1:6379')
 */
export const connectionFor = (url: string): ConnectionOptions => ({ url, maxRetriesPerRequest: null });

/**
 * Inputs and answers cross Redis as the structured clone a worker thread would get, base64 in BullMQ's
 * JSON: JSON would turn an option's `value: Infinity` into null and drop `undefined` fields, so a job
 * would answer differently on a worker than in a thread. Instances and workers run the same Parley
 * (and so the same Node), whose serializer reads what it writes.
 */
export const encodePayload = (value: unknown): string => serialize(value).toString('base64');

/** The value `encodePayload` encoded. */
export const decodePayload = (text: string): unknown => deserialize(Buffer.from(text, 'base64'));
