import { Worker } from 'node:worker_threads';
import type { Case } from '../model/index.js';
import { planTasks, summariseRobustness } from '../robustness/index.js';
import type { RobustnessOptions, RobustnessReport, TaskOutcome } from '../robustness/index.js';
import type { RobustnessMessage } from './robustness-worker.js';

const workerUrl = new URL('./robustness-worker.ts', import.meta.url).href;
const tsxUrl = typeof import.meta.resolve === 'function' ? import.meta.resolve('tsx/esm/api') : 'tsx/esm/api';
// A worker does not inherit the tsx loader, so it registers it first (the job pool does the same in
// src/jobs/thread-entry.js; robustness should become a job kind there rather than keep this second pool).
const bootstrap = `import(${JSON.stringify(tsxUrl)}).then(({ register }) => { register(); return import(${JSON.stringify(workerUrl)}); });`;

/** How a robustness run is spread and watched. */
export interface RobustnessRun {
  /** Worker threads (at least 1). The answer is the same for any number. */
  workers: number;
  /** Tasks per message to a thread (64 by default): small enough to balance, large enough to be cheap. */
  chunk?: number;
  /** Aborting ends every thread and rejects with the signal's reason. */
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
}

/**
 * Runs a robustness analysis on worker threads: the tasks of `planTasks` are handed out in chunks to
 * whichever thread is free, each outcome is put back at its task's index, and the pure summary reads them
 * in order — so the report is the same whatever the number of threads (the seed fixes every sample).
 * @example await runRobustness(c, { samples: 10_000, seed: 1 }, { workers: 2 })
 */
export function runRobustness(
  theCase: Case,
  options: RobustnessOptions,
  run: RobustnessRun,
): Promise<RobustnessReport> {
  const tasks = planTasks(theCase, options);
  const outcomes: TaskOutcome[] = new Array(tasks.length);
  const chunk = run.chunk ?? 64;
  const threads = Math.max(1, Math.min(run.workers, Math.ceil(tasks.length / chunk) || 1));
  let next = 0;
  let done = 0;
  return new Promise<RobustnessReport>((resolve, reject) => {
    const workers: Worker[] = [];
    let finished = false;
    const finish = (error?: unknown): void => {
      if (finished) return;
      finished = true;
      run.signal?.removeEventListener('abort', onAbort);
      void Promise.all(workers.map((w) => w.terminate()));
      if (error !== undefined) reject(error instanceof Error ? error : new Error(String(error)));
      else {
        try {
          resolve(summariseRobustness(theCase, options, outcomes));
        } catch (e) {
          reject(e instanceof Error ? e : new Error(String(e)));
        }
      }
    };
    const onAbort = (): void => finish(run.signal?.reason ?? new Error('the robustness run was cancelled'));
    if (run.signal?.aborted) return onAbort();
    run.signal?.addEventListener('abort', onAbort);
    if (tasks.length === 0) return finish();
    const feed = (worker: Worker): void => {
      if (next >= tasks.length) return;
      const start = next;
      next = Math.min(tasks.length, next + chunk);
      worker.postMessage({
        kind: 'tasks',
        start,
        tasks: tasks.slice(start, next),
      } satisfies RobustnessMessage);
    };
    for (let i = 0; i < threads; i++) {
      const worker = new Worker(bootstrap, { eval: true });
      workers.push(worker);
      worker.on('message', (answer: { start: number; outcomes?: TaskOutcome[]; error?: string }) => {
        if (answer.error !== undefined || !answer.outcomes)
          return finish(new Error(`a robustness thread failed: ${answer.error}`));
        answer.outcomes.forEach((outcome, k) => (outcomes[answer.start + k] = outcome));
        done += answer.outcomes.length;
        run.onProgress?.(done, tasks.length);
        if (done === tasks.length) return finish();
        feed(worker);
      });
      worker.on('error', (error) => finish(error));
      worker.on('exit', (code) => {
        if (!finished) finish(new Error(`a robustness thread stopped (exit ${code})`));
      });
      worker.postMessage({ kind: 'case', theCase, seed: options.seed } satisfies RobustnessMessage);
      feed(worker);
    }
  });
}
