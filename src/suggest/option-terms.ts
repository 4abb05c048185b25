import type { Issue } from '../model/index.js';
import { termsOf, tokenizeText } from '../text/index.js';

/**
 * The words that tell an issue's options apart: for each option, the index terms of its label and
 * description (and its `value` when finite, so `value: 800000` reads as the figure 800,000) that no
 * other option of the issue uses. `cap-800k` labelled "800,000 in peacetime" beside "600,000" and "No
 * cap" is told by `800000` and `peacetim`.
 * @example distinctiveTerms(militaryCap).get('cap-600k') // Set { '600000' }
 */
export function distinctiveTerms(issue: Issue): Map<string, Set<string>> {
  const termsOfOption = new Map(
    issue.options.map((o) => {
      const terms = new Set(termsOf(`${o.label} ${o.description ?? ''}`));
      if (typeof o.value === 'number' && Number.isFinite(o.value)) terms.add(String(o.value));
      return [o.id, terms] as const;
    }),
  );
  const count = new Map<string, number>();
  for (const terms of termsOfOption.values()) for (const t of terms) count.set(t, (count.get(t) ?? 0) + 1);
  return new Map(
    [...termsOfOption].map(([id, terms]) => [id, new Set([...terms].filter((t) => count.get(t) === 1))]),
  );
}

/** What became of a code read from one text (`from`) when it is carried to another (`to`). */
export type CarriedCode =
  | { kind: 'kept'; option: string }
  /** `from` states words only `option` names and `to` drops them for words only `to` names. */
  | { kind: 'shifted'; option: string; was: string; lost: string[]; gained: string[] }
  /** `from` states words only `option` names and `to` drops them, for nothing another option names. */
  | { kind: 'contradicted'; option: string; lost: string[] };

/**
 * Carries the code `issue=option` of a text to a text that rewords it. When the new text drops the words
 * that told the coded option apart (a figure, "consensus") and states those of another option of the
 * issue, the code moves there: a cap of 600,000 reworded to 800,000 moves from `cap-600k` to the option
 * that names 800,000. Ties between options go to the one with more gained words, then to the first in
 * the issue's order.
 * @example carryCode(militaryCap, 'cap-600k', 'capped at 600,000', 'capped at 800,000') // { kind: 'shifted', option: 'cap-800k', … }
 */
export function carryCode(
  issue: Issue,
  option: string,
  fromText: string,
  toText: string,
  distinct: Map<string, Set<string>> = distinctiveTerms(issue),
): CarriedCode {
  const from = new Set(termsOf(fromText));
  const to = new Set(termsOf(toText));
  const lost = [...(distinct.get(option) ?? [])].filter((t) => from.has(t) && !to.has(t));
  if (lost.length === 0) return { kind: 'kept', option };
  let best: { option: string; gained: string[] } | undefined;
  for (const other of issue.options) {
    if (other.id === option) continue;
    const gained = [...(distinct.get(other.id) ?? [])].filter((t) => to.has(t) && !from.has(t));
    if (gained.length > (best?.gained.length ?? 0)) best = { option: other.id, gained };
  }
  if (!best) return { kind: 'contradicted', option, lost };
  return { kind: 'shifted', option: best.option, was: option, lost, gained: best.gained };
}

/**
 * The words of a text, as written, whose index terms are among `terms`, each once, in text order:
 * `wordsFor('capped at 600,000', new Set(['600000']))` is `['600,000']`. Used to say in words why.
 */
export function wordsFor(text: string, terms: ReadonlySet<string>): string[] {
  const seen = new Set<string>();
  const words: string[] = [];
  for (const token of tokenizeText(text)) {
    if (!token.isWord) continue;
    const [term] = termsOf(token.text);
    if (term === undefined || !terms.has(term) || seen.has(term)) continue;
    seen.add(term);
    words.push(token.text);
  }
  return words;
}
