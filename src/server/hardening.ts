import fastifyHelmet from '@fastify/helmet';
import underPressure from '@fastify/under-pressure';
import type { FastifyInstance } from 'fastify';

/**
 * The content security policy of every answer (helmet's defaults, tightened): scripts, styles, fonts,
 * images and connections from this origin only — the web app is built into files served from it, with
 * no inline script — and no framing at all (`frame-ancestors 'none'`, clickjacking). Inline styles stay
 * allowed: the web app's charts set `style` attributes, and a style cannot run code. No
 * `upgrade-insecure-requests`: `parley serve` answers plain HTTP on 127.0.0.1, where it would break every
 * request.
 */
export const contentSecurityPolicy = {
  useDefaults: false,
  directives: {
    defaultSrc: ["'self'"],
    baseUri: ["'self'"],
    connectSrc: ["'self'"],
    fontSrc: ["'self'", 'data:'],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
    imgSrc: ["'self'", 'data:', 'blob:'],
    objectSrc: ["'none'"],
    scriptSrc: ["'self'"],
    scriptSrcAttr: ["'none'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
  },
};

/**
 * Sets `@fastify/helmet`'s headers on every answer: the policy above, `X-Frame-Options: DENY` for
 * browsers without CSP, `nosniff`, `Referrer-Policy: no-referrer`, HSTS (honoured only over TLS),
 * cross-origin opener and resource policies. The API reference (Swagger UI) sends a policy of its own
 * with hashes for its scripts; `swaggerFrameAncestors` makes it forbid framing too.
 */
export async function installSecurityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(fastifyHelmet, { contentSecurityPolicy, frameguard: { action: 'deny' } });
}

/**
 * Swagger UI's own policy (it carries the hashes of its scripts), made to match ours: no framing, and no
 * `upgrade-insecure-requests`, which on plain HTTP would send its own scripts to https and break it.
 */
export const swaggerFrameAncestors = (policy: string): string =>
  policy
    .replace(/frame-ancestors [^;]*/, "frame-ancestors 'none'")
    .replace(/\s*upgrade-insecure-requests;?/, '');

/** When the server sheds load: an event loop this late means every other request is waiting. */
export interface LoadShedding {
  /** Event loop delay (ms, sampled) past which new requests are refused. */
  maxEventLoopDelayMs: number;
  /** What `Retry-After` tells a refused client, in seconds. */
  retryAfterSeconds: number;
}

/** Heavy work runs off the loop (src/jobs), so a loop 1 s late means the process itself is overloaded. */
export const defaultLoadShedding: LoadShedding = { maxEventLoopDelayMs: 1000, retryAfterSeconds: 10 };

/**
 * Sheds load with `@fastify/under-pressure`: while the sampled event loop delay is past the limit, every
 * new request is answered at once with 503 `busy` and `Retry-After` (the plugin's error, made a problem by
 * `toProblem`), instead of joining a queue that makes everyone late. `false` turns it off (tests that must
 * not see a 503 on a loaded machine).
 */
export async function installLoadShedding(
  app: FastifyInstance,
  options: LoadShedding | false,
): Promise<void> {
  if (options === false) return;
  await app.register(underPressure, {
    maxEventLoopDelay: options.maxEventLoopDelayMs,
    retryAfter: options.retryAfterSeconds,
    // Sampled often enough that a stall is seen within a fraction of the limit.
    sampleInterval: Math.max(10, Math.round(options.maxEventLoopDelayMs / 4)),
  });
}
