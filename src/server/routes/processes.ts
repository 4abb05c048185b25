import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AccessInfo, CaseManifest, Id, ProcessSummary } from '../../model/index.js';
import { accessTo } from '../access.js';
import { requireViewer } from '../auth.js';
import type { RouteContext } from '../context.js';
import { forbidden, notFound, Problem } from '../problem.js';
import { processAccess } from './guard.js';
import { setVersion } from '../versioning.js';

/** Process routes: list the processes the caller may see, read one's parties, tracks and issues, delete one. */
export const processRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, ctx) => {
  app.get(
    '/processes',
    {
      schema: {
        summary: 'The processes the caller may see',
        tags: ['processes'],
        response: {
          200: z.object({
            processes: z.array(ProcessSummary),
          }),
          401: Problem,
        },
      },
    },
    async (req) => {
      const viewer = requireViewer(req);
      const visible = (await ctx.store.listProcesses()).flatMap((p) => {
        const access = accessTo(viewer, p.id);
        return access ? [{ ...p, access }] : [];
      });
      const processes = await Promise.all(
        visible.map(async (p) => {
          if (p.access.party === null) return p;
          const manifest = await ctx.store.readManifest(p.id);
          const partyName = manifest?.parties.find((party) => party.id === p.access.party)?.name;
          return partyName ? { ...p, access: { ...p.access, partyName } } : p;
        }),
      );
      return { processes };
    },
  );

  app.get(
    '/processes/:processId',
    {
      schema: {
        summary:
          'A process: parties, tracks, issues and options (option value "Infinity" means no limit), with its set-up version (ETag)',
        tags: ['processes'],
        params: z.object({ processId: Id }),
        response: {
          200: CaseManifest.extend({ access: AccessInfo, version: z.number().int() }),
          401: Problem,
          404: Problem,
        },
      },
    },
    async (req, reply) => {
      const { access } = processAccess(req, req.params.processId);
      const [manifest, version] = await Promise.all([
        ctx.store.readManifest(req.params.processId),
        ctx.store.readManifestVersion(req.params.processId),
      ]);
      if (!manifest || version === undefined) throw notFound(`no process '${req.params.processId}'`);
      // The version is what set-up's If-Match names (PUT /processes/{processId}/manifest).
      setVersion(reply, version);
      return { ...manifest, access, version };
    },
  );

  app.delete(
    '/processes/:processId',
    {
      schema: {
        summary: 'Delete a process and everything in it (admins)',
        tags: ['processes'],
        params: z.object({ processId: Id }),
        response: { 204: z.null(), 401: Problem, 403: Problem, 404: Problem },
      },
    },
    async (req, reply) => {
      const { viewer } = processAccess(req, req.params.processId);
      if (!viewer.user.isAdmin) throw forbidden('only an admin can delete a process');
      await ctx.write(req, async (tx) => {
        if (!(await tx.store.deleteProcess(req.params.processId)))
          throw notFound(`no process '${req.params.processId}'`);
        await tx.audit('delete-process', { processId: req.params.processId });
      });
      return reply.code(204).send(null);
    },
  );
};
