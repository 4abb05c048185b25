import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { RouteContext } from '../context.js';
import { accountRoutes } from './accounts.js';
import { actionRoutes } from './actions.js';
import { alignRoutes } from './align.js';
import { archiveRoutes } from './archive.js';
import { auditRoutes } from './audit.js';
import { draftRoutes } from './draft.js';
import { estimateRoutes } from './estimates.js';
import { historyRoutes } from './history.js';
import { memberRoutes } from './members.js';
import { positionRoutes } from './positions.js';
import { processRoutes } from './processes.js';
import { proposalRoutes } from './proposals.js';
import { proposalAssistRoutes } from './proposal-assist.js';
import { sessionRoutes } from './session.js';
import { settingsRoutes } from './settings.js';
import { setupRoutes } from './setup.js';
import { solveRoutes } from './solve.js';
import { robustnessRoutes } from './robustness.js';
import type { LoginLimit } from './session.js';

/** Every API route, mounted under `/api`. */
export const apiRoutes: FastifyPluginAsyncZod<RouteContext & { loginLimit: LoginLimit }> = async (
  app,
  options,
) => {
  const context: RouteContext = {
    store: options.store,
    clock: options.clock,
    passwordCost: options.passwordCost,
    audit: options.audit,
    write: options.write,
    jobs: options.jobs,
  };
  await app.register(sessionRoutes, { ...context, loginLimit: options.loginLimit });
  await app.register(processRoutes, context);
  await app.register(settingsRoutes, context);
  await app.register(setupRoutes, context);
  await app.register(proposalRoutes, context);
  await app.register(proposalAssistRoutes, context);
  await app.register(positionRoutes, context);
  await app.register(estimateRoutes, context);
  await app.register(actionRoutes, context);
  await app.register(solveRoutes, context);
  await app.register(robustnessRoutes, context);
  await app.register(alignRoutes, context);
  await app.register(draftRoutes, context);
  await app.register(accountRoutes, context);
  await app.register(memberRoutes, context);
  await app.register(historyRoutes, context);
  await app.register(auditRoutes, context);
  await app.register(archiveRoutes, context);
};
