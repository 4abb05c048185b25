import { centralValue, isInForce, judgingDate, positionAt } from '../model/index.js';
import type { AsOf, Case, Proposal } from '../model/index.js';
import type { CheckReport, CheckResult, Incoherence, RedLineFinding } from './check-report.js';
import { codedPackage } from './coded-package.js';
import { alternativeVerdicts, evaluateRule, openIssuesOf } from './evaluate-rule.js';
import type { Verdict } from './finding.js';
import { proposalUtility } from './utility.js';

/** Which rows and columns of the matrix to compute; an absent list means all of them. */
export interface CheckSelection {
  /** Proposal ids; the report keeps case order whatever order these are in. */
  proposals?: readonly string[];
  /** Party ids; parties without a position are never in the report. */
  parties?: readonly string[];
  /**
   * Which positions to judge against: those in force at each proposal's date (`'proposal-date'`, the
   * default; an undated proposal gets the latest), the `'latest'`, or those in force at an ISO date.
   */
  asOf?: AsOf;
}

/**
 * Tests one proposal against every party that has a position, in case order of the parties, each position as
 * it stood at `asOf` (`positionAt`; by default the proposal's date). A red line not in force then is still
 * evaluated but listed with `inForce: false` and left out of the overall verdict. Utilities are exact here
 * (not rounded); see `proposalUtility` for how open issues count.
 * @example checkProposal(ukraine, us28)[0] // { proposal: 'us-28', party: 'ua', verdict: 'violated', … }
 */
export function checkProposal(
  theCase: Case,
  proposal: Proposal,
  parties?: readonly string[],
  asOf: AsOf = 'proposal-date',
): CheckResult[] {
  const pkg = codedPackage(proposal, theCase.issues);
  const date = asOf === 'proposal-date' ? (proposal.date ?? 'latest') : asOf;
  const results: CheckResult[] = [];
  for (const party of theCase.parties) {
    if (parties && !parties.includes(party.id)) continue;
    const position = positionAt(theCase, party.id, date);
    if (!position) continue;
    const judgedOn = judgingDate(position, date);
    const redlines = position.redlines.map((redline): RedLineFinding => {
      const finding = evaluateRule(redline.rule, pkg);
      const found: RedLineFinding = {
        id: redline.id,
        ...finding,
        openIssues: openIssuesOf(redline.rule, pkg),
      };
      const alternatives = alternativeVerdicts(redline.rule, pkg);
      if (alternatives.length > 0) found.alternatives = alternatives;
      if (judgedOn !== undefined && !isInForce(redline, judgedOn)) found.inForce = false;
      return found;
    });
    const { utility, best, openIssues } = proposalUtility(position, pkg, theCase.issues);
    results.push({
      proposal: proposal.id,
      party: party.id,
      utility,
      best,
      openIssues,
      reservation: centralValue(position.reservation),
      aboveReservation: utility > centralValue(position.reservation),
      verdict: overallVerdict(redlines.filter((r) => r.inForce !== false).map((r) => r.verdict)),
      redlines,
      ...(position.asOf !== undefined ? { asOf: position.asOf } : {}),
    });
  }
  return results;
}

/**
 * The compliance matrix of a case: every proposal (case order) × every party with a position (case order),
 * with utilities rounded to one decimal. The verdicts and `aboveReservation` come from the exact utilities.
 * @example checkCase(ukraine, { proposals: ['us-28'] }).results.map((r) => r.party) // ['ua', 'ru', 'us', 'eu']
 */
export function checkCase(theCase: Case, selection: CheckSelection = {}): CheckReport {
  const proposals = theCase.proposals.filter(
    (p) => !selection.proposals || selection.proposals.includes(p.id),
  );
  const results = proposals.flatMap((proposal) =>
    checkProposal(theCase, proposal, selection.parties, selection.asOf),
  );
  const rounded = results.map((r) => ({ ...r, utility: roundTenth(r.utility), best: roundTenth(r.best) }));
  if (theCase.coherence.length === 0) return { results: rounded };
  return {
    results: rounded,
    incoherent: proposals.flatMap((proposal) => findIncoherence(theCase, proposal)),
  };
}

/**
 * The coherence rules a proposal breaks, in case order, each with the provisions that break it. A rule left
 * open by the proposal is not broken: the proposal can still be completed coherently.
 * @example findIncoherence(c, p1) // [{ proposal: 'p1', rule: 'guarantee-needs-troops', evidence: ['5', '8'] }]
 */
export function findIncoherence(theCase: Case, proposal: Proposal): Incoherence[] {
  const pkg = codedPackage(proposal, theCase.issues);
  return theCase.coherence.flatMap((coherence) => {
    const { verdict, evidence, impliedBySilence } = evaluateRule(coherence.rule, pkg);
    if (verdict !== 'violated') return [];
    const found: Incoherence = { proposal: proposal.id, rule: coherence.id, evidence };
    return [impliedBySilence ? { ...found, impliedBySilence } : found];
  });
}

/**
 * Whether every red line of every party holds in every proposal of the report — no violated and no open
 * red line — and no proposal breaks a coherence rule. `parley check` exits 0 exactly then.
 */
export function isAllSatisfied(report: CheckReport): boolean {
  return (
    report.results.every((result) => result.verdict === 'satisfied') && (report.incoherent ?? []).length === 0
  );
}

/** Violated if any is violated, else open if any is open, else satisfied (also for none at all). */
function overallVerdict(verdicts: Verdict[]): Verdict {
  if (verdicts.includes('violated')) return 'violated';
  if (verdicts.includes('open')) return 'open';
  return 'satisfied';
}

const roundTenth = (x: number): number => Math.round(x * 10) / 10;
