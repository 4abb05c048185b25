import { z } from 'zod';

const Solution = z.object({
  options: z.record(z.string(), z.string()),
  utilities: z.record(z.string(), z.number()),
});
const RedLineRef = z.object({ party: z.string(), redline: z.string(), text: z.string().optional() });
/** A coherence rule of the case in a conflict (never in a relaxation): no party's, so never sealed. */
const CoherenceRef = z.object({ coherence: z.string() });
const PartyExplanation = z.object({
  party: z.string(),
  utility: z.number(),
  reservation: z.number(),
  surplus: z.number(),
  redlines: z.array(
    z.object({
      id: z.string(),
      text: z.string(),
      holds: z.boolean(),
      options: z.record(z.string(), z.string()),
    }),
  ),
  issues: z.array(
    z.object({
      issue: z.string(),
      option: z.string(),
      utility: z.number(),
      bestOption: z.string(),
      bestUtility: z.number(),
      weight: z.number(),
      delta: z.number(),
    }),
  ),
});

const SolutionName = z.enum(['nash', 'kalai', 'egalitarian', 'utilitarian']);

/** `POST …/solve` answer: the CLI's `solve --json` shape, redacted for the caller (`withheld` lists whose utilities were removed). */
export const RedactedSolveAnswer = z.object({
  /** null when the search stopped before deciding (`stopped: true`). */
  feasible: z.boolean().nullable(),
  agreementZone: z.boolean().nullable(),
  stopped: z.boolean(),
  solutions: z.record(z.string(), Solution.nullable()),
  pareto: z.array(Solution).optional(),
  conflicts: z.array(z.array(z.union([RedLineRef, CoherenceRef]))),
  relaxations: z.array(z.array(RedLineRef)),
  cheapestRelaxations: z.array(z.array(RedLineRef)).optional(),
  withheld: z.array(z.string()),
  proven: z.boolean(),
  conflictsComplete: z.boolean(),
  conflictOwners: z.array(z.string().nullable()),
  paretoCount: z.number().int().optional(),
  paretoCapped: z.boolean().optional(),
  relaxationCost: z.number().nullable(),
  explain: z.record(z.string(), z.array(PartyExplanation)).optional(),
  bridge: z
    .object({
      near: z.array(z.string()),
      solution: Solution.nullable(),
      inAgreementZone: z.boolean(),
      cost: z.number().nullable(),
      changes: z.array(
        z.object({ proposal: z.string(), issue: z.string(), from: z.string(), to: z.string() }),
      ),
      proven: z.boolean(),
    })
    .optional(),
  /**
   * Kalai's ideal points B_p, each party's best utility over the agreement zone: they combine every
   * position (the zone), so only a reader who sees every party gets them.
   */
  idealPoints: z.record(z.string(), z.number()).optional(),
  /** When infeasible: the solutions once the first cheapest relaxation is made, redacted like the rest. */
  afterRelaxation: z
    .object({
      without: z.array(RedLineRef),
      feasible: z.boolean().nullable(),
      agreementZone: z.boolean().nullable(),
      solutions: z.record(SolutionName, Solution.nullable()),
      proven: z.boolean(),
    })
    .optional(),
  notes: z.array(z.string()),
});
export type RedactedSolveAnswer = z.infer<typeof RedactedSolveAnswer>;
