import { defaultTuning } from './align-provisions.js';
import { buildTermSpace, cosine, type Speech } from './term-vectors.js';

/**
 * The aligner's similarity between every text of `a` and every text of `b`: the cosine of their BM25
 * vectors (words, WordNet concepts and character grams, weighted as `defaultTuning` weighs them; codes are
 * not read), with document frequencies counted over both lists. In 0..1, 0 for an empty text.
 * @example provisionSimilarities([{ text: 'capped at 600,000' }], [{ text: 'a cap of 600,000' }])[0][0] // ≈ 0.8
 */
export function provisionSimilarities(a: readonly Speech[], b: readonly Speech[]): number[][] {
  const textOnly = (s: Speech): Speech => ({ text: s.text });
  const space = buildTermSpace(a.map(textOnly), b.map(textOnly), { ...defaultTuning.weights, codes: 0 });
  return space.a.map((x) => space.b.map((y) => cosine(x, y)));
}
