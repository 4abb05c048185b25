import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { caseToFiles } from '../../io/index.js';
import { formatCaseError, Id } from '../../model/index.js';
import { readCaseArchive, writeCaseArchive } from '../archive.js';
import { requireViewer } from '../auth.js';
import { bodyLimits } from '../body-limits.js';
import type { RouteContext } from '../context.js';
import { jobRequest } from '../job-request.js';
import { forbidden, HttpProblem, notFound, Problem } from '../problem.js';
import { processAccess } from './guard.js';
import { createEmptyProcess } from './setup.js';

const archiveTypes = [
  'application/x-tar',
  'application/gzip',
  'application/x-gzip',
  'application/zip',
  'application/octet-stream',
];

/**
 * Case archives: an admin imports a case folder packed as tar (or .tar.gz) or zip as a new process; a
 * mediator exports a whole process, sealed positions, the mediators' estimates and the packages they released
 * included, which is audited.
 */
export const archiveRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, ctx) => {
  app.addContentTypeParser(
    archiveTypes,
    { parseAs: 'buffer', bodyLimit: bodyLimits.archive },
    (_req, body, done) => done(null, body),
  );

  app.post(
    '/processes',
    {
      schema: {
        summary:
          'Create a process (admins): an empty one from a JSON body { id, title, description? }, or one imported from a case folder archive (tar, tar.gz or zip)',
        tags: ['processes'],
        response: {
          201: z.object({
            id: Id,
            title: z.string(),
            proposals: z.number().int(),
            positions: z.number().int(),
          }),
          400: Problem,
          401: Problem,
          403: Problem,
          409: Problem,
          413: Problem,
          415: Problem,
          422: Problem,
          503: Problem,
        },
      },
    },
    async (req, reply) => {
      const viewer = requireViewer(req);
      if (!viewer.user.isAdmin) throw forbidden('only an admin can create or import a process');
      if (req.body !== null && typeof req.body === 'object' && !Buffer.isBuffer(req.body))
        return reply.code(201).send(await createEmptyProcess(ctx, req, req.body));
      if (!Buffer.isBuffer(req.body))
        throw new HttpProblem(
          415,
          'unsupported_media_type',
          `send a JSON object { id, title } or the archive as one of: ${archiveTypes.join(', ')}`,
        );
      const read = await readCaseArchive(req.body);
      if (!read.ok) throw new HttpProblem(400, 'bad_archive', read.message);
      // Parsing and validating up to 50 MiB of YAML and Markdown takes seconds: a job, off the request thread.
      // The case has no process yet, so the job is queued as the admin's outside any process.
      const loaded = await ctx.jobs.run('readCase', { files: read.files }, jobRequest(req, reply, ''));
      if (!loaded.ok) {
        const errors = loaded.errors.map((e) => ({ path: `${e.file}:${e.line}`, message: e.message }));
        throw new HttpProblem(422, 'invalid_case', formatCaseError(loaded.errors[0]!), { errors });
      }
      await ctx.write(req, async (tx) => {
        const created = await tx.store.createProcess(loaded.value);
        if (!created.ok)
          throw new HttpProblem(
            409,
            'process_exists',
            `a process '${loaded.value.id}' already exists; change the id in case.yaml`,
          );
        await tx.audit('import', { processId: loaded.value.id });
      });
      const { id, title, proposals, positions } = loaded.value;
      return reply.code(201).send({ id, title, proposals: proposals.length, positions: positions.length });
    },
  );

  app.get(
    '/processes/:processId/export',
    {
      schema: {
        summary: 'Export a whole process, sealed positions included, as a case folder archive (mediators)',
        tags: ['processes'],
        params: z.object({ processId: Id }),
        querystring: z.strictObject({ format: z.enum(['tar', 'zip']).default('tar') }),
        response: {
          200: z.any().describe('the archive'),
          400: Problem,
          401: Problem,
          403: Problem,
          404: Problem,
        },
      },
    },
    async (req, reply) => {
      const { processId } = req.params;
      const { access } = processAccess(req, processId);
      if (access.role !== 'mediator')
        throw forbidden(
          "only the process's mediators can export it, since the archive holds every sealed position",
        );
      const theCase = await ctx.store.readCase(processId);
      if (!theCase) throw notFound(`no process '${processId}'`);
      // The mediators' estimates (estimates/<party>.yaml) and the packages they released
      // (released-packages.yaml) travel with the case: only mediators export.
      const estimates = (await ctx.store.listEstimates(processId)).map((e) => e.value);
      const releasedPackages = (await ctx.store.readReleasedPackages(processId)) ?? [];
      const archive = await writeCaseArchive(
        caseToFiles({
          ...theCase,
          ...(estimates.length > 0 ? { estimates } : {}),
          ...(releasedPackages.length > 0 ? { releasedPackages } : {}),
        }),
        processId,
        req.query.format,
      );
      await ctx.audit(req, 'export', { processId, detail: req.query.format });
      return reply
        .type(req.query.format === 'zip' ? 'application/zip' : 'application/x-tar')
        .header('content-disposition', `attachment; filename="${processId}.${req.query.format}"`)
        .send(archive);
    },
  );
};
