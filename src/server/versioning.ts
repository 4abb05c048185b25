import type { FastifyReply, FastifyRequest } from 'fastify';
import type { VersionedWrite } from '../store/index.js';
import { HttpProblem, notFound } from './problem.js';

/**
 * The version an `If-Match` header names: `"4"`, `W/"4"` or `4`. Undefined when absent; a 400 problem when
 * it is not a version number.
 */
export function ifMatchVersion(req: FastifyRequest): number | undefined {
  const header = req.headers['if-match'];
  if (header === undefined) return undefined;
  const match = /^(?:W\/)?"?(\d{1,12})"?$/.exec(String(header).trim());
  if (!match?.[1])
    throw new HttpProblem(
      400,
      'bad_if_match',
      `If-Match '${String(header)}' is not a version; send the ETag of your last read, like "3"`,
    );
  return Number(match[1]);
}

/** The `If-Match` version, required on every write of an editable entity (428 without it). */
export function requireIfMatch(req: FastifyRequest): number {
  const version = ifMatchVersion(req);
  if (version === undefined) {
    throw new HttpProblem(
      428,
      'if_match_required',
      "this write needs an If-Match header with the version you last read (its ETag), so no one else's change is overwritten",
    );
  }
  return version;
}

/** Sets the entity version as the response's ETag. */
export const setVersion = (reply: FastifyReply, version: number): void => {
  void reply.header('etag', `"${version}"`);
};

/** Turns a failed versioned write into its answer: 412 with the current version, or 404. */
export function assertWritten(result: VersionedWrite, what: string): number {
  if (result.ok) return result.version;
  if (result.reason === 'missing') throw notFound(`${what} does not exist`);
  throw new HttpProblem(
    412,
    'stale_version',
    `${what} has changed since you read it (now version ${result.currentVersion}); read it again and reapply your change`,
    {
      currentVersion: result.currentVersion,
    },
  );
}
