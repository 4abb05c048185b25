import { z } from 'zod';
import { CheckResult, RedactedCheckResult } from '../analysis/index.js';
import { Id, Proposal } from '../model/index.js';

/**
 * How a provision of a bridging draft came to be:
 * `kept` the base's provision word for word (its codes agree with the package);
 * `replaced` the base's provision swapped for a provision of another proposal, verbatim;
 * `inserted` a provision of another proposal added for an issue the base does not settle as the package does;
 * `placeholder` no proposal has a usable provision, so a marked `[To be drafted: …]` line states the position.
 */
export const ProvenanceKind = z.enum(['kept', 'replaced', 'inserted', 'placeholder']);
export type ProvenanceKind = z.infer<typeof ProvenanceKind>;

/** A provision of a case proposal, by proposal id and provision number: `us-28#6`. */
export const ProvisionRef = z.object({ proposal: Id, num: z.string().min(1) });
export type ProvisionRef = z.infer<typeof ProvisionRef>;

/**
 * Where one provision of the draft came from, in draft order (one entry per draft provision).
 * `source` is the proposal and point whose text the draft uses (`null` for a placeholder); `replaces` is the
 * base provision this one stands in for (`null` when kept or inserted); `issues` are the issues it settles,
 * in the order of its codes; `similarity` is the compare layer's similarity of a replacement to the base text
 * (0..1, absent otherwise); `note` says why, in words.
 * @example { num: '6', kind: 'replaced', source: { proposal: 'us-28', num: '6' }, replaces: '6', issues: ['military.cap'], similarity: 0.71, note: '…' }
 */
export const ProvenanceEntry = z.object({
  num: z.string(),
  kind: ProvenanceKind,
  source: ProvisionRef.nullable(),
  replaces: z.string().nullable(),
  issues: z.array(Id),
  similarity: z.number().min(0).max(1).optional(),
  note: z.string(),
});
export type ProvenanceEntry = z.infer<typeof ProvenanceEntry>;

/**
 * Something a negotiator must look at in the draft. Codes:
 * `redline_violated` / `redline_open` a party's red line the draft breaks or leaves open (the package is
 * infeasible, or an issue stays open); `placeholder` a position no proposal words (with the reason);
 * `no_single_provision` a base provision that codes several issues and that no existing provision can
 * replace without coding an issue two ways.
 */
export const DraftFlag = z.object({
  code: z.enum(['redline_violated', 'redline_open', 'placeholder', 'no_single_provision']),
  message: z.string(),
  /** Draft provision(s) concerned. */
  provisions: z.array(z.string()),
  party: Id.optional(),
  redline: Id.optional(),
  issue: Id.optional(),
});
export type DraftFlag = z.infer<typeof DraftFlag>;

/**
 * A composed bridging draft: the draft as a proposal of the case (it `revises` the base), the provenance of
 * every provision, the numbers of its placeholders, the flags, and every party's verdicts on it (as
 * `parley check` would compute them with the draft in the case).
 */
export const BridgeDraft = z.object({
  draft: Proposal,
  base: Id,
  /** The package the draft follows, issue → option (only the issues it names). */
  package: z.record(Id, Id),
  provenance: z.array(ProvenanceEntry),
  placeholders: z.array(z.string()),
  flags: z.array(DraftFlag),
  verdicts: z.array(CheckResult),
});
export type BridgeDraft = z.infer<typeof BridgeDraft>;

/**
 * A bridging draft as one reader may see it (`redactDraft`): `verdicts` as `check` gives them to that reader,
 * and a flag about another party's red line sealed.
 */
export const RedactedBridgeDraft = BridgeDraft.extend({ verdicts: z.array(RedactedCheckResult) });
export type RedactedBridgeDraft = z.infer<typeof RedactedBridgeDraft>;

/**
 * `POST …/draft` answer with `format: json`: the draft redacted for the caller, what it was drafted towards,
 * and the red lines set aside to find that package when red lines collide (other parties' sealed).
 */
export const DraftAnswer = RedactedBridgeDraft.extend({
  towards: z
    .string()
    .describe('the package in words: "nash", "near us-28, e3-counter", "a package given by hand"'),
  relaxed: z.array(z.object({ party: Id, redline: z.string(), text: z.string().optional() })),
});
export type DraftAnswer = z.infer<typeof DraftAnswer>;

/** A mistake in the request (not in the case): an unknown issue or option, an unusable base or case. */
export interface DraftProblem {
  code:
    | 'unknown_issue'
    | 'unknown_option'
    | 'unknown_proposal'
    | 'base_without_codes'
    | 'no_other_proposal'
    | 'incoherent_package';
  message: string;
  expected?: string[];
  /** The package's issue the problem is about, so a reader can point at its line. */
  issue?: string;
}
