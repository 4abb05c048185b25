import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify from 'fastify';
import type { FastifyInstance } from 'fastify';
import { createSerializerCompiler, jsonSchemaTransform, validatorCompiler } from 'fastify-type-provider-zod';
import { createJobPool, JobRefused } from '../jobs/index.js';
import type { JobRunner } from '../jobs/index.js';
import type { Store } from '../store/index.js';
import type { Clock } from './accounts.js';
import { installAuth } from './auth.js';
import { applyBodyLimit, bodyLimits } from './body-limits.js';
import {
  defaultLoadShedding,
  installLoadShedding,
  installSecurityHeaders,
  swaggerFrameAncestors,
} from './hardening.js';
import type { LoadShedding } from './hardening.js';
import { auditWith } from './context.js';
import type { RouteContext } from './context.js';
import { HttpProblem, toProblem } from './problem.js';
import { defaultPasswordCost } from './secrets.js';
import type { PasswordCost } from './secrets.js';
import { apiRoutes } from './routes/index.js';
import type { LoginLimit } from './routes/session.js';

/** How to build the server. Only `store` is required; the defaults are the production ones. */
export interface AppOptions {
  store: Store;
  /** The time source; `() => new Date()` by default. */
  clock?: Clock;
  /** Argon2id cost; tests pass a cheap one, production keeps `defaultPasswordCost`. */
  passwordCost?: PasswordCost;
  /** Login attempts per client address; 10 a minute by default. */
  loginLimit?: LoginLimit;
  /** The built web app (`web/dist`), served at `/` when it exists. */
  webRoot?: string;
  /**
   * Where heavy work runs (src/jobs); by default a pool of worker threads in this process behind a fair
   * queue, ended when the app closes. A runner passed in is the caller's to close.
   */
  jobs?: JobRunner;
  /** When to refuse new requests with 503 because the event loop is late; `false` turns it off. */
  loadShedding?: LoadShedding | false;
  /**
   * Largest body in bytes of a route not listed in body-limits.ts (64 KiB by default); the listed ones
   * (case data, proposals, archives, logins) keep their own.
   */
  bodyLimit?: number;
  /** Log requests' errors (to stdout, as JSON lines) at this level and above; off by default. */
  logger?: boolean;
  logLevel?: 'fatal' | 'error' | 'warn' | 'info' | 'debug';
}

/** One route of the app: its method and URL pattern; hidden routes are left out of the OpenAPI document. */
export interface RouteEntry {
  method: string;
  url: string;
  isHidden: boolean;
}

const routeTableKey = 'parleyRoutes';

/**
 * Every route an app built by `buildApp` answers, in registration order. The authorisation matrix test is
 * generated from it, so a new route cannot go untested.
 */
export function routeTable(app: FastifyInstance): readonly RouteEntry[] {
  return (app as unknown as Record<typeof routeTableKey, RouteEntry[]>)[routeTableKey];
}

/** Deeper JSON is refused before parsing: recursive schemas (red-line rules) would exhaust the stack. */
const maxJsonDepth = 64;

/** The deepest nesting of objects and arrays in JSON text, ignoring brackets inside strings. */
function nestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) deepest = Math.max(deepest, ++depth);
    else if (c === 0x7d || c === 0x5d) depth--;
  }
  return deepest;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

// Option values use ±Infinity for "no limit", which JSON cannot spell; the API sends "Infinity". Only the
// process routes answer options, and a replacer slows every answer it is given, so only they get it.
const infinitySerializer = createSerializerCompiler({
  replacer: (_key: string, value: unknown) =>
    value === Infinity || value === -Infinity ? String(value) : value,
});
const plainSerializer = createSerializerCompiler();
const manifestRoutes = new Set(['/api/processes/:processId', '/api/processes/:processId/manifest']);
const serializerCompiler: typeof plainSerializer = (route) =>
  (manifestRoutes.has(route.url) ? infinitySerializer : plainSerializer)(route);

/**
 * Builds the Parley HTTP API (and the web app when built) without listening: `parley serve` listens,
 * tests call `app.inject()`. Every route lives under `/api`, declares its zod schemas, and answers errors
 * as `application/problem+json`. OpenAPI 3.1 is at `/api/openapi.json`, a reference page at `/api/docs`.
 * @example const app = await buildApp({ store: await openStore({ file: 'parley.db' }) }); await app.listen({ port: 4317 });
 */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const bodyLimit = options.bodyLimit ?? bodyLimits.small;
  const app = Fastify({
    logger: options.logger ? { level: options.logLevel ?? 'info' } : false,
    bodyLimit,
    trustProxy: false,
  });
  const routes: RouteEntry[] = [];
  app.addHook('onRoute', (route) => {
    applyBodyLimit(route, options.bodyLimit);
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods)
      if (method !== 'HEAD') routes.push({ method, url: route.url, isHidden: route.schema?.hide === true });
  });
  app.decorate(routeTableKey, routes);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  // Bodies must be valid UTF-8: a decoder that replaced bad bytes would store text nobody wrote.
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser(['application/json', 'text/plain']);
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (req, body: Buffer, done) => {
    let text: string;
    try {
      text = utf8.decode(body);
    } catch {
      done(
        new HttpProblem(
          400,
          'invalid_utf8',
          'the request body is not valid UTF-8; send JSON encoded as UTF-8',
        ),
        undefined,
      );
      return;
    }
    if (nestingDepth(text) > maxJsonDepth) {
      done(
        new HttpProblem(400, 'too_deep', `the JSON nests deeper than ${maxJsonDepth} levels; flatten it`),
        undefined,
      );
      return;
    }
    parseJson(req, text, done);
  });

  app.setErrorHandler((error, req, reply) => {
    const problem = toProblem(error);
    if (problem.status === 500) req.log.error(error); // the stack goes to the log, never to the caller
    if (error instanceof JobRefused) void reply.header('retry-after', String(error.retryAfterSeconds));
    return reply.code(problem.status).type('application/problem+json').send(problem);
  });

  const clock = options.clock ?? (() => new Date());
  const jobs = options.jobs ?? createJobPool();
  if (!options.jobs) app.addHook('onClose', () => jobs.close());
  const context: RouteContext = {
    jobs,
    store: options.store,
    clock,
    passwordCost: options.passwordCost ?? defaultPasswordCost,
    ...auditWith(options.store, clock),
  };

  await installLoadShedding(app, options.loadShedding ?? defaultLoadShedding);
  await installSecurityHeaders(app);
  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, { global: false });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Parley API',
        version: '1',
        description:
          'Multi-party negotiation workbench. Authenticate with the session cookie (POST /api/session; send X-CSRF-Token on writes) or Authorization: Bearer <token>.',
      },
    },
    transform: jsonSchemaTransform,
  });
  installAuth(app, options.store, clock);
  app.addHook('onSend', async (req, reply) => {
    if (req.url.startsWith('/api/')) void reply.header('cache-control', 'no-store');
  });

  await app.register(apiRoutes, {
    prefix: '/api',
    ...context,
    loginLimit: options.loginLimit ?? { max: 10, timeWindowMs: 60_000 },
  });

  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  // The reference people read and try requests from: Swagger UI over the same OpenAPI document, served
  // from the package's own files (no CDN), its scripts allowed by a content security policy of its own.
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    staticCSP: true,
    transformStaticCSP: swaggerFrameAncestors,
    uiConfig: { tryItOutEnabled: true, deepLinking: true, displayRequestDuration: true },
  });

  await serveWeb(app, options.webRoot);
  return app;
}

async function serveWeb(app: FastifyInstance, webRoot: string | undefined): Promise<void> {
  const root = webRoot ? resolve(webRoot) : undefined;
  const hasWeb = root !== undefined && existsSync(join(root, 'index.html'));
  if (hasWeb) await app.register(fastifyStatic, { root, wildcard: false });
  else {
    app.get('/', { schema: { hide: true } }, async (_req, reply) =>
      reply
        .type('text/html; charset=utf-8')
        .send(
          '<!doctype html><title>Parley</title><h1>Parley</h1><p>The web app is not built (run the web build). The API reference is at <a href="/api/docs">/api/docs</a>.</p>',
        ),
    );
  }
  app.setNotFoundHandler(async (req, reply) => {
    const path = req.url.split('?')[0] ?? '';
    // SPA fallback: app routes get index.html; a missing asset (a path with an extension) stays a 404.
    if (hasWeb && req.method === 'GET' && !path.startsWith('/api/') && !/\.[A-Za-z0-9]+$/.test(path))
      return reply.sendFile('index.html');
    const problem = toProblem(
      new HttpProblem(404, 'not_found', `no route ${req.method} ${req.url.split('?')[0]}; see /api/docs`),
    );
    return reply.code(404).type('application/problem+json').send(problem);
  });
}
