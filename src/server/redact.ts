import type { CheckReport, Incoherence, RedactedCheckResult } from '../analysis/index.js';
import type { SolveReport } from '../solver/index.js';
import type { RedactedSolveAnswer } from './solve-answer.js';

/**
 * Who is reading an answer: the parties whose sealed content they may see, and every party's display name
 * (used to say whose red line was sealed).
 */
export interface Reader {
  unsealed: ReadonlySet<string>;
  partyNames: ReadonlyMap<string, string>;
}

/** How another party's red line appears to a reader who may not see it. */
export const sealedRedLine = (reader: Reader, party: string): string =>
  `a sealed red line of ${reader.partyNames.get(party) ?? party}`;

/**
 * Removes from a check report what the reader may not see (issue #5). For a party that is sealed to the
 * reader, utilities, reservation and the open issues it weighs are withheld (null or empty), and each red
 * line keeps only its verdict, with id `sealed` and the text "a sealed red line of <party>"; the proposal's
 * overall verdict for that party stays, so a delegate still learns that a proposal is unacceptable to it.
 * `incoherent` passes unchanged: it depends only on the proposals and the case's coherence rules.
 * @example redactCheck(report, { unsealed: new Set(['ua']), partyNames }) // ru rows: utility null, redlines sealed
 */
export function redactCheck(
  report: CheckReport,
  reader: Reader,
): { results: RedactedCheckResult[]; incoherent?: Incoherence[] } {
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

/** A package with each party's utility, as the solver reports it (DESIGN.md, `parley solve --json`). */
export interface ScoredPackage {
  options: Record<string, string>;
  utilities: Record<string, number>;
}

/** One red line named in a conflict set or a relaxation. */
export interface RedLineRef {
  party: string;
  redline: string;
  text?: string;
}

/** A coherence rule in a conflict: no party's, so never sealed. */
export interface CoherenceRef {
  coherence: string;
}

/** The parts of a solve report that can carry sealed content; other members pass through unchanged. */
export interface SolveShape {
  solutions: Record<string, ScoredPackage | null>;
  pareto?: ScoredPackage[];
  conflicts?: (RedLineRef | CoherenceRef)[][];
  relaxations?: RedLineRef[][];
}

/**
 * Removes from a solve report what the reader may not see (issue #5): packages are still shown, but other
 * parties' utilities are dropped from every `utilities` map (listed in `withheld`), and another party's red
 * line in a conflict or relaxation becomes `{ party, redline: 'sealed', text: 'a sealed red line of <party>' }`.
 */
export function redactSolve<T extends SolveShape>(report: T, reader: Reader): T & { withheld: string[] } {
  const withheld = new Set<string>();
  const scored = (p: ScoredPackage): ScoredPackage => ({
    options: p.options,
    utilities: Object.fromEntries(
      Object.entries(p.utilities).filter(([party]) => {
        if (reader.unsealed.has(party)) return true;
        withheld.add(party);
        return false;
      }),
    ),
  });
  const refs = <R extends RedLineRef | CoherenceRef>(sets: R[][]): R[][] =>
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
 * Redacts a whole solver answer: `redactSolve` on the packages and red lines, plus the extras that could
 * carry sealed content. Explanations keep only the reader's unsealed parties; a bridge keeps its package
 * (redacted) and changes but not its cost, which weighs every party's weights; notes that name a sealed
 * party are dropped; `relaxationCost` (sums of red-line priorities) is null unless every relaxed red line
 * is unsealed to the reader. The search's optimality gaps are left out: they measure sealed objectives.
 * Kalai's ideal points combine every position (each is a best utility over the agreement zone), so they
 * reach only a reader who sees every party; `afterRelaxation` is redacted like the report itself.
 */
export function redactSolveReport(report: SolveReport, reader: Reader): RedactedSolveAnswer {
  const base = redactSolve(
    {
      solutions: report.solutions,
      conflicts: report.conflicts,
      relaxations: report.relaxations,
      ...(report.pareto ? { pareto: report.pareto } : {}),
    },
    reader,
  );
  const cheapest = report.cheapestRelaxations
    ? redactSolve({ solutions: {}, relaxations: report.cheapestRelaxations }, reader).relaxations
    : undefined;
  const sealedParties = new Set(
    [...report.conflicts.flat(), ...(report.cheapestRelaxations ?? report.relaxations).flat()]
      .flatMap((r) => ('party' in r ? [r.party] : []))
      .filter((p) => !reader.unsealed.has(p)),
  );
  const isSealed = (party: string) => !reader.unsealed.has(party);
  const explain = report.explain
    ? Object.fromEntries(
        Object.entries(report.explain).map(([name, parties]) => [
          name,
          (parties ?? []).filter((p) => !isSealed(p.party)),
        ]),
      )
    : undefined;
  const bridge = report.bridge && {
    ...report.bridge,
    solution:
      report.bridge.solution &&
      (redactSolve({ solutions: { bridge: report.bridge.solution } }, reader).solutions.bridge ?? null),
    cost: reader.unsealed.size >= reader.partyNames.size ? report.bridge.cost : null,
  };
  const seesEveryParty = [...reader.partyNames.keys()].every((party) => reader.unsealed.has(party));
  const relaxed = report.afterRelaxation;
  const afterRelaxation = relaxed && {
    without: redactSolve({ solutions: {}, relaxations: [relaxed.without] }, reader).relaxations[0]!,
    feasible: relaxed.feasible,
    agreementZone: relaxed.agreementZone,
    solutions: redactSolve({ solutions: relaxed.solutions }, reader).solutions as typeof relaxed.solutions,
    proven: relaxed.proven,
  };
  const mentionsSealed = (note: string) =>
    [...reader.partyNames.keys()].some((p) => isSealed(p) && note.includes(`'${p}'`));
  return {
    solutions: base.solutions,
    ...(base.pareto ? { pareto: base.pareto } : {}),
    conflicts: base.conflicts ?? [],
    relaxations: base.relaxations ?? [],
    ...(cheapest ? { cheapestRelaxations: cheapest } : {}),
    withheld: base.withheld,
    feasible: report.feasible,
    agreementZone: report.agreementZone,
    stopped: report.stopped,
    proven: report.proven,
    conflictsComplete: report.conflictsComplete,
    conflictOwners: report.conflictOwners,
    ...(report.paretoCount !== undefined
      ? { paretoCount: report.paretoCount, paretoCapped: report.paretoCapped }
      : {}),
    relaxationCost: sealedParties.size === 0 ? report.relaxationCost : null,
    ...(explain ? { explain } : {}),
    ...(bridge ? { bridge } : {}),
    ...(report.idealPoints && seesEveryParty ? { idealPoints: report.idealPoints } : {}),
    ...(afterRelaxation ? { afterRelaxation } : {}),
    notes: report.notes.filter((n) => !mentionsSealed(n)),
  };
}
