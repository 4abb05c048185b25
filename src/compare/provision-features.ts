import { conceptsOfStem, quantityTerms, termsOf, transliterate } from '../text/index.js';
import type { Code } from '../model/index.js';

/**
 * What a provision says, as four kinds of feature, each weighed apart (see term-vectors.ts):
 * `words` its index terms (stems and numbers, `termsOf`, and the figures and spans of time it states in words,
 * `quantityTerms`: "two months" meets "60 days"); `concepts` the WordNet concepts of its English stems,
 * so that paraphrases meet (confirm/reaffirm, cap/ceiling, pact/treaty); `grams` character 4-grams of its stems
 * written in Latin letters, so that derivations (sovereign/sovereignty), inflections and transliterated names
 * (Донецк/Donetsk) meet; `codes` the issues it is coded on, so that two provisions coding one issue meet whatever
 * their words.
 */
export interface ProvisionFeatures {
  words: string[];
  concepts: string[];
  grams: string[];
  codes: string[];
}

export type Channel = keyof ProvisionFeatures;
export const channels: readonly Channel[] = ['words', 'concepts', 'grams', 'codes'];

const NUMBER = /^\d+$/;
const GRAM = 4;
// The features of a term are a pure function of it and asked for again and again (once per kind when the term
// space is built, once per pair for its `why`): remembered, up to a bound that keeps memory flat on huge inputs.
const remembered = new Map<string, { concepts: readonly string[]; grams: readonly string[] }>();
const REMEMBERED_LIMIT = 200_000;
const NONE = { concepts: [], grams: [] };

/**
 * The features one index term brings: its WordNet concepts and the 4-grams of its Latin spelling; none for a
 * number (figures match as words, exactly).
 * @example wordFeatures('sovereignti').grams // ['^sov', 'sove', 'over', …, 'nti$']
 */
export function wordFeatures(term: string): { concepts: readonly string[]; grams: readonly string[] } {
  let known = remembered.get(term);
  if (known === undefined) {
    known = NUMBER.test(term) ? NONE : { concepts: conceptsOfStem(term), grams: gramsOf(term) };
    if (remembered.size >= REMEMBERED_LIMIT) remembered.clear();
    remembered.set(term, known);
  }
  return known;
}

/**
 * The word features of a text: its index terms, then the figures and spans of time it states (`quantityTerms`).
 * @example wordsOf('within two months') // ['within', 'two', 'month', '60']
 */
export function wordsOf(text: string): string[] {
  return [...termsOf(text), ...quantityTerms(text)];
}

/**
 * The features of one provision's text and codes.
 * @example featuresOf('Sovereignty is reaffirmed.', []).grams // ['^sov', 'sove', …, 'reaf', …]
 */
export function featuresOf(text: string, codes: readonly Code[] | undefined): ProvisionFeatures {
  const words = wordsOf(text);
  const concepts: string[] = [];
  const grams: string[] = [];
  for (const word of words) {
    const known = wordFeatures(word);
    concepts.push(...known.concepts);
    grams.push(...known.grams);
  }
  return { words, concepts, grams, codes: [...new Set((codes ?? []).map((c) => c.issue))] };
}

/** Character 4-grams of a stem in Latin letters, marked at its start and end (`^sov … ign$`). */
function gramsOf(stem: string): string[] {
  const latin = `^${transliterate(stem)}$`;
  if (latin.length <= GRAM) return [latin];
  const out: string[] = [];
  for (let k = 0; k + GRAM <= latin.length; k++) out.push(latin.slice(k, k + GRAM));
  return out;
}
