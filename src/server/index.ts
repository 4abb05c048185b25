// The server layer: the HTTP API (Fastify), accounts, access control, redaction and audit.
export { buildApp, routeTable } from './app.js';
export type { AppOptions, RouteEntry } from './app.js';
export {
  addUser,
  createApiToken,
  createLoginLink,
  normaliseEmail,
  prepareUser,
  storeUser,
} from './accounts.js';
export type { Clock } from './accounts.js';
export { defaultPasswordCost } from './secrets.js';
export type { PasswordCost } from './secrets.js';
export { defaultLoadShedding } from './hardening.js';
export type { LoadShedding } from './hardening.js';
export { redactCheck } from '../analysis/index.js';
export { redactSolve } from '../solver/index.js';
export type { Reader } from '../model/index.js';
export { toProblem, Problem } from './problem.js';
