import { renderToStaticMarkup } from 'react-dom/server';
import { expect, test } from 'vitest';
import { SectionHeading } from './section-heading.js';

test('a section heading shows its Markdown headings as headings and its paragraphs as paragraphs', () => {
  expect(
    renderToStaticMarkup(<SectionHeading markdown={'## Part II. Economy\n\nThe parties agree:'} />),
  ).toBe('<div class="section-heading"><h3>Part II. Economy</h3><p>The parties agree:</p></div>');
});
