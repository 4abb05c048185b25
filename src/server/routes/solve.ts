import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Id, PositionSource } from '../../model/index.js';
import { RedactedSolveReport, redactSolveReport } from '../../solver/index.js';
import { canReadProposal } from '../access.js';
import type { RouteContext } from '../context.js';
import { notFound, Problem } from '../problem.js';
import { caseFor, readerFor } from './actions.js';
import { jobRequest } from '../job-request.js';
import { processAccess } from './guard.js';
import { answerWithProgress } from '../progress-stream.js';
import { weighedFields, weighedPositions } from '../weighed-positions.js';

/** A solve as the caller may read it; a mediator's says which positions it weighed when there are estimates. */
const SolveAnswer = RedactedSolveReport.extend({
  uses: PositionSource.optional(),
  estimated: z.array(Id).optional(),
});

/** How long one solve may run before it answers with the best packages found (`proven: false`). */
export const solveTimeLimitMs = 5_000;

/**
 * `POST /processes/{processId}/solve`: the solver over every party's sealed position, answered redacted. A
 * delegate sees every package but only its own utilities, and another party's red lines only as sealed.
 * A mediator may weigh the mediators' estimates instead (`use: "estimates"`); anyone else asking is refused.
 */
export const solveRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, ctx) => {
  app.post(
    '/processes/:processId/solve',
    {
      schema: {
        summary:
          'Search packages: bargaining solutions, Pareto frontier, conflicts, relaxations, bridges (redacted)',
        tags: ['actions'],
        params: z.object({ processId: Id }),
        body: z
          .strictObject({
            pareto: z.boolean().default(false),
            paretoLimit: z.number().int().min(1).max(1000).default(200),
            explain: z.boolean().default(false),
            near: z.array(Id).max(10).default([]),
            /** Which positions to weigh: those the parties entered, or the mediators' estimates (mediators only). */
            use: PositionSource.default('entered'),
          })
          .default({ pareto: false, paretoLimit: 200, explain: false, near: [], use: 'entered' }),
        response: {
          200: SolveAnswer,
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
      for (const id of req.body.near) {
        const proposal = theCase.proposals.find((p) => p.id === id);
        if (!proposal || !canReadProposal(access, proposal))
          throw notFound(`no proposal '${id}' in process '${processId}'`);
      }
      const weighed = await weighedPositions(ctx.store, caseFor(theCase, access), access, req.body.use);
      // With `Accept: text/event-stream`, the search reports its phase and nodes as it goes (progress-stream.ts).
      return answerWithProgress(req, reply, SolveAnswer, async (onProgress) => {
        const report = await ctx.jobs.run(
          'solve',
          {
            theCase: weighed.theCase,
            options: {
              ...(req.body.pareto ? { pareto: { limit: req.body.paretoLimit } } : {}),
              ...(req.body.explain ? { explain: true } : {}),
              ...(req.body.near.length > 0 ? { near: req.body.near } : {}),
            },
            searchMs: solveTimeLimitMs,
          },
          {
            ...jobRequest(req, reply, processId),
            ...(onProgress
              ? {
                  onProgress: ({ phase, nodes, proven }) =>
                    onProgress({ phase, done: nodes, ...(proven ? { proven } : {}) }),
                }
              : {}),
          },
        );
        await ctx.audit(req, 'solve', {
          processId,
          ...(weighed.hasEstimates ? { detail: `uses ${req.body.use}` } : {}),
        });
        const reader = readerFor(theCase, access);
        // The solver saw only the caller's readable positions; `withheld` names the parties it left out.
        const withheld = theCase.positions.map((p) => p.party).filter((party) => !reader.unsealed.has(party));
        return {
          ...redactSolveReport(report, reader),
          withheld: withheld.sort(),
          ...weighedFields(weighed, req.body.use),
        };
      });
    },
  );
};
