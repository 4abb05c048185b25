import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { toProblem } from './problem.js';

/** What a long job reports while it runs: a phase, and a count done (of `total` when it is known). */
export interface ProgressEvent {
  phase: string;
  done: number;
  total?: number;
  /** For a solve: the parts of the answer proven so far (`SearchProgress.proven`). */
  proven?: string[];
}

/** Whether the caller asked for server-sent events (`Accept: text/event-stream`) instead of one JSON answer. */
export const wantsProgress = (req: FastifyRequest): boolean =>
  (req.headers.accept ?? '').split(',').some((type) => type.trim().startsWith('text/event-stream'));

/** At most one progress event per this many ms: a browser needs no more, and each is a write. */
const progressEveryMs = 250;

/**
 * Answers a long job as server-sent events when the caller asked for them: `progress` events
 * (`ProgressEvent` as JSON) while it runs, then one `result` event with the answer, or one `problem` event
 * with the problem+json an error would have answered. The answer is parsed by `schema` first, as the
 * route's own serializer would, so the stream carries exactly the fields the JSON answer would. A client
 * that closes the stream cancels the job (the route's `jobRequest` signal). Without the header, the answer
 * is returned as usual.
 * @example return answerWithProgress(req, reply, RedactedSolveReport, (onProgress) => runSolve(onProgress));
 */
export async function answerWithProgress<T>(
  req: FastifyRequest,
  reply: FastifyReply,
  schema: z.ZodType<T>,
  work: (onProgress?: (progress: ProgressEvent) => void) => Promise<T>,
): Promise<T | FastifyReply> {
  if (!wantsProgress(req)) return work();
  // Taken over from Fastify: the headers go out now, before the answer exists.
  reply.hijack();
  const out = reply.raw;
  out.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'x-accel-buffering': 'no',
  });
  const send = (event: string, data: unknown) => {
    if (!out.writableEnded) out.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  };
  let last = 0;
  try {
    const answer = await work((progress) => {
      const now = Date.now();
      if (now - last < progressEveryMs && progress.done !== progress.total) return;
      last = now;
      send('progress', progress);
    });
    send('result', schema.parse(answer));
  } catch (error) {
    const problem = toProblem(error);
    if (problem.status === 500) req.log.error(error);
    send('problem', problem);
  }
  out.end();
  return reply;
}
