import { z } from 'zod';
import { sealedRedLine } from '../model/index.js';
import type { Reader } from '../model/index.js';

// The solve answer, stated once: `SolveReport` is what `solveCase` returns and `parley solve --json` prints
// (DESIGN.md); `RedactedSolveReport` is what `POST …/solve` answers, projected for one reader by
// `redactSolveReport` below. The server's route schema and the web app's types are these (docs/DESIGN.md,
// "Where does a change go").

/** A package with each party's utility (rounded to 4 decimals): one entry of the `parley solve` JSON. */
export const Solution = z.object({
  options: z.record(z.string(), z.string()),
  utilities: z.record(z.string(), z.number()),
});
export type Solution = z.infer<typeof Solution>;

/**
 * A red line named by its party: an element of a conflict or a relaxation. In a redacted answer another
 * party's sealed red line comes as `redline: 'sealed'` with a `text` saying whose it is; the solver never
 * sets `text`.
 */
export const RedLineRef = z.object({ party: z.string(), redline: z.string(), text: z.string().optional() });
export type RedLineRef = z.infer<typeof RedLineRef>;

/**
 * A coherence rule of the case taking part in a conflict (DESIGN.md: `{ "coherence": "<id>" }`); no party's,
 * so never sealed.
 */
export const CoherenceRef = z.object({ coherence: z.string() });
export type CoherenceRef = z.infer<typeof CoherenceRef>;

/** An element of a conflict: a party's red line or a coherence rule (never relaxed). */
export const ConflictRef = z.union([RedLineRef, CoherenceRef]);
export type ConflictRef = z.infer<typeof ConflictRef>;

/** The four bargaining solutions of DESIGN.md. */
export const SolutionName = z.enum(['nash', 'kalai', 'egalitarian', 'utilitarian']);
export type SolutionName = z.infer<typeof SolutionName>;

/**
 * Whether a solution is proven optimal, and if not, how far its primary score may be from the optimum.
 * Proven with no package means it is proven that none qualifies; unproven with none means the search
 * stopped (or never started) before finding one.
 */
export const Optimality = z.object({
  proven: z.boolean(),
  /** Upper bound of the optimum minus the returned score, in the objective's units; 0 when proven. */
  gap: z.number().nullable(),
  /**
   * Upper bound of the optimum's primary score (the product of gains for Nash, the smallest share of the
   * best gain for Kalai, the smallest gain for egalitarian, Σ_p U_p for utilitarian); null when unknown or
   * when no package qualifies.
   */
  bound: z.number().nullable(),
});
export type Optimality = z.infer<typeof Optimality>;

/** What one issue of a package means for one party. */
export const IssueExplanation = z.object({
  issue: z.string(),
  option: z.string(),
  /** The party's utility u_i for the chosen option, 0..100. */
  utility: z.number(),
  /** The option the party likes best on this issue (the first one on ties) and its utility. */
  bestOption: z.string(),
  bestUtility: z.number(),
  /** Share of the party's weight on this issue, 0..1. */
  weight: z.number(),
  /** weight·(utility − bestUtility): what the issue costs the party in U_p points (≤ 0; 0 = its best). */
  delta: z.number(),
});
export type IssueExplanation = z.infer<typeof IssueExplanation>;

/** One red line of the party and whether the package keeps it. */
export const RedLineExplanation = z.object({
  id: z.string(),
  text: z.string(),
  holds: z.boolean(),
  /** The package's option on each issue the red line mentions. */
  options: z.record(z.string(), z.string()),
});
export type RedLineExplanation = z.infer<typeof RedLineExplanation>;

/** A package seen by one party: its utility against its reservation, its red lines, issue by issue. */
export const PartyExplanation = z.object({
  party: z.string(),
  utility: z.number(),
  reservation: z.number(),
  /** U_p − d_p; positive inside the agreement zone. */
  surplus: z.number(),
  redlines: z.array(RedLineExplanation),
  /** Issues the party weighs, in case order. */
  issues: z.array(IssueExplanation),
});
export type PartyExplanation = z.infer<typeof PartyExplanation>;

/** Each solution's package explained party by party (`--explain`). */
const Explanations = z.partialRecord(SolutionName, z.array(PartyExplanation));

/** One coded position of a named proposal that the bridge changes; `from` is `a|b` for alternatives. */
export const BridgeChange = z.object({
  proposal: z.string(),
  issue: z.string(),
  from: z.string(),
  to: z.string(),
});
export type BridgeChange = z.infer<typeof BridgeChange>;

/** The package closest to the named proposals that the solver could find (`--near`). */
export const Bridge = z.object({
  near: z.array(z.string()),
  solution: Solution.nullable(),
  /** True when the bridge lies in the agreement zone (searched there whenever the zone is not empty). */
  inAgreementZone: z.boolean(),
  /** The weighted number of coded positions it changes (null in an answer to a reader who sees not every party). */
  cost: z.number().nullable(),
  changes: z.array(BridgeChange),
  proven: z.boolean(),
});
export type Bridge = z.infer<typeof Bridge>;

/** The solutions once the red lines of one cheapest relaxation are given up. */
export const AfterRelaxation = z.object({
  without: z.array(RedLineRef),
  feasible: z.boolean().nullable(),
  agreementZone: z.boolean().nullable(),
  solutions: z.record(SolutionName, Solution.nullable()),
  explain: Explanations.optional(),
  /** With `near`: the bridge once those red lines are given up. */
  bridge: Bridge.optional(),
  proven: z.boolean(),
});
export type AfterRelaxation = z.infer<typeof AfterRelaxation>;

/**
 * The answer of `solveCase`, a superset of the `parley solve --json` contract (DESIGN.md): `feasible`,
 * `agreementZone`, `solutions`, `pareto`, `conflicts`, `relaxations` keep their shapes; the other fields
 * only add to them.
 */
export const SolveReport = z.object({
  /** True when a package keeping every red line was found, false when proven that none exists, null when stopped first. */
  feasible: z.boolean().nullable(),
  /** True when a package of the agreement zone was found, false when proven empty, null when stopped first. */
  agreementZone: z.boolean().nullable(),
  /** True when a time limit (the caller's `shouldStop`) stopped any part of the work. */
  stopped: z.boolean(),
  solutions: z.record(SolutionName, Solution.nullable()),
  /** Only when the Pareto frontier was asked for; best Σ_p U_p first. */
  pareto: z.array(Solution).optional(),
  /** Minimal sets of red lines that cannot hold together ([] when feasible). */
  conflicts: z.array(z.array(ConflictRef)),
  /** Smallest sets of red lines (fewest) whose removal makes the case feasible ([] when feasible). */
  relaxations: z.array(z.array(RedLineRef)),
  /**
   * When infeasible: the relaxations that cost the parties least, weighting each red line by its `priority`
   * (the same sets as `relaxations` when no priorities are given).
   */
  cheapestRelaxations: z.array(z.array(RedLineRef)).optional(),
  /** False when a time limit stopped any part; see `optimality` and the `…Complete` flags. */
  proven: z.boolean(),
  optimality: z.record(SolutionName, Optimality),
  /** False when the conflict list may miss some (cap or time limit). */
  conflictsComplete: z.boolean(),
  /** The party whose own red lines contradict each other, per conflict (null when parties collide). */
  conflictOwners: z.array(z.string().nullable()),
  /** How many points the frontier has, and whether `pareto` lists them all. */
  paretoCount: z.number().int().optional(),
  paretoCapped: z.boolean().optional(),
  /**
   * True when every package `pareto` lists is proven on the frontier. False when a time limit or a cap cut
   * the computation short: `pareto` then lists the frontier found so far — feasible packages none of the
   * others listed dominates (the searches' own packages among them), best Σ_p U_p first — and `paretoCount`
   * counts those.
   */
  paretoProven: z.boolean().optional(),
  /** Σ priority of each of `cheapestRelaxations` (its size when no priorities are given); null when feasible. */
  relaxationCost: z.number().nullable(),
  explain: Explanations.optional(),
  bridge: Bridge.optional(),
  /**
   * With Kalai: each party's ideal point B_p (its best utility over the agreement zone), as far as proven —
   * the best found when its search was stopped (`optimality.kalai` is then unproven).
   */
  idealPoints: z.record(z.string(), z.number()).optional(),
  /** When infeasible: the case solved again without the first cheapest relaxation's red lines. */
  afterRelaxation: AfterRelaxation.optional(),
  notes: z.array(z.string()),
});
export type SolveReport = z.infer<typeof SolveReport>;

/**
 * `POST …/solve`: the solve report as one reader may see it (`redactSolveReport`). `optimality` says of each
 * solution whether it is proven; its gap and bound measure objectives over every party, so only a reader
 * who sees every party gets them. `withheld` lists the parties whose utilities were removed.
 */
export const RedactedSolveReport = SolveReport.omit({ optimality: true }).extend({
  optimality: z.record(SolutionName, Optimality.partial({ gap: true, bound: true })),
  withheld: z.array(z.string()),
});
export type RedactedSolveReport = z.infer<typeof RedactedSolveReport>;

/** The parts of a solve report that can carry sealed content; other members pass through unchanged. */
export interface SolveShape {
  solutions: Record<string, Solution | null>;
  pareto?: Solution[];
  conflicts?: ConflictRef[][];
  relaxations?: RedLineRef[][];
}

/**
 * Removes from a solve report what the reader may not see (issue #5): packages are still shown, but other
 * parties' utilities are dropped from every `utilities` map (listed in `withheld`), and another party's red
 * line in a conflict or relaxation becomes `{ party, redline: 'sealed', text: 'a sealed red line of <party>' }`.
 */
export function redactSolve<T extends SolveShape>(report: T, reader: Reader): T & { withheld: string[] } {
  const withheld = new Set<string>();
  const scored = (p: Solution): Solution => ({
    options: p.options,
    utilities: Object.fromEntries(
      Object.entries(p.utilities).filter(([party]) => {
        if (reader.unsealed.has(party)) return true;
        withheld.add(party);
        return false;
      }),
    ),
  });
  const refs = <R extends ConflictRef>(sets: R[][]): R[][] =>
    sets.map((set) =>
      set.map((ref) =>
        'coherence' in ref || reader.unsealed.has(ref.party)
          ? ref
          : ({ party: ref.party, redline: 'sealed', text: sealedRedLine(reader, ref.party) } as R),
      ),
    );
  const solutions = Object.fromEntries(
    Object.entries(report.solutions).map(([name, p]) => [name, p && scored(p)]),
  );
  return {
    ...report,
    solutions,
    ...(report.pareto ? { pareto: report.pareto.map(scored) } : {}),
    ...(report.conflicts ? { conflicts: refs(report.conflicts) } : {}),
    ...(report.relaxations ? { relaxations: refs(report.relaxations) } : {}),
    withheld: [...withheld].sort(),
  };
}

/**
 * Projects a whole solve report onto what one reader may see (`RedactedSolveReport`): `redactSolve` on the
 * packages and red lines, plus the extras that could carry sealed content. Explanations keep only the
 * reader's unsealed parties; a bridge keeps its package (redacted) and changes but not its cost, which
 * weighs every party's weights; notes that name a sealed party are dropped; `relaxationCost` (sums of
 * red-line priorities) is null unless every relaxed red line is unsealed to the reader. Kalai's ideal points
 * combine every position (each is a best utility over the agreement zone), so they reach only a reader who
 * sees every party; `afterRelaxation` is redacted like the report itself.
 */
export function redactSolveReport(report: SolveReport, reader: Reader): RedactedSolveReport {
  const base = redactSolve(
    {
      solutions: report.solutions,
      conflicts: report.conflicts,
      relaxations: report.relaxations,
      ...(report.pareto ? { pareto: report.pareto } : {}),
    },
    reader,
  );
  const redLines = (refs: RedLineRef[]) =>
    redactSolve({ solutions: {}, relaxations: [refs] }, reader).relaxations[0]!;
  const sealedParties = new Set(
    [...report.conflicts.flat(), ...(report.cheapestRelaxations ?? report.relaxations).flat()]
      .flatMap((r) => ('party' in r ? [r.party] : []))
      .filter((p) => !reader.unsealed.has(p)),
  );
  const isSealed = (party: string) => !reader.unsealed.has(party);
  const seesEveryParty = [...reader.partyNames.keys()].every((party) => reader.unsealed.has(party));
  const explained = (explain: SolveReport['explain']) =>
    explain &&
    Object.fromEntries(
      Object.entries(explain).map(([name, parties]) => [
        name,
        (parties ?? []).filter((p) => !isSealed(p.party)),
      ]),
    );
  const bridged = (bridge: Bridge | undefined): Bridge | undefined =>
    bridge && {
      ...bridge,
      solution:
        bridge.solution &&
        (redactSolve({ solutions: { bridge: bridge.solution } }, reader).solutions.bridge ?? null),
      cost: reader.unsealed.size >= reader.partyNames.size ? bridge.cost : null,
    };
  const explain = explained(report.explain);
  const bridge = bridged(report.bridge);
  const relaxed = report.afterRelaxation;
  const relaxedExplain = relaxed && explained(relaxed.explain);
  const relaxedBridge = relaxed && bridged(relaxed.bridge);
  const afterRelaxation = relaxed && {
    without: redLines(relaxed.without),
    feasible: relaxed.feasible,
    agreementZone: relaxed.agreementZone,
    solutions: redactSolve({ solutions: relaxed.solutions }, reader).solutions as typeof relaxed.solutions,
    ...(relaxedExplain ? { explain: relaxedExplain } : {}),
    ...(relaxedBridge ? { bridge: relaxedBridge } : {}),
    proven: relaxed.proven,
  };
  const mentionsSealed = (note: string) =>
    [...reader.partyNames.keys()].some((p) => isSealed(p) && note.includes(`'${p}'`));
  return {
    solutions: base.solutions as typeof report.solutions,
    ...(base.pareto ? { pareto: base.pareto } : {}),
    conflicts: base.conflicts ?? [],
    relaxations: base.relaxations ?? [],
    ...(report.cheapestRelaxations ? { cheapestRelaxations: report.cheapestRelaxations.map(redLines) } : {}),
    withheld: base.withheld,
    feasible: report.feasible,
    agreementZone: report.agreementZone,
    stopped: report.stopped,
    proven: report.proven,
    // Whether each package is proven optimal is the reader's to know; how far off it may be, only with
    // every party in view.
    optimality: Object.fromEntries(
      Object.entries(report.optimality).map(([name, o]) => [name, seesEveryParty ? o : { proven: o.proven }]),
    ) as RedactedSolveReport['optimality'],
    conflictsComplete: report.conflictsComplete,
    conflictOwners: report.conflictOwners,
    ...(report.paretoCount !== undefined
      ? { paretoCount: report.paretoCount, paretoCapped: report.paretoCapped }
      : {}),
    ...(report.paretoProven !== undefined ? { paretoProven: report.paretoProven } : {}),
    relaxationCost: sealedParties.size === 0 ? report.relaxationCost : null,
    ...(explain ? { explain } : {}),
    ...(bridge ? { bridge } : {}),
    ...(report.idealPoints && seesEveryParty ? { idealPoints: report.idealPoints } : {}),
    ...(afterRelaxation ? { afterRelaxation } : {}),
    notes: report.notes.filter((n) => !mentionsSealed(n)),
  };
}
