import { compareProposals, provisionSimilarities } from '../compare/index.js';
import type { Issue, Proposal, Provision } from '../model/index.js';
import { termsOf } from '../text/index.js';
import { carryCode, distinctiveTerms, wordsFor } from './option-terms.js';

/** Where a piece of evidence comes from: the revised proposal, a similar coded provision, the labels. */
export type EvidenceSource = 'revision' | 'neighbour' | 'label';

/** One reason to believe that provision `at` of the target codes `issue=option`, with its weight in 0..1. */
export interface Evidence {
  at: number;
  issue: string;
  option: string;
  source: EvidenceSource;
  strength: number;
  because: string;
}

/** The issues and the other proposals a suggestion may draw on: never a position (docs/security.md). */
export interface SuggestContext {
  issues: readonly Issue[];
  proposals: readonly Proposal[];
}

// A priori weights, not fitted to any case (docs/suggest.md explains each): a provision the aligner pairs
// with a coded one of the revised text very likely keeps its codes, the more so the closer the wording.
const SAME_TEXT = 0.95;
const PAIRED_BASE = 0.55;
const PAIRED_SLOPE = 0.4;
const SPLIT_OR_MERGED = 0.75; // a code of a split point is carried to each part; usually one part keeps it
const CONTRADICTED = 0.5; // the new text drops the words that told the coded option apart
const MIN_NEIGHBOUR = 0.15; // below this cosine two provisions share little more than common words
const LABEL_WEIGHT = 0.8; // labels are short: their cosine with a provision says less than a provision's
const MIN_LABEL = 0.1;

const percent = (x: number) => x.toFixed(2);
const quote = (words: readonly string[]) => words.map((w) => `'${w}'`).join(', ');

/**
 * Codes the revised proposal carries over through the alignment (`compareProposals`): each coded provision
 * of the revised text that the aligner pairs with a target provision lends it its codes, moved to another
 * option where the rewording swaps the words that tell the options apart (see `carryCode`). Returns the
 * evidence and the pairs it came through (`revised index → target index`), so that neighbours do not count
 * the same link twice.
 */
export function revisionEvidence(
  target: Proposal,
  revised: Proposal,
  issues: ReadonlyMap<string, Issue>,
): { evidence: Evidence[]; linked: Set<string> } {
  const comparison = compareProposals(
    revised.provisions,
    target.provisions.map(({ num, text, parent }) => ({ num, text, ...(parent ? { parent } : {}) })),
  );
  const indexOf = new Map(target.provisions.map((p, k) => [p.num, k]));
  const revisedByNum = new Map(revised.provisions.map((p, k) => [p.num, { p, k }]));
  const evidence: Evidence[] = [];
  const linked = new Set<string>();
  for (const pair of comparison.pairs) {
    if (pair.from === null || pair.to === null) continue;
    const from = revisedByNum.get(pair.from);
    const at = indexOf.get(pair.to);
    if (!from || at === undefined) continue;
    linked.add(`${from.k}>${at}`);
    const to = target.provisions[at]!;
    let base = pair.kind === 'same' ? SAME_TEXT : PAIRED_BASE + PAIRED_SLOPE * pair.similarity;
    if (pair.kind === 'split' || pair.kind === 'merged') base *= SPLIT_OR_MERGED;
    const how =
      pair.kind === 'same'
        ? 'kept word for word'
        : `${pair.kind === 'moved' ? 'moved' : pair.kind === 'modified' ? 'reworded' : pair.kind} (similarity ${percent(pair.similarity)})`;
    for (const code of from.p.codes) {
      const issue = issues.get(code.issue);
      // A bracketed dispute is no wording to carry over: only codes that settle an issue are evidence.
      if (!issue || 'options' in code) continue;
      const carried = carryCode(issue, code.option, from.p.text, to.text);
      const source = `${revised.id} ${pair.from}, which this proposal revises, codes ${code.issue}=${code.option}; ${how}`;
      const label = (id: string) => issue.options.find((o) => o.id === id)?.label ?? id;
      const because =
        carried.kind === 'kept'
          ? source
          : carried.kind === 'shifted'
            ? `${source}, but ${quote(wordsFor(from.p.text, new Set(carried.lost)))} became ${quote(wordsFor(to.text, new Set(carried.gained)))}, which option '${label(carried.option)}' names`
            : `${source}, but this text drops ${quote(wordsFor(from.p.text, new Set(carried.lost)))}`;
      const strength = carried.kind === 'contradicted' ? base * CONTRADICTED : base;
      evidence.push({ at, issue: code.issue, option: carried.option, source: 'revision', strength, because });
    }
  }
  return { evidence, linked };
}

/**
 * Codes of the most similar coded provisions anywhere in the case (the aligner's similarity, see
 * `provisionSimilarities`): for each target provision and each code, the closest provision carrying it
 * above `MIN_NEIGHBOUR`, carried over as `carryCode` says. Pairs already linked through the revision are
 * left to `revisionEvidence`.
 */
export function neighbourEvidence(
  target: Proposal,
  others: readonly Proposal[],
  issues: ReadonlyMap<string, Issue>,
  linked: { revised: string | undefined; pairs: ReadonlySet<string> },
): Evidence[] {
  const coded: { proposal: string; index: number; provision: Provision }[] = [];
  for (const p of others)
    p.provisions.forEach((provision, index) => {
      if (provision.codes.some((c) => issues.has(c.issue))) coded.push({ proposal: p.id, index, provision });
    });
  if (coded.length === 0 || target.provisions.length === 0) return [];
  const similarities = provisionSimilarities(
    target.provisions,
    coded.map((c) => c.provision),
  );
  const best = new Map<string, Evidence>();
  target.provisions.forEach((to, at) => {
    coded.forEach((neighbour, k) => {
      const similarity = similarities[at]![k]!;
      if (similarity < MIN_NEIGHBOUR) return;
      if (neighbour.proposal === linked.revised && linked.pairs.has(`${neighbour.index}>${at}`)) return;
      for (const code of neighbour.provision.codes) {
        const issue = issues.get(code.issue);
        if (!issue || 'options' in code) continue; // alternatives settle nothing (see revisionEvidence)
        const carried = carryCode(issue, code.option, neighbour.provision.text, to.text);
        const strength = carried.kind === 'contradicted' ? similarity * CONTRADICTED : similarity;
        const key = `${at}|${code.issue}|${carried.option}`;
        if ((best.get(key)?.strength ?? -1) >= strength) continue;
        const where = `${neighbour.proposal} ${neighbour.provision.num} (similarity ${percent(similarity)}) codes ${code.issue}=${code.option}`;
        const because =
          carried.kind === 'shifted'
            ? `${where}; this text says ${quote(wordsFor(to.text, new Set(carried.gained)))} instead of ${quote(wordsFor(neighbour.provision.text, new Set(carried.lost)))}`
            : carried.kind === 'contradicted'
              ? `${where}, but this text lacks ${quote(wordsFor(neighbour.provision.text, new Set(carried.lost)))}`
              : `like ${where}`;
        best.set(key, {
          at,
          issue: code.issue,
          option: carried.option,
          source: 'neighbour',
          strength,
          because,
        });
      }
    });
  });
  return [...best.values()];
}

/**
 * What the labels say, in two parts. How near a provision is to an issue: its cosine with the issue read
 * as one text (title, description, every option's label and description), weighed by `LABEL_WEIGHT`,
 * above `MIN_LABEL` — evidence that the provision codes the issue, for no option in particular
 * (`option: ''`), except that an issue with one option has no other to choose. And which option it
 * names: its cosine with an option's own label and description, counted only when the provision uses
 * a word that tells the option apart from the others (`distinctiveTerms`). Reasons quote the words.
 */
export function labelEvidence(target: Proposal, issues: readonly Issue[]): Evidence[] {
  const issueText = (issue: Issue) =>
    [
      issue.title,
      issue.description ?? '',
      ...issue.options.flatMap((o) => [o.label, o.description ?? '']),
    ].join(' ');
  const optionDocuments = issues.flatMap((issue) =>
    issue.options.map((option) => ({ issue, option, text: `${option.label} ${option.description ?? ''}` })),
  );
  if (issues.length === 0 || target.provisions.length === 0) return [];
  const issueSimilarities = provisionSimilarities(
    target.provisions,
    issues.map((issue) => ({ text: issueText(issue) })),
  );
  const optionSimilarities = provisionSimilarities(target.provisions, optionDocuments);
  const distinct = new Map(issues.map((i) => [i.id, distinctiveTerms(i)]));
  const evidence: Evidence[] = [];
  target.provisions.forEach((provision, at) => {
    issues.forEach((issue, k) => {
      const similarity = issueSimilarities[at]![k]!;
      if (similarity < MIN_LABEL) return;
      const words = wordsFor(provision.text, new Set(termsOf(issueText(issue))));
      evidence.push({
        at,
        issue: issue.id,
        option: issue.options.length === 1 ? issue.options[0]!.id : '',
        source: 'label',
        strength: LABEL_WEIGHT * similarity,
        because: `says ${quote(words)} of the issue '${issue.title}' (similarity ${percent(similarity)})`,
      });
    });
    optionDocuments.forEach(({ issue, option }, k) => {
      const similarity = optionSimilarities[at]![k]!;
      const words = wordsFor(provision.text, distinct.get(issue.id)?.get(option.id) ?? new Set());
      if (words.length === 0 || similarity < MIN_LABEL) return;
      evidence.push({
        at,
        issue: issue.id,
        option: option.id,
        source: 'label',
        strength: LABEL_WEIGHT * similarity,
        because: `says ${quote(words)}, as the option '${option.label}' does (similarity ${percent(similarity)})`,
      });
    });
  });
  return evidence;
}
