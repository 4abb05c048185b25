import { z } from 'zod';
import { sealedRedLine } from '../model/index.js';
import type { Reader } from '../model/index.js';
import { AlternativeVerdict, Finding, Verdict } from './finding.js';

/**
 * One red line of one party tested against one proposal: its verdict and the provisions that decided it.
 * `openIssues` lists the open issues that keep the red line open, ones under an already decided branch left
 * out (empty when decided).
 * @example { id: 'no-ceding', verdict: 'violated', evidence: ['21a', '21d'], openIssues: [] }
 * @example { id: 'no-amnesty', verdict: 'open', evidence: ['15'], openIssues: ['amnesty'], alternatives: [{ issue: 'amnesty', option: 'none', verdict: 'satisfied' }, …] }
 */
export const RedLineFinding = Finding.extend({
  id: z.string(),
  openIssues: z.array(z.string()),
  /**
   * Present when bracketed alternatives keep the red line open: its verdict under each listed option of each
   * such issue (`alternativeVerdicts`).
   */
  alternatives: z.array(AlternativeVerdict).optional(),
  /**
   * `false` when the red line was not in force at the date the proposal is judged at (`since`/`until`): it is
   * listed, evaluated, and left out of the overall verdict. Absent when in force.
   */
  inForce: z.literal(false).optional(),
});
export type RedLineFinding = z.infer<typeof RedLineFinding>;

/**
 * One cell of the compliance matrix: a proposal seen by one party (DESIGN.md, `parley check --json`).
 * In a report, `utility` and `best` are rounded to one decimal.
 */
export const CheckResult = z.object({
  proposal: z.string(),
  party: z.string(),
  /**
   * Guaranteed utility, 0..100: each open issue counted at the party's worst option on it (an issue left to
   * alternatives, at the worst of the listed options).
   */
  utility: z.number(),
  /** Utility if every open issue went the party's way (its best possible option), 0..100; `best >= utility`. */
  best: z.number(),
  /** The issues the party weighs that the proposal leaves open (alternatives included), in case order. */
  openIssues: z.array(z.string()),
  /** The party's utility of no agreement, d_p. */
  reservation: z.number(),
  /** `utility > reservation`: the proposal guarantees the party more than no agreement. */
  aboveReservation: z.boolean(),
  /**
   * Violated if any red line in force is violated, else open if any is open, else satisfied (also with no red
   * lines).
   */
  verdict: Verdict,
  /** The party's red lines in the order its position lists them. */
  redlines: z.array(RedLineFinding),
  /** The `asOf` of the version of the party's position judged against, when the position is dated. */
  asOf: z.string().optional(),
});
export type CheckResult = z.infer<typeof CheckResult>;

/**
 * A check result as one reader may see it (`POST …/check` and the draft's verdicts over HTTP). For a party
 * sealed to the reader, `sealed` is true, the numbers are null, and each red line keeps only its verdict,
 * with id `sealed` and the text "a sealed red line of <party>"; otherwise it is the plain result, `sealed` false.
 * @example { proposal: 'p1', party: 'ru', utility: null, best: null, sealed: true, verdict: 'violated', … }
 */
export const RedactedCheckResult = CheckResult.extend({
  utility: z.number().nullable(),
  best: z.number().nullable(),
  reservation: z.number().nullable(),
  aboveReservation: z.boolean().nullable(),
  sealed: z
    .boolean()
    .describe('true when this party is sealed to the caller: numbers withheld, red lines sealed'),
  redlines: z.array(RedLineFinding.extend({ text: z.string().optional() })),
});
export type RedactedCheckResult = z.infer<typeof RedactedCheckResult>;

/**
 * A proposal that breaks one of the case's coherence rules: its options make no sense together. `evidence`
 * is the provisions that decided it (as for a red line), `impliedBySilence` the silent issues that did.
 * @example { proposal: 'p1', rule: 'guarantee-needs-troops', evidence: ['5', '8'] }
 */
export const Incoherence = z.object({
  proposal: z.string(),
  rule: z.string(),
  evidence: z.array(z.string()),
  impliedBySilence: z.array(z.string()).optional(),
});
export type Incoherence = z.infer<typeof Incoherence>;

/**
 * The compliance matrix, proposals × parties with a position: results ordered by proposal (case order),
 * then party (case order). The shape `parley check --json` prints and `POST …/check` answers.
 * `incoherent` (present, possibly empty, whenever the case has coherence rules) lists each proposal × rule
 * it breaks, proposals in case order, rules in case order; coherence rules are no party's, so it is never
 * sealed.
 */
export const CheckReport = z.object({
  results: z.array(CheckResult),
  incoherent: z.array(Incoherence).optional(),
});
export type CheckReport = z.infer<typeof CheckReport>;

/**
 * `POST …/check`: the compliance matrix as one reader may see it (`redactCheck`); `incoherent` passes
 * unchanged.
 */
export const RedactedCheckReport = z.object({
  results: z.array(RedactedCheckResult),
  incoherent: z.array(Incoherence).optional(),
});
export type RedactedCheckReport = z.infer<typeof RedactedCheckReport>;

/**
 * Removes from a check report what the reader may not see (issue #5). For a party that is sealed to the
 * reader, utilities, reservation and the open issues it weighs are withheld (null or empty), and each red
 * line keeps only its verdict, with id `sealed` and the text "a sealed red line of <party>"; the proposal's
 * overall verdict for that party stays, so a delegate still learns that a proposal is unacceptable to it.
 * `incoherent` passes unchanged: it depends only on the proposals and the case's coherence rules.
 * @example redactCheck(report, { unsealed: new Set(['ua']), partyNames }) // ru rows: utility null, redlines sealed
 */
export function redactCheck(report: CheckReport, reader: Reader): RedactedCheckReport {
  const results = report.results.map((r): RedactedCheckResult => {
    if (reader.unsealed.has(r.party)) return { ...r, sealed: false };
    return {
      proposal: r.proposal,
      party: r.party,
      utility: null,
      best: null,
      openIssues: [],
      reservation: null,
      aboveReservation: null,
      verdict: r.verdict,
      sealed: true,
      redlines: r.redlines.map((l) => ({
        id: 'sealed',
        text: sealedRedLine(reader, r.party),
        verdict: l.verdict,
        evidence: [],
        openIssues: [],
      })),
    };
  });
  // Coherence rules belong to no party and the proposals are the caller's readable ones: nothing sealed.
  return report.incoherent ? { results, incoherent: report.incoherent } : { results };
}
