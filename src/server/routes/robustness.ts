import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Id } from '../../model/index.js';
import { PartyRobustnessReport, partyRobustness, RobustnessReport } from '../../robustness/index.js';
import type { RouteContext } from '../context.js';
import { JobLimitExceeded, runRobustness } from '../../jobs/index.js';
import { jobRequest } from '../job-request.js';
import { forbidden, notFound, Problem } from '../problem.js';
import { caseFor } from './actions.js';
import { processAccess } from './guard.js';

/** How long a mediator's whole run may take on the job workers before the answer is a 422. */
export const robustnessTimeLimitMs = 60_000;

/**
 * `POST /processes/{processId}/robustness` (issue 17). A mediator gets the whole report, run as
 * `robustness` jobs (chunks of solves queued fairly with everyone else's jobs). A delegate gets what its own position alone decides: how likely its party accepts each proposal
 * it may read, and the sensitivity to its own parameters — computed from a case holding its own position
 * only, so nothing in it depends on another party's sealed position. Zone, Nash frequency, leverage and
 * concessions combine every position, so they are the mediators'. An observer holds no position: 403.
 */
export const robustnessRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, ctx) => {
  app.post(
    '/processes/:processId/robustness',
    {
      schema: {
        summary: 'Monte Carlo over uncertain positions (mediators: everything; a delegate: its own party)',
        tags: ['actions'],
        params: z.object({ processId: Id }),
        body: z
          .strictObject({
            samples: z.number().int().min(1).max(20_000).default(1000),
            seed: z
              .number()
              .int()
              .min(0)
              .max(2 ** 32 - 1)
              .default(1),
            detailSamples: z.number().int().min(0).max(200).default(50),
          })
          .default({ samples: 1000, seed: 1, detailSamples: 50 }),
        response: {
          200: z.union([RobustnessReport, PartyRobustnessReport]),
          400: Problem,
          401: Problem,
          403: Problem,
          404: Problem,
          422: Problem,
          503: Problem,
        },
      },
    },
    async (req, reply) => {
      const { processId } = req.params;
      const { access } = processAccess(req, processId);
      const theCase = await ctx.store.readCase(processId);
      if (!theCase) throw notFound(`no process '${processId}'`);
      const options = req.body;
      if (access.role === 'mediator') {
        const request = jobRequest(req, reply, processId);
        const limit = AbortSignal.timeout(robustnessTimeLimitMs);
        const timeLimit = new JobLimitExceeded(
          'time',
          `the run passed its ${robustnessTimeLimitMs / 1000} s limit; ask for fewer samples or detail samples`,
        );
        const report = await runRobustness(ctx.jobs, caseFor(theCase, access), options, {
          owner: request.owner,
          signal: AbortSignal.any([request.signal, limit]),
        }).catch((error: unknown) => {
          throw limit.aborted ? timeLimit : error;
        });
        await ctx.audit(req, 'robustness', { processId });
        return report;
      }
      if (access.role !== 'delegate' || access.party === null)
        throw forbidden('robustness reads a position: mediators see every party, a delegate its own');
      const report = partyRobustness(caseFor(theCase, access), access.party, options);
      await ctx.audit(req, 'robustness', { processId });
      return report;
    },
  );
};
