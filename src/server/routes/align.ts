import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { MergeResult, ProposalMatrix } from '../../compare/index.js';
import { comparisonToDocx } from '../../io/index.js';
import { Id, Provision } from '../../model/index.js';
import type { Proposal } from '../../model/index.js';
import { canReadProposal } from '../access.js';
import type { Access } from '../access.js';
import type { RouteContext } from '../context.js';
import { jobRequest } from '../job-request.js';
import { badRequest, notFound, Problem } from '../problem.js';
import { processAccess } from './guard.js';

const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * Alignment over several proposals: the n-way matrix against a base, the three-way merge of two revisions
 * of a base, and a settled merge as Word with tracked changes against its base. Every proposal named must be
 * readable by the caller (404 otherwise).
 */
export const alignRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, ctx) => {
  const readable = async (
    access: Access,
    processId: string,
    ids: readonly string[],
  ): Promise<Map<string, Proposal>> => {
    const found = new Map<string, Proposal>();
    for (const id of new Set(ids)) {
      const proposal = await ctx.store.readProposal(processId, id);
      if (!proposal || !canReadProposal(access, proposal.value))
        throw notFound(`no proposal '${id}' in process '${processId}'`);
      found.set(id, proposal.value);
    }
    return found;
  };

  app.post(
    '/processes/:processId/matrix',
    {
      schema: {
        summary: 'Align several proposals into rows of corresponding provisions against a base',
        tags: ['actions'],
        params: z.object({ processId: Id }),
        body: z.strictObject({ base: Id, proposals: z.array(Id).min(2).max(20) }),
        response: {
          200: ProposalMatrix,
          400: Problem,
          401: Problem,
          404: Problem,
          422: Problem,
          503: Problem,
        },
      },
    },
    async (req, reply) => {
      const { processId } = req.params;
      const { access } = processAccess(req, processId);
      if (!req.body.proposals.includes(req.body.base)) {
        throw badRequest(
          'base_not_listed',
          `the base '${req.body.base}' must be one of the proposals (${req.body.proposals.join(', ')})`,
        );
      }
      const found = await readable(access, processId, req.body.proposals);
      return ctx.jobs.run(
        'matrix',
        {
          proposals: req.body.proposals.map((id) => ({ id, provisions: found.get(id)!.provisions })),
          base: req.body.base,
        },
        jobRequest(req, reply, processId),
      );
    },
  );

  app.post(
    '/processes/:processId/merge',
    {
      schema: {
        summary: 'Three-way merge of two revisions (a, b) of a base proposal, with conflicts marked',
        tags: ['actions'],
        params: z.object({ processId: Id }),
        body: z.strictObject({ base: Id, a: Id, b: Id }),
        response: {
          200: MergeResult,
          400: Problem,
          401: Problem,
          404: Problem,
          422: Problem,
          503: Problem,
        },
      },
    },
    async (req, reply) => {
      const { processId } = req.params;
      const { access } = processAccess(req, processId);
      const found = await readable(access, processId, [req.body.base, req.body.a, req.body.b]);
      const revision = (id: string) => ({ name: id, provisions: found.get(id)!.provisions });
      return ctx.jobs.run(
        'merge',
        { base: found.get(req.body.base)!.provisions, a: revision(req.body.a), b: revision(req.body.b) },
        jobRequest(req, reply, processId),
      );
    },
  );

  app.post(
    '/processes/:processId/merge/docx',
    {
      schema: {
        summary:
          'A merge with its conflicts settled (the provisions as the caller chose them) as Word, tracked changes against the base',
        tags: ['actions'],
        params: z.object({ processId: Id }),
        body: z.strictObject({
          base: Id,
          title: z.string().trim().min(1).max(500),
          provisions: z.array(Provision).min(1).max(2000),
        }),
        response: { 200: z.unknown(), 400: Problem, 401: Problem, 404: Problem, 422: Problem, 503: Problem },
      },
    },
    async (req, reply) => {
      const { processId } = req.params;
      const { access } = processAccess(req, processId);
      const base = (await readable(access, processId, [req.body.base])).get(req.body.base)!;
      // The answer is made of the base (which the caller may read) and the text the caller sent: nothing else.
      const comparison = await ctx.jobs.run(
        'compare',
        { a: base.provisions, b: req.body.provisions },
        jobRequest(req, reply, processId),
      );
      const document = await comparisonToDocx(comparison, base.provisions, req.body.provisions, {
        from: base.title,
        to: req.body.title,
        date: ctx.clock().toISOString(),
      });
      return reply
        .type(docxType)
        .header('content-disposition', `attachment; filename="merge-${req.body.base}.docx"`)
        .send(Buffer.from(document));
    },
  );
};
