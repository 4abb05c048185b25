import multipart from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sniffFormat } from '../../documents/index.js';
import { Id, ImportPreview } from '../../model/index.js';
import { SuggestionReport, suggestionThreshold } from '../../suggest/index.js';
import { canReadProposal } from '../access.js';
import type { RouteContext } from '../context.js';
import { jobRequest } from '../job-request.js';
import { forbidden, HttpProblem, notFound, Problem } from '../problem.js';
import { processAccess } from './guard.js';

/** The largest document the API takes (a 300-page PDF is about 1 MB; a Word file with images more). */
export const maxUploadBytes = 20 * 1024 * 1024;
/** The largest pasted text. */
const maxPasteBytes = 5 * 1024 * 1024;
const importFields = ['text', 'id', 'title', 'track', 'date', 'authors', 'revises'] as const;

const problems = {
  400: Problem,
  401: Problem,
  403: Problem,
  404: Problem,
  422: Problem,
  503: Problem,
} as const;

/**
 * Help with capture: a document (uploaded, or pasted text) segmented into a proposal for a person to review
 * before saving it with `POST …/proposals`; and suggested codes for a proposal's provisions. Both run as
 * jobs off the event loop. Suggestions draw only on the proposals the caller may read and the issues, never
 * on a position, so a delegate learns nothing sealed from them (docs/security.md).
 */
export const proposalAssistRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, ctx) => {
  await app.register(multipart, {
    limits: { fileSize: maxUploadBytes, files: 1, fields: importFields.length, fieldSize: maxPasteBytes },
  });

  app.post(
    '/processes/:processId/proposals/import',
    {
      schema: {
        summary:
          'Segment a Word, PDF, HTML or text document (multipart: a file, or a text field) into a proposal for review; nothing is saved',
        tags: ['proposals'],
        params: z.object({ processId: Id }),
        consumes: ['multipart/form-data'],
        response: { 200: ImportPreview, ...problems, 413: Problem, 415: Problem },
      },
    },
    async (req, reply) => {
      const { processId } = req.params;
      const { access } = processAccess(req, processId);
      if (access.role !== 'mediator' && access.role !== 'delegate')
        throw forbidden('only a mediator or a delegate can add a proposal');
      if (!req.isMultipart())
        throw new HttpProblem(
          415,
          'unsupported_media_type',
          'send multipart/form-data with a file (Word, PDF, HTML or text) or a text field',
        );
      const fields: Partial<Record<(typeof importFields)[number], string>> = {};
      let file: { bytes: Buffer; name: string } | undefined;
      try {
        for await (const part of req.parts()) {
          if (part.type === 'file') file = { bytes: await part.toBuffer(), name: part.filename };
          else if (
            (importFields as readonly string[]).includes(part.fieldname) &&
            typeof part.value === 'string'
          )
            fields[part.fieldname as (typeof importFields)[number]] = part.value;
        }
      } catch (error) {
        const code = (error as { code?: string }).code;
        if (code === 'FST_REQ_FILE_TOO_LARGE' || code === 'FST_FIELDS_LIMIT' || code === 'FST_FILES_LIMIT')
          throw new HttpProblem(
            413,
            'body_too_large',
            `send one document of at most ${maxUploadBytes / 1024 / 1024} MB (or a pasted text of at most ${maxPasteBytes / 1024 / 1024} MB)`,
          );
        throw new HttpProblem(400, 'bad_multipart', 'the multipart body could not be read; send it again');
      }
      const bytes = file?.bytes ?? (fields.text !== undefined ? Buffer.from(fields.text, 'utf8') : undefined);
      if (!bytes) throw new HttpProblem(400, 'no_document', 'send a file, or the text in a field named text');
      const sniffed = sniffFormat(bytes, file?.name ?? '');
      if (!sniffed.ok) throw new HttpProblem(415, 'unreadable_document', sniffed.message);
      const authors = fields.authors
        ?.split(',')
        .map((a) => a.trim())
        .filter((a) => a !== '');
      const ownParty = access.role === 'delegate' && access.party !== null ? [access.party] : undefined;
      const options = {
        fileName: (file?.name ?? 'pasted text').replace(/\.[^.]*$/, ''),
        ...(fields.id ? { id: fields.id } : {}),
        ...(fields.title ? { title: fields.title } : {}),
        ...(fields.track ? { track: fields.track } : {}),
        ...(fields.date ? { date: fields.date } : {}),
        ...(fields.revises ? { revises: fields.revises } : {}),
        ...((authors ?? ownParty) ? { authors: authors ?? ownParty } : {}),
      };
      const imported = await ctx.jobs.run('import', { bytes, options }, jobRequest(req, reply, processId));
      await ctx.audit(req, 'import-proposal', {
        processId,
        detail: `${sniffed.format} ${bytes.length} bytes${imported.ok ? `, ${imported.proposal.provisions.length} provisions` : ', refused'}`,
      });
      if (!imported.ok)
        throw new HttpProblem(422, 'unreadable_document', imported.errors.join('; '), {
          errors: imported.errors.map((message) => ({ path: 'document', message })),
        });
      return { proposal: imported.proposal, markdown: imported.markdown, warnings: imported.warnings };
    },
  );

  const suggestions = async (
    req: FastifyRequest,
    processId: string,
    proposalId: string,
    minConfidence: number,
  ) => {
    const { access } = processAccess(req, processId);
    const target = await ctx.store.readProposal(processId, proposalId);
    if (!target || !canReadProposal(access, target.value))
      throw notFound(`no proposal '${proposalId}' in process '${processId}'`);
    const manifest = await ctx.store.readManifest(processId);
    if (!manifest) throw notFound(`no process '${processId}'`);
    const readable = (await ctx.store.listProposals(processId))
      .map((p) => p.value)
      .filter((p) => canReadProposal(access, p));
    return { target: target.value, context: { issues: manifest.issues, proposals: readable }, minConfidence };
  };
  const suggestionSchema = {
    summary:
      "Suggested issue codes for a proposal's uncoded provisions, from the proposals the caller may read",
    tags: ['proposals'],
    params: z.object({ processId: Id, proposalId: Id }),
    response: { 200: SuggestionReport, 401: Problem, 404: Problem, 400: Problem, 422: Problem, 503: Problem },
  };
  const MinConfidence = z.coerce.number().min(0).max(1).default(suggestionThreshold);

  app.get(
    '/processes/:processId/proposals/:proposalId/suggestions',
    { schema: { ...suggestionSchema, querystring: z.strictObject({ minConfidence: MinConfidence }) } },
    async (req, reply) => {
      const { processId, proposalId } = req.params;
      const input = await suggestions(req, processId, proposalId, req.query.minConfidence);
      return ctx.jobs.run('suggest', input, jobRequest(req, reply, processId));
    },
  );
  app.post(
    '/processes/:processId/proposals/:proposalId/suggestions',
    {
      schema: {
        ...suggestionSchema,
        body: z
          .strictObject({ minConfidence: MinConfidence })
          .default({ minConfidence: suggestionThreshold }),
      },
    },
    async (req, reply) => {
      const { processId, proposalId } = req.params;
      const input = await suggestions(req, processId, proposalId, req.body.minConfidence);
      return ctx.jobs.run('suggest', input, jobRequest(req, reply, processId));
    },
  );
};
