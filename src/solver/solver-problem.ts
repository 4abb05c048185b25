import { centralValue, issuesOfRule, maxOptionsPerIssue } from '../model/index.js';
import type { Case, Issue, Position, Rule } from '../model/index.js';
import { compileRule, issuesOfFormula } from './formula.js';
import type { Formula } from './formula.js';

/**
 * One party's position in exact integer form. With a = the decimals of its weights and b = the decimals of
 * its utilities and reservation (each at most 6), w' = w·10^a and u' = u·10^b are integers, and
 *   U_p = N_p / S_p  with  N_p = Σ_i w'_i·u'_i(option_i)  (an integer)  and  S_p = 10^b·Σ_i w'_i,
 *   U_p − d_p = G_p / S_p  with  G_p = N_p − d'_p·Σ_i w'_i  (an integer).
 * Every N_p stays below 2^53, so sums of `terms` in float64 are exact and ties are decided on integers.
 */
export interface SolverParty {
  id: string;
  /** d_p, 0..100. */
  reservation: number;
  /** terms[i][o] = w'_i·u'_i(o), an integer. */
  terms: Float64Array[];
  /** U_p contribution of option o of issue i: terms[i][o] / scale. */
  contributions: Float64Array[];
  /** S_p > 0. */
  scale: number;
  /** d'_p·Σ w': G_p = N_p − reservationTerm. */
  reservationTerm: number;
  /** w_i / Σ_j w_j per issue (all 0 when every weight is zero). */
  weightShares: number[];
  /** The party's utility u_i(o), 0..100, per issue and option. */
  utilities: number[][];
  /** False when every weight is zero: then U_p = 0 for every package (documented in docs/solver.md). */
  hasWeights: boolean;
}

/** One red line, compiled. `priority` is its cost in weighted relaxations (1 when the position gives none). */
export interface SolverRedLine {
  party: string;
  id: string;
  text: string;
  priority: number;
  /**
   * `priority · costScale` rounded: an integer, so that the relaxation search adds and compares costs exactly
   * (every sum of them stays below 2^53; see `SolverProblem.costScale`).
   */
  cost: number;
  formula: Formula;
  /** Issues the compiled formula still depends on (none when it simplified to a constant). */
  issues: number[];
  /** Issues the rule mentions as written, in first-mention order. */
  ruleIssues: number[];
}

/** A coherence rule of the case, compiled: a hard constraint on every package, never relaxed. */
export interface SolverCoherence {
  id: string;
  text: string;
  formula: Formula;
  /** Issues the compiled formula still depends on. */
  issues: number[];
}

/**
 * A case as the solver sees it: issues in case order, parties with a position in case order, red lines, and
 * the coherence rules every package considered must obey (they are in no conflict's relaxation).
 */
export interface SolverProblem {
  issues: Issue[];
  parties: SolverParty[];
  redLines: SolverRedLine[];
  coherence: SolverCoherence[];
  /**
   * 10^k for the k ≤ 6 decimals the priorities use: a red line's `cost` is its priority times this, an
   * integer, and a relaxation's cost in priorities is its summed `cost` divided by it.
   */
  costScale: number;
  /** Things the answer depends on that a person should know (no party, all-zero weights…). */
  notes: string[];
}

const maxDecimals = 6;

function decimalsOf(x: number): number {
  for (let k = 0; k < maxDecimals; k++) {
    const scaled = x * 10 ** k;
    if (Math.abs(scaled - Math.round(scaled)) <= 1e-9 * Math.max(1, Math.abs(scaled))) return k;
  }
  return maxDecimals;
}

function compileParty(position: Position, issues: readonly Issue[]): SolverParty {
  const weights = issues.map((issue) => centralValue(position.weights[issue.id] ?? 0));
  const utilities = issues.map((issue) =>
    issue.options.map((o) => centralValue(position.utilities[issue.id]?.[o.id] ?? 0)),
  );
  const reservation = centralValue(position.reservation);
  const a = Math.max(0, ...weights.map(decimalsOf));
  let b = Math.max(decimalsOf(reservation), ...utilities.flat().map(decimalsOf));
  const intWeights = weights.map((w) => Math.round(w * 10 ** a));
  const weightSum = intWeights.reduce((s, w) => s + w, 0);
  // Keep Σ w'·u' below 2^53 by giving up utility decimals (only reached with absurd precision).
  while (b > 0 && weightSum * 100 * 10 ** b > Number.MAX_SAFE_INTEGER) b--;
  const hasWeights = weightSum > 0;
  const terms = utilities.map(
    (row, i) => new Float64Array(row.map((u) => (hasWeights ? intWeights[i]! * Math.round(u * 10 ** b) : 0))),
  );
  // With all weights zero U_p = 0, so G_p/S_p must come out as −d_p: S_p = 10^b, G_p = −d'_p.
  const scale = hasWeights ? weightSum * 10 ** b : 10 ** b;
  const intReservation = Math.round(reservation * 10 ** b);
  return {
    id: position.party,
    reservation,
    terms,
    contributions: terms.map((row) => row.map((t) => t / scale)),
    scale,
    reservationTerm: hasWeights ? intReservation * weightSum : intReservation,
    hasWeights,
    weightShares: intWeights.map((w) => (hasWeights ? w / weightSum : 0)),
    utilities,
  };
}

/** A rule compiled over a case's issues: its formula, the issues the formula and the rule as written name. */
interface CompiledRule {
  formula: Formula;
  issues: number[];
  ruleIssues: number[];
}

// A Monte Carlo run (issue 17) compiles one case's rules thousands of times over, with other numbers: a rule's
// compiled form depends on the rule and the issues alone, so it is kept for as long as both objects live.
// Rules and issues are never changed in place (a new version of a case is a new object), and what is kept is
// never changed either (formulas and issue lists are read, not written, by the searches).
const compiledRules = new WeakMap<readonly Issue[], WeakMap<Rule, CompiledRule>>();

function compileRuleOnce(rule: Rule, issues: readonly Issue[]): CompiledRule {
  let byRule = compiledRules.get(issues);
  if (!byRule) compiledRules.set(issues, (byRule = new WeakMap()));
  let compiled = byRule.get(rule);
  if (!compiled) {
    const formula = compileRule(rule, issues);
    compiled = {
      formula,
      issues: issuesOfFormula(formula),
      ruleIssues: issuesOfRule(rule).map((id) => issues.findIndex((issue) => issue.id === id)),
    };
    byRule.set(rule, compiled);
  }
  return compiled;
}

/**
 * Compiles a validated case for the solver. Only parties with a position count, in the order of
 * `case.parties` (a position for an unlisted party follows, by id). Throws when an issue has more than
 * 30 options (domains are bit masks) or a rule names an unknown issue — `io` rejects both first.
 */

export function compileProblem(input: Case): SolverProblem {
  const issues = input.issues;
  for (const issue of issues)
    if (issue.options.length > maxOptionsPerIssue)
      throw new Error(
        `issue '${issue.id}' has ${issue.options.length} options; the solver handles at most 30`,
      );
  const order = new Map(input.parties.map((party, index) => [party.id, index]));
  const positions = [...input.positions].sort((x, y) => {
    const ox = order.get(x.party) ?? Infinity;
    const oy = order.get(y.party) ?? Infinity;
    return ox !== oy ? ox - oy : x.party < y.party ? -1 : x.party > y.party ? 1 : 0;
  });
  const parties = positions.map((position) => compileParty(position, issues));
  const redLines = positions.flatMap((position) =>
    position.redlines.map((redLine) => ({
      party: position.party,
      id: redLine.id,
      text: redLine.text,
      priority: redLine.priority ?? 1,
      cost: redLine.priority ?? 1,
      ...compileRuleOnce(redLine.rule, issues),
    })),
  );
  const costScale = scaleCosts(redLines);
  const coherence = input.coherence.map((rule) => {
    const { formula, issues: formulaIssues } = compileRuleOnce(rule.rule, issues);
    return { id: rule.id, text: rule.text, formula, issues: formulaIssues };
  });
  const notes: string[] = [];
  if (parties.length === 0) notes.push('no party has a position: every package counts as acceptable');
  if (issues.length === 0) notes.push('the case has no issues: the only package is the empty one');
  for (const party of parties)
    if (!party.hasWeights)
      notes.push(`every weight of '${party.id}' is zero: its utility is 0 for every package`);
  if (redLines.reduce((sum, redLine) => sum + redLine.cost, 0) > Number.MAX_SAFE_INTEGER)
    notes.push('red-line priorities this large are rounded: the cheapest relaxations may not be exact');
  return { issues, parties, redLines, coherence, costScale, notes };
}

/**
 * Turns the red lines' priorities into integer costs (`cost = priority · 10^k`, k the decimals they use, at
 * most 6, fewer when the total would pass 2^53), so that relaxation costs add and compare exactly; returns
 * 10^k.
 */
function scaleCosts(redLines: { priority: number; cost: number }[]): number {
  const total = redLines.reduce((s, redLine) => s + redLine.priority, 0);
  let k = Math.max(0, ...redLines.map((redLine) => decimalsOf(redLine.priority)));
  while (k > 0 && total * 10 ** k > Number.MAX_SAFE_INTEGER) k--;
  for (const redLine of redLines) redLine.cost = Math.max(1, Math.round(redLine.priority * 10 ** k));
  return 10 ** k;
}

/** The formulas every package must satisfy whatever is relaxed: the coherence rules. */
export const coherenceFormulas = (problem: SolverProblem): Formula[] =>
  problem.coherence.map((c) => c.formula);

/**
 * Each issue's utility contributions laid out for the bounds: `table[i][o·P + p]` is what option o of
 * issue i adds to U_p, so the P parties' values of one option sit side by side.
 */
export const contributionTables = (problem: SolverProblem): Float64Array[] =>
  problem.issues.map((issue, i) => {
    const partyCount = problem.parties.length;
    const table = new Float64Array(issue.options.length * partyCount);
    problem.parties.forEach((party, p) =>
      party.contributions[i]!.forEach((c, o) => (table[o * partyCount + p] = c)),
    );
    return table;
  });

/** N_p of a complete package (option index per issue): an exact integer. */
export function numeratorOf(party: SolverParty, options: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < party.terms.length; i++) sum += party.terms[i]![options[i]!]!;
  return sum;
}
