// A Web Worker that runs the solver (src/solver, pure) in the browser, so a long search reports its
// progress and never blocks the page. Used for "what if" runs the API does not offer, such as solving the
// case with some red lines given up.
import { solveCase } from '../../../src/solver/index.js';
import type { Case } from '../../../src/model/index.js';
import type { SolveReport } from '../../../src/solver/index.js';

/** What the page asks the worker. */
export interface SolveRequest {
  theCase: Case;
  timeLimitMs: number;
}

/** What the worker answers: progress while it searches, then the report (or the failure). */
export type SolveMessage =
  | { type: 'progress'; phase: string; nodes: number }
  | { type: 'done'; report: SolveReport }
  | { type: 'failed'; message: string };

// The DOM lib types `self` as a window; in a dedicated worker it has onmessage and postMessage like this.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<SolveRequest>) => void) | null;
  postMessage: (message: SolveMessage) => void;
};

scope.onmessage = (event) => {
  const { theCase, timeLimitMs } = event.data;
  const deadline = performance.now() + timeLimitMs;
  try {
    const report = solveCase(theCase, {
      pareto: { limit: 200 },
      explain: true,
      control: {
        shouldStop: () => performance.now() > deadline,
        remaining: () => deadline - performance.now(),
        onProgress: ({ phase, nodes }) => scope.postMessage({ type: 'progress', phase, nodes }),
      },
    });
    scope.postMessage({ type: 'done', report });
  } catch (error) {
    scope.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
