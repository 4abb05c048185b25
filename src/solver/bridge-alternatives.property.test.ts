// The bridge against brute force on proposals that settle, bracket (`issue=a|b`) or leave open each issue:
// its cost is the least weighted number of coded positions any qualifying package changes, where choosing
// one of a proposal's bracketed alternatives changes nothing (issue #15).
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { centralPosition } from '../model/index.js';
import type { Case, Code, Proposal } from '../model/index.js';
import { caseArbitrary } from './arbitrary-case.test-support.js';
import { bruteForce, feasiblePackages, zonePackages } from './brute-force.test-support.js';
import { solveCase } from './solve-case.js';

/** Per proposal and issue: left out, one option, or two or more alternatives. */
function proposalsArbitrary(input: Case): fc.Arbitrary<Proposal[]> {
  const codeOf = (issueIndex: number): fc.Arbitrary<Code | null> => {
    const issue = input.issues[issueIndex]!;
    const ids = issue.options.map((o) => o.id);
    return fc.oneof(
      fc.constant(null),
      fc.constantFrom(...ids).map((option) => ({ issue: issue.id, option })),
      ...(ids.length >= 2
        ? [
            fc
              .uniqueArray(fc.constantFrom(...ids), { minLength: 2 })
              .map((options) => ({ issue: issue.id, options })),
          ]
        : []),
    );
  };
  const proposal = (id: string) =>
    fc.tuple(...input.issues.map((_, i) => codeOf(i))).map((codes): Proposal => ({
      id,
      title: id,
      authors: [],
      visibility: 'public',
      sharedWith: [],
      preamble: '',
      provisions: codes.flatMap((code, i) =>
        code ? [{ num: String(i + 1), label: `${i + 1}.`, text: 'x', codes: [code] }] : [],
      ),
    }));
  return fc.tuple(proposal('a'), proposal('b'));
}

/** Σ_p w_{p,i}/Σ_j w_{p,j}: each party's share of attention on issue i (1 for every issue when none weighs). */
function issueWeights(input: Case): number[] {
  const positions = input.positions.map(centralPosition);
  const shares = input.issues.map((issue) =>
    positions.reduce((sum, p) => {
      const total = input.issues.reduce((s, i) => s + Math.round(2 * (p.weights[i.id] ?? 0)), 0);
      return total > 0 ? sum + Math.round(2 * (p.weights[issue.id] ?? 0)) / total : sum;
    }, 0),
  );
  return shares.some((w) => w > 0) ? shares : shares.map(() => 1);
}

test('the bridge changes as few weighted positions as brute force finds, bracketed alternatives costing nothing', () => {
  const shape = {
    maxIssues: 3,
    maxOptions: 3,
    minParties: 1,
    maxParties: 3,
    maxRedLines: 2,
    maxCoherence: 1,
  };
  const withProposals = caseArbitrary(shape).chain((input) =>
    proposalsArbitrary(input).map((proposals): Case => ({ ...input, proposals })),
  );
  fc.assert(
    fc.property(withProposals, (input) => {
      const bridge = solveCase(input, { near: ['a', 'b'], solutions: [] }).bridge!;
      const c = bruteForce(input);
      const pool = bridge.inAgreementZone ? zonePackages(c) : feasiblePackages(c);
      const weights = issueWeights(input);
      const costOf = (options: number[]) =>
        input.proposals.reduce(
          (sum, proposal) =>
            sum +
            proposal.provisions.reduce((s, provision) => {
              const code = provision.codes[0]!;
              const i = input.issues.findIndex((issue) => issue.id === code.issue);
              const chosen = input.issues[i]!.options[options[i]!]!.id;
              const allowed = 'options' in code ? code.options : [code.option];
              return allowed.includes(chosen) ? s : s + weights[i]!;
            }, 0),
          0,
        );
      if (pool.length === 0) {
        expect(bridge.solution).toBeNull();
        return;
      }
      const least = Math.min(...pool.map((pkg) => costOf(pkg.options)));
      expect(bridge.cost).toBeCloseTo(least, 3); // the report rounds the cost to 4 decimals
      const chosen = input.issues.map((issue) =>
        issue.options.findIndex((o) => o.id === bridge.solution!.options[issue.id]),
      );
      expect(costOf(chosen)).toBeCloseTo(least, 9);
    }),
    { seed: 15, numRuns: 300 },
  );
});
