import type { FastifyReply, FastifyRequest } from 'fastify';
import type { JobRequest } from '../jobs/index.js';

/**
 * The job request of an HTTP request: its owner in the fair queue (the process and the calling user), and
 * a signal that aborts when the client goes away before the answer, so its job stops instead of running on
 * for nobody.
 */
export function jobRequest(
  req: FastifyRequest,
  reply: FastifyReply,
  processId: string,
): JobRequest & { signal: AbortSignal } {
  const controller = new AbortController();
  reply.raw.once('close', () => {
    if (!reply.raw.writableFinished) controller.abort();
  });
  return { owner: { processId, userId: req.viewer?.user.id ?? '' }, signal: controller.signal };
}
