import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { findStatedDate, proposalFromDocument } from './index.js';
import { slugId } from './proposal-from-document.js';

describe('findStatedDate', () => {
  test.each([
    ['Geneva, 23 November 2025', '2025-11-23'],
    ['Washington, December 2, 2025', '2025-12-02'],
    ['Version of 2025-11-30, replacing 1 October 2025', '2025-11-30'],
    ['1st March 2022 and 2022-04-05', '2022-03-01'],
  ])('%s states %s', (text, date) => {
    expect(findStatedDate(text)).toBe(date);
  });

  test('no date, or one that does not exist, is none', () => {
    expect(findStatedDate('In 2022 the parties met')).toBeUndefined();
    expect(findStatedDate('31 February 2025')).toBeUndefined();
  });
});

test('an id is made from the title', () => {
  expect(slugId('The 20-Point Framework (Dec. 2025)')).toBe('the-20-point-framework-dec-2025');
  expect(slugId('Мирний план')).toBe('imported');
});

test('a document with no text to make provisions of is refused', () => {
  expect(proposalFromDocument({ format: 'text', source: '  \n' }, {})).toEqual({
    ok: false,
    errors: ['the document has no text to make provisions of'],
  });
});

test('a heading of its own above each article (a Word file with "Article N" headings) imports and reads back', () => {
  const source = '# Ports text\n\n## Article 1\n\nShips may sail.\n\n## Article 2\n\nDues go into escrow.';
  const imported = proposalFromDocument({ format: 'text', source }, { id: 'x' });
  expect(imported.ok && imported.proposal.provisions.map((p) => [p.num, p.label, p.text])).toEqual([
    ['1', '## Article 1', 'Ships may sail.'],
    ['2', '## Article 2', 'Dues go into escrow.'],
  ]);
  expect(imported.ok && imported.markdown).toContain('## Article 1\nShips may sail.');
});

test('sections that restart their numbering import with their headings, the text after the last point is kept, and both read back the same', () => {
  const source =
    'Framework\n\n## Part I. Security\n\n1. One.\n\n2. Two.\n\n## Part II. Economy\n\nThe parties agree:\n\n1. Three.\n\n2. Four.\n\n## Signatures\n\nFor Ukraine\n';
  const imported = proposalFromDocument({ format: 'text', source }, { id: 'x' });
  if (!imported.ok) throw new Error(imported.errors.join('\n'));
  expect(imported.proposal.provisions.map((p) => [p.num, p.text, p.heading])).toEqual([
    ['1', 'One.', undefined],
    ['2', 'Two.', undefined],
    ['1_2', 'Three.', '## Part II. Economy\n\nThe parties agree:'],
    ['2_2', 'Four.', undefined],
  ]);
  expect(imported.proposal.preamble).toBe('Framework\n\n# Part I. Security');
  expect(imported.proposal.closing).toBe('## Signatures\n\nFor Ukraine');
  expect(imported.markdown).toContain('2. Two.\n\n## Part II. Economy\n\nThe parties agree:\n\n1. Three.');
});

test('a second list under one point, which Markdown writes as a list under the point before, imports as the file reads', () => {
  // CI's property test, seed 671963080: the third '1.' opens a second list under point 1.
  const imported = proposalFromDocument(
    { format: 'text', source: 'Title\n\n1. \n    1. \n\n1. ' },
    { id: 'x' },
  );
  if (!imported.ok) throw new Error(imported.errors.join('\n'));
  expect(imported.proposal.provisions.map((p) => [p.num, p.text])).toEqual([
    ['1', ''],
    ['1-1', '1.'],
  ]);
  expect(imported.warnings).toContain(
    "point 1-1_2 ('1.') reads differently from the Markdown file (numbered otherwise or joined to the point before): check its numbering",
  );
});

test('any mix of labels and text becomes a proposal whose Markdown reads back to the same provisions', () => {
  const pieces = [
    '1. ',
    '2. ',
    '10a. ',
    '10(b) ',
    'a) ',
    '(ii) ',
    '- ',
    'Article 3. ',
    '## Article 4\n',
    '1.2 ',
    'Annex A: ',
    '[^1]: ',
    'word ',
    'Peace ',
    '2022 ',
    '\n',
    '\n\n',
    '    ',
  ];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 40 }), (list) => {
      const source = `Title\n\n${list.join('')}`;
      const imported = proposalFromDocument({ format: 'text', source }, { id: 'x' });
      if (!imported.ok) expect(imported.errors).toEqual(['the document has no text to make provisions of']);
    }),
    { numRuns: 300 },
  );
});
