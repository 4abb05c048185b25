import { ApiError } from '../api/problem.js';

/** What went wrong with a save, and whether reading the proposal again is the way out (someone else saved). */
export function describeSaveError(error: unknown): { message: string; isStale: boolean } {
  if (error instanceof ApiError && (error.status === 412 || error.status === 409)) {
    return {
      message:
        'Someone else saved this proposal after you opened it, so your change was not saved. Reload to see their version, then make your change again.',
      isStale: true,
    };
  }
  if (error instanceof ApiError && (error.status === 403 || error.status === 404)) {
    return { message: `You cannot change this proposal: ${error.message}`, isStale: false };
  }
  return { message: error instanceof Error ? error.message : String(error), isStale: false };
}
