import { z } from 'zod';
import { PositionSource } from '../model/index.js';

const Probability = z.number().min(0).max(1);

/** Probabilities (0..1) that each party with a position accepts, by party id. */
export const Acceptance = z.record(z.string(), Probability);
export type Acceptance = z.infer<typeof Acceptance>;

/** One proposal: how likely each party accepts it (keeps its red lines and beats its reservation), and all. */
export const ProposalRobustness = z.object({ proposal: z.string(), accept: Acceptance, all: Probability });
export type ProposalRobustness = z.infer<typeof ProposalRobustness>;

/** A package that was the Nash solution in some sample: how often, and how likely each party accepts it. */
export const SolutionRobustness = z.object({
  package: z.record(z.string(), z.string()),
  nash: Probability,
  accept: Acceptance,
  all: Probability,
});
export type SolutionRobustness = z.infer<typeof SolutionRobustness>;

/** A package asked about (one a mediator released, say): how likely each party accepts it, and all. */
export const PackageRobustness = z.object({
  package: z.record(z.string(), z.string()),
  accept: Acceptance,
  all: Probability,
});
export type PackageRobustness = z.infer<typeof PackageRobustness>;

/**
 * How much one uncertain parameter moves the answer: each change is P(… | the parameter in the upper half of
 * its spread, or its red line holding) − P(… | lower half, or given way). `zone`: an agreement zone exists;
 * `nash`: the most frequent Nash package is the Nash package; `accept`: its own party accepts a proposal
 * (averaged over proposals). `effect` is the largest of them in absolute value; the list is sorted by it.
 */
export const Sensitivity = z.object({
  parameter: z.string(),
  effect: z.number(),
  zone: z.number().optional(),
  nash: z.number().optional(),
  accept: z.number(),
});
export type Sensitivity = z.infer<typeof Sensitivity>;

/** One point of a leverage curve: the party's reservation set to `reservation`, everything else sampled. */
export const LeveragePoint = z.object({
  reservation: z.number(),
  /** Probability that an agreement zone exists. */
  zone: Probability,
  /** The party's mean Nash utility over the samples with a zone; null when none has one. */
  nash: z.number().nullable(),
});
export type LeveragePoint = z.infer<typeof LeveragePoint>;

/** A party's leverage curve: what its alternative to agreement (its reservation) does to the zone and its Nash utility. */
export const Leverage = z.object({ party: z.string(), points: z.array(LeveragePoint) });
export type Leverage = z.infer<typeof Leverage>;

/**
 * The value of one concession: the red line given up in every detail sample. `zone` is how much more likely
 * an agreement zone becomes; `gains` the other parties' mean change of utility (the Nash utility where a zone
 * exists, the reservation where none does); `total` their sum; `own` the conceding party's own change (positive when the agreement it opens beats no agreement).
 */
export const Concession = z.object({
  party: z.string(),
  redline: z.string(),
  zone: z.number(),
  gains: z.record(z.string(), z.number()),
  total: z.number(),
  own: z.number(),
});
export type Concession = z.infer<typeof Concession>;

/** The answer of `parley robustness --json` (DESIGN.md): the contract's fields and a few more. */
export const RobustnessReport = z.object({
  samples: z.number().int(),
  seed: z.number().int(),
  /** Samples of the leverage curves and concession values (the first ones, by index). */
  detailSamples: z.number().int(),
  /** The uncertain parameters sampled, by name. */
  parameters: z.array(z.string()),
  /** Probability that an agreement zone exists. */
  zone: Probability,
  /** Samples whose search was stopped before it decided the zone (counted as no zone). */
  undecided: z.number().int(),
  proposals: z.array(ProposalRobustness),
  solutions: z.array(SolutionRobustness),
  /** The packages the run was asked about (`packages` of the options), in that order. */
  packages: z.array(PackageRobustness),
  sensitivity: z.array(Sensitivity),
  leverage: z.array(Leverage),
  concessions: z.array(Concession),
  /**
   * Which positions were weighed: those the parties `entered`, or the mediators' `estimates` (issue 17). Set
   * by whoever chose them (the CLI's `--use`, the API's `use`); the core's own report leaves it out.
   */
  uses: PositionSource.optional(),
  /** The parties whose estimate was weighed in place of their entered position. */
  estimated: z.array(z.string()).optional(),
});
export type RobustnessReport = z.infer<typeof RobustnessReport>;

/** What a delegate may see (issue 17): its own party's acceptance and its own parameters' sensitivity. */
export const PartyRobustnessReport = z.object({
  samples: z.number().int(),
  seed: z.number().int(),
  party: z.string(),
  parameters: z.array(z.string()),
  proposals: z.array(z.object({ proposal: z.string(), accept: Acceptance })),
  /** The packages asked about, with its own party's acceptance of each. */
  packages: z.array(PackageRobustness.pick({ package: true, accept: true })),
  sensitivity: z.array(Sensitivity.pick({ parameter: true, effect: true, accept: true })),
  /** Always `entered`: a delegate's answer weighs its party's own position, never the mediators' estimate. */
  uses: PositionSource.optional(),
});
export type PartyRobustnessReport = z.infer<typeof PartyRobustnessReport>;
