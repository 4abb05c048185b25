import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { expectFaithfulSpans } from '../../test/expect-faithful-spans.test-support.js';
import { segmentText } from './index.js';

const nums = (input: string): string[] => segmentText(input).provisions.map((p) => p.num);

describe('segmentText on generated documents', () => {
  const words = [
    'the',
    'army',
    'a',
    'draft',
    '2022',
    '600,000',
    'NATO',
    'i.e.',
    'e.g.',
    'Article',
    'Статья',
    'Україна',
    'мир',
    'Cafe\u0301',
    'и\u0306од',
    '(see',
    'annex)',
    '50%',
    '—',
  ];
  const phrase = fc
    .array(fc.constantFrom(...words), { minLength: 1, maxLength: 6 })
    .map((list) => list.join(' '));
  const lines = fc.array(phrase, { minLength: 1, maxLength: 3 });
  const subPoints = fc.record({
    style: fc.constantFrom('latin', 'cyrillic', 'bullet'),
    items: fc.array(lines, { maxLength: 5 }),
  });
  const point = fc.record({
    heading: fc.option(phrase, { nil: undefined }),
    lines,
    hasBlankLines: fc.boolean(),
    subPoints,
  });
  const document = fc.record({
    preamble: fc.array(phrase, { maxLength: 2 }),
    points: fc.array(point, { maxLength: 8 }),
    lineBreak: fc.constantFrom('\n', '\r\n'),
    labelStyle: fc.constantFrom('dot', 'paren', 'bold', 'article', 'heading'),
  });
  type GeneratedDocument = typeof document extends fc.Arbitrary<infer T> ? T : never;

  function write(doc: GeneratedDocument): { input: string; expected: string[] } {
    const out: string[] = [...doc.preamble, ''];
    const expected: string[] = [];
    doc.points.forEach((p, i) => {
      if (p.heading !== undefined) out.push(`## ${p.heading}`, '');
      const [first, ...rest] = p.lines;
      const n = i + 1;
      const labels = {
        dot: `${n}. `,
        paren: `${n}) `,
        bold: `**${n}.** `,
        article: `Article ${n}. `,
        heading: `## Article ${n}\n`,
      };
      out.push(
        `${labels[doc.labelStyle]}${first}`,
        ...rest.flatMap((line) => (p.hasBlankLines ? ['', line] : [line])),
      );
      expected.push(`${i + 1}`);
      p.subPoints.items.forEach(([head, ...tail], k) => {
        const name = p.subPoints.style === 'latin' ? 'abcde'[k] : 'абвгд'[k];
        out.push(
          p.subPoints.style === 'bullet' ? `    • ${head}` : `    ${name}) ${head}`,
          ...tail.map((line) => `      ${line}`),
        );
        expected.push(p.subPoints.style === 'bullet' ? `${i + 1}-${k + 1}` : `${i + 1}${name}`);
      });
      if (p.hasBlankLines) out.push('');
    });
    return { input: out.join(doc.lineBreak), expected };
  }

  test('finds exactly the generated points and sub-points', () => {
    fc.assert(
      fc.property(document, (doc) => {
        const { input, expected } = write(doc);
        const found = nums(input);
        expect(found).toEqual(expected.length > 0 ? expected : found.filter((num) => num.startsWith('p')));
      }),
    );
  });

  test('covers every non-blank character exactly once, and each text is its span without the label', () => {
    fc.assert(
      fc.property(document, (doc) => {
        const { input } = write(doc);
        expectFaithfulSpans(input, segmentText(input));
      }),
    );
  });
});

test('any mix of labels, headings, fences, marks and line breaks keeps every span faithful', () => {
  const pieces = [
    '1. ',
    '3) ',
    'a) ',
    '(ii) ',
    'i. ',
    '- ',
    '• ',
    '## ',
    'Article 3. ',
    '**2.** ',
    '1.2 ',
    'word ',
    'Слово ',
    'е\u0301 ',
    '2022 ',
    '\n',
    '\r\n',
    '\n\n',
    '\r',
    '    ',
    '\t',
    '```\n',
    '<!-- ',
    ' -->',
  ];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (list) => {
      const input = list.join('');
      expectFaithfulSpans(input, segmentText(input));
    }),
    { numRuns: 300 },
  );
});
