import fc from 'fast-check';
import { expect, test } from 'vitest';
import { expectFaithfulSpans } from '../../test/expect-faithful-spans.test-support.js';
import { segmentText } from './index.js';

// Documents numbered in one of many printing styles, from any first number below 1000 (so across 999 → 1000), with
// sub-points written in another style; each must segment back to exactly the points it was written from.
const topStyles = {
  dot: (n: number) => `${n}.`,
  paren: (n: number) => `${n})`,
  parens: (n: number) => `(${n})`,
  article: (n: number) => `Article ${n}.`,
  section: (n: number) => `§ ${n}.`,
} as const;
const letters = 'abcdefghijklmnopqrstuvwxyz';
const romans = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x'];
// Each sub-point style: its label for the k-th sub-point (from 0) under point n, and the num it must get.
const subStyles = {
  direct: (n: number, k: number) => [`${n}${letters[k]}.`, `${n}${letters[k]}`],
  compoundParens: (n: number, k: number) => [`${n}(${letters[k]})`, `${n}${letters[k]}`],
  dotted: (n: number, k: number) => [`${n}.${letters[k]}`, `${n}${letters[k]}`],
  decimal: (n: number, k: number) => [`${n}.${k + 1}`, `${n}-${k + 1}`],
  indentedLetter: (n: number, k: number) => [`    (${letters[k]})`, `${n}${letters[k]}`],
  indentedRoman: (n: number, k: number) => [`    (${romans[k]})`, `${n}${romans[k]}`],
} as const;

const sentence = fc
  .array(fc.constantFrom('The', 'parties', 'agree', 'to', '600,000', 'troops', 'in', '2022', 'NATO', '—'), {
    minLength: 1,
    maxLength: 6,
  })
  .map((words) => `${words[0]?.replace(/^\w/, (c) => c.toUpperCase())} ${words.slice(1).join(' ')}.`.trim());
const document = fc.record({
  first: fc.oneof(fc.constant(1), fc.integer({ min: 1, max: 999 })),
  top: fc.constantFrom(...(Object.keys(topStyles) as (keyof typeof topStyles)[])),
  sub: fc.constantFrom(...(Object.keys(subStyles) as (keyof typeof subStyles)[])),
  points: fc.array(fc.record({ text: sentence, subPoints: fc.array(sentence, { maxLength: 10 }) }), {
    minLength: 1,
    maxLength: 8,
  }),
});

test('a document in any of the numbering styles segments back to exactly its points and sub-points', () => {
  fc.assert(
    fc.property(document, ({ first, top, sub, points }) => {
      const lines: string[] = ['A framework for peace', ''];
      const expected: { num: string; text: string }[] = [];
      points.forEach((point, i) => {
        const n = first + i;
        lines.push(`${topStyles[top](n)} ${point.text}`);
        expected.push({ num: `${n}`, text: point.text });
        point.subPoints.forEach((text, k) => {
          const [label, num] = subStyles[sub](n, k);
          lines.push(`${label} ${text}`);
          expected.push({ num: num ?? '', text });
        });
      });
      const input = lines.join('\n');
      const segmentation = segmentText(input);
      expect(segmentation.provisions.map(({ num, text }) => ({ num, text }))).toEqual(expected);
      expect(segmentation.warnings).toEqual([]);
      expectFaithfulSpans(input, segmentation);
    }),
    { numRuns: 300 },
  );
});
