import { compileAcceptance } from '../analysis/index.js';
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
  /** What the summary needs of a drawn sample besides its solve (a `sample` task's alone). */
  facts?: SampleFacts;
}

/**
 * A sample's own numbers, found where it is drawn so the summary never draws it again: for each uncertain
 * parameter '1' when its draw is in the upper half (≥ 0.5) else '0'; for each proposal (case order) a '1'
 * or '0' per party (positions order) for whether it accepts; and each party's reservation as drawn.
 */
export interface SampleFacts {
  halves: string;
  accepts: string[];
  reservations: number[];
}

/** Runs one task of a case's robustness run (see `createTaskRunner`). */
export type TaskRunner = (task: RobustnessTask, shouldStop?: () => boolean) => TaskOutcome;

/**
 * A runner of one case's tasks from one seed: each task draws its sample (the same for a given seed and
 * index, wherever it runs), applies the change, and solves for the Nash package alone, without conflicts.
 * What every sample shares (the central positions) is prepared once, for all the tasks it runs. A sample
 * task also answers the sample's facts (`SampleFacts`), so the summary merges them without drawing again.
 * `shouldStop` ends a long search early.
 * @example createTaskRunner(c, uncertainParameters(c), 1)({ sample: 0, kind: 'sample' }).zone // false
 */
export function createTaskRunner(
  theCase: Case,
  parameters: readonly UncertainParameter[],
  seed: number,
): TaskRunner {
  const draw = createSampler(theCase, parameters);
  const judge = compileAcceptance(theCase);
  const parties = theCase.positions.map((p) => p.party);
  return (task, shouldStop) => {
    const sample = draw(seed, task.sample);
    let sampled: Case = sample.theCase;
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
    const outcome: TaskOutcome = {
      zone: report.agreementZone,
      nash: nash ? theCase.issues.map((issue) => nash.options[issue.id]!) : null,
      utilities: nash ? nash.utilities : null,
    };
    if (task.kind === 'sample') {
      const verdicts = judge(sample.theCase.positions);
      outcome.facts = {
        halves: Array.from(sample.draws, (u) => (u >= 0.5 ? '1' : '0')).join(''),
        accepts: theCase.proposals.map((proposal) =>
          parties.map((party) => (verdicts.get(proposal.id)?.get(party) ? '1' : '0')).join(''),
        ),
        reservations: sample.theCase.positions.map((p) => p.reservation),
      };
    }
    return outcome;
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
