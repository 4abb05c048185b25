import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { canReadEstimate, Id, Position, ReleasedPackages } from '../../model/index.js';
import { packageProblems } from '../../robustness/index.js';
import type { Access } from '../access.js';
import { assertConsistent } from '../consistency.js';
import type { RouteContext } from '../context.js';
import { badRequest, forbidden, HttpProblem, notFound, Problem } from '../problem.js';
import { assertWritten, ifMatchVersion, setVersion } from '../versioning.js';
import { processAccess } from './guard.js';

/** A mediators' estimate with the version `If-Match` must name to change it (also sent as its ETag). */
export const VersionedEstimate = Position.extend({ version: z.number().int() });

const params = z.object({ processId: Id });
const partyParams = z.object({ processId: Id, partyId: Id });

// Estimates are the mediators' own work: anyone else is refused the same way, whether or not one exists.
export const requireMediator = (access: Access): void => {
  if (!canReadEstimate(access))
    throw forbidden("estimates of positions are the mediators' own: not even the estimated party reads them");
};

/**
 * The mediators' estimates of parties' positions (issue 17), kept beside what each party entered and read
 * and written by mediators alone — the estimated party's delegates included, since it is the mediators'
 * judgement of them. `POST …/robustness` weighs them with `use: "estimates"`. And the packages the mediators
 * released: every member reads the list; a delegate's robustness answer then gives its own party's
 * acceptance of each. Writes are audited in their transaction.
 */
export const estimateRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, ctx) => {
  app.get(
    '/processes/:processId/estimates',
    {
      schema: {
        summary: "The mediators' estimates of parties' positions (mediators only)",
        tags: ['positions'],
        params,
        response: { 200: z.array(VersionedEstimate), 401: Problem, 403: Problem, 404: Problem },
      },
    },
    async (req) => {
      const { processId } = req.params;
      requireMediator(processAccess(req, processId).access);
      const found = await ctx.store.listEstimates(processId);
      await ctx.audit(req, 'read-estimates', { processId });
      return found.map((e) => ({ ...e.value, version: e.version }));
    },
  );

  app.get(
    '/processes/:processId/estimates/:partyId',
    {
      schema: {
        summary: "The mediators' estimate of one party's position (mediators only); ETag is its version",
        tags: ['positions'],
        params: partyParams,
        response: { 200: VersionedEstimate, 401: Problem, 403: Problem, 404: Problem },
      },
    },
    async (req, reply) => {
      const { processId, partyId } = req.params;
      requireMediator(processAccess(req, processId).access);
      const found = await ctx.store.readEstimate(processId, partyId);
      if (!found) throw notFound(`no estimate of '${partyId}' in process '${processId}'`);
      await ctx.audit(req, 'read-estimate', { processId, target: partyId });
      setVersion(reply, found.version);
      return { ...found.value, version: found.version };
    },
  );

  app.put(
    '/processes/:processId/estimates/:partyId',
    {
      schema: {
        summary:
          "Replace the mediators' estimate of a party's position: If-Match with its version, or If-None-Match: * to create it",
        tags: ['positions'],
        params: partyParams,
        body: Position.extend({ redlines: Position.shape.redlines.unwrap().max(500).default([]) }),
        response: {
          200: VersionedEstimate,
          400: Problem,
          401: Problem,
          403: Problem,
          404: Problem,
          412: Problem,
          422: Problem,
          428: Problem,
        },
      },
    },
    async (req, reply) => {
      const { processId, partyId } = req.params;
      requireMediator(processAccess(req, processId).access);
      if (req.body.party !== partyId)
        throw badRequest(
          'party_mismatch',
          `the body is an estimate of '${req.body.party}', but the path names '${partyId}'`,
        );
      const ifVersion = ifMatchVersion(req);
      if (ifVersion === undefined && req.headers['if-none-match'] !== '*')
        throw new HttpProblem(
          428,
          'if_match_required',
          'send If-Match with the version you last read, or If-None-Match: * to create the estimate',
        );
      const manifest = await ctx.store.readManifest(processId);
      if (!manifest) throw notFound(`no process '${processId}'`);
      assertConsistent(
        { ...manifest, proposals: [], positions: [], estimates: [req.body] },
        { document: 'estimate', party: partyId },
      );
      const version = await ctx.write(req, async (tx) => {
        const written = assertWritten(
          await tx.store.writeEstimate(processId, req.body, ifVersion ?? null, {
            userId: req.viewer?.user.id ?? null,
            at: ctx.clock().toISOString(),
          }),
          `the estimate of '${partyId}'`,
        );
        await tx.audit('write-estimate', { processId, target: partyId });
        return written;
      });
      setVersion(reply, version);
      return { ...req.body, version };
    },
  );

  app.delete(
    '/processes/:processId/estimates/:partyId',
    {
      schema: {
        summary: "Remove the mediators' estimate of a party's position (mediators only)",
        tags: ['positions'],
        params: partyParams,
        response: { 204: z.null(), 401: Problem, 403: Problem, 404: Problem },
      },
    },
    async (req, reply) => {
      const { processId, partyId } = req.params;
      requireMediator(processAccess(req, processId).access);
      await ctx.write(req, async (tx) => {
        if (!(await tx.store.deleteEstimate(processId, partyId)))
          throw notFound(`no estimate of '${partyId}' in process '${processId}'`);
        await tx.audit('delete-estimate', { processId, target: partyId });
      });
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/processes/:processId/released-packages',
    {
      schema: {
        summary: 'The packages the mediators released (members)',
        tags: ['processes'],
        params,
        response: { 200: ReleasedPackages, 401: Problem, 404: Problem },
      },
    },
    async (req) => {
      const { processId } = req.params;
      processAccess(req, processId);
      const packages = await ctx.store.readReleasedPackages(processId);
      if (!packages) throw notFound(`no process '${processId}'`);
      return { packages };
    },
  );

  app.put(
    '/processes/:processId/released-packages',
    {
      schema: {
        summary:
          "Release packages (mediators): each delegate's robustness answer then gives its own party's acceptance of each",
        tags: ['processes'],
        params,
        body: ReleasedPackages,
        response: { 200: ReleasedPackages, 400: Problem, 401: Problem, 403: Problem, 404: Problem },
      },
    },
    async (req) => {
      const { processId } = req.params;
      const { access } = processAccess(req, processId);
      if (access.role !== 'mediator') throw forbidden('only mediators release packages');
      const manifest = await ctx.store.readManifest(processId);
      if (!manifest) throw notFound(`no process '${processId}'`);
      const problems = packageProblems({ ...manifest, proposals: [], positions: [] }, req.body.packages);
      if (problems.length > 0)
        throw new HttpProblem(400, 'invalid_package', problems[0]!.message, {
          errors: problems.map((p) => ({ path: `body/${p.path}`, message: p.message })),
        });
      await ctx.write(req, async (tx) => {
        if (!(await tx.store.writeReleasedPackages(processId, req.body.packages)))
          throw notFound(`no process '${processId}'`);
        await tx.audit('release-packages', { processId, detail: `${req.body.packages.length} released` });
      });
      return req.body;
    },
  );
};
