import { solutionNames } from '../api/contract.js';
import type { DraftAnswer, ProposalSummary, SolutionName, SolveReport } from '../api/contract.js';

/**
 * A package the Converge view offers to draft from: a key for the picker, words for people, and what to ask
 * the server for: the package's options, or a solution it finds itself past the cheapest relaxation.
 */
export interface PackageChoice {
  key: string;
  label: string;
  request: { package: Record<string, string> } | { solution: SolutionName };
}

const solutionLabels: Record<SolutionName, string> = {
  nash: 'Nash solution',
  kalai: 'Kalai–Smorodinsky solution',
  egalitarian: 'Egalitarian solution',
  utilitarian: 'Utilitarian solution',
};

/**
 * The packages on screen that a draft can follow, in this order: the bargaining solutions of the answer
 * shown (DESIGN.md's order; those that do not exist are left out), marked "what-if" when the answer is the
 * browser's search past relaxed red lines; when the server's answer has no solution at all because red
 * lines collide, each solution once the cheapest relaxation is made, which the server finds (a delegate,
 * who cannot run a what-if, drafts from these); then the bridge near some proposals when one was found.
 * @example packageChoices(report, false, null)[0] // { key: 'nash', label: 'Nash solution', request: { package: { … } } }
 */
export function packageChoices(
  report: Pick<SolveReport, 'solutions' | 'feasible'> | null,
  isWhatIf: boolean,
  bridge: { near: string[]; options: Record<string, string> } | null,
): PackageChoice[] {
  const choices: PackageChoice[] = [];
  for (const name of solutionNames) {
    const solution = report?.solutions[name];
    if (!solution) continue;
    choices.push({
      key: isWhatIf ? `what-if:${name}` : name,
      label: isWhatIf ? `${solutionLabels[name]} (what-if)` : solutionLabels[name],
      request: { package: solution.options },
    });
  }
  if (report && !isWhatIf && report.feasible === false && choices.length === 0)
    for (const name of solutionNames)
      choices.push({
        key: `relaxed:${name}`,
        label: `${solutionLabels[name]} once the cheapest relaxation is made`,
        request: { solution: name },
      });
  if (bridge)
    choices.push({
      key: 'bridge',
      label: `Bridge near ${bridge.near.join(', ')}`,
      request: { package: bridge.options },
    });
  return choices;
}

/**
 * The proposal a draft starts from unless the user picks another: the latest (the list is by date) that is
 * not itself a bridging draft, since an earlier draft is never a source; `undefined` when there is none.
 */
export function defaultBase(proposals: readonly ProposalSummary[]): string | undefined {
  return [...proposals].reverse().find((p) => p.status !== 'bridging draft')?.id;
}

/** How many points the draft kept, replaced, inserted and left to be drafted, in words: `"20 kept, 3 replaced"`. */
export function provenanceSummary(answer: Pick<DraftAnswer, 'provenance'>): string {
  const words: [DraftAnswer['provenance'][number]['kind'], string][] = [
    ['kept', 'kept'],
    ['replaced', 'replaced'],
    ['inserted', 'inserted'],
    ['placeholder', 'to be drafted'],
  ];
  const parts = words
    .map(([kind, word]) => [answer.provenance.filter((e) => e.kind === kind).length, word] as const)
    .filter(([count]) => count > 0)
    .map(([count, word]) => `${count} ${word}`);
  return parts.length > 0 ? parts.join(', ') : 'no points';
}
