import { expect, test } from 'vitest';
import { escapeHtml, renderComparisonHtml } from './render-html.js';

test('text is escaped for HTML', () => {
  expect(escapeHtml(`<b> & "x" 'y'`)).toBe('&lt;b&gt; &amp; &quot;x&quot; &#39;y&#39;');
});

test('the page is standalone: inline style, no scripts, no external assets, changes as del and ins', () => {
  const html = renderComparisonHtml(
    {
      pairs: [
        {
          from: '6',
          to: '6',
          kind: 'modified',
          similarity: 0.65,
          redline: [
            { op: 'equal', text: 'capped at ' },
            { op: 'delete', text: '600,000' },
            { op: 'insert', text: '<800,000>' },
          ],
        },
      ],
    },
    'us-28 → e3 <draft>',
  );
  expect(html).toMatch(/^<!doctype html>/);
  expect(html).toContain('<title>us-28 → e3 &lt;draft&gt;</title>');
  expect(html).toContain('capped at <del>600,000</del><ins>&lt;800,000&gt;</ins>');
  expect(html).not.toMatch(/<script|<link|src=|href=/);
});

test('a merge group is one row listing its sources', () => {
  const pair = { to: '24', kind: 'merged' as const, similarity: 0.9, redline: [], group: ['24', '24a'] };
  const html = renderComparisonHtml(
    {
      pairs: [
        { ...pair, from: '24' },
        { ...pair, from: '24a' },
      ],
    },
    't',
  );
  expect(html.match(/<tr><td>/g)).toHaveLength(1);
  expect(html).toContain('<td class="num">24, 24a</td>');
});
