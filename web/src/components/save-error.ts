import { ApiError } from '../api/problem.js';

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
