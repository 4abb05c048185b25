import { compareProposals } from '../compare/index.js';
import { optionsOfCode } from '../model/index.js';
import type { Code, Proposal, Provision } from '../model/index.js';

/** A provision of another proposal that the draft could take verbatim. */
export interface Candidate {
  proposal: Proposal;
  provision: Provision;
  /** Place of the proposal in the case and of the provision in its proposal: the written tie-breaks. */
  proposalIndex: number;
  provisionIndex: number;
}

/**
 * What a code says about its issue as one string, so codings compare with `===`: the option id, or the
 * alternatives sorted and joined with `|` (`blanket|none`). Targets and drafted codings are kept this way.
 */
export const codingOf = (code: Code): string => [...optionsOfCode(code)].sort().join('|');

/** The code that states a coding (`codingOf`) on an issue: one option, or alternatives. */
export function codeOf(issue: string, coding: string): Code {
  const options = coding.split('|');
  return options.length === 1 ? { issue, option: options[0]! } : { issue, options };
}

/** Marks the line a placeholder writes, so a draft read back into a case is never a source of wording. */
export const placeholderPrefix = '[To be drafted:';

/**
 * Every provision of the source proposals, in case order then document order, leaving out placeholders
 * of earlier drafts: their text is not anyone's wording.
 */
export function candidatesOf(sources: readonly Proposal[]): Candidate[] {
  return sources.flatMap((proposal, proposalIndex) =>
    proposal.provisions
      .map((provision, provisionIndex) => ({ proposal, provision, proposalIndex, provisionIndex }))
      .filter(({ provision }) => provision.codes.length > 0 && !provision.text.startsWith(placeholderPrefix)),
  );
}

/** Whether a candidate codes at least one of the `wanted` issues with the target's option. */
export function expresses(
  candidate: Candidate,
  wanted: readonly string[],
  target: ReadonlyMap<string, string>,
): boolean {
  return candidate.provision.codes.some(
    (c) => wanted.includes(c.issue) && codingOf(c) === target.get(c.issue),
  );
}

/**
 * Whether a candidate can stand in the draft without coding any issue two ways: it `expresses` a wanted
 * issue, codes every other issue the target names with the target's option, and an issue the target leaves
 * free as the draft already codes it (or not yet at all).
 */
export function isUsable(
  candidate: Candidate,
  wanted: readonly string[],
  target: ReadonlyMap<string, string>,
  drafted: ReadonlyMap<string, string>,
): boolean {
  return (
    expresses(candidate, wanted, target) &&
    candidate.provision.codes.every((code) => {
      const coding = codingOf(code);
      return target.has(code.issue)
        ? target.get(code.issue) === coding
        : (drafted.get(code.issue) ?? coding) === coding;
    })
  );
}

/**
 * Similarities of base provisions to source provisions by the compare layer's alignment of the two whole
 * proposals (BM25 over both documents): `get(baseNum, sourceNum)` is the similarity of an aligned pair, 0
 * when the alignment did not pair them. Each source is aligned once, on first use.
 */
export class SimilarityTable {
  readonly #base: Proposal;
  readonly #pairs = new Map<string, Map<string, number>>();

  constructor(base: Proposal) {
    this.#base = base;
  }

  /** The alignment's pairs of the base with one source, as `baseNum → sourceNum → similarity`. */
  pairsWith(source: Proposal): Map<string, number> {
    let pairs = this.#pairs.get(source.id);
    if (!pairs) {
      pairs = new Map();
      for (const pair of compareProposals(this.#base.provisions, source.provisions).pairs)
        if (pair.from !== null && pair.to !== null)
          pairs.set(`${pair.from}\u0000${pair.to}`, pair.similarity);
      this.#pairs.set(source.id, pairs);
    }
    return pairs;
  }

  get(baseNum: string, source: Proposal, sourceNum: string): number {
    return this.pairsWith(source).get(`${baseNum}\u0000${sourceNum}`) ?? 0;
  }

  /** The base provisions the alignment pairs with a source provision, in base order. */
  basePartnersOf(source: Proposal, sourceNum: string): string[] {
    const pairs = this.pairsWith(source);
    return this.#base.provisions.map((p) => p.num).filter((num) => pairs.has(`${num}\u0000${sourceNum}`));
  }
}

/**
 * The best replacement for base provision `replaced` among usable candidates. Best means, in order: it codes
 * more of the issues `replaced` codes with the target's option (so fewer positions must be drafted
 * elsewhere); it is closer in wording to the base (the alignment's similarity); its proposal comes earlier in
 * the case; it comes earlier in its proposal. Undefined when no candidate is usable.
 */
export function closestReplacement(
  replaced: Provision,
  candidates: readonly Candidate[],
  wanted: readonly string[],
  target: ReadonlyMap<string, string>,
  drafted: ReadonlyMap<string, string>,
  similarities: SimilarityTable,
): { candidate: Candidate; similarity: number } | undefined {
  const scored = candidates
    .filter((c) => isUsable(c, wanted, target, drafted))
    .map((candidate) => ({
      candidate,
      covered: replaced.codes.filter((code) =>
        candidate.provision.codes.some(
          (c) => c.issue === code.issue && codingOf(c) === target.get(code.issue),
        ),
      ).length,
      similarity: similarities.get(replaced.num, candidate.proposal, candidate.provision.num),
    }));
  scored.sort(
    (x, y) =>
      y.covered - x.covered ||
      y.similarity - x.similarity ||
      x.candidate.proposalIndex - y.candidate.proposalIndex ||
      x.candidate.provisionIndex - y.candidate.provisionIndex,
  );
  const best = scored[0];
  return best && { candidate: best.candidate, similarity: best.similarity };
}
