import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Id, Package } from '../../model/index.js';
import {
  packageProblems,
  PartyRobustnessReport,
  partyRobustness,
  RobustnessReport,
} from '../../robustness/index.js';
import type { RouteContext } from '../context.js';
import { JobLimitExceeded, runRobustness } from '../../jobs/index.js';
import { jobRequest } from '../job-request.js';
import { answerWithProgress } from '../progress-stream.js';
import { forbidden, HttpProblem, notFound, Problem } from '../problem.js';
import { caseFor } from './actions.js';
import { processAccess } from './guard.js';

/** How long a mediator's whole run may take on the job workers before the answer is a 422. */
export const robustnessTimeLimitMs = 60_000;

/**
 * `POST /processes/{processId}/robustness` (issue 17). A mediator gets the whole report, run as
 * `robustness` jobs (chunks of solves queued fairly with everyone else's jobs), as one JSON answer or,
 * with `Accept: text/event-stream`, as progress events and then the report. A delegate gets what its own
 * position alone decides: how likely its party accepts each proposal it may read, and the sensitivity to its own parameters — computed from a case holding its own position
 * only, so nothing in it depends on another party's sealed position. Zone, Nash frequency, leverage and
 * concessions combine every position, so they are the mediators'. An observer holds no position: 403.
 * `packages` (say, those a mediator released) get each party's acceptance too — a delegate's own party's
 * alone, which its own position decides. A client that goes away stops a mediator's run.
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
            /** Complete packages (a mediator's released ones, say) whose acceptance to report. */
            packages: z.array(Package).max(20).default([]),
          })
          .default({ samples: 1000, seed: 1, detailSamples: 50, packages: [] }),
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
      // Packages name issues and options only, which every member may read: nothing sealed in the message.
      const problems = packageProblems(theCase, options.packages);
      if (problems.length > 0)
        throw new HttpProblem(400, 'invalid_package', problems[0]!.message, {
          errors: problems.map((p) => ({ path: `body/${p.path}`, message: p.message })),
        });
      if (access.role === 'mediator') {
        // Asked with `Accept: text/event-stream`, the run reports solves done as it goes (progress-stream.ts).
        return answerWithProgress(req, reply, RobustnessReport, async (onProgress) => {
          const request = jobRequest(req, reply, processId);
          const limit = AbortSignal.timeout(robustnessTimeLimitMs);
          const timeLimit = new JobLimitExceeded(
            'time',
            `the run passed its ${robustnessTimeLimitMs / 1000} s limit; ask for fewer samples or detail samples`,
          );
          const report = await runRobustness(ctx.jobs, caseFor(theCase, access), options, {
            owner: request.owner,
            signal: AbortSignal.any([request.signal, limit]),
            ...(onProgress
              ? { onProgress: (done, total) => onProgress({ phase: 'sampling', done, total }) }
              : {}),
          }).catch((error: unknown) => {
            throw limit.aborted ? timeLimit : error;
          });
          await ctx.audit(req, 'robustness', { processId });
          return report;
        });
      }
      if (access.role !== 'delegate' || access.party === null)
        throw forbidden('robustness reads a position: mediators see every party, a delegate its own');
      const report = partyRobustness(caseFor(theCase, access), access.party, options);
      await ctx.audit(req, 'robustness', { processId });
      return report;
    },
  );
};
