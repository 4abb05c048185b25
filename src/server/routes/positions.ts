import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Id, Position } from '../../model/index.js';
import { canReadPosition } from '../access.js';
import { assertConsistent } from '../consistency.js';
import type { RouteContext } from '../context.js';
import { badRequest, notFound, Problem } from '../problem.js';
import { assertWritten, ifMatchVersion, setVersion } from '../versioning.js';
import { HttpProblem } from '../problem.js';
import { processAccess } from './guard.js';

/** A sealed position with the version `If-Match` must name to change it (also sent as its ETag). */
export const VersionedPosition = Position.extend({ version: z.number().int() });

const params = z.object({ processId: Id, partyId: Id });

/**
 * Position routes. A position is sealed: only the party's own delegates and the mediators can read or write
 * it, and anyone else gets the same 404 as for a party without a position. Every read is audited.
 */
export const positionRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, ctx) => {
  app.get(
    '/processes/:processId/positions/:partyId',
    {
      schema: {
        summary: "A party's sealed position (its delegates and mediators only); ETag is its version",
        tags: ['positions'],
        params,
        response: { 200: VersionedPosition, 401: Problem, 404: Problem },
      },
    },
    async (req, reply) => {
      const { processId, partyId } = req.params;
      const { access } = processAccess(req, processId);
      const found = canReadPosition(access, partyId)
        ? await ctx.store.readPosition(processId, partyId)
        : undefined;
      if (!found) throw notFound(`no position of '${partyId}' in process '${processId}'`);
      await ctx.audit(req, 'read-position', { processId, target: partyId });
      setVersion(reply, found.version);
      return { ...found.value, version: found.version };
    },
  );

  app.put(
    '/processes/:processId/positions/:partyId',
    {
      schema: {
        summary: "Replace a party's position: If-Match with its version, or If-None-Match: * to create it",
        tags: ['positions'],
        params,
        body: Position.extend({ redlines: Position.shape.redlines.unwrap().max(500).default([]) }),
        response: {
          200: VersionedPosition,
          400: Problem,
          401: Problem,
          404: Problem,
          412: Problem,
          422: Problem,
          428: Problem,
        },
      },
    },
    async (req, reply) => {
      const { processId, partyId } = req.params;
      const { access } = processAccess(req, processId);
      if (!canReadPosition(access, partyId))
        throw notFound(`no position of '${partyId}' in process '${processId}'`);
      if (req.body.party !== partyId)
        throw badRequest(
          'party_mismatch',
          `the body is the position of '${req.body.party}', but the path names '${partyId}'`,
        );
      const ifVersion = ifMatchVersion(req);
      const creating = req.headers['if-none-match'] === '*';
      if (ifVersion === undefined && !creating) {
        throw new HttpProblem(
          428,
          'if_match_required',
          'send If-Match with the version you last read, or If-None-Match: * to create the position',
        );
      }
      // A position refers only to the manifest (issues, options, its party), so that is all it is checked against.
      const manifest = await ctx.store.readManifest(processId);
      if (!manifest) throw notFound(`no process '${processId}'`);
      assertConsistent(
        { ...manifest, proposals: [], positions: [req.body] },
        { document: 'position', party: partyId },
      );
      const version = await ctx.write(req, async (tx) => {
        const written = assertWritten(
          await tx.store.writePosition(processId, req.body, ifVersion ?? null, {
            userId: req.viewer?.user.id ?? null,
            at: ctx.clock().toISOString(),
          }),
          `the position of '${partyId}'`,
        );
        await tx.audit('write-position', { processId, target: partyId });
        return written;
      });
      setVersion(reply, version);
      return { ...req.body, version };
    },
  );
};
