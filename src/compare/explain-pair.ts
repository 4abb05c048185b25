import { indexTermOf, quantitiesOf, tokenizeText } from '../text/index.js';
import type { PairWhy } from './comparison.js';
import { wordFeatures } from './provision-features.js';

const MAX_TERMS = 8;
const MAX_RELATED = 5;
const MIN_DICE = 0.5; // share of 4-grams two spellings must have in common to count as one word (Dice)

interface Words {
  /** Stem → the word as the text first writes it. */
  stems: Map<string, string>;
  /** Figure without separators → as written; a figure in words or a span of time by its figure (`two months` → 60). */
  numbers: Map<string, string>;
}

function wordsOf(text: string): Words {
  const stems = new Map<string, string>();
  const numbers = new Map<string, string>();
  for (const token of tokenizeText(text)) {
    if (!token.isWord) continue;
    const known = indexTermOf(token.text);
    if (known === undefined) continue;
    const seen = known.isNumber ? numbers : stems;
    if (!seen.has(known.term)) seen.set(known.term, token.text);
  }
  for (const { figure, written } of quantitiesOf(text))
    if (!numbers.has(figure)) numbers.set(figure, written);
  return { stems, numbers };
}

/**
 * Why two texts were paired: what both say word for word, the words that differ but share a WordNet concept or
 * most of their spelling (in Latin letters), the figures and issues both have. `position` is the caller's.
 * @example explainPair('Sovereignty is confirmed', 'Ukraine is sovereign', [], [], 'in order').related // ['Sovereignty ~ sovereign']
 */
export function explainPair(
  from: string,
  to: string,
  codesFrom: readonly string[],
  codesTo: readonly string[],
  position: PairWhy['position'],
): PairWhy {
  const x = wordsOf(from);
  // Most pairs of a revision are unchanged provisions: their words are read once.
  const y = to === from ? x : wordsOf(to);
  const terms = [...x.stems].filter(([stem]) => y.stems.has(stem)).map(([, word]) => word);
  const numbers = [...x.numbers].filter(([n]) => y.numbers.has(n)).map(([, written]) => written);
  // Words of B not said word for word by A, indexed by concept and by gram, to find what A's other words meet.
  const byConcept = new Map<string, string>();
  const byGram = new Map<string, string[]>();
  const gramCount = new Map<string, number>();
  for (const stem of y.stems.keys()) {
    if (x.stems.has(stem)) continue;
    const { concepts, grams } = wordFeatures(stem);
    for (const c of concepts) if (!byConcept.has(c)) byConcept.set(c, stem);
    const distinct = new Set(grams);
    gramCount.set(stem, distinct.size);
    for (const g of distinct) {
      const stems = byGram.get(g);
      if (stems === undefined) byGram.set(g, [stem]);
      else stems.push(stem);
    }
  }
  const related: string[] = [];
  for (const [stem, word] of x.stems) {
    if (related.length >= MAX_RELATED) break;
    if (y.stems.has(stem)) continue;
    const { concepts, grams } = wordFeatures(stem);
    let match = concepts.map((c) => byConcept.get(c)).find((s) => s !== undefined);
    if (match === undefined) {
      const distinct = new Set(grams);
      const shared = new Map<string, number>();
      for (const g of distinct)
        for (const other of byGram.get(g) ?? []) shared.set(other, (shared.get(other) ?? 0) + 1);
      for (const [other, n] of shared) {
        if ((2 * n) / (distinct.size + gramCount.get(other)!) >= MIN_DICE) {
          match = other;
          break;
        }
      }
    }
    if (match !== undefined) related.push(`${word} ~ ${y.stems.get(match)!}`);
  }
  return {
    terms: terms.slice(0, MAX_TERMS),
    related,
    numbers,
    codes: codesFrom.filter((c) => codesTo.includes(c)),
    position,
  };
}
