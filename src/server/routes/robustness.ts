import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Id } from '../../model/index.js';
import type { Package as PackageType } from '../../model/index.js';
import {
  packageProblems,
  PartyRobustnessReport,
  RobustnessReport,
  RobustnessRequest,
} from '../../robustness/index.js';
import type { RouteContext } from '../context.js';
import { JobLimitExceeded, runRobustness } from '../../jobs/index.js';
import { jobRequest } from '../job-request.js';
import { answerWithProgress } from '../progress-stream.js';
import { forbidden, HttpProblem, notFound, Problem } from '../problem.js';
import { weighedPositions } from '../weighed-positions.js';
import { caseFor } from './actions.js';
import { processAccess } from './guard.js';

const isSamePackage = (a: PackageType, b: PackageType): boolean =>
  Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([issue, o]) => b[issue] === o);

/** The packages asked about, then the released ones not asked about, in the order the mediators released them. */
const withReleased = (asked: PackageType[], released: PackageType[]): PackageType[] => [
  ...asked,
  ...released.filter((r) => !asked.some((a) => isSamePackage(a, r))),
];

/** How long a mediator's whole run may take on the job workers before the answer is a 422. */
export const robustnessTimeLimitMs = 60_000;

/**
 * `POST /processes/{processId}/robustness` (issue 17). A mediator gets the whole report, run as
 * `robustness` jobs (chunks of solves queued fairly with everyone else's jobs), as one JSON answer or,
 * with `Accept: text/event-stream`, as progress events and then the report. A delegate gets what its own
 * position alone decides: how likely its party accepts each proposal it may read, and the sensitivity to its own parameters — computed from a case holding its own position
 * only, so nothing in it depends on another party's sealed position. Zone, Nash frequency, leverage and
 * concessions combine every position, so they are the mediators'. An observer holds no position: 403.
 * The packages the mediators released (`…/released-packages`) get each party's acceptance too — a delegate's
 * own party's alone, which its own position decides; a mediator may also ask about `packages` of its own, a
 * delegate only about released ones. `use: "estimates"` (mediators) weighs the mediators' estimates in place
 * of the entered positions; the answer says which in `uses`. Both run on the job workers,
 * never on the request thread; a client that goes away stops its run.
 */
export const robustnessRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, ctx) => {
  app.post(
    '/processes/:processId/robustness',
    {
      schema: {
        summary: 'Monte Carlo over uncertain positions (mediators: everything; a delegate: its own party)',
        tags: ['actions'],
        params: z.object({ processId: Id }),
        body: RobustnessRequest.default({
          samples: 1000,
          seed: 1,
          detailSamples: 50,
          packages: [],
          use: 'entered',
        }),
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
      const { use, ...asked } = req.body;
      // Packages name issues and options only, which every member may read: nothing sealed in the message.
      const problems = packageProblems(theCase, asked.packages);
      if (problems.length > 0)
        throw new HttpProblem(400, 'invalid_package', problems[0]!.message, {
          errors: problems.map((p) => ({ path: `body/${p.path}`, message: p.message })),
        });
      const released = (await ctx.store.readReleasedPackages(processId)) ?? [];
      const options = { ...asked, packages: withReleased(asked.packages, released) };
      if (access.role === 'mediator') {
        const chosen = await weighedPositions(ctx.store, caseFor(theCase, access), access, use);
        // Asked with `Accept: text/event-stream`, the run reports solves done as it goes (progress-stream.ts).
        return answerWithProgress(req, reply, RobustnessReport, async (onProgress) => {
          const request = jobRequest(req, reply, processId);
          const limit = AbortSignal.timeout(robustnessTimeLimitMs);
          const timeLimit = new JobLimitExceeded(
            'time',
            `the run passed its ${robustnessTimeLimitMs / 1000} s limit; ask for fewer samples or detail samples`,
          );
          const report = await runRobustness(ctx.jobs, chosen.theCase, options, {
            owner: request.owner,
            signal: AbortSignal.any([request.signal, limit]),
            ...(onProgress
              ? { onProgress: (done, total) => onProgress({ phase: 'sampling', done, total }) }
              : {}),
          }).catch((error: unknown) => {
            throw limit.aborted ? timeLimit : error;
          });
          await ctx.audit(req, 'robustness', { processId, detail: `uses ${use}` });
          return { ...report, uses: use, estimated: chosen.estimated };
        });
      }
      if (access.role !== 'delegate' || access.party === null)
        throw forbidden('robustness reads a position: mediators see every party, a delegate its own');
      if (use === 'estimates')
        throw forbidden(
          "estimates are the mediators' own: a delegate's run weighs its party's entered position",
        );
      // A delegate weighs the packages the mediators released, and no other: a package of its own choosing
      // is something to propose, not a question for its sealed numbers (the mediators decide what is on the table).
      const unreleased = asked.packages.findIndex((pkg) => !released.some((r) => isSamePackage(r, pkg)));
      if (unreleased >= 0)
        throw forbidden(
          `package ${unreleased + 1} was not released by the mediators; a delegate weighs released packages only (GET …/released-packages)`,
        );
      // Its own position alone, but still thousands of samples: a job, queued fairly like the mediators' runs.
      const report = await ctx.jobs.run(
        'partyRobustness',
        { theCase: caseFor(theCase, access), party: access.party, options },
        jobRequest(req, reply, processId),
      );
      await ctx.audit(req, 'robustness', { processId });
      return { ...report, uses: 'entered' as const };
    },
  );
};
