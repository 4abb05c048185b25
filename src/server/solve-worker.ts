// Runs in a worker thread (see solve-pool.ts): solves one case per message, so a long search never holds
// up the server's event loop.
import { parentPort } from 'node:worker_threads';
import type { Case } from '../model/index.js';
import { solveCase } from '../solver/index.js';
import type { SolveOptions } from '../solver/index.js';

/** A job for the worker: the case, the solver's options (without control) and the time it may take. */
export interface SolveJob {
  id: number;
  theCase: Case;
  options: Omit<SolveOptions, 'control'>;
  timeLimitMs: number;
}

parentPort?.on('message', (job: SolveJob) => {
  try {
    const deadline = Date.now() + job.timeLimitMs;
    const report = solveCase(job.theCase, {
      ...job.options,
      control: { shouldStop: () => Date.now() > deadline, remaining: () => deadline - Date.now() },
    });
    parentPort?.postMessage({ id: job.id, report });
  } catch (error) {
    parentPort?.postMessage({ id: job.id, error: error instanceof Error ? error.message : String(error) });
  }
});
