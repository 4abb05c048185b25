import { ApiError } from '../api/problem.js';
import type { FieldErrors } from '../logic/position-draft.js';

/**
 * What went wrong with a save of `what` (`this proposal`, `this position`), and whether reading it again is the
 * way out (someone else saved).
 */
export function describeSaveError(
  error: unknown,
  what = 'this proposal',
): { message: string; isStale: boolean } {
  if (error instanceof ApiError && (error.status === 412 || error.status === 409)) {
    return {
      message: `Someone else saved ${what} after you opened it, so your change was not saved. Reload to see their version, then make your change again.`,
      isStale: true,
    };
  }
  if (error instanceof ApiError && (error.status === 403 || error.status === 404)) {
    return { message: `You cannot change ${what}: ${error.message}`, isStale: false };
  }
  return { message: error instanceof Error ? error.message : String(error), isStale: false };
}

/**
 * The server's field errors (a 400 or 422 problem's `errors`) keyed as the editors key their fields: a
 * request-body path `body/parties/0/name` becomes `parties.0.name`; a path already dotted stays as it is.
 */
export function serverFieldErrors(error: ApiError): FieldErrors {
  const out: FieldErrors = {};
  for (const entry of error.problem.errors ?? []) {
    if (typeof entry !== 'object' || entry === null) continue;
    const { path, message } = entry as { path?: unknown; message?: unknown };
    if (typeof path !== 'string' || typeof message !== 'string') continue;
    const key = path.startsWith('body/') ? path.slice(5).replace(/\//g, '.') : path;
    if (!(key in out)) out[key] = message;
  }
  return out;
}
