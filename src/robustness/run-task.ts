import type { Case } from '../model/index.js';
import { solveCase } from '../solver/index.js';
import type { UncertainParameter } from './parameters.js';
import { createSampler } from './sample-case.js';

/**
 * One solve of the Monte Carlo: sample `sample` of the case as drawn, or changed — a red line given up (its
 * concession value) or one party's reservation set (its leverage curve).
 */
export type RobustnessTask =
  | { sample: number; kind: 'sample' }
  | { sample: number; kind: 'concession'; party: string; redline: string }
  | { sample: number; kind: 'leverage'; party: string; reservation: number };

/**
 * What one solve found: whether the agreement zone is non-empty (null when the search was stopped), and
 * the Nash package (option ids in the case's issue order) with every party's utility, or null without one.
 */
export interface TaskOutcome {
  zone: boolean | null;
  nash: string[] | null;
  utilities: Record<string, number> | null;
}

/** Runs one task of a case's robustness run (see `createTaskRunner`). */
export type TaskRunner = (task: RobustnessTask, shouldStop?: () => boolean) => TaskOutcome;

/**
 * A runner of one case's tasks from one seed: each task draws its sample (the same for a given seed and
 * index, wherever it runs), applies the change, and solves for the Nash package alone, without conflicts.
 * What every sample shares (the central positions) is prepared once, for all the tasks it runs.
 * `shouldStop` ends a long search early.
 * @example createTaskRunner(c, uncertainParameters(c), 1)({ sample: 0, kind: 'sample' }).zone // false
 */
export function createTaskRunner(
  theCase: Case,
  parameters: readonly UncertainParameter[],
  seed: number,
): TaskRunner {
  const draw = createSampler(theCase, parameters);
  return (task, shouldStop) => {
    let sampled: Case = draw(seed, task.sample).theCase;
    if (task.kind !== 'sample')
      sampled = {
        ...sampled,
        positions: sampled.positions.map((position) =>
          position.party !== task.party
            ? position
            : task.kind === 'concession'
              ? { ...position, redlines: position.redlines.filter((r) => r.id !== task.redline) }
              : { ...position, reservation: task.reservation },
        ),
      };
    const report = solveCase(sampled, {
      solutions: ['nash'],
      conflicts: false,
      afterRelaxation: false,
      control: shouldStop ? { shouldStop } : {},
    });
    const nash = report.solutions.nash;
    return {
      zone: report.agreementZone,
      nash: nash ? theCase.issues.map((issue) => nash.options[issue.id]!) : null,
      utilities: nash ? nash.utilities : null,
    };
  };
}

/** Runs one task (`createTaskRunner` for one task); a run of many tasks makes one runner for them all. */
export function runTask(
  theCase: Case,
  parameters: readonly UncertainParameter[],
  seed: number,
  task: RobustnessTask,
  shouldStop?: () => boolean,
): TaskOutcome {
  return createTaskRunner(theCase, parameters, seed)(task, shouldStop);
}
