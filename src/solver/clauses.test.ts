import fc from 'fast-check';
import { expect, test } from 'vitest';
import { caseArbitrary } from './arbitrary-case.test-support.js';
import { BoundTables } from './bound-tables.js';
import { clausesOf } from './clauses.js';
import { evaluateFormula } from './formula.js';
import { compileProblem } from './solver-problem.js';
import type { SolverProblem } from './solver-problem.js';

const shape = { maxIssues: 4, maxOptions: 4, minParties: 1, maxParties: 3, maxRedLines: 3, maxCoherence: 1 };

/** Every package of a problem, as option indices. */
function packagesOf(problem: SolverProblem): number[][] {
  let all: number[][] = [[]];
  for (const issue of problem.issues)
    all = all.flatMap((prefix) => issue.options.map((_, o) => [...prefix, o]));
  return all;
}

const singletons = (options: number[]): Int32Array => Int32Array.from(options, (o) => 1 << o);
const keepsClause = (options: number[], clause: { issues: number[]; masks: number[] }): boolean =>
  clause.issues.some((issue, k) => (clause.masks[k]! & (1 << options[issue]!)) !== 0);
const keepsAll = (problem: SolverProblem, options: number[]): boolean =>
  [...problem.redLines, ...problem.coherence].every(
    (rule) => evaluateFormula(rule.formula, singletons(options)) === 1,
  );
const utility = (problem: SolverProblem, p: number, options: number[]): number =>
  options.reduce((sum, o, i) => sum + problem.parties[p]!.contributions[i]![o]!, 0);

test('every package that keeps a rule keeps each clause drawn from it', () => {
  fc.assert(
    fc.property(caseArbitrary(shape), (input) => {
      const problem = compileProblem(input);
      const packages = packagesOf(problem);
      for (const rule of [...problem.redLines, ...problem.coherence]) {
        const clauses = clausesOf(rule.formula);
        for (const options of packages)
          if (evaluateFormula(rule.formula, singletons(options)) === 1)
            for (const clause of clauses) expect(keepsClause(options, clause)).toBe(true);
      }
    }),
    { numRuns: 300 },
  );
});

test('the priced bound is at least Σ λ_p·U_p of every package that keeps the rules, for any prices', () => {
  fc.assert(
    fc.property(
      caseArbitrary(shape),
      fc.array(fc.double({ min: 0, max: 5, noNaN: true }), { minLength: 8, maxLength: 8 }),
      fc.array(fc.double({ min: 0, max: 50, noNaN: true }), { minLength: 64, maxLength: 64 }),
      (input, lambdaDraw, nuDraw) => {
        const problem = compileProblem(input);
        const tables = new BoundTables(problem);
        const lambda = Float64Array.from(problem.parties, (_, p) => lambdaDraw[p]!);
        const nu = Float64Array.from(tables.clauses, (_, c) => nuDraw[c % nuDraw.length]!);
        const domains = Int32Array.from(problem.issues, (issue) => (1 << issue.options.length) - 1);
        const bound = tables.pricedMax(
          domains,
          lambda,
          nu,
          new Float64Array(problem.parties.length),
          new Float64Array(tables.clauseCount),
        );
        for (const options of packagesOf(problem)) {
          if (!keepsAll(problem, options)) continue;
          const value = problem.parties.reduce(
            (sum, _, p) => sum + lambda[p]! * utility(problem, p, options),
            0,
          );
          expect(bound).toBeGreaterThanOrEqual(value - 1e-9);
        }
      },
    ),
    { numRuns: 300 },
  );
});

test('narrowing by prices never removes an option of a package whose weighted utility reaches the cutoff', () => {
  fc.assert(
    fc.property(
      caseArbitrary(shape),
      fc.array(fc.double({ min: 0, max: 5, noNaN: true }), { minLength: 8, maxLength: 8 }),
      fc.array(fc.double({ min: 0, max: 50, noNaN: true }), { minLength: 64, maxLength: 64 }),
      fc.double({ min: 0, max: 1, noNaN: true }),
      (input, lambdaDraw, nuDraw, fraction) => {
        const problem = compileProblem(input);
        const tables = new BoundTables(problem);
        const lambda = Float64Array.from(problem.parties, (_, p) => lambdaDraw[p]!);
        const nu = Float64Array.from(tables.clauses, (_, c) => nuDraw[c % nuDraw.length]!);
        const domains = Int32Array.from(problem.issues, (issue) => (1 << issue.options.length) - 1);
        const value = tables.pricedMax(
          domains,
          lambda,
          nu,
          new Float64Array(problem.parties.length),
          new Float64Array(tables.clauseCount),
        );
        const cutoff = value * fraction;
        const narrowed = domains.slice();
        tables.narrowByPrices(narrowed, lambda, nu, value, cutoff, []);
        for (const options of packagesOf(problem)) {
          if (!keepsAll(problem, options)) continue;
          const weighted = problem.parties.reduce(
            (sum, _, p) => sum + lambda[p]! * utility(problem, p, options),
            0,
          );
          if (weighted < cutoff + 1e-9) continue;
          options.forEach((o, i) => expect(narrowed[i]! & (1 << o)).not.toBe(0));
        }
      },
    ),
    { numRuns: 300 },
  );
});
