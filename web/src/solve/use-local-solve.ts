import { useCallback, useEffect, useRef, useState } from 'react';
import type { Case } from '../../../src/model/index.js';
import type { SolveReport } from '../../../src/solver/index.js';
import type { SolveMessage, SolveRequest } from './solve-worker.js';

/** A solver run in the browser: searching (with its phase, nodes and seconds), done, or failed. */
export type LocalSolve =
  | { status: 'idle' }
  | { status: 'running'; phase: string; nodes: number; started: number }
  | { status: 'done'; report: SolveReport; seconds: number }
  | { status: 'failed'; error: Error };

/** How long a browser run may search before it reports the best packages found, unproven. */
export const localTimeLimitMs = 20_000;

/**
 * Runs the solver in a Web Worker and follows its progress. `start` cancels a run still going; leaving the
 * page ends the worker.
 */
export function useLocalSolve(): [LocalSolve, (theCase: Case) => void] {
  const [state, setState] = useState<LocalSolve>({ status: 'idle' });
  const worker = useRef<Worker | null>(null);
  useEffect(() => () => worker.current?.terminate(), []);
  const start = useCallback((theCase: Case) => {
    worker.current?.terminate();
    const started = performance.now();
    const next = new Worker(new URL('./solve-worker.ts', import.meta.url), { type: 'module' });
    worker.current = next;
    setState({ status: 'running', phase: 'starting', nodes: 0, started });
    next.onmessage = (event: MessageEvent<SolveMessage>) => {
      const message = event.data;
      if (message.type === 'progress')
        setState({ status: 'running', phase: message.phase, nodes: message.nodes, started });
      else {
        setState(
          message.type === 'done'
            ? { status: 'done', report: message.report, seconds: (performance.now() - started) / 1000 }
            : { status: 'failed', error: new Error(message.message) },
        );
        next.terminate();
      }
    };
    next.onerror = (event) =>
      setState({ status: 'failed', error: new Error(event.message || 'the solver stopped') });
    next.postMessage({ theCase, timeLimitMs: localTimeLimitMs } satisfies SolveRequest);
  }, []);
  return [state, start];
}
