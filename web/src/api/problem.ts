import { z } from 'zod';

/**
 * An RFC 9457 problem document as the server sends it (`application/problem+json`). Only `status` is
 * sure to be there; servers may add fields such as a list of `errors`.
 */
export const Problem = z.looseObject({
  type: z.string().optional(),
  title: z.string().optional(),
  status: z.number().int().optional(),
  detail: z.string().optional(),
  code: z.string().optional(),
  errors: z.array(z.unknown()).optional(),
});
export type Problem = z.infer<typeof Problem>;

/** A request the server refused or could not answer, with the words a person can act on. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: number,
    readonly problem: Problem,
  ) {
    super(describeProblem(status, problem));
  }
}

const statusWords: Record<number, string> = {
  400: 'the request was not accepted',
  401: 'you are not signed in, or your session has ended',
  403: 'you are not allowed to do this',
  404: 'not found, or not visible to you',
  409: 'someone else changed this in the meantime',
  412: 'someone else changed this in the meantime',
  429: 'too many requests; wait a moment and try again',
};

/**
 * One line for the user: the server's detail when it gave one, else its title, else what the status means.
 * @example describeProblem(404, {}) // 'not found, or not visible to you'
 */
export function describeProblem(status: number, problem: Problem): string {
  const own = problem.detail ?? problem.title;
  if (own && own.trim() !== '') return own;
  if (status === 0) return 'the server cannot be reached; check the connection';
  return (
    statusWords[status] ??
    (status >= 500 ? 'the server failed to answer; try again' : `request failed (${status})`)
  );
}

/** Reads a failed response body into a problem, whatever shape it came in (JSON, text or nothing). */
export function readProblem(status: number, body: string): Problem {
  if (body.trim() === '') return { status };
  try {
    const parsed = Problem.safeParse(JSON.parse(body));
    if (parsed.success) return parsed.data;
  } catch {
    // Not JSON: a proxy's HTML error page, say. Its text is no use to a reader, so keep only the status.
  }
  return { status };
}
