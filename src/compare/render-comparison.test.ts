import { expect, test } from 'vitest';
import type { Comparison } from './comparison.js';
import { inlineRedline, renderComparison } from './render-comparison.js';
import type { RenderStyle } from './render-style.js';

const comparison: Comparison = {
  pairs: [
    {
      from: '1',
      to: '1',
      kind: 'same',
      similarity: 1,
      redline: [{ op: 'equal', text: 'Sovereignty is confirmed.' }],
    },
    {
      from: '2',
      to: '2',
      kind: 'same',
      similarity: 1,
      redline: [{ op: 'equal', text: 'A pact is signed.' }],
    },
    {
      from: '3',
      to: null,
      kind: 'deleted',
      similarity: 0,
      redline: [{ op: 'delete', text: 'NATO stops enlarging.' }],
    },
    {
      from: '6',
      to: '6',
      kind: 'modified',
      similarity: 0.653,
      redline: [
        { op: 'equal', text: 'capped at ' },
        { op: 'delete', text: '600,000' },
        { op: 'insert', text: '800,000' },
        { op: 'equal', text: ' personnel.' },
      ],
    },
    {
      from: '24',
      to: '24',
      kind: 'merged',
      similarity: 0.99,
      redline: [{ op: 'equal', text: 'A committee: all for all.' }],
      group: ['24', '24a'],
    },
    {
      from: '24a',
      to: '24',
      kind: 'merged',
      similarity: 0.99,
      redline: [{ op: 'equal', text: 'A committee: all for all.' }],
      group: ['24', '24a'],
    },
  ],
  issues: [
    {
      issue: 'military.cap',
      change: 'changed',
      from: 'cap-600k',
      to: 'cap-800k',
      fromProvisions: ['6'],
      toProvisions: ['6'],
    },
  ],
};

test('the terminal view puts the issue summary first, then counts, then each change with its redline', () => {
  expect(renderComparison(comparison)).toBe(
    [
      'Issues',
      '  military.cap: cap-600k → cap-800k (6 → 6)',
      '',
      '2 same, 1 modified, 2 merged, 1 deleted',
      '',
      'same      1, 2',
      'deleted   3 → —',
      '    [-NATO stops enlarging.-]',
      '',
      'modified  6 → 6  0.65',
      '    capped at [-600,000-]{+800,000+} personnel.',
      '',
      'merged    24, 24a → 24  0.99',
      '    A committee: all for all.',
      '',
    ].join('\n'),
  );
});

test('side by side shows the old text left and the new text right', () => {
  const lines = renderComparison(comparison, { sideBySide: true, width: 80 }).split('\n');
  expect(lines).toContain('    capped at [-600,000-] personnel.     │ capped at {+800,000+} personnel.');
});

test('side by side wraps long texts without losing words', () => {
  const long = Array.from({ length: 40 }, (_, k) => `word${k}`).join(' ');
  const view = renderComparison(
    {
      pairs: [
        { from: '1', to: '1', kind: 'modified', similarity: 0.5, redline: [{ op: 'insert', text: long }] },
      ],
    },
    { sideBySide: true, width: 50 },
  );
  const right = view
    .split('\n')
    .filter((l) => l.includes('│'))
    .map((l) => l.split('│')[1]!.trim())
    .join(' ');
  expect(right.replace(/\{\+|\+\}/g, '').replace(/\s+/g, ' ')).toBe(long);
});

test('a style supplies the marks, so colours replace the bracket marks on a terminal', () => {
  const upper: RenderStyle = {
    deleted: (t) => `<${t}>`,
    inserted: (t) => t.toUpperCase(),
    dim: (t) => t,
    bold: (t) => t,
    kind: (_k, t) => t,
  };
  expect(inlineRedline(comparison.pairs[3]!.redline, upper)).toBe('capped at <600,000>800,000 personnel.');
});

test('two empty documents say so', () => {
  expect(renderComparison({ pairs: [] })).toBe('both documents are empty\n');
});

test('a translation shows both texts as they stand instead of a redline', () => {
  const out = renderComparison({
    pairs: [
      {
        from: '1',
        to: '1',
        kind: 'modified',
        similarity: 0.8,
        redline: [],
        translation: true,
        texts: { from: 'Стороны соблюдают перемирие.', to: 'The parties observe the truce.' },
      },
    ],
  });
  expect(out).toContain('modified  1 → 1 (translation)');
  expect(out).toContain('◂ Стороны соблюдают перемирие.');
  expect(out).toContain('▸ The parties observe the truce.');
});
