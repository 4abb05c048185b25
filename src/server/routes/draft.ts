import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  DraftAnswer,
  DraftRequest,
  draftForDocument,
  formatDraftProblem,
  redactDraft,
} from '../../draft/index.js';
import type { PackageRequest } from '../../draft/index.js';
import { draftToDocx, draftToHtml, writeDraftMarkdown } from '../../io/index.js';
import type { DraftJob } from '../../jobs/index.js';
import { Id } from '../../model/index.js';
import { canReadProposal } from '../access.js';
import type { RouteContext } from '../context.js';
import { badRequest, HttpProblem, notFound, Problem } from '../problem.js';
import { redactSolve } from '../../solver/index.js';
import { caseFor, readerFor } from './actions.js';
import { jobRequest } from '../job-request.js';
import { processAccess } from './guard.js';

/**
 * How long the solver may search for the package to draft towards (`choosePackage` may solve twice, with
 * and without the cheapest relaxation, so it is kept short; the web app sends the package it already has
 * and never needs it). The search runs as part of the draft job, off the event loop.
 */
export const draftSolveTimeLimitMs = 2_000;

const documentTypes = {
  md: { type: 'text/markdown; charset=utf-8', extension: 'md' },
  html: { type: 'text/html; charset=utf-8', extension: 'html' },
  docx: {
    type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extension: 'docx',
  },
} as const;

/** What the request drafts towards, in words for the title (`towards`) and the draft's id (`label`). */
function describeTowards(body: DraftRequest): { label: string; towards: string } {
  if (body.package) return { label: 'package', towards: body.towards ?? 'a package given by hand' };
  if (body.near)
    return { label: `near-${body.near.join('-')}`, towards: body.towards ?? `near ${body.near.join(', ')}` };
  return { label: body.solution ?? 'nash', towards: body.towards ?? body.solution ?? 'nash' };
}

/** How the draft job finds its package: the one given, or the solver's within `draftSolveTimeLimitMs`. */
function towardsFor(body: DraftRequest): DraftJob['towards'] {
  if (body.package) return { package: body.package };
  const request: PackageRequest = body.near ? { near: body.near } : { solution: body.solution ?? 'nash' };
  return { request, searchMs: draftSolveTimeLimitMs };
}

/**
 * `POST /processes/{processId}/draft` (issue #7): a bridging draft composed from the proposals the caller
 * may read, towards a bargaining solution, the bridge near some proposals, or a package given by hand. Who
 * may solve may draft. Answered as JSON (redacted like check) or as the document itself: Markdown, Word
 * with tracked changes, or a standalone HTML page, each as an attachment named `<draft id>.<extension>`.
 */
export const draftRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, ctx) => {
  app.post(
    '/processes/:processId/draft',
    {
      schema: {
        summary:
          'Compose a bridging draft from the proposals the caller may read, towards a package (redacted; JSON, Markdown, Word or HTML)',
        tags: ['actions'],
        params: z.object({ processId: Id }),
        body: DraftRequest,
        response: {
          200: DraftAnswer.describe(
            'with format json; md, html and docx answer the document itself (text/markdown, text/html, application/vnd.openxmlformats-officedocument.wordprocessingml.document) as an attachment',
          ),
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
      const body = req.body;
      const sources = [body.solution, body.near, body.package].filter((s) => s !== undefined);
      if (sources.length > 1)
        throw badRequest(
          'ambiguous_package',
          'name at most one of solution, near and package (without any, the draft follows the nash package)',
        );
      const theCase = await ctx.store.readCase(processId);
      if (!theCase) throw notFound(`no process '${processId}'`);
      for (const id of [body.base, ...(body.near ?? [])]) {
        const proposal = theCase.proposals.find((p) => p.id === id);
        if (!proposal || !canReadProposal(access, proposal))
          throw notFound(`no proposal '${id}' in process '${processId}'`);
      }
      const visible = caseFor(theCase, access);
      const reader = readerFor(theCase, access);
      const { label, towards } = describeTowards(body);
      const date = ctx.clock().toISOString().slice(0, 10);
      const drafted = await ctx.jobs.run(
        'draft',
        {
          theCase: visible,
          towards: towardsFor(body),
          compose: {
            base: body.base,
            id: `bridge-${body.base}-${label}`,
            date,
            title: `Bridging draft on ${body.base} towards ${towards}`,
          },
        },
        jobRequest(req, reply, processId),
      );
      // The message of a failure names no red line, only that none is kept: nothing sealed to redact.
      if (!('composed' in drafted))
        throw new HttpProblem(
          422,
          'no_package',
          drafted.chosen.message.replace(
            /; give a package.*$/,
            '; name the package to draft towards in the request instead ("package": {"<issue>": "<option>", …})',
          ),
        );
      const relaxed = body.package
        ? []
        : redactSolve({ solutions: {}, relaxations: [drafted.chosen.relaxed] }, reader).relaxations![0]!;
      const composed = drafted.composed;
      if (!composed.ok) {
        const errors = composed.problems.map((p) => ({
          path: p.issue !== undefined ? `body/package/${p.issue}` : 'body/base',
          message: formatDraftProblem(p),
        }));
        throw new HttpProblem(422, composed.problems[0]!.code, errors[0]!.message, { errors });
      }
      const bridge = composed.value;
      await ctx.audit(req, 'draft', { processId, target: body.base, detail: body.format });
      if (body.format === 'json') return { ...redactDraft(bridge, reader), towards, relaxed };
      const shown = draftForDocument(bridge, reader);
      const content =
        body.format === 'docx'
          ? Buffer.from(
              await draftToDocx(
                shown,
                visible.proposals.find((p) => p.id === bridge.base)!,
                visible.issues,
                {
                  date: `${date}T00:00:00Z`,
                },
              ),
            )
          : body.format === 'html'
            ? draftToHtml(shown, visible)
            : writeDraftMarkdown(shown);
      const { type, extension } = documentTypes[body.format];
      // A string or buffer sent with a non-JSON type bypasses the serializer, so the 200 schema (the JSON
      // answer) cannot describe it; the cast only tells the typed reply so.
      return reply
        .type(type)
        .header('content-disposition', `attachment; filename="${bridge.draft.id}.${extension}"`)
        .send(content as unknown as DraftAnswer);
    },
  );
};
