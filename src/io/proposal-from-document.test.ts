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
