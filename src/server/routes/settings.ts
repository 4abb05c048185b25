import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Id } from '../../model/index.js';
import { ProcessSettings } from '../../store/index.js';
import type { RouteContext } from '../context.js';
import { forbidden, notFound, Problem } from '../problem.js';
import { processAccess } from './guard.js';

const params = z.object({ processId: Id });

/**
 * A process's settings: every member reads them (they say what the members are shown), its mediators
 * change them. Changing them is audited.
 */
export const settingsRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, ctx) => {
  app.get(
    '/processes/:processId/settings',
    {
      schema: {
        summary: "A process's settings (members)",
        tags: ['processes'],
        params,
        response: { 200: ProcessSettings, 401: Problem, 404: Problem },
      },
    },
    async (req) => {
      processAccess(req, req.params.processId);
      const settings = await ctx.store.readSettings(req.params.processId);
      if (!settings) throw notFound(`no process '${req.params.processId}'`);
      return settings;
    },
  );

  app.put(
    '/processes/:processId/settings',
    {
      schema: {
        summary: "Change a process's settings (its mediators), e.g. release every party's overall verdicts",
        tags: ['processes'],
        params,
        body: ProcessSettings,
        response: { 200: ProcessSettings, 400: Problem, 401: Problem, 403: Problem, 404: Problem },
      },
    },
    async (req) => {
      const { processId } = req.params;
      const { access } = processAccess(req, processId);
      if (access.role !== 'mediator') throw forbidden("only the process's mediators change its settings");
      await ctx.write(req, async (tx) => {
        if (!(await tx.store.writeSettings(processId, req.body))) throw notFound(`no process '${processId}'`);
        await tx.audit('settings', { processId, detail: `shareVerdicts ${req.body.shareVerdicts}` });
      });
      return req.body;
    },
  );
};
