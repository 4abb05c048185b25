import { z } from 'zod';
import { JobCancelled, JobLimitExceeded, JobRefused } from '../jobs/index.js';
import type { ProblemCode } from './problem-codes.js';

/**
 * An error answer (RFC 9457, `application/problem+json`). `detail` says what is wrong and what would be
 * right; `code` is stable and snake_case; extra members (such as `currentVersion` on 412) may follow.
 * @example { type: 'about:blank', title: 'Precondition Failed', status: 412, code: 'stale_version', detail: "…", currentVersion: 4 }
 */
export const Problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    code: z.string(),
    detail: z.string(),
    currentVersion: z.number().int().optional(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .describe('RFC 9457 problem details');
export type Problem = z.infer<typeof Problem>;

const titles: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  409: 'Conflict',
  412: 'Precondition Failed',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  428: 'Precondition Required',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** An error a caller caused, thrown by a route and turned into a problem answer by the error handler. */
export class HttpProblem extends Error {
  readonly status: number;
  readonly code: ProblemCode;
  readonly extra: Partial<Problem>;

  constructor(status: number, code: ProblemCode, detail: string, extra: Partial<Problem> = {}) {
    super(detail);
    this.status = status;
    this.code = code;
    this.extra = extra;
  }
}

/** 404 for what does not exist and, identically, for what the caller may not see (STYLE.md §15). */
export const notFound = (detail: string): HttpProblem => new HttpProblem(404, 'not_found', detail);

/** 403 for an action the caller's role does not allow on something it may see. */
export const forbidden = (detail: string): HttpProblem => new HttpProblem(403, 'forbidden', detail);

/** 400 for a request that is well-formed JSON but wrong. */
export const badRequest = (code: ProblemCode, detail: string): HttpProblem =>
  new HttpProblem(400, code, detail);

interface FastifyLikeError {
  statusCode?: number;
  code?: string;
  message?: string;
  validation?: { instancePath?: string; message?: string }[];
  validationContext?: string;
}

const fastifyCodes: Record<string, [number, ProblemCode, string]> = {
  FST_ERR_CTP_INVALID_JSON_BODY: [
    400,
    'malformed_json',
    'the request body is not valid JSON; send a JSON object',
  ],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'malformed_json', 'the request body is empty; send a JSON object'],
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'body_too_large', 'the request body is too large; send a smaller one'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [
    415,
    'unsupported_media_type',
    'this content type is not accepted; send application/json',
  ],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [
    400,
    'bad_content_length',
    'the Content-Length does not match the body',
  ],
  // @fastify/under-pressure (hardening.ts) has set Retry-After on the reply before it throws this.
  FST_UNDER_PRESSURE: [
    503,
    'busy',
    'the server is overloaded and sheds load; try again after the seconds in Retry-After',
  ],
};

/**
 * Maps anything thrown while answering a request to a problem document. Known errors keep their status and
 * message; anything else is a 500 whose detail says nothing about the server's insides.
 * @example toProblem(notFound("no process 'x'")) // { status: 404, code: 'not_found', detail: "no process 'x'", … }
 */
export function toProblem(error: unknown): Problem {
  const make = (
    status: number,
    code: ProblemCode,
    detail: string,
    extra: Partial<Problem> = {},
  ): Problem => ({
    type: 'about:blank',
    title: titles[status] ?? 'Error',
    status,
    code,
    detail,
    ...extra,
  });
  if (error instanceof HttpProblem) return make(error.status, error.code, error.message, error.extra);
  // Off-loop work (src/jobs): a full queue is the server's state, a passed limit the request's own.
  if (error instanceof JobRefused) return make(503, 'busy', error.message);
  if (error instanceof JobLimitExceeded) return make(422, `${error.limit}_limit`, error.message);
  if (error instanceof JobCancelled)
    return make(503, 'cancelled', 'the request was cancelled before its answer');
  const e = (error ?? {}) as FastifyLikeError;
  if (Array.isArray(e.validation)) {
    const where = e.validationContext ?? 'request';
    const errors = e.validation.map((v) => ({
      path: `${where}${v.instancePath ?? ''}`,
      message: v.message ?? 'invalid',
    }));
    const first = errors[0];
    return make(
      400,
      'invalid_request',
      first ? `invalid ${first.path}: ${first.message}` : `invalid ${where}: does not match the schema`,
      { errors },
    );
  }
  if (e.message?.includes('forbidden prototype property')) {
    return make(
      400,
      'forbidden_key',
      "the body contains the key '__proto__' or 'constructor', which is never accepted; remove it",
    );
  }
  const known = e.code ? fastifyCodes[e.code] : undefined;
  if (known) return make(known[0], known[1], known[2]);
  if (e.statusCode === 429)
    return make(
      429,
      'rate_limited',
      'too many login attempts from this address; wait a minute and try again',
    );
  if (typeof e.statusCode === 'number' && e.statusCode >= 400 && e.statusCode < 500) {
    return make(
      e.statusCode,
      'bad_request',
      (e.message ?? 'bad request').replace(/^./, (c) => c.toLowerCase()),
    );
  }
  return make(
    500,
    'internal_error',
    'the server failed to answer this request; it has been logged, try again later',
  );
}
