import { expect, test } from 'vitest';
import { composeBridge } from '../draft/index.js';
import { smallCase } from '../draft/fixtures.test-support.js';
import { draftToHtml } from './export-html-draft.js';

function page(pkg: Record<string, string>): string {
  const theCase = smallCase();
  const result = composeBridge(theCase, { base: 'e3', package: pkg });
  if (!result.ok) throw new Error('the small case should draft');
  return draftToHtml(result.value, theCase);
}

test('the page is standalone: inline CSS, no scripts, no external assets', () => {
  const html = page({ 'military.cap': 'cap-600k' });
  expect(html.startsWith('<!doctype html>')).toBe(true);
  expect(html).toContain('<style>');
  expect(html).not.toMatch(/<script|<link|src=|https?:/);
});

test("every party's verdict is shown, with the red lines that break", () => {
  const html = page({ 'military.cap': 'cap-600k' });
  expect(html).toContain('<td>Ukraine</td><td class="violated">✗ violated</td>');
  expect(html).toContain('<span class="violated">✗ army-floor</span>');
  expect(html).toContain(
    `Ukraine&#39;s red line “No cap below 800,000” is broken by provision 2: it would have to give way.`,
  );
});

test('a replaced point shows its redline against the base and names its source', () => {
  const html = page({ 'military.cap': 'cap-600k' });
  expect(html).toContain('capped at <del>800,000</del><ins>600,000</ins> personnel<del> in peacetime</del>.');
  expect(html).toContain(
    'us#3 — Point 2 of e3 (military.cap: cap-800k) gives way to point 3 of us, which settles military.cap: cap-600k.',
  );
});

test('a placeholder is marked as such, and every text is escaped', () => {
  const html = page({ 'nato.membership': 'open' });
  expect(html).toContain('class="point placeholder"');
  expect(html).toContain(
    '[To be drafted: NATO membership — Open: no restriction; NATO enlargement — The door stays open]',
  );
  expect(html).toContain('Ukraine&#39;s sovereignty is confirmed.');
});
