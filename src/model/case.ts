import { z } from 'zod';
import { Id } from './id.js';
import { Package } from './package.js';
import { Proposal } from './proposal.js';
import { Position } from './position.js';
import { Rule } from './rule.js';

/**
 * A numeric option value. YAML's `.inf` ("no limit") is allowed, which plain `z.number()` refuses.
 * @example { id: 'none', label: 'No cap', value: Infinity }
 */
export const OptionValue = z.union([
  z.number(),
  z.custom<number>((v) => v === Infinity || v === -Infinity, 'expected a number or .inf'),
]);

/** One possible position on an issue. Options of an issue are ordered; `value` feeds `min`/`max` rules. */
export const Option = z.strictObject({
  id: Id,
  label: z.string().min(1),
  value: OptionValue.optional(),
  description: z.string().optional(),
});
export type Option = z.infer<typeof Option>;

/** The most options an issue may have: the solver keeps each issue's open options in a 30-bit mask. */
export const maxOptionsPerIssue = 30;

/** A question the negotiation must settle, with the options on the table. */
export const Issue = z.strictObject({
  id: Id,
  title: z.string().min(1),
  group: z.string().optional(),
  description: z.string().optional(),
  options: z.array(Option).min(1),
  /**
   * The option that holds when a proposal does not address the issue (the status quo, "no amnesty", "not a
   * member"): a proposal silent on it is read as coding this option, *implied by silence*. Without it a
   * silent proposal leaves the issue open.
   */
  whenSilent: Id.optional(),
});
export type Issue = z.infer<typeof Issue>;

/** A side in the process. A `mediator` may also hold a position of its own. */
export const Party = z.strictObject({
  id: Id,
  name: z.string().min(1),
  kind: z.enum(['party', 'mediator']).default('party'),
  description: z.string().optional(),
});
export type Party = z.infer<typeof Party>;

/** A negotiation channel between some of the parties. */
export const Track = z.strictObject({
  id: Id,
  name: z.string().min(1),
  parties: z.array(Id).default([]),
  description: z.string().optional(),
});
export type Track = z.infer<typeof Track>;

/**
 * A rule every package must obey because the options would make no sense together (no foreign troops at all
 * beside a guarantee executed by foreign forces), written like a red line but belonging to no party and
 * visible to every member. Solve, bridge, what-if and draft never consider a package that breaks one, and no
 * relaxation gives one up.
 * @example { id: 'guarantee-needs-troops', text: '…', rule: { if: { issue: 'guarantees', in: ['western-article-5'] }, then: { issue: 'troops.foreign', notIn: ['no-foreign-troops'] } } }
 */
export const CoherenceRule = z.strictObject({
  id: Id,
  text: z.string().min(1),
  rule: Rule,
  /** Why the options cannot go together: a citation or a sentence. */
  source: z.string().optional(),
});
export type CoherenceRule = z.infer<typeof CoherenceRule>;

/** The contents of `case.yaml`: who negotiates, on which tracks, about which issues. */
export const CaseManifest = z.strictObject({
  id: Id,
  title: z.string().min(1),
  description: z.string().optional(),
  parties: z.array(Party).default([]),
  tracks: z.array(Track).default([]),
  issues: z.array(Issue).default([]),
  coherence: z.array(CoherenceRule).default([]),
});
export type CaseManifest = z.infer<typeof CaseManifest>;

/** A whole negotiation process: the manifest, its proposals and the parties' positions. */
export const Case = CaseManifest.extend({
  proposals: z.array(Proposal).default([]),
  /** The parties' current positions, at most one per party. */
  positions: z.array(Position).default([]),
  /**
   * Earlier versions of the positions (`positions/<party>@<YYYY-MM-DD>.yaml`), each with its `asOf`, older
   * than the party's current position. `parley check` judges a dated proposal against the version in force
   * at its date; everything else uses the current positions.
   */
  earlierPositions: z.array(Position).optional(),
  /**
   * The mediators' estimates of parties' positions (`estimates/<party>.yaml`), at most one per party, kept
   * beside what the party entered and sealed to the mediators: not even the party's own delegates read them.
   * Analyses use the entered positions unless asked to use the estimates (`useEstimates`).
   */
  estimates: z.array(Position).optional(),
  /**
   * The packages the mediators released to the delegates (`released-packages.yaml`, `ReleasedPackages`), in
   * the order released; each names one option of every issue. A case archive carries them from one server
   * to another; analyses of the folder do not use them.
   */
  releasedPackages: z.array(Package).max(20).optional(),
});
export type Case = z.infer<typeof Case>;
