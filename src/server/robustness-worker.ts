// Runs in a worker thread (see robustness-pool.ts): takes the case once, then solves chunks of robustness
// tasks, each answered with its outcomes in the order given.
import { parentPort } from 'node:worker_threads';
import type { Case } from '../model/index.js';
import { runTask, uncertainParameters } from '../robustness/index.js';
import type { RobustnessTask, UncertainParameter } from '../robustness/index.js';

/** The messages a robustness thread understands. */
export type RobustnessMessage =
  { kind: 'case'; theCase: Case; seed: number } | { kind: 'tasks'; start: number; tasks: RobustnessTask[] };

let current: { theCase: Case; seed: number; parameters: UncertainParameter[] } | undefined;

parentPort?.on('message', (message: RobustnessMessage) => {
  try {
    if (message.kind === 'case') {
      current = { ...message, parameters: uncertainParameters(message.theCase) };
      return;
    }
    if (!current) throw new Error('tasks before the case');
    const { theCase, seed, parameters } = current;
    const outcomes = message.tasks.map((task) => runTask(theCase, parameters, seed, task));
    parentPort?.postMessage({ start: message.start, outcomes });
  } catch (error) {
    parentPort?.postMessage({ start: -1, error: error instanceof Error ? error.message : String(error) });
  }
});
