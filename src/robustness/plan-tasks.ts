import type { Case, Package } from '../model/index.js';
import type { RobustnessTask } from './run-task.js';

/** How many samples, from which seed, and how many of them (the first) feed leverage and concessions. */
export interface RobustnessOptions {
  samples: number;
  seed: number;
  /** Samples for leverage curves and concession values; min(samples, 100) by default. */
  detailSamples?: number;
  /** Reservations at which each leverage curve is drawn; 0, 10, …, 90 by default. */
  leverageGrid?: number[];
  /** Complete packages to report acceptance of (`packageProblems` finds mistakes); they need no solve. */
  packages?: Package[];
}

export const defaultLeverageGrid = [0, 10, 20, 30, 40, 50, 60, 70, 80, 90];

/** The detail sample count an options object stands for. */
export const detailSamplesOf = (options: RobustnessOptions): number =>
  Math.min(options.samples, options.detailSamples ?? 100);

/**
 * Every solve a robustness run needs, in a fixed order: one per sample; then, for the first detail samples,
 * one per red line given up and one per party and leverage reservation. `summariseRobustness` reads the
 * outcomes in this order, so whoever runs them (one thread or many) the answer is the same.
 */
export function planTasks(theCase: Case, options: RobustnessOptions): RobustnessTask[] {
  const tasks: RobustnessTask[] = [];
  for (let sample = 0; sample < options.samples; sample++) tasks.push({ sample, kind: 'sample' });
  const detail = detailSamplesOf(options);
  for (const position of theCase.positions)
    for (const redline of position.redlines)
      for (let sample = 0; sample < detail; sample++)
        tasks.push({ sample, kind: 'concession', party: position.party, redline: redline.id });
  for (const position of theCase.positions)
    for (const reservation of options.leverageGrid ?? defaultLeverageGrid)
      for (let sample = 0; sample < detail; sample++)
        tasks.push({ sample, kind: 'leverage', party: position.party, reservation });
  return tasks;
}
