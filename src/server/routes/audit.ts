import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Id } from '../../model/index.js';
import { AuditEntry } from '../../store/index.js';
import { requireViewer } from '../auth.js';
import type { RouteContext } from '../context.js';
import { forbidden, Problem } from '../problem.js';
import { processAccess } from './guard.js';

const query = z.strictObject({
  afterId: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(10_000).default(1000),
});
const maxExport = 1_000_000;

/** What a page of the log can answer: the entries, a bad query, no session, or not allowed. */
const pageAnswers = {
  200: z.object({ entries: z.array(AuditEntry) }),
  400: Problem,
  401: Problem,
  403: Problem,
} as const;

/**
 * Audit routes: admins read the whole log, mediators their process's; both as JSON pages (`afterId`,
 * `limit`) or exported whole as JSON lines. Reading the log is itself logged as an export.
 */
export const auditRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, ctx) => {
  const mayRead = (req: Parameters<typeof requireViewer>[0], processId: string | undefined) => {
    if (processId === undefined) {
      if (!requireViewer(req).user.isAdmin) throw forbidden('only an admin can read the whole audit log');
      return;
    }
    const { viewer, access } = processAccess(req, processId);
    if (!viewer.user.isAdmin && access.role !== 'mediator')
      throw forbidden("only admins and the process's mediators can read its audit log");
  };
  const lines = (entries: AuditEntry[]) => entries.map((e) => JSON.stringify(e) + '\n').join('');

  app.get(
    '/audit',
    {
      schema: {
        summary: 'The audit log, oldest first (admins)',
        tags: ['audit'],
        querystring: query,
        response: pageAnswers,
      },
    },
    async (req) => {
      mayRead(req, undefined);
      return { entries: await ctx.store.listAudit(req.query) };
    },
  );

  app.get(
    '/audit/export',
    {
      schema: {
        summary: 'The whole audit log as JSON lines (admins)',
        tags: ['audit'],
        response: { 200: z.string(), 401: Problem, 403: Problem },
      },
    },
    async (req, reply) => {
      mayRead(req, undefined);
      await ctx.audit(req, 'export-audit');
      const entries = await ctx.store.listAudit({ limit: maxExport });
      return reply.type('application/jsonl; charset=utf-8').send(lines(entries));
    },
  );

  app.get(
    '/processes/:processId/audit',
    {
      schema: {
        summary: "A process's audit log, oldest first (admins and its mediators)",
        tags: ['audit'],
        params: z.object({ processId: Id }),
        querystring: query,
        response: { ...pageAnswers, 404: Problem },
      },
    },
    async (req) => {
      mayRead(req, req.params.processId);
      return { entries: await ctx.store.listAudit({ ...req.query, processId: req.params.processId }) };
    },
  );

  app.get(
    '/processes/:processId/audit/export',
    {
      schema: {
        summary: "A process's audit log as JSON lines (admins and its mediators)",
        tags: ['audit'],
        params: z.object({ processId: Id }),
        response: { 200: z.string(), 401: Problem, 403: Problem, 404: Problem },
      },
    },
    async (req, reply) => {
      mayRead(req, req.params.processId);
      await ctx.audit(req, 'export-audit', { processId: req.params.processId });
      const entries = await ctx.store.listAudit({ processId: req.params.processId, limit: maxExport });
      return reply.type('application/jsonl; charset=utf-8').send(lines(entries));
    },
  );
};
