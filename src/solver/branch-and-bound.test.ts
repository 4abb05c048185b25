import { expect, test } from 'vitest';
import { BoundTables } from './bound-tables.js';
import { branchAndBound } from './branch-and-bound.js';
import { exactScores } from './exact-scores.js';
import { maxMinObjective, utilitarianObjective } from './objectives.js';
import { Propagator } from './propagator.js';
import { generateRandomCase } from './random-case.js';
import { coherenceFormulas, compileProblem } from './solver-problem.js';

const setUp = (seed: number) => {
  const problem = compileProblem(
    generateRandomCase({
      issues: 9,
      options: 4,
      parties: 3,
      redLinesPerParty: 3,
      seed,
      opposed: seed % 2 === 0,
    }),
  );
  const context = { problem, tables: new BoundTables(problem), exact: exactScores(problem) };
  const propagator = new Propagator(
    [...problem.redLines.map((redLine) => redLine.formula), ...coherenceFormulas(problem)],
    problem.issues.length,
  );
  return { problem, context, propagator };
};

test('a search started from known packages returns what one started from none returns', () => {
  let compared = 0;
  for (let seed = 1; seed <= 40; seed++) {
    const { problem, context, propagator } = setUp(seed);
    const egalitarian = branchAndBound(problem, propagator, maxMinObjective(context));
    if (!egalitarian.numerators) continue;
    // Kalai-like denominators: each party's gain in the egalitarian package, doubled (integers, as G of B_p is).
    const gains = problem.parties.map(
      (party, p) => 2 * (egalitarian.numerators![p]! - party.reservationTerm),
    );
    const plain = branchAndBound(problem, propagator, maxMinObjective(context, gains));
    // The best Σ U_p with red lines ignored: better than any package that keeps them, so it must be skipped
    // when it breaks one.
    const breaking = Int32Array.from(problem.issues, (issue, i) => {
      const sum = (o: number) =>
        problem.parties.reduce((s, party) => s + party.terms[i]![o]! / party.scale, 0);
      return issue.options.reduce((best, _, o) => (sum(o) > sum(best) ? o : best), 0);
    });
    const utilitarian = branchAndBound(problem, propagator, utilitarianObjective(context));
    const utilitarianStarted = branchAndBound(problem, propagator, utilitarianObjective(context), {}, 'u', [
      breaking,
    ]);
    expect([...utilitarianStarted.options!]).toEqual([...utilitarian.options!]);
    const started = branchAndBound(problem, propagator, maxMinObjective(context, gains), {}, 'kalai', [
      breaking,
      utilitarian.options!,
      egalitarian.options!,
    ]);
    expect(started.proven).toBe(true);
    expect([...started.options!]).toEqual([...plain.options!]);
    compared++;
  }
  expect(compared).toBeGreaterThan(20);
});

test('a search that first searches the relaxation neighbourhood returns what one without it returns', () => {
  let compared = 0;
  for (let seed = 1; seed <= 30; seed++) {
    const { problem, context, propagator } = setUp(seed);
    const egalitarian = branchAndBound(problem, propagator, maxMinObjective(context));
    if (!egalitarian.numerators) continue;
    const gains = problem.parties.map(
      (party, p) => 2 * (egalitarian.numerators![p]! - party.reservationTerm),
    );
    const kalai = maxMinObjective(context, gains);
    expect(kalai.neighbourhood).toBeDefined();
    // These small searches end long before the usual 65,536 nodes: turn to the neighbourhood at once.
    kalai.neighbourhood!.after = 1;
    const withNeighbourhood = branchAndBound(problem, propagator, kalai, {}, 'kalai');
    const without = branchAndBound(
      problem,
      propagator,
      { ...maxMinObjective(context, gains), neighbourhood: undefined },
      {},
      'kalai',
    );
    expect(withNeighbourhood.proven).toBe(true);
    expect([...withNeighbourhood.options!]).toEqual([...without.options!]);
    compared++;
  }
  expect(compared).toBeGreaterThan(15);
});
