import type { Issue, Proposal } from '../model/index.js';
import {
  labelEvidence,
  neighbourEvidence,
  revisionEvidence,
  type Evidence,
  type SuggestContext,
} from './evidence.js';
import type { Suggestion, SuggestionReport } from './suggestion.js';

/**
 * The confidence from which Parley puts a suggestion before a person: even odds. Chosen a priori, not on
 * the demo case; `npm run bench:suggest` reports precision and recall at it, leave one proposal out
 * (docs/suggest.md).
 */
export const suggestionThreshold = 0.5;

/**
 * Suggests the codes `issue=option` that each provision of `target` most likely carries and does not carry
 * yet, from three kinds of evidence (docs/suggest.md): the proposal it `revises`, through the aligner; the
 * most similar coded provisions of the other proposals; the issues' and options' labels and descriptions.
 * Each piece has a strength in 0..1 and names an option, or none when it only says that the provision
 * speaks of the issue. For one provision and one issue: P(issue) = 1 − Π (1 − s) over every piece,
 * F(option) = 1 − Π (1 − s) over the option's pieces, and the suggestion is the option with the largest F
 * (ties: the issue's order) with confidence P(issue) · F(option) / Σ F — evidence split between options
 * lowers it. Only suggestions with confidence ≥ `minConfidence` are returned, in document order, then by
 * confidence (highest first), then by issue id; confidence has 2 decimals. Reads codes and texts of
 * proposals only, never positions. Deterministic.
 * @example suggestCodes(e3WithoutCodes, { issues, proposals }).suggestions[0] // { provision: '6', issue: 'military.cap', option: 'cap-800k', … }
 */
export function suggestCodes(
  target: Proposal,
  context: SuggestContext,
  minConfidence = suggestionThreshold,
): SuggestionReport {
  const issues = new Map<string, Issue>(context.issues.map((i) => [i.id, i]));
  const revised =
    target.revises === undefined ? undefined : context.proposals.find((p) => p.id === target.revises);
  const fromRevision = revised
    ? revisionEvidence(target, revised, issues)
    : { evidence: [], linked: new Set<string>() };
  const others = context.proposals.filter((p) => p.id !== target.id);
  const evidence = [
    ...fromRevision.evidence,
    ...neighbourEvidence(target, others, issues, { revised: revised?.id, pairs: fromRevision.linked }),
    ...labelEvidence(target, context.issues),
  ];
  const suggestions = combineEvidence(target, evidence, issues).filter((s) => s.confidence >= minConfidence);
  return { suggestions };
}

/** One suggestion per provision and issue, as `suggestCodes` describes, before the threshold. */
function combineEvidence(
  target: Proposal,
  evidence: readonly Evidence[],
  issues: ReadonlyMap<string, Issue>,
): Suggestion[] {
  const grouped = new Map<string, Evidence[]>();
  for (const e of evidence) {
    const key = `${e.at}|${e.issue}`;
    grouped.set(key, [...(grouped.get(key) ?? []), e]);
  }
  const out: { at: number; suggestion: Suggestion }[] = [];
  for (const pieces of grouped.values()) {
    const { at, issue: issueId } = pieces[0]!;
    const provision = target.provisions[at]!;
    if (provision.codes.some((c) => c.issue === issueId)) continue;
    const issue = issues.get(issueId)!;
    const none = (es: readonly Evidence[]) => es.reduce((q, e) => q * (1 - e.strength), 1);
    const pIssue = 1 - none(pieces);
    const fit = issue.options.map((o) => {
      const own = pieces.filter((e) => e.option === o.id);
      return { option: o.id, own, f: 1 - none(own) };
    });
    const total = fit.reduce((s, x) => s + x.f, 0);
    const best = fit.reduce((b, x) => (x.f > b.f ? x : b));
    if (best.f === 0 || total === 0) continue;
    const confidence = Math.round(100 * pIssue * (best.f / total)) / 100;
    const because = [...best.own]
      .sort((x, y) => y.strength - x.strength)
      .map((e) => e.because)
      .join('; ');
    out.push({
      at,
      suggestion: { provision: provision.num, issue: issueId, option: best.option, confidence, because },
    });
  }
  return out
    .sort(
      (x, y) =>
        x.at - y.at ||
        y.suggestion.confidence - x.suggestion.confidence ||
        (x.suggestion.issue < y.suggestion.issue ? -1 : x.suggestion.issue > y.suggestion.issue ? 1 : 0),
    )
    .map((x) => x.suggestion);
}
