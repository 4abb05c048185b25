import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { RedactedCheckReport, redactCheck } from '../../analysis/index.js';
import { Comparison } from '../../compare/index.js';
import { comparisonToDocx } from '../../io/index.js';
import { Id, IsoDate, PositionSource } from '../../model/index.js';
import type { Case, Proposal, Reader } from '../../model/index.js';
import type { JobRequest } from '../../jobs/index.js';
import type { Versioned } from '../../store/index.js';
import { canReadPosition, canReadProposal, unsealedParties } from '../access.js';
import type { Access } from '../access.js';
import type { RouteContext } from '../context.js';
import { jobRequest } from '../job-request.js';
import { notFound, Problem } from '../problem.js';
import { mergeCheckResults, releasedCheck, releasedResults } from '../released-verdicts.js';
import { processAccess } from './guard.js';
import { weighedFields, weighedPositions } from '../weighed-positions.js';

/**
 * The case as the caller may use it in an action: only the proposals they may read and the positions they
 * may read (non-interference, docs/security.md): a mediator's actions weigh every party, a delegate's its
 * own party alone, an observer's none. Everything an action answers is computed from this case, so no
 * answer to a delegate or an observer can depend on another party's sealed position.
 */
export function caseFor(theCase: Case, access: Access): Case {
  return {
    ...theCase,
    proposals: theCase.proposals.filter((p) => canReadProposal(access, p)),
    positions: theCase.positions.filter((p) => canReadPosition(access, p.party)),
    // A position's earlier versions are as sealed as the position itself.
    ...(theCase.earlierPositions
      ? { earlierPositions: theCase.earlierPositions.filter((p) => canReadPosition(access, p.party)) }
      : {}),
  };
}

/** The reader of an answer: whose sealed content it may contain, and party names for sealed mentions. */
export function readerFor(theCase: Case, access: Access): Reader {
  return {
    unsealed: unsealedParties(
      access,
      theCase.parties.map((p) => p.id),
    ),
    partyNames: new Map(theCase.parties.map((p) => [p.id, p.name])),
  };
}

const comparisonCacheSize = 256;
const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Action routes over a process: check (compliance matrix, redacted for the caller) and compare. */
export const actionRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, ctx) => {
  // Comparing is pure and costs far more than reading, and the same pair is asked for again and again
  // (every delegate opens the same redline): answers are kept per pair of proposal versions.
  const comparisons = new Map<string, Comparison>();
  const compareCached = async (
    processId: string,
    a: Versioned<Proposal>,
    b: Versioned<Proposal>,
    request: JobRequest,
  ): Promise<Comparison> => {
    const key = `${processId}\0${a.value.id}@${a.version}\0${b.value.id}@${b.version}`;
    let comparison = comparisons.get(key);
    if (!comparison) {
      comparison = await ctx.jobs.run('compare', { a: a.value.provisions, b: b.value.provisions }, request);
      if (comparisons.size >= comparisonCacheSize) comparisons.delete(comparisons.keys().next().value!);
      comparisons.set(key, comparison);
    }
    return comparison;
  };

  const loadCase = async (processId: string) => {
    const theCase = await ctx.store.readCase(processId);
    if (!theCase) throw notFound(`no process '${processId}'`);
    return theCase;
  };

  app.post(
    '/processes/:processId/check',
    {
      schema: {
        summary: "Test the proposals the caller may read against every party's red lines (redacted)",
        tags: ['actions'],
        params: z.object({ processId: Id }),
        body: z
          .strictObject({
            proposals: z.array(Id).max(1000).optional(),
            parties: z.array(Id).max(1000).optional(),
            asOf: z
              .union([IsoDate, z.enum(['latest', 'proposal-date'])])
              .optional()
              .describe(
                "judge against the positions in force on this date, 'latest', or (default) each proposal's date",
              ),
            /** Which positions to weigh: those the parties entered, or the mediators' estimates (mediators only). */
            use: PositionSource.default('entered'),
          })
          .default({ use: 'entered' }),
        response: {
          200: RedactedCheckReport.extend({
            uses: PositionSource.optional(),
            estimated: z.array(Id).optional(),
          }),
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
      const { use, ...selection } = req.body;
      const theCase = await loadCase(processId);
      const weighed = await weighedPositions(ctx.store, caseFor(theCase, access), access, use);
      const reader = readerFor(theCase, access);
      const settings = await ctx.store.readSettings(processId);
      const request = jobRequest(req, reply, processId);
      const releasing = settings?.shareVerdicts
        ? releasedCheck(theCase, access, selection, reader)
        : undefined;
      // Both checks are jobs; the released one reads every sealed position, so its answer is cut to verdicts.
      const [report, releasedReport] = await Promise.all([
        ctx.jobs.run('check', { theCase: weighed.theCase, selection }, request),
        releasing ? ctx.jobs.run('check', releasing, request) : undefined,
      ]);
      const { results: own, incoherent } = redactCheck(report, reader);
      const released = releasedReport ? releasedResults(releasedReport, reader) : [];
      await ctx.audit(req, 'check', {
        processId,
        ...(weighed.hasEstimates ? { detail: `uses ${use}` } : {}),
      });
      // Coherence rules are no party's: whoever may run the check sees which readable proposal breaks one.
      return {
        results: mergeCheckResults(theCase, own, released),
        ...(incoherent ? { incoherent } : {}),
        ...weighedFields(weighed, use),
      };
    },
  );

  app.post(
    '/processes/:processId/compare',
    {
      schema: {
        summary:
          'Compare two proposals the caller may read: alignment, word-level redline, issue changes (JSON, or Word with tracked changes)',
        tags: ['actions'],
        params: z.object({ processId: Id }),
        body: z.strictObject({ a: Id, b: Id, format: z.enum(['json', 'docx']).default('json') }),
        response: {
          200: Comparison.describe(
            'with format json; docx answers the redline of b against a as a Word attachment with tracked changes',
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
      const [a, b] = await Promise.all([
        ctx.store.readProposal(processId, req.body.a),
        ctx.store.readProposal(processId, req.body.b),
      ]);
      for (const [id, found] of [
        [req.body.a, a],
        [req.body.b, b],
      ] as const) {
        if (!found || !canReadProposal(access, found.value))
          throw notFound(`no proposal '${id}' in process '${processId}'`);
      }
      const comparison = await compareCached(processId, a!, b!, jobRequest(req, reply, processId));
      if (req.body.format === 'json') return comparison;
      const document = await comparisonToDocx(comparison, a!.value.provisions, b!.value.provisions, {
        from: req.body.a,
        to: req.body.b,
        fromTitle: a!.value.title,
        toTitle: b!.value.title,
        date: ctx.clock().toISOString(),
      });
      // A buffer bypasses the serializer, so the 200 schema (the JSON answer) cannot describe it.
      return reply
        .type(docxType)
        .header('content-disposition', `attachment; filename="${req.body.a}-${req.body.b}.docx"`)
        .send(Buffer.from(document) as unknown as Comparison);
    },
  );
};
