import type { Case } from '../model/index.js';
import { uncertainParameters } from './parameters.js';
import { planTasks } from './plan-tasks.js';
import type { RobustnessOptions } from './plan-tasks.js';
import type { RobustnessReport } from './robustness-report.js';
import { createTaskRunner } from './run-task.js';
import { summariseRobustness } from './summarise-robustness.js';

/**
 * The whole robustness analysis in one thread (DESIGN.md, `parley robustness`): every task of `planTasks`
 * run in order, then summarised. The CLI and server spread the same tasks over workers and get the same
 * answer. `onProgress` hears how many tasks are done.
 * @example robustness(c, { samples: 1000, seed: 1 }).zone // 0.37
 */
export function robustness(
  theCase: Case,
  options: RobustnessOptions,
  onProgress?: (done: number, total: number) => void,
): RobustnessReport {
  const parameters = uncertainParameters(theCase);
  const tasks = planTasks(theCase, options);
  const run = createTaskRunner(theCase, parameters, options.seed);
  const outcomes = tasks.map((task, i) => {
    const outcome = run(task);
    onProgress?.(i + 1, tasks.length);
    return outcome;
  });
  return summariseRobustness(theCase, options, outcomes);
}
