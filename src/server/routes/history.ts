import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Comparison } from '../../compare/index.js';
import { Id, Position, Proposal, VersionEntry } from '../../model/index.js';
import type { RevisionKind } from '../../store/index.js';
import { canEditProposal, canReadPosition, canReadProposal } from '../access.js';
import { assertConsistent } from '../consistency.js';
import type { RouteContext } from '../context.js';
import { jobRequest } from '../job-request.js';
import { forbidden, notFound, Problem } from '../problem.js';
import { requireMediator } from './estimates.js';
import { assertWritten, requireIfMatch, setVersion } from '../versioning.js';
import { processAccess } from './guard.js';

const kinds = {
  proposal: { param: 'proposalId', schema: Proposal, path: 'proposals' },
  position: { param: 'partyId', schema: Position, path: 'positions' },
  estimate: { param: 'partyId', schema: Position, path: 'estimates' },
} as const;

/**
 * History (issue 14): every saved version of a proposal, a position or a mediators' estimate (issue 17),
 * listed newest first with who saved it and when, each readable whole, and restored as a new version
 * (`If-Match` with the current one). Access is what the caller may read *now*: a proposal they may read
 * (restore: edit), their own party's position (or any, for a mediator); anything else answers 404 as a
 * missing one does. An estimate's history is the mediators' alone, like the estimate: anyone else gets
 * 403 whether or not it exists.
 */
export const historyRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, ctx) => {
  const { store } = ctx;

  /** The document's current stored version, after checking the caller may read (or change) it now. */
  const guard = async (
    req: FastifyRequest,
    kind: RevisionKind,
    processId: string,
    docId: string,
    toChange: boolean,
  ) => {
    const { access } = processAccess(req, processId);
    if (kind === 'proposal') {
      const found = await store.readProposal(processId, docId);
      if (!found || !canReadProposal(access, found.value))
        throw notFound(`no proposal '${docId}' in '${processId}'`);
      if (toChange && !canEditProposal(access, found.value))
        throw forbidden("only mediators and the delegates of the proposal's authors can restore it");
      return found.version;
    }
    if (kind === 'estimate') {
      requireMediator(access);
      const found = await store.readEstimate(processId, docId);
      if (!found) throw notFound(`no estimate of '${docId}' in process '${processId}'`);
      return found.version;
    }
    const found = canReadPosition(access, docId) ? await store.readPosition(processId, docId) : undefined;
    if (!found) throw notFound(`no position of '${docId}' in process '${processId}'`);
    return found.version;
  };

  for (const kind of ['proposal', 'position', 'estimate'] as const) {
    const { param, schema, path } = kinds[kind];
    const params = z.object({ processId: Id, [param]: Id }) as z.ZodObject<{ processId: typeof Id }>;
    const versionParams = params.extend({ version: z.coerce.number().int().min(0) });
    const docIdOf = (p: Record<string, unknown>) => String(p[param]);
    // Only an estimate's history refuses (403) rather than hiding (404): see the estimate routes.
    const refused = kind === 'estimate' ? { 403: Problem } : {};

    app.get(
      `/processes/:processId/${path}/:${param}/versions`,
      {
        schema: {
          summary: `Every saved version of a ${kind}, newest first, with who saved it and when`,
          tags: ['history'],
          params,
          response: {
            200: z.object({ versions: z.array(VersionEntry) }),
            401: Problem,
            ...refused,
            404: Problem,
          },
        },
      },
      async (req) => {
        const { processId } = req.params;
        const docId = docIdOf(req.params);
        await guard(req, kind, processId, docId, false);
        const [revisions, users] = await Promise.all([
          store.listRevisions(processId, kind, docId),
          store.listUsers(),
        ]);
        const emails = new Map(users.map((u) => [u.id, u.email]));
        if (kind !== 'proposal') await ctx.audit(req, `read-${kind}-history`, { processId, target: docId });
        return {
          versions: revisions.map((r) => ({
            version: r.version,
            at: r.at,
            author: r.userId === null ? null : (emails.get(r.userId) ?? r.userId),
          })),
        };
      },
    );

    app.get(
      `/processes/:processId/${path}/:${param}/versions/:version`,
      {
        schema: {
          summary: `One saved version of a ${kind}, whole`,
          tags: ['history'],
          params: versionParams,
          response: {
            200: schema.extend({ version: z.number().int() }),
            401: Problem,
            ...refused,
            404: Problem,
          },
        },
      },
      async (req) => {
        const { processId, version } = req.params as { processId: string; version: number };
        const docId = docIdOf(req.params);
        await guard(req, kind, processId, docId, false);
        const found = await store.readRevision(processId, kind, docId, version);
        if (!found) throw notFound(`no version ${version} of ${kind} '${docId}'`);
        if (kind !== 'proposal')
          await ctx.audit(req, `read-${kind}`, { processId, target: docId, detail: `version ${version}` });
        return { ...found.value, version };
      },
    );

    app.post(
      `/processes/:processId/${path}/:${param}/versions/:version/restore`,
      {
        schema: {
          summary: `Restore a saved version of a ${kind} as a new version; If-Match with the current version`,
          tags: ['history'],
          params: versionParams,
          response: {
            200: schema.extend({ version: z.number().int() }),
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
        const { processId, version } = req.params as { processId: string; version: number };
        const docId = docIdOf(req.params);
        await guard(req, kind, processId, docId, true);
        const ifVersion = requireIfMatch(req);
        const found = await store.readRevision(processId, kind, docId, version);
        if (!found) throw notFound(`no version ${version} of ${kind} '${docId}'`);
        // The old version must still fit the case as it is set up now (an option may have been retired since).
        const manifest = await store.readManifest(processId);
        if (!manifest) throw notFound(`no process '${processId}'`);
        const author = { userId: req.viewer?.user.id ?? null, at: ctx.clock().toISOString() };
        const written = await ctx.write(req, async (tx) => {
          if (kind === 'proposal') {
            const proposal = found.value as Proposal;
            assertConsistent(
              { ...manifest, proposals: [{ ...proposal, revises: undefined }], positions: [] },
              { document: 'proposal', id: docId },
            );
            const w = assertWritten(
              await tx.store.writeProposal(processId, proposal, ifVersion, author),
              `proposal '${docId}'`,
            );
            await tx.audit('restore-proposal', { processId, target: docId, detail: `version ${version}` });
            return w;
          }
          // A position or the mediators' estimate of one: the same document, kept apart.
          const position = found.value as Position;
          const isEstimate = kind === 'estimate';
          assertConsistent(
            isEstimate
              ? { ...manifest, proposals: [], positions: [], estimates: [position] }
              : { ...manifest, proposals: [], positions: [position] },
            { document: kind, party: docId },
          );
          const w = assertWritten(
            isEstimate
              ? await tx.store.writeEstimate(processId, position, ifVersion, author)
              : await tx.store.writePosition(processId, position, ifVersion, author),
            `the ${kind} of '${docId}'`,
          );
          await tx.audit(`restore-${kind}`, { processId, target: docId, detail: `version ${version}` });
          return w;
        });
        setVersion(reply, written);
        return { ...found.value, version: written };
      },
    );
  }

  app.get(
    '/processes/:processId/proposals/:proposalId/versions/:version/compare/:other',
    {
      schema: {
        summary:
          'Two saved versions of a proposal compared: alignment, word-level redline of `other` against `version`, issue changes',
        tags: ['history'],
        params: z.object({
          processId: Id,
          proposalId: Id,
          version: z.coerce.number().int().min(0),
          other: z.coerce.number().int().min(0),
        }),
        response: { 200: Comparison, 401: Problem, 404: Problem, 503: Problem },
      },
    },
    async (req, reply) => {
      const { processId, proposalId, version, other } = req.params;
      await guard(req, 'proposal', processId, proposalId, false);
      const [from, to] = await Promise.all(
        [version, other].map(async (v) => {
          const found = await store.readRevision(processId, 'proposal', proposalId, v);
          if (!found) throw notFound(`no version ${v} of proposal '${proposalId}'`);
          return found.value as Proposal;
        }),
      );
      // Comparing is heavy: it runs in the job pool, as `POST …/compare` does, never on the event loop.
      return ctx.jobs.run(
        'compare',
        { a: from!.provisions, b: to!.provisions },
        jobRequest(req, reply, processId),
      );
    },
  );
};
